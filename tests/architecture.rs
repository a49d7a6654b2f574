//! The house rules of the code's layout, checked on the sources: the core and the engine never
//! name the gateways' module (`crate::pg`: the gateways reach them only through
//! `Options::gateways`, so there is no import circle), and no engine or core code names a gateway
//! by its id (every gateway fact is in `gateways/<id>.toml`).

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Code lines of a file: comments and `#[cfg(test)]` modules are not code the module ships.
fn code_lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        if t.starts_with("#[cfg(test)]") {
            break;
        }
        if t.starts_with("//") {
            continue;
        }
        out.push((i + 1, line));
    }
    out
}

fn engine_and_core() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/core"), &mut files);
    rust_files(&root.join("src/engine"), &mut files);
    assert!(files.len() > 10);
    files
}

#[test]
fn core_and_engine_never_name_the_gateways_module() {
    let mut found = Vec::new();
    for f in engine_and_core() {
        let text = std::fs::read_to_string(&f).unwrap();
        for (n, line) in code_lines(&text) {
            if line.contains("crate::pg") || line.contains("super::pg") || line.contains(" pg::") {
                found.push(format!("{}:{n}: {}", f.display(), line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "the core / engine import the gateways:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_engine_names_no_gateway() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut ids = Vec::new();
    for e in std::fs::read_dir(root.join("gateways")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "toml") {
            ids.push(p.file_stem().unwrap().to_string_lossy().to_string());
        }
    }
    assert!(ids.len() >= 29, "{ids:?}");
    let mut engine = Vec::new();
    rust_files(&root.join("src/engine"), &mut engine);
    let mut found = Vec::new();
    for f in engine {
        let text = std::fs::read_to_string(&f).unwrap();
        for (n, line) in code_lines(&text) {
            for id in &ids {
                if line.contains(&format!("\"{id}\"")) {
                    found.push(format!("{}:{n}: names `{id}`", f.display()));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
