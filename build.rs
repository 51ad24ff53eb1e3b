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
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let page = Path::new("ui/dist-participant");
    println!("cargo::rerun-if-changed={}", page.display());
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut files = Vec::new();
    if page.is_dir() {
        collect(page, page, &mut files);
    } else {
        println!(
            "cargo::warning=ui/dist-participant is missing: the live workshop's page is not in this build (cd ui && npm run build)"
        );
    }
    files.sort();

    let mut table = String::from("&[\n");
    for (i, (route, file)) in files.iter().enumerate() {
        println!("cargo::rerun-if-changed={}", file.display());
        let bytes = fs::read(file).expect("read a file of the participant page");
        let gz = out.join(format!("participant-{i}.gz"));
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(&bytes).expect("compress in memory");
        fs::write(&gz, encoder.finish().expect("compress in memory")).expect("write into OUT_DIR");
        let absolute = fs::canonicalize(file).expect("a file of the page has a path");
        writeln!(
            table,
            "    PageFile {{ route: {route:?}, plain: include_bytes!({plain:?}), gzip: include_bytes!({gz:?}) }},",
            plain = absolute.display().to_string(),
            gz = gz.display().to_string(),
        )
        .expect("write to a string");
    }
    table.push(']');
    fs::write(out.join("participant_page.rs"), table).expect("write into OUT_DIR");
}

/// Every file under `dir`, with the route it is served at (`/` + its path
/// relative to `root`, `/` separated).
fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("read ui/dist-participant")
        .map(|e| e.expect("read ui/dist-participant").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(root, &path, files);
        } else {
            let relative = path.strip_prefix(root).expect("under the root");
            let route = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            files.push((format!("/{route}"), path));
        }
    }
}
