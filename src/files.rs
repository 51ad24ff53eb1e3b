//! Writing a user's file safely: the bytes go to a new temporary file in
//! the same folder, are flushed to disk, the temporary file is renamed over
//! the real name, and the folder is flushed so the rename itself survives a
//! power cut. A failure (disk full, killed mid-write) never leaves half a
//! file under the real name nor destroys an earlier version. Shared by
//! `cxm report`/`cxm export`, packs, and the desktop app's exports.
//!
//! The temporary file has a random name and is created only if nothing is
//! there (`O_EXCL`): a file or symbolic link planted under a predictable
//! name in a shared folder is never followed or overwritten.
//!
//! Who may read the result ([`crate::owner_only`]): a new file is `0600`
//! on Unix whatever the umask (it holds client data); a file that replaces
//! another takes the replaced file's mode, so one the user chose to share
//! stays shared.

use std::fs::{File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// How many random names are tried before giving up (a clash of two
/// random 122-bit names means something else is going on).
const ATTEMPTS: usize = 8;

/// Writes `bytes` to `path` atomically (see the module docs).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    replace_with(path, |tmp| {
        let mut file = OpenOptions::new()
            .write(true)
            .open(tmp)
            .map_err(|source| Error::Io {
                path: path.to_owned(),
                source,
            })?;
        file.write_all(bytes).map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })
    })
}

/// Makes the file at `path` atomically (see the module docs): `fill`
/// writes the whole file at the temporary path it is given (an empty file,
/// created for it), which is then flushed to disk and renamed over `path`.
/// For files another library writes by path, such as SQLite's backup.
pub fn replace_with(path: &Path, fill: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| Error::InvalidInput(format!("{} names no file", path.display())))?;
    let (tmp, file) = create_temporary(&dir, &name.to_string_lossy()).map_err(io)?;
    drop(file);
    let result = fill(&tmp).and_then(|()| {
        (|| {
            // Opened for writing: Windows flushes only a handle that may write.
            OpenOptions::new().write(true).open(&tmp)?.sync_all()?;
            crate::owner_only::keep_mode_of(path, &tmp)?;
            std::fs::rename(&tmp, path)?;
            sync_folder(&dir)
        })()
        .map_err(io)
    });
    if result.is_err() {
        // Best effort: the temporary file is ours and useless now.
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// A new file `.<name>.<random>.tmp` in `dir`, created exclusively and
/// readable by its owner alone.
fn create_temporary(dir: &Path, name: &str) -> std::io::Result<(PathBuf, File)> {
    let mut last = None;
    for _ in 0..ATTEMPTS {
        let tmp = dir.join(format!(".{name}.{}.tmp", uuid::Uuid::new_v4().simple()));
        match crate::owner_only::create_new(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no temporary file could be created")))
}

/// Flushes a folder's entries (the rename) to disk. Windows has no such
/// call and makes renames durable itself.
fn sync_folder(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_replace_the_file_and_leave_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("report.pdf");
        write_atomically(&target, b"first").unwrap();
        write_atomically(&target, b"second").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"second");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[cfg(unix)]
    #[test]
    fn a_planted_symlink_under_the_old_temporary_name_is_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, b"precious").unwrap();
        // The name an earlier build used, predictable from the process id.
        let planted = dir
            .path()
            .join(format!(".report.pdf.{}.tmp", std::process::id()));
        std::os::unix::fs::symlink(&victim, &planted).unwrap();
        let target = dir.path().join("report.pdf");
        write_atomically(&target, b"the report").unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"precious");
        assert_eq!(std::fs::read(&target).unwrap(), b"the report");
        assert!(std::fs::symlink_metadata(&planted).unwrap().is_symlink());
    }
}
