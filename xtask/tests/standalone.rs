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
        overlays: Vec::new(),
        plain_formats: false,
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
    // Outside the workspace, the runtime comes by version only: never a
    // path into this checkout.
    let runtime = &doc["dependencies"]["openapi-client-runtime"];
    assert!(runtime["version"].as_str().is_some(), "{manifest}");
    assert!(runtime.get("path").is_none(), "{manifest}");
    assert!(!manifest.contains("path"), "{manifest}");

    let readme = std::fs::read_to_string(out.join("README.md")).unwrap();
    assert!(readme.starts_with("# Pet Store\n"), "{readme}");
    assert!(
        readme.contains("`1.2.3`") && readme.contains("Pets, for tests."),
        "{readme}"
    );

    assert_eq!(
        std::fs::read_to_string(out.join("src/lib.rs")).unwrap(),
        xtask::standalone::LIB_RS
    );
    assert!(!out.join("src/runtime").exists(), "no copy of the runtime");
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
    for sub in ["", "src", "src/generated"] {
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

/// Every file under `dir`, by path relative to it, with its bytes.
fn files(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let relative = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.push((relative, std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// The output depends on neither the machine nor the folder: the same spec
/// written into two folders (given as absolute and as relative paths) gives
/// the same bytes, with no path of this machine in them.
#[test]
fn the_same_spec_gives_the_same_bytes_in_any_folder() {
    let ws = Workspace::current();
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("specs").join("petstore.json");
    common::write(&spec, common::PETSTORE_JSON);
    let first = dir.path().join("one");
    let second = dir.path().join("deeper").join("two");
    generate_standalone(&ws, &options(&spec, &first)).unwrap();
    // Relative paths, as typed from the current directory.
    let cwd = std::env::current_dir().unwrap();
    let relative = |path: &std::path::Path| {
        let mut up = std::path::PathBuf::new();
        for _ in cwd.components().skip(1) {
            up.push("..");
        }
        up.join(path.strip_prefix("/").unwrap_or(path))
    };
    generate_standalone(&ws, &options(&relative(&spec), &relative(&second))).unwrap();

    let one = files(&first);
    assert!(
        one.len() > 5,
        "{:?}",
        one.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    assert_eq!(
        one.iter().map(|f| &f.0).collect::<Vec<_>>(),
        files(&second).iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    for ((path, a), (_, b)) in one.iter().zip(files(&second)) {
        assert!(*a == b, "{path} differs between the two folders");
    }
    let machine = [
        dir.path().to_string_lossy().into_owned(),
        ws.root().to_string_lossy().into_owned(),
        "specs/petstore".to_owned(),
    ];
    for (path, bytes) in &one {
        let text = String::from_utf8_lossy(bytes);
        for needle in &machine {
            assert!(!text.contains(needle.as_str()), "{path} holds {needle}");
        }
    }
    let manifest = std::fs::read_to_string(first.join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains(
            "# Generated by `cargo xtask generate --spec petstore.json --out <this crate's directory>`"
        ),
        "{manifest}"
    );
}

/// A spec inside the workspace is named by its path in it, one inside the
/// crate by its path there; a URL as given.
#[test]
fn the_regenerate_command_names_specs_without_machine_paths() {
    let ws = Workspace::current();
    let out = std::env::temp_dir().join("anywhere");
    let command = |spec: Source| {
        xtask::standalone::regenerate_command(
            &ws,
            &StandaloneOptions {
                spec,
                out: out.clone(),
                name: Some("pets".to_owned()),
                base_url: None,
                overlays: Vec::new(),
                plain_formats: false,
            },
        )
    };
    assert_eq!(
        command(Source::Path(ws.root().join("spec").join("openapi.json"))),
        "cargo xtask generate --spec spec/openapi.json --out <this crate's directory> --name pets"
    );
    assert_eq!(
        command(Source::Path(out.join("api").join("openapi.yaml"))),
        "cargo xtask generate --spec <this crate's directory>/api/openapi.yaml \
         --out <this crate's directory> --name pets"
    );
    assert_eq!(
        command(Source::Url("https://example.com/openapi.json".to_owned())),
        "cargo xtask generate --spec https://example.com/openapi.json \
         --out <this crate's directory> --name pets"
    );
}
#[test]
fn inside_the_workspace_the_runtime_is_a_path() {
    let ws_dir = tempfile::tempdir().unwrap();
    let ws = Workspace::at(ws_dir.path());
    let current = Workspace::current();
    for file in ["Cargo.toml", "runtime/Cargo.toml"] {
        common::write(
            &ws_dir.path().join(file),
            &std::fs::read_to_string(current.root().join(file)).unwrap(),
        );
    }
    let spec = ws_dir.path().join("petstore.json");
    std::fs::write(&spec, common::PETSTORE_JSON).unwrap();
    let out = ws_dir.path().join("clients/pets");

    generate_standalone(&ws, &options(&spec, &out)).unwrap();

    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    let doc: toml_edit::DocumentMut = manifest.parse().unwrap();
    assert_eq!(
        doc["dependencies"]["openapi-client-runtime"]["path"].as_str(),
        Some("../../runtime"),
        "{manifest}"
    );
}

#[test]
fn plain_formats_make_string_formats_strings_and_are_in_the_regenerate_command() {
    let ws = Workspace::current();
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("events.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.0.3\ninfo: { title: Events, version: '1' }\nservers: [{ url: 'https://events.example.com' }]\n\
         paths: {}\ncomponents:\n  schemas:\n    Event:\n      type: object\n      required: [id, at]\n      properties:\n\
         \x20       id: { type: string, format: uuid }\n        at: { type: string, format: date-time }\n",
    )
    .unwrap();
    let event = |out: &std::path::Path| {
        std::fs::read_to_string(out.join("src/generated/types/event.rs")).unwrap()
    };

    let typed = dir.path().join("typed");
    generate_standalone(&ws, &options(&spec, &typed)).unwrap();
    let text = event(&typed);
    assert!(
        text.contains("pub id: crate::runtime::uuid::Uuid,"),
        "{text}"
    );
    assert!(!text.contains("--plain-formats"), "{text}");

    let plain = dir.path().join("plain");
    let mut with_switch = options(&spec, &plain);
    with_switch.plain_formats = true;
    generate_standalone(&ws, &with_switch).unwrap();
    let text = event(&plain);
    assert!(text.contains("pub id: String,"), "{text}");
    assert!(text.contains("pub at: String,"), "{text}");
    assert!(!text.contains("runtime::uuid"), "{text}");
    assert!(!text.contains("runtime::chrono"), "{text}");
    assert!(
        text.contains("--plain-formats`"),
        "the header regenerates it alike: {text}"
    );
}

/// Every file under `dir`, recursively, with its text.
fn texts(dir: &std::path::Path) -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    out.sort();
    out
}

/// A standalone crate carries generic code only: none of the Supabase
/// client's hand-written OAuth flow, neither in its own files nor in the
/// runtime it depends on.
#[test]
fn a_standalone_crate_carries_no_api_specific_helpers() {
    let ws = Workspace::current();
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("petstore.json");
    std::fs::write(&spec, common::PETSTORE_JSON).unwrap();
    let out = dir.path().join("out");
    generate_standalone(&ws, &options(&spec, &out)).unwrap();
    let files = texts(&out);
    assert!(files.len() >= 5, "{files:?}");
    for (path, text) in &files {
        let lower = text.to_lowercase();
        for word in ["/oauth", "pkce", "supabase", "code_verifier", "/v1/"] {
            assert!(!lower.contains(word), "{} mentions {word}", path.display());
        }
    }
    // The crate's root declares the generated modules and nothing else.
    let lib = std::fs::read_to_string(out.join("src/lib.rs")).unwrap();
    let modules: Vec<&str> = lib
        .lines()
        .filter(|l| l.trim_start().starts_with("mod ") || l.contains(" mod "))
        .collect();
    assert_eq!(modules, ["mod generated;", "pub mod decode {"], "{lib}");
    // The runtime names no endpoint of any API and has no OAuth flow: the
    // client crate's `src/oauth.rs` has them.
    let runtime = texts(&ws.root().join("runtime/src"));
    assert!(!runtime.is_empty());
    for (path, text) in &runtime {
        let lower = text.to_lowercase();
        for word in ["/oauth", "pkce", "code_verifier", "authorization_code"] {
            assert!(!lower.contains(word), "{} mentions {word}", path.display());
        }
    }
    let oauth = std::fs::read_to_string(ws.root().join("generated-client/src/oauth.rs")).unwrap();
    assert!(
        oauth.contains("/v1/oauth/token"),
        "the helpers live in the client crate"
    );
}
