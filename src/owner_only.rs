//! Files and folders only their owner can read. A consultant's laptop may
//! have other accounts (a family member's, a shared admin's); the database,
//! its backups, copies and every export hold client data, so on Unix the
//! app makes what it creates readable by its owner alone: folders `0700`,
//! files `0600`, whatever the umask.
//!
//! Only what the app creates is restricted: a folder that already exists
//! (the user's Documents, say) is left as it is, and a file the app
//! replaces keeps the replaced file's mode, so a report the user chose to
//! share (`chmod 644`) stays shared after it is exported again.
//!
//! On Windows and macOS the app's data folder is already per-user (under
//! the user's profile, `~/Library/Application Support` on macOS); there the
//! functions below create plainly and change nothing.

use std::fs::File;
use std::io;
use std::path::Path;

/// The mode of a file the app creates (Unix).
#[cfg(unix)]
pub const FILE_MODE: u32 = 0o600;

/// The mode of a folder the app creates for its data (Unix).
#[cfg(unix)]
pub const FOLDER_MODE: u32 = 0o700;

/// Creates `dir` and its missing parents; each folder created here is
/// [`FOLDER_MODE`], existing ones are left as they are.
pub fn create_dir_all(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, FOLDER_MODE);
    builder.create(dir)
}

/// Creates a new file at `path` for writing, refusing one that exists (or
/// a link planted there): [`FILE_MODE`] on Unix, whatever the umask.
pub fn create_new(path: &Path) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, FILE_MODE);
    let file = options.open(path)?;
    // The umask can only take bits away, and 0600 has none it would
    // normally take; set it anyway so a umask of 0177 or the like cannot
    // leave the owner unable to write their own file.
    #[cfg(unix)]
    file.set_permissions(std::os::unix::fs::PermissionsExt::from_mode(FILE_MODE))?;
    Ok(file)
}

/// Gives `to` the permission bits of the existing file `from` (the file
/// it is about to replace); nothing when `from` does not exist.
pub fn keep_mode_of(from: &Path, to: &Path) -> io::Result<()> {
    #[cfg(unix)]
    match std::fs::metadata(from) {
        Ok(meta) if meta.is_file() => std::fs::set_permissions(to, meta.permissions())?,
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    #[cfg(not(unix))]
    let _ = (from, to);
    Ok(())
}

/// Takes away every permission of group and others from the existing file
/// or folder at `path` (the owner's own bits stay); nothing when it is
/// missing or already private. For the app's own files made by an earlier
/// version, which did not restrict them.
pub fn tighten(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let meta = match std::fs::metadata(path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        };
        let mode = meta.permissions().mode() & 0o7777;
        if mode & 0o077 != 0 {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & !0o077))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt as _;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn created_folders_are_private_and_an_existing_one_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let shared = dir.path().join("shared");
        std::fs::create_dir(&shared).unwrap();
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o755)).unwrap();
        create_dir_all(&shared.join("a/b")).unwrap();
        assert_eq!(mode(&shared), 0o755);
        assert_eq!(mode(&shared.join("a")), 0o700);
        assert_eq!(mode(&shared.join("a/b")), 0o700);
    }

    #[test]
    fn tighten_keeps_the_owner_bits_and_removes_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f");
        std::fs::write(&file, b"x").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o664)).unwrap();
        tighten(&file).unwrap();
        assert_eq!(mode(&file), 0o600);
        tighten(&dir.path().join("missing")).unwrap();
    }

    #[test]
    fn a_new_file_is_0600_and_an_existing_one_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f");
        drop(create_new(&file).unwrap());
        assert_eq!(mode(&file), 0o600);
        assert_eq!(
            create_new(&file).unwrap_err().kind(),
            io::ErrorKind::AlreadyExists
        );
    }
}
