//! `docs/gateways/<id>.md` is generated from the gateway data files by `build.rs`: this test fails
//! when a committed page differs from what the data says now, or when a page has no data file.
//! `bash scripts/gen-docs.sh` (or this test with `PORTONE_GUARD_WRITE_DOCS=1`) rewrites them.

include!(concat!(env!("OUT_DIR"), "/docs.rs"));

use std::path::Path;

#[test]
fn gateway_pages_match_the_data() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/gateways");
    let write = std::env::var_os("PORTONE_GUARD_WRITE_DOCS").is_some();
    let mut stale = Vec::new();
    for (id, text) in DOCS {
        let path = dir.join(format!("{id}.md"));
        if write {
            std::fs::write(&path, text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(*text) {
            stale.push(format!("{} is stale or missing", path.display()));
        }
    }
    for e in std::fs::read_dir(&dir).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().to_string();
        let Some(id) = name.strip_suffix(".md") else { continue };
        if id != "README" && !DOCS.iter().any(|(d, _)| *d == id) {
            stale.push(format!("docs/gateways/{name} has no data file"));
        }
    }
    assert!(
        stale.is_empty(),
        "{}\nrun `bash scripts/gen-docs.sh` to regenerate",
        stale.join("\n")
    );
    assert!(DOCS.len() >= 4, "only {} generated pages", DOCS.len());
}

/// The README's gateway list (between `<!-- gateways -->` and `<!-- /gateways -->`) is the one the
/// data gives.
#[test]
fn readme_gateway_list_matches_the_data() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let (start, end) = (
        "<!-- gateways: generated from gateways/*.toml -->\n",
        "<!-- /gateways -->",
    );
    let a = readme.find(start).expect("README has the gateways marker") + start.len();
    let b = readme[a..].find(end).expect("README has the end marker") + a;
    if std::env::var_os("PORTONE_GUARD_WRITE_DOCS").is_some() {
        std::fs::write(&path, format!("{}{INDEX}{}", &readme[..a], &readme[b..])).unwrap();
    } else {
        assert_eq!(&readme[a..b], INDEX, "run `bash scripts/gen-docs.sh` to regenerate");
    }
    assert!(INDEX.lines().count() >= 29);
}
