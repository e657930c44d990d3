//! `fetch` and `update` against a temporary workspace and a loopback server.

mod common;

use common::{Server, PETSTORE_JSON};
use xtask::lock::Lock;
use xtask::source::Source;
use xtask::spec::{fetch, load_pinned, sha256_hex, update, UpdateOptions};
use xtask::Workspace;

fn workspace() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("spec")).unwrap();
    let ws = Workspace::at(dir.path());
    (dir, ws)
}

fn pin(ws: &Workspace, url: &str, bytes: &[u8]) -> Lock {
    let lock = Lock {
        url: url.to_owned(),
        sha256: sha256_hex(bytes),
        date: "2026-05-22".to_owned(),
        operations: 2,
        schemas: 2,
        overlays: Vec::new(),
    };
    lock.write(&ws.lock_path()).unwrap();
    lock
}

#[test]
fn fetch_downloads_from_the_locked_url_and_verifies_it() {
    let (_dir, ws) = workspace();
    let server = Server::start(vec![("200 OK", PETSTORE_JSON.as_bytes().to_vec())]);
    pin(
        &ws,
        &format!("{}/api/v1-json", server.base),
        PETSTORE_JSON.as_bytes(),
    );

    fetch(&ws, None).unwrap();
    assert_eq!(
        std::fs::read_to_string(ws.spec_path()).unwrap(),
        PETSTORE_JSON
    );
    assert_eq!(load_pinned(&ws).unwrap(), PETSTORE_JSON);
    assert_eq!(server.finish(), ["GET /api/v1-json HTTP/1.1"]);
}

#[test]
fn a_moved_spec_is_refused_with_what_to_do() {
    let (_dir, ws) = workspace();
    let server = Server::start(vec![("200 OK", b"{\"openapi\":\"3.0.0\"}".to_vec())]);
    pin(
        &ws,
        &format!("{}/spec", server.base),
        PETSTORE_JSON.as_bytes(),
    );

    let error = format!("{:#}", fetch(&ws, None).unwrap_err());
    assert!(error.contains("does not match spec/lock.toml"), "{error}");
    assert!(error.contains("The published spec has moved on"), "{error}");
    assert!(error.contains("run `cargo xtask update`"), "{error}");
    assert!(!ws.spec_path().exists(), "nothing is written on a mismatch");
    server.finish();
}

#[test]
fn http_errors_and_missing_files_are_reported() {
    let (_dir, ws) = workspace();
    let server = Server::start(vec![("404 Not Found", b"nope".to_vec())]);
    pin(
        &ws,
        &format!("{}/gone", server.base),
        PETSTORE_JSON.as_bytes(),
    );
    let error = format!("{:#}", fetch(&ws, None).unwrap_err());
    assert!(error.contains("404 Not Found"), "{error}");
    assert!(
        error.contains(
            "cargo xtask fetch --from ../shared/specs/supabase-management-api/2026-05-22.json"
        ),
        "{error}"
    );
    server.finish();

    let missing = Source::Path(ws.root().join("nope.json"));
    let error = format!("{:#}", fetch(&ws, Some(&missing)).unwrap_err());
    assert!(
        error.contains("cannot read") && error.contains("nope.json"),
        "{error}"
    );
}

#[test]
fn fetch_from_a_local_copy() {
    let (dir, ws) = workspace();
    pin(&ws, "https://unused.invalid/spec", PETSTORE_JSON.as_bytes());
    let copy = dir.path().join("copy.json");
    std::fs::write(&copy, PETSTORE_JSON).unwrap();
    fetch(&ws, Some(&Source::Path(copy))).unwrap();
    assert_eq!(
        std::fs::read_to_string(ws.spec_path()).unwrap(),
        PETSTORE_JSON
    );
}

#[test]
fn missing_or_wrong_spec_says_what_to_run() {
    let (_dir, ws) = workspace();
    pin(&ws, "https://unused.invalid/spec", PETSTORE_JSON.as_bytes());
    let hint = "cargo xtask fetch --from ../shared/specs/supabase-management-api/2026-05-22.json";
    let error = load_pinned(&ws).unwrap_err().to_string();
    assert!(
        error.contains("spec/openapi.json is missing") && error.contains(hint),
        "{error}"
    );
    std::fs::write(ws.spec_path(), "{}").unwrap();
    let error = load_pinned(&ws).unwrap_err().to_string();
    assert!(
        error.contains("is not the spec pinned") && error.contains(hint),
        "{error}"
    );
}

#[test]
fn update_pins_a_new_spec_and_regenerates() {
    let (_dir, ws) = workspace();
    let old = br#"{"openapi":"3.0.0","info":{"title":"x","version":"0"},"paths":{}}"#;
    pin(&ws, "https://example.invalid/spec", old);
    let stale = ws.generated_dir().join("stale.rs");
    common::write(&stale, "// gone after update\n");

    let server = Server::start(vec![("200 OK", PETSTORE_JSON.as_bytes().to_vec())]);
    let url = format!("{}/v1-json", server.base);
    let lock = update(
        &ws,
        &UpdateOptions {
            from: Some(Source::Url(url)),
            date: Some("2027-01-31".to_owned()),
            url: None,
            old: None,
            pr_body: None,
            overlays: Vec::new(),
        },
    )
    .unwrap();
    server.finish();

    let expected = Lock {
        url: "https://example.invalid/spec".to_owned(),
        sha256: sha256_hex(PETSTORE_JSON.as_bytes()),
        date: "2027-01-31".to_owned(),
        operations: 2,
        schemas: 2,
        overlays: Vec::new(),
    };
    assert_eq!(lock, expected);
    assert_eq!(Lock::read(&ws.lock_path()).unwrap(), expected);
    assert_eq!(
        std::fs::read_to_string(ws.spec_path()).unwrap(),
        PETSTORE_JSON
    );
    assert!(ws.generated_dir().join("mod.rs").is_file());
    assert!(!stale.exists(), "stale generated files are removed");
    xtask::check::check(&ws).expect("the regenerated files match the new pin");
}

#[test]
fn update_writes_nothing_when_the_spec_is_bad() {
    let (dir, ws) = workspace();
    let old_lock = pin(
        &ws,
        "https://example.invalid/spec",
        PETSTORE_JSON.as_bytes(),
    );
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"openapi":"3.2.0","paths":{}}"#).unwrap();
    let error = update(
        &ws,
        &UpdateOptions {
            from: Some(Source::Path(bad)),
            ..UpdateOptions::default()
        },
    )
    .unwrap_err();
    assert!(error.to_string().contains("OpenAPI 3.2.0"), "{error:#}");
    assert_eq!(Lock::read(&ws.lock_path()).unwrap(), old_lock);
    assert!(!ws.spec_path().exists());

    let error = update(
        &ws,
        &UpdateOptions {
            date: Some("2026-02-30".to_owned()),
            ..UpdateOptions::default()
        },
    )
    .unwrap_err();
    assert!(format!("{error:#}").contains("--date"), "{error:#}");
}

/// `update` against the committed record: the report goes to the changelog,
/// the version is bumped, and a renamed operation keeps its old method.
#[test]
fn update_reports_changes_bumps_the_version_and_keeps_renamed_methods() {
    let (dir, ws) = workspace();
    common::write(
        &ws.client_dir().join("Cargo.toml"),
        "[package]\nname = \"supabase-management-api\"\nversion = \"0.4.2\"\n",
    );
    let first = dir.path().join("v1.json");
    std::fs::write(&first, PETSTORE_JSON).unwrap();
    let options = |from: &std::path::Path, date: &str| UpdateOptions {
        from: Some(Source::Path(from.to_path_buf())),
        date: Some(date.to_owned()),
        url: None,
        old: None,
        pr_body: None,
        overlays: Vec::new(),
    };
    update(&ws, &options(&first, "2027-01-01")).unwrap();
    assert!(ws.generated_dir().join("record.json").is_file());
    // The first update has no previous record: nothing to report.
    assert!(!ws.client_dir().join("API_CHANGES.md").exists());

    let renamed = PETSTORE_JSON
        .replace("\"list-pets\"", "\"list-all-pets\"")
        .replace("\"name\": { \"type\": \"string\" } } },\n    \"NewPet\"", "\"name\": { \"type\": \"string\" }, \"age\": { \"type\": \"integer\" } } },\n    \"NewPet\"");
    assert_ne!(renamed, PETSTORE_JSON);
    let second = dir.path().join("v2.json");
    std::fs::write(&second, &renamed).unwrap();
    let body = dir.path().join("pr-body.md");
    update(
        &ws,
        &UpdateOptions {
            pr_body: Some(body.clone()),
            ..options(&second, "2027-02-01")
        },
    )
    .unwrap();
    // The pull request's body: spec before and after, version bump, report.
    insta::assert_snapshot!("update_pr_body", std::fs::read_to_string(&body).unwrap());

    let changes = std::fs::read_to_string(ws.client_dir().join("API_CHANGES.md")).unwrap();
    assert!(changes.starts_with("# API changes\n"), "{changes}");
    assert!(changes.contains("## 2027-02-01"), "{changes}");
    assert!(
        changes.contains("Crate version 0.4.2 -> 0.4.3: 0 breaking and 2 additive change(s)."),
        "{changes}"
    );
    assert!(
        changes.contains("Renamed operation `list-pets` to `list-all-pets`"),
        "{changes}"
    );
    assert!(
        changes.contains("`Pet`: new field `age`: Option<i64>."),
        "{changes}"
    );
    let manifest = std::fs::read_to_string(ws.client_dir().join("Cargo.toml")).unwrap();
    assert!(manifest.contains("version = \"0.4.3\""), "{manifest}");
    // The release check agrees with the update, and not with a version
    // changed by hand.
    let client = xtask::release::check_changelog(&ws).unwrap();
    assert_eq!(client.version, "0.4.3");
    common::write(
        &ws.client_dir().join("Cargo.toml"),
        &manifest.replace("0.4.3", "0.5.0"),
    );
    let error = format!("{:#}", xtask::release::check_changelog(&ws).unwrap_err());
    assert!(
        error.contains("at version 0.5.0") && error.contains("bumps it to 0.4.3"),
        "{error}"
    );
    common::write(&ws.client_dir().join("Cargo.toml"), &manifest);
    let code = std::fs::read_to_string(ws.generated_dir().join("operations/default.rs")).unwrap();
    assert!(code.contains("pub fn list_all_pets("), "{code}");
    assert!(
        code.contains("#[deprecated = \"renamed to `list_all_pets`\"]"),
        "{code}"
    );
    // The alias lives in the record, so `check` agrees with the files.
    xtask::check::check(&ws).expect("the files match the record");
}

/// Every file under `dir` with its bytes and modification time.
fn tree(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>, std::time::SystemTime)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
                out.push((path.clone(), std::fs::read(&path).unwrap(), modified));
            }
        }
    }
    out.sort();
    out
}

/// The spec already pinned: no committed file changes, not even the lock's
/// date, and no pull-request body is written.
#[test]
fn update_with_the_pinned_spec_changes_nothing() {
    let (dir, ws) = workspace();
    common::write(
        &ws.client_dir().join("Cargo.toml"),
        "[package]\nname = \"supabase-management-api\"\nversion = \"0.4.2\"\n",
    );
    let spec = dir.path().join("v1.json");
    std::fs::write(&spec, PETSTORE_JSON).unwrap();
    let options = |date: &str| UpdateOptions {
        from: Some(Source::Path(spec.clone())),
        date: Some(date.to_owned()),
        pr_body: Some(dir.path().join("body.md")),
        ..UpdateOptions::default()
    };
    let first = update(&ws, &options("2027-01-01")).unwrap();
    std::fs::remove_file(dir.path().join("body.md")).unwrap();
    // The local copy may be rewritten; it is not committed.
    std::fs::remove_file(ws.spec_path()).unwrap();
    let before = tree(&ws.root().join("generated-client"));
    let lock_before = std::fs::read(ws.lock_path()).unwrap();
    let lock_time = std::fs::metadata(ws.lock_path())
        .unwrap()
        .modified()
        .unwrap();

    let second = update(&ws, &options("2027-03-03")).unwrap();
    assert_eq!(second, first);
    assert_eq!(second.date, "2027-01-01");
    assert_eq!(std::fs::read(ws.lock_path()).unwrap(), lock_before);
    assert_eq!(
        std::fs::metadata(ws.lock_path())
            .unwrap()
            .modified()
            .unwrap(),
        lock_time,
        "the lock is not rewritten"
    );
    assert_eq!(tree(&ws.root().join("generated-client")), before);
    assert!(!dir.path().join("body.md").exists());
    assert_eq!(
        std::fs::read_to_string(ws.spec_path()).unwrap(),
        PETSTORE_JSON
    );

    // A new URL for the same document is recorded; the date stays.
    let moved = update(
        &ws,
        &UpdateOptions {
            url: Some("https://example.invalid/moved".to_owned()),
            ..options("2027-04-04")
        },
    )
    .unwrap();
    assert_eq!(moved.url, "https://example.invalid/moved");
    assert_eq!(moved.date, "2027-01-01");
    assert_eq!(tree(&ws.root().join("generated-client")), before);
}

/// `update --overlay`: the lock records the overlay; when a new spec has
/// the fix an action made, the action is named obsolete in the report, and
/// `check` then asks for it to be deleted.
#[test]
fn update_with_overlays_records_them_and_names_obsolete_actions() {
    let (dir, ws) = workspace();
    common::write(
        &ws.client_dir().join("Cargo.toml"),
        "[package]\nname = \"supabase-management-api\"\nversion = \"0.4.2\"\n",
    );
    let overlay = ws.root().join("spec/overlays/fix.yaml");
    let overlay_text = "overlay: 1.0.0\ninfo: {title: fixes, version: '1'}\nactions:\n\
        - target: \"$.components.schemas.Pet.required[?@ == 'name']\"\n  \
          description: Pets come without a name.\n  remove: true\n\
        - target: $.components.schemas.NewPet.properties.tag\n  \
          description: Documents the tag.\n  update: {description: A tag.}\n";
    common::write(&overlay, overlay_text);
    let first = dir.path().join("v1.json");
    std::fs::write(&first, PETSTORE_JSON).unwrap();
    let options = |from: &std::path::Path, date: &str| UpdateOptions {
        from: Some(Source::Path(from.to_path_buf())),
        date: Some(date.to_owned()),
        url: None,
        old: None,
        pr_body: None,
        overlays: vec![overlay.clone()],
    };
    let lock = update(&ws, &options(&first, "2027-01-01")).unwrap();
    assert_eq!(
        lock.overlays,
        [xtask::lock::LockedOverlay {
            path: "spec/overlays/fix.yaml".to_owned(),
            sha256: sha256_hex(overlay_text.as_bytes()),
        }]
    );
    let types = std::fs::read_to_string(ws.generated_dir().join("types/pet.rs")).unwrap();
    assert!(types.contains("pub name: Option<String>"), "{types}");
    xtask::check::check(&ws).expect("check applies the locked overlay");

    // Upstream now marks `name` optional itself, and adds a field.
    let fixed = PETSTORE_JSON
        .replace("\"required\": [\"id\", \"name\"]", "\"required\": [\"id\"]")
        .replace(
            "\"name\": { \"type\": \"string\" } } },\n    \"NewPet\"",
            "\"name\": { \"type\": \"string\" }, \"age\": { \"type\": \"integer\" } } },\n    \"NewPet\"",
        );
    assert_ne!(fixed, PETSTORE_JSON);
    let second = dir.path().join("v2.json");
    std::fs::write(&second, &fixed).unwrap();
    let mut without_flag = options(&second, "2027-02-01");
    without_flag.overlays.clear();
    update(&ws, &without_flag).expect("the lock's overlays apply");

    let changes = std::fs::read_to_string(ws.client_dir().join("API_CHANGES.md")).unwrap();
    assert!(
        changes.contains(
            "Obsolete actions (the spec may now be fixed upstream):\n\n\
             - `spec/overlays/fix.yaml` actions[0] Pets come without a name.: what it removes \
             is no longer in the spec"
        ),
        "{changes}"
    );
    assert!(
        changes.contains(
            "- `spec/overlays/fix.yaml` actions[1] Documents the tag. (update): \
             `components/schemas/NewPet`; operations: POST /pets"
        ),
        "{changes}"
    );
    let error = format!("{:#}", xtask::check::check(&ws).unwrap_err());
    assert!(
        error.contains("spec/overlays/fix.yaml actions[0]") && error.contains("delete this action"),
        "{error}"
    );
}
