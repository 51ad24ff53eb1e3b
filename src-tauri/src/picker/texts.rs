//! What the system's file dialogs say — their titles and the names of the
//! file types they offer — in the app's language. The dialogs are drawn by
//! the operating system, not by the page, so their words cannot come from
//! the page's catalog; they live here, one table per language, complete by
//! construction (a struct).

/// The dialogs' words in one language.
pub(crate) struct DialogTexts {
    pub(crate) save_report: &'static str,
    pub(crate) save_word_report: &'static str,
    pub(crate) save_register: &'static str,
    pub(crate) save_pack: &'static str,
    pub(crate) pack_folder: &'static str,
    pub(crate) open_pack: &'static str,
    pub(crate) save_filled_pack: &'static str,
    pub(crate) import_packs: &'static str,
    pub(crate) save_data_copy: &'static str,
    /// File type names.
    pub(crate) pdf: &'static str,
    pub(crate) docx: &'static str,
    pub(crate) xlsx: &'static str,
    pub(crate) packs: &'static str,
    pub(crate) database: &'static str,
}

const EN: DialogTexts = DialogTexts {
    save_report: "Save the PDF report",
    save_word_report: "Save the report as a Word document",
    save_register: "Save the action register",
    save_pack: "Save the self-assessment pack",
    pack_folder: "Choose a folder for the self-assessment packs",
    open_pack: "Open a self-assessment pack",
    save_filled_pack: "Save the filled pack",
    import_packs: "Import self-assessment packs",
    save_data_copy: "Save a copy of all data",
    pdf: "PDF report",
    docx: "Word document",
    xlsx: "Excel workbook",
    packs: "Self-assessment pack",
    database: "Copy of all data",
};

const DE: DialogTexts = DialogTexts {
    save_report: "PDF-Bericht speichern",
    save_word_report: "Bericht als Word-Dokument speichern",
    save_register: "Maßnahmenregister speichern",
    save_pack: "Selbstbewertungspaket speichern",
    pack_folder: "Ordner für die Selbstbewertungspakete wählen",
    open_pack: "Selbstbewertungspaket öffnen",
    save_filled_pack: "Ausgefülltes Paket speichern",
    import_packs: "Selbstbewertungspakete importieren",
    save_data_copy: "Kopie aller Daten speichern",
    pdf: "PDF-Bericht",
    docx: "Word-Dokument",
    xlsx: "Excel-Arbeitsmappe",
    packs: "Selbstbewertungspaket",
    database: "Kopie aller Daten",
};

const FR: DialogTexts = DialogTexts {
    save_report: "Enregistrer le rapport PDF",
    save_word_report: "Enregistrer le rapport en document Word",
    save_register: "Enregistrer le registre des actions",
    save_pack: "Enregistrer le paquet d’auto-évaluation",
    pack_folder: "Choisir un dossier pour les paquets d’auto-évaluation",
    open_pack: "Ouvrir un paquet d’auto-évaluation",
    save_filled_pack: "Enregistrer le paquet rempli",
    import_packs: "Importer des paquets d’auto-évaluation",
    save_data_copy: "Enregistrer une copie de toutes les données",
    pdf: "Rapport PDF",
    docx: "Document Word",
    xlsx: "Classeur Excel",
    packs: "Paquet d’auto-évaluation",
    database: "Copie de toutes les données",
};

/// The dialogs' words in `locale` (one of the app's languages; English
/// for any other).
pub(crate) fn dialog_texts(locale: &str) -> &'static DialogTexts {
    match locale {
        "de" => &DE,
        "fr" => &FR,
        _ => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_and_french_dialogs_say_nothing_in_english() {
        let words = |t: &DialogTexts| {
            [
                t.save_report,
                t.save_word_report,
                t.save_register,
                t.save_pack,
                t.pack_folder,
                t.open_pack,
                t.save_filled_pack,
                t.import_packs,
                t.save_data_copy,
                t.pdf,
                t.docx,
                t.xlsx,
                t.packs,
                t.database,
            ]
        };
        let english = words(dialog_texts("en"));
        for code in ["de", "fr"] {
            for (theirs, ours) in words(dialog_texts(code)).iter().zip(english) {
                assert_ne!(*theirs, ours, "{code} left {ours:?} in English");
                assert!(!theirs.trim().is_empty());
            }
        }
    }
}
