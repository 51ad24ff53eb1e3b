//! Embeds the live workshop's participant page (`ui/dist-participant/`,
//! built by `cd ui && npm run build`) in the core, so `cxm live` and the
//! desktop app serve it from their own binary: each file as it is and
//! gzip-compressed, the compression done once here rather than on every
//! phone's request.
//!
//! Without a built page the crate still builds (the core's own tests need
//! no Node); the server then answers the page's address with a plain
//! message saying how to build it, and cargo prints a warning.

use std::fmt::Write as _;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::{env, fs};

/// An I/O error with the file it concerns: cargo prints it and stops the
/// build, rather than a panic and its backtrace hint.
fn at(path: &Path) -> impl FnOnce(io::Error) -> String + '_ {
    move |e| format!("{}: {e}", path.display())
}

fn main() -> Result<(), String> {
    let page = Path::new("ui/dist-participant");
    println!("cargo::rerun-if-changed={}", page.display());
    let out = PathBuf::from(env::var_os("OUT_DIR").ok_or("OUT_DIR is not set: run through cargo")?);
    let mut files = Vec::new();
    if page.is_dir() {
        collect(page, page, &mut files)?;
    } else {
        println!(
            "cargo::warning=ui/dist-participant is missing: the live workshop's page is not in this build (cd ui && npm run build)"
        );
    }
    files.sort();

    let mut table = String::from("&[\n");
    for (i, (route, file)) in files.iter().enumerate() {
        println!("cargo::rerun-if-changed={}", file.display());
        let bytes = fs::read(file).map_err(at(file))?;
        let gz = out.join(format!("participant-{i}.gz"));
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(&bytes).map_err(at(file))?;
        fs::write(&gz, encoder.finish().map_err(at(file))?).map_err(at(&gz))?;
        let absolute = fs::canonicalize(file).map_err(at(file))?;
        writeln!(
            table,
            "    PageFile {{ route: {route:?}, plain: include_bytes!({plain:?}), gzip: include_bytes!({gz:?}) }},",
            plain = absolute.display().to_string(),
            gz = gz.display().to_string(),
        )
        .map_err(|e| e.to_string())?;
    }
    table.push(']');
    let rs = out.join("participant_page.rs");
    fs::write(&rs, table).map_err(at(&rs))
}

/// Every file under `dir`, with the route it is served at (`/` + its path
/// relative to `root`, `/` separated).
fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) -> Result<(), String> {
    let mut entries = fs::read_dir(dir)
        .and_then(|list| {
            list.map(|e| e.map(|e| e.path()))
                .collect::<io::Result<Vec<_>>>()
        })
        .map_err(at(dir))?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(root, &path, files)?;
        } else {
            // read_dir of a folder under `root` yields paths under `root`.
            let relative = path
                .strip_prefix(root)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            let route = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            files.push((format!("/{route}"), path));
        }
    }
    Ok(())
}
