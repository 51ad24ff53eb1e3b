//! The methodology in German (formal register).

use super::{Figures, Section, section};

/// What each level means, index 0 = level 1 (as `en.rs`).
const MEANINGS: [&str; 5] = [
    "Das Kundenerlebnis ist fragmentiert und wird ad hoc gestaltet; es hängt von einzelnen Fürsprechern ab, eine Strategie gibt es nicht",
    "Eine Funktion für die Kundenstimme (VoC) ist eingerichtet, die Lücken sind analysiert und ein Plan liegt vor",
    "Es gibt eine gemeinsame Vision mit Rückhalt der Führung; Ziele, Praktiken und Kennzahlen sind definiert, standardisiert und in eine Governance eingebunden",
    "Eine Kennzahl für das Kundenerlebnis hat dasselbe Gewicht wie die Profitabilität, und Verbesserungen erfolgen systematisch",
    "Die Kultur tut unaufgefordert das Richtige für die Kunden, und die Mitarbeitenden sind befähigt, Neues zu entwickeln",
];

/// The methodology, in reading order.
pub(crate) fn sections(f: &Figures<'_>) -> Vec<Section> {
    let mut levels = vec![
        "Die Analyse ordnet die Organisation einer von fünf Reifegradstufen des \
         Kundenerlebnisses zu:"
            .to_owned(),
    ];
    levels.extend(f.numbered_levels(&MEANINGS));
    levels.push(format!(
        "Ein Wert wie {} zählt mit seinem ganzzahligen Teil: Stufe {} ({}). Werte werden mit \
         einer Nachkommastelle angezeigt, abgeschnitten statt gerundet, damit ein Wert nie \
         eine Stufe vortäuscht, die nicht erreicht ist: {} erscheint als {}. Gerechnet wird \
         stets mit den genauen Werten.",
        f.example, f.example_level, f.example_level_name, f.uncut, f.cut
    ));
    let [now, next, later] = f.phases;

    vec![
        section("Die fünf Reifegradstufen", levels),
        section(
            "Wie die Fragen beantwortet werden",
            vec![
                "Jede Frage beschreibt fünf Situationen, eine je Stufe. Alle Befragten wählen \
                 diejenige, die die Organisation heute am besten beschreibt – nicht die \
                 geplante."
                    .to_owned(),
                "„Nicht zutreffend“ nimmt die Frage für die befragte Person heraus, als wäre \
                 sie nie gestellt worden. „Weiß nicht“ ergibt keinen Wert, senkt aber die \
                 Abdeckung und wird als Wissenslücke aufgeführt: Was die Organisation über \
                 sich selbst nicht weiß, ist ebenfalls ein Befund."
                    .to_owned(),
            ],
        ),
        section(
            "Von den Antworten zum Wert der Organisation",
            vec![
                "Jede befragte Person erhält je Dimension einen Wert: den Durchschnitt ihrer \
                 Antworten darin (einzelne Fragen können stärker gewichtet sein)."
                    .to_owned(),
                "Jede Abteilung erhält den Durchschnitt der Werte ihrer Befragten, die \
                 Organisation den Durchschnitt ihrer Abteilungen: Jede Abteilung zählt \
                 einmal, unabhängig von ihrer Größe, denn die Analyse misst die Organisation \
                 über alle Funktionsbereiche hinweg, nicht ihr größtes Team."
                    .to_owned(),
                "Der Gesamtwert ist der Durchschnitt der Werte der Dimensionen (einzelne \
                 Dimensionen können stärker gewichtet sein). Ein Wert, den niemand angeben \
                 konnte, erscheint als fehlend, nie als null."
                    .to_owned(),
            ],
        ),
        section(
            "Reifegrad: das schwächste Glied",
            vec![
                "Der Durchschnitt kann eine Schwachstelle verdecken. Deshalb nennt der \
                 Bericht auch den Reifegrad: die Stufe der schwächsten Dimension. Eine \
                 Organisation ist nur so reif wie ihre schwächste Fähigkeit; der Bericht \
                 nennt diese Dimension als diejenige, die sie bremst. Durchschnitt und \
                 Reifegrad stehen immer beieinander."
                    .to_owned(),
                "Der Reifegrad wird nur angegeben, wenn jede Dimension einen Wert hat; \
                 andernfalls bleibt er als unvollständig offen."
                    .to_owned(),
            ],
        ),
        section(
            "Abdeckung: worauf die Werte beruhen",
            vec![format!(
                "Die Abdeckung ist der Anteil der Fragen, die mit einer Stufe beantwortet \
                 wurden, ohne die als nicht zutreffend markierten. Fehlende Antworten und \
                 „weiß nicht“ senken sie. Eine Dimension mit einer Abdeckung unter {} wird \
                 gekennzeichnet: Ihr Wert beruht auf zu wenigen Antworten, als dass man sich \
                 darauf verlassen könnte.",
                f.low_coverage
            )],
        ),
        section(
            "Wo die Abteilungen uneins sind",
            vec![
                format!(
                    "Für jede Dimension vergleicht der Bericht die Werte der Abteilungen. \
                     Liegen der höchste und der niedrigste Wert {} Stufen oder mehr auseinander, \
                     wird die Dimension als uneinheitlich gekennzeichnet: Die Abteilungen \
                     sehen nicht dieselbe Organisation.",
                    f.dimension_spread
                ),
                format!(
                    "Dieselbe Prüfung erfolgt je Frage anhand der durchschnittlichen Antwort \
                     jeder Abteilung; Fragen, bei denen die Abteilungen {} Stufen oder mehr \
                     auseinanderliegen, werden aufgeführt – die größte Uneinigkeit zuerst, \
                     mit der Sicht jeder Abteilung.",
                    f.question_spread
                ),
            ],
        ),
        section(
            "Zielwerte, Lücken und Prioritäten",
            vec![
                format!(
                    "Jede Dimension hat einen Zielwert und eine Bedeutung, jeweils von 1 bis \
                     5 und für die Analyse vereinbart. Ohne andere Vereinbarung liegt der \
                     Zielwert eine Stufe über der heutigen (höchstens {}) und die Bedeutung \
                     bei {}. Eine Dimension ohne Wert hat keinen Zielwert, bis einer \
                     vereinbart ist, und damit weder Lücke noch Priorität.",
                    f.top_level, f.default_importance
                ),
                "Die Lücke gibt an, wie weit der Wert unter dem Zielwert liegt (null, wenn \
                 er ihn erreicht oder übertrifft). Die Priorität ist die Lücke mal die \
                 Bedeutung mal die Gewichtung der Dimension: Eine große Lücke in einer \
                 wichtigen Dimension kommt zuerst."
                    .to_owned(),
            ],
        ),
        section(
            "Die Roadmap",
            vec![
                format!(
                    "Für jede Dimension unter ihrem Zielwert übernimmt die Roadmap die \
                     Maßnahmen, die Stufe für Stufe von der heutigen Stufe zum Zielwert \
                     führen. Der erste Schritt kommt in die Phase „{}“ ({}), der zweite in \
                     „{}“ ({}), der dritte und jeder weitere in „{}“ ({}).",
                    now.0, now.1, next.0, next.1, later.0, later.1
                ),
                "Eine Maßnahme wird nie vor einer Maßnahme geplant, von der sie abhängt: \
                 Sie rückt bei Bedarf in die spätere Phase. Innerhalb einer Phase kommen die \
                 Maßnahmen der Dimension mit der höchsten Priorität zuerst. Die Beratung \
                 kann Verantwortliche und Termine festlegen, den Stand verfolgen, Notizen \
                 ergänzen oder eine Maßnahme streichen; der Bericht zeigt den bearbeiteten \
                 Plan."
                    .to_owned(),
            ],
        ),
        section(
            "Der Blick von außen",
            vec![format!(
                "Organisationen bewerten sich oft weit besser, als ihre Kunden sie erleben. \
                 Sind Kundendaten erfasst (es zählt jeweils der neueste Wert einer \
                 Kennzahl), weist der Bericht auf eine Wahrnehmungslücke hin, wenn der \
                 Gesamtwert {} ({}) oder mehr beträgt, während der Net Promoter Score unter \
                 {} oder die Kundenzufriedenheit unter {} liegt.",
                f.perception_score, f.perception_level_name, f.nps_below, f.csat_below
            )],
        ),
        section(
            "Runden: Fortschritt seit der letzten Analyse",
            vec![
                "Wird die Organisation erneut bewertet, meist ein Jahr später, vergleicht der \
                 Bericht die neue Runde mit der vorherigen, Dimension für Dimension und Frage \
                 für Frage. Jede Runde wird für sich bewertet, wie oben beschrieben; der \
                 Vergleich ändert keinen ihrer Werte."
                    .to_owned(),
                format!(
                    "Eine Veränderung ist der Wert der späteren Runde minus den der früheren. \
                     Eine Veränderung von {} oder mehr gilt als Verbesserung, eine von {} \
                     oder weniger als Verschlechterung; alles dazwischen gilt als stabil, im \
                     Rahmen der Unschärfe einer Selbsteinschätzung. Dieselbe Regel gilt für \
                     den Gesamtwert und für jede Abteilung.",
                    f.step_up, f.step_down
                ),
                format!(
                    "Eine Veränderung wird gekennzeichnet und trotzdem gezeigt, wenn sie auf \
                     schwachem Grund steht: geringe Abdeckung (unter {} in einer der beiden \
                     Runden), geänderte Fragen (die Fragen der Dimension unterscheiden sich \
                     zwischen den Fragebögen der beiden Runden) oder überwiegend übernommen. \
                     Antworten können aus der vorherigen Runde übernommen werden; sie zählen \
                     wie jede Antwort, bis die befragte Person sie bestätigt oder ändert. Der \
                     bestätigte Anteil ist der Anteil der Antworten der späteren Runde, die neu \
                     gegeben oder bestätigt wurden; liegt er unter {}, wird die Veränderung \
                     einer Dimension als überwiegend übernommen gekennzeichnet, da sie \
                     weitgehend die Sicht des Vorjahres wiederholt.",
                    f.low_coverage, f.mostly_carried
                ),
                "Maßnahmen, die in der Roadmap der vorherigen Runde als erledigt markiert \
                 sind, gelten als im Zeitraum zwischen den beiden Runden abgeschlossen."
                    .to_owned(),
                format!(
                    "Liegen für beide Runden Kundendaten vor, stellt der Bericht die \
                     Veränderung des Net Promoter Score und der Kundenzufriedenheit der \
                     Veränderung des Gesamtwerts gegenüber. Der Vergleich wird als \
                     gegenläufig gekennzeichnet, wenn sich der Gesamtwert verbessert hat, \
                     während der Net Promoter Score um {} Punkte oder mehr oder die \
                     Kundenzufriedenheit um {} Punkte oder mehr gefallen ist: Die \
                     Organisation sagt, sie sei besser geworden, ihre Kunden sagen, sie sei \
                     schlechter geworden.",
                    f.nps_drop, f.csat_drop
                ),
            ],
        ),
    ]
}
