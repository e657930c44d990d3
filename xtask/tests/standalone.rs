//! `cargo xtask generate --spec FILE --out DIR` writes a crate that stands alone.

mod common;

use xtask::source::Source;
use xtask::standalone::{generate_standalone, StandaloneOptions};
use xtask::Workspace;

fn options(spec: &std::path::Path, out: &std::path::Path) -> StandaloneOptions {
    StandaloneOptions {
        spec: Source::Path(spec.to_path_buf()),
        out: out.to_path_buf(),
        name: None,
        base_url: None,
    }
}

#[test]
fn writes_a_complete_standalone_crate() {
    let ws = Workspace::current();
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("petstore.json");
    std::fs::write(&spec, common::PETSTORE_JSON).unwrap();
    let out = dir.path().join("out");
    // Stale files in the output are pruned; other files are kept.
    common::write(&out.join("src/generated/old.rs"), "");
    common::write(&out.join("notes.md"), "mine");

    let name = generate_standalone(&ws, &options(&spec, &out)).unwrap();
    assert_eq!(name, "pet-store");

    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    let doc: toml_edit::DocumentMut = manifest.parse().unwrap();
    assert_eq!(doc["package"]["name"].as_str(), Some("pet-store"));
    assert!(doc["package"]["edition"].as_str().is_some(), "{manifest}");
    assert!(
        doc["workspace"].as_table().is_some_and(|t| t.is_empty()),
        "{manifest}"
    );
    assert!(!manifest.contains("workspace = true"), "{manifest}");
    assert!(!manifest.contains(".workspace"), "{manifest}");
    assert!(!manifest.contains("supabase"), "{manifest}");
    assert!(
        doc["dependencies"]["reqwest"]["version"].as_str().is_some(),
        "{manifest}"
    );

    let readme = std::fs::read_to_string(out.join("README.md")).unwrap();
    assert!(readme.starts_with("# Pet Store\n"), "{readme}");
    assert!(
        readme.contains("`1.2.3`") && readme.contains("Pets, for tests."),
        "{readme}"
    );

    let client = ws.client_dir().join("src");
    assert_eq!(
        std::fs::read_to_string(out.join("src/lib.rs")).unwrap(),
        std::fs::read_to_string(client.join("lib.rs")).unwrap()
    );
    let runtime = xtask::generate::rust_files(&client.join("runtime")).unwrap();
    assert_eq!(
        xtask::generate::rust_files(&out.join("src/runtime")).unwrap(),
        runtime
    );
    let generated = xtask::generate::rust_files(&out.join("src/generated")).unwrap();
    assert!(generated.contains(&"mod.rs".into()), "{generated:?}");
    assert!(!out.join("src/generated/old.rs").exists());
    assert!(out.join("notes.md").exists());
    let base_url_declared = generated.iter().any(|f| {
        std::fs::read_to_string(out.join("src/generated").join(f))
            .unwrap()
            .contains("https://pets.example.com")
    });
    assert!(
        base_url_declared,
        "the spec's server is the default base URL"
    );

    // Deterministic: a second run changes nothing.
    let before = snapshot(&out);
    generate_standalone(&ws, &options(&spec, &out)).unwrap();
    assert_eq!(snapshot(&out), before);
}

fn snapshot(dir: &std::path::Path) -> Vec<(std::path::PathBuf, String)> {
    let mut files = Vec::new();
    for sub in ["", "src", "src/runtime", "src/generated"] {
        for entry in std::fs::read_dir(dir.join(sub)).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                files.push((path.clone(), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn a_spec_without_servers_needs_a_base_url() {
    let ws = Workspace::current();
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("no-servers.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.0.0\ninfo:\n  title: No Servers\n  version: '1'\npaths: {}\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let error = generate_standalone(&ws, &options(&spec, &out)).unwrap_err();
    assert!(error.to_string().contains("--base-url"), "{error:#}");
    assert!(!out.exists(), "nothing is written");

    let mut with_url = options(&spec, &out);
    with_url.base_url = Some("https://api.example.com".to_owned());
    with_url.name = Some("my_client".to_owned());
    assert_eq!(generate_standalone(&ws, &with_url).unwrap(), "my_client");
    let mut bad_name = with_url;
    bad_name.name = Some("9lives".to_owned());
    let error = generate_standalone(&ws, &bad_name).unwrap_err();
    assert!(format!("{error:#}").contains("--name"), "{error:#}");
}
