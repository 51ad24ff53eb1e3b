//! Packs encrypted with a passphrase (age): the consultant's export and
//! import, the department head's session and the filled pack going back
//! under the same passphrase; refused without it, with a wrong one, and
//! when the file is crafted (a cut body, a huge work factor), with the
//! database unchanged.

use std::path::{Path, PathBuf};

use cx_maturity::model::AnswerValue;
use cx_maturity::pack::{self, MAX_PACK_BYTES};
use cx_maturity::pack_crypt::{self, MAX_WORK_FACTOR};
use cx_maturity::store::Store;
use cx_maturity::store::pack_sessions::check_pack_file_with;
use cx_maturity::{Error, Passphrase};

use super::{db_path, dump, small_assessment, temp_store};

fn phrase(text: &str) -> Passphrase {
    Passphrase::new(text.to_owned()).unwrap()
}

/// The consultant's assessment, its Sales pack written encrypted to `out`.
fn exported(out: &Path, key: &Passphrase) -> (tempfile::TempDir, Store, String) {
    let (dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let sales = store.department_by_name(&id, "Sales").unwrap().id;
    let p = store.export_pack(&id, &sales).unwrap();
    pack::write_file_with(&p, out, Some(key)).unwrap();
    (dir, store, id)
}

/// The head's side: opens the encrypted pack, answers one question as a
/// new respondent, saves the filled pack encrypted to `back`.
fn filled_by_head(pack_file: &Path, key: &Passphrase, back: &Path) {
    let (_dir, mut head) = temp_store();
    let checked = check_pack_file_with(pack_file, Some(key)).unwrap();
    let opened = head.open_checked_pack(&checked).unwrap();
    let id = opened.session.assessment_id;
    let dept = head.departments(&id).unwrap()[0].id.clone();
    let r = head
        .add_respondent(&id, &dept, "Ingrid Head", None, false)
        .unwrap();
    head.save_answer(&r.id, "vision.statement", AnswerValue::Level(4), None)
        .unwrap();
    head.save_filled_pack_with(&id, back, Some(key)).unwrap();
}

#[test]
fn an_encrypted_pack_goes_out_and_comes_back_under_its_passphrase() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("sales.cxpack");
    let back = work.path().join("sales-filled.cxpack");
    let key = phrase("blue whale 42");
    let (dir, mut store, id) = exported(&out, &key);
    let bytes = std::fs::read(&out).unwrap();
    assert!(pack_crypt::is_encrypted(&bytes));
    assert!(!String::from_utf8_lossy(&bytes).contains("Acme"));

    // Without the passphrase the head cannot open it.
    let e = check_pack_file_with(&out, None).unwrap_err();
    assert!(matches!(e, Error::PassphraseNeeded { .. }), "{e}");
    filled_by_head(&out, &key, &back);
    let filled = std::fs::read(&back).unwrap();
    assert!(
        pack_crypt::is_encrypted(&filled),
        "the filled pack went back in clear"
    );
    assert!(!String::from_utf8_lossy(&filled).contains("Ingrid"));

    let before = dump(&db_path(&dir));
    let files = [back];
    let e = store.import_packs_with(&id, &files, None).unwrap_err();
    assert!(
        e.to_string().contains("is encrypted: give its passphrase"),
        "{e}"
    );
    let e = store
        .import_packs_with(&id, &files, Some(&phrase("blue whale 43")))
        .unwrap_err();
    assert!(
        e.to_string().contains("the passphrase does not open"),
        "{e}"
    );
    assert_eq!(
        dump(&db_path(&dir)),
        before,
        "a refused import changed the database"
    );

    let report = store.import_packs_with(&id, &files, Some(&key)).unwrap();
    assert_eq!(report.totals().0, 1, "one answer added");
    let names: Vec<String> = store
        .load(&id)
        .unwrap()
        .respondents
        .into_iter()
        .map(|r| r.name)
        .collect();
    assert_eq!(names, ["Ingrid Head"]);
}

/// The import of `file` is refused with a message holding `expected`, and
/// the database is unchanged.
fn refused(file: &Path, key: &Passphrase, expected: &str) {
    let (dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let before = dump(&db_path(&dir));
    let e = store
        .import_packs_with(&id, &[file.to_path_buf()], Some(key))
        .unwrap_err();
    assert!(e.to_string().contains(expected), "{e}");
    assert_eq!(dump(&db_path(&dir)), before);
}

/// The header of an age file: everything up to and including the line
/// starting with `---`.
fn header_len(bytes: &[u8]) -> usize {
    let text = String::from_utf8_lossy(bytes);
    let mac = text.find("\n---").unwrap();
    mac + text[mac + 1..].find('\n').unwrap() + 2
}

#[test]
fn a_crafted_encrypted_pack_is_refused_clearly_before_any_long_work() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("sales.cxpack");
    let key = phrase("blue whale 42");
    let (_dir, _store, _id) = exported(&out, &key);
    let bytes = std::fs::read(&out).unwrap();

    // Garbage after the header.
    let garbage = work.path().join("garbage.cxpack");
    let mut g = bytes[..header_len(&bytes)].to_vec();
    g.extend(std::iter::repeat_n(0x5Au8, 4000));
    std::fs::write(&garbage, &g).unwrap();
    refused(&garbage, &key, "is not a valid pack");

    // The body cut short.
    let cut = work.path().join("cut.cxpack");
    std::fs::write(&cut, &bytes[..bytes.len() - 40]).unwrap();
    refused(&cut, &key, "is not a valid pack");

    // A work factor of 40 would take years: refused before any work.
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let stanza = text.lines().find(|l| l.starts_with("-> scrypt ")).unwrap();
    let heavy_stanza = format!("{} 40", stanza.rsplit_once(' ').unwrap().0);
    let heavy = work.path().join("heavy.cxpack");
    let mut h = text[..header_len(&bytes)]
        .replace(stanza, &heavy_stanza)
        .into_bytes();
    h.extend_from_slice(&bytes[header_len(&bytes)..]);
    std::fs::write(&heavy, &h).unwrap();
    let started = std::time::Instant::now();
    refused(
        &heavy,
        &key,
        &format!("work factor 40; packs use at most {MAX_WORK_FACTOR}"),
    );
    assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());

    // Only a header.
    let header_only = work.path().join("header.cxpack");
    std::fs::write(&header_only, "age-encryption.org/v1\n").unwrap();
    refused(&header_only, &key, "is not a valid pack");
}

#[test]
fn an_encrypted_pack_whose_content_is_over_the_size_limit_is_refused() {
    let work = tempfile::tempdir().unwrap();
    let key = phrase("blue whale 42");
    // Zeros compress nothing in age, so the file itself is over the limit
    // too; the decrypted limit is what a reader meets once it got past
    // that: check both with a content just over it.
    let big: PathBuf = work.path().join("big.cxpack");
    let content = vec![b' '; usize::try_from(MAX_PACK_BYTES).unwrap() + 10];
    std::fs::write(&big, pack_crypt::encrypt(&content, &key).unwrap()).unwrap();
    refused(&big, &key, "MB");
    let plain_len = content.len();
    let e = pack_crypt::decrypt(&std::fs::read(&big).unwrap(), &key, &big).unwrap_err();
    assert!(
        e.to_string().contains("more than 20 MB"),
        "{e} ({plain_len})"
    );
}

/// A session opened from an encrypted pack remembers that it was, not the
/// passphrase: its filled pack is saved only when the same passphrase is
/// typed again, never in clear and never under another one, and a refused
/// save writes no file and changes nothing.
#[test]
fn a_session_from_an_encrypted_pack_saves_only_under_the_passphrase_it_came_with() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("sales.cxpack");
    let key = phrase("blue whale 42");
    let (_c, _consultant, _) = exported(&out, &key);

    let (dir, mut head) = temp_store();
    let checked = check_pack_file_with(&out, Some(&key)).unwrap();
    let id = head
        .open_checked_pack(&checked)
        .unwrap()
        .session
        .assessment_id;
    assert!(head.pack_session(&id).unwrap().encrypted);
    let stored = dump(&db_path(&dir)).join("\n");
    assert!(
        !stored.contains("blue whale 42"),
        "the passphrase is not stored"
    );

    let back = work.path().join("back.cxpack");
    let before = dump(&db_path(&dir));
    for (given, refused) in [
        (None, "needs its passphrase"),
        (Some(phrase("blue whale 43")), "another passphrase"),
    ] {
        let e = head
            .save_filled_pack_with(&id, &back, given.as_ref())
            .unwrap_err();
        match (&e, given.is_some()) {
            (Error::PassphraseNeeded { path }, false) | (Error::WrongPassphrase { path }, true) => {
                assert_eq!(path.file_name().unwrap(), "sales.cxpack", "{refused}");
            }
            other => panic!("{refused}: {other:?}"),
        }
        assert!(!back.exists(), "{refused}: no file written");
        assert_eq!(dump(&db_path(&dir)), before, "{refused}: nothing changed");
    }
    head.save_filled_pack_with(&id, &back, Some(&key)).unwrap();
    let bytes = std::fs::read(&back).unwrap();
    assert!(pack_crypt::is_encrypted(&bytes), "it goes back encrypted");
    assert_eq!(
        pack::read_file_with(&back, Some(&key))
            .unwrap()
            .assessment
            .id,
        id
    );

    // A plain pack opened into the same session later makes it plain again.
    let plain = work.path().join("sales-plain.cxpack");
    let decrypted = pack::read_file_with(&out, Some(&key)).unwrap();
    pack::write_file(&decrypted, &plain).unwrap();
    let checked = check_pack_file_with(&plain, None).unwrap();
    head.open_checked_pack(&checked).unwrap();
    assert!(!head.pack_session(&id).unwrap().encrypted);
    head.save_filled_pack_with(&id, &back, None).unwrap();
    assert!(!pack_crypt::is_encrypted(&std::fs::read(&back).unwrap()));
}
