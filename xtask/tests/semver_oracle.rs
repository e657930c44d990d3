//! The change report checked against two independent judges, over pairs of
//! specs that differ by one kind of change (`semver/base.json` and the same
//! document with one edit, made here next to what is expected of it).
//!
//! For each pair, both sides are generated as standalone crates (the newer
//! one keeping the older one's names, as `cargo xtask update` does), and:
//!
//! (a) the report's version bump is the one written down for the pair;
//! (b) cargo-semver-checks finds no break in a pair written down additive;
//! (c) the report is never below cargo-semver-checks (a break it finds is a
//!     break the report finds; a change it finds is a change the report
//!     finds);
//! (d) a few lines of user code that compile against the older crate still
//!     compile against the newer one when the pair is additive, and do not
//!     when it is breaking (cargo-semver-checks does not compare field or
//!     parameter types: the compiler does).
//!
//! The crates are written under `target/semver-oracle/` and built in one
//! target directory there. The test needs cargo-semver-checks installed
//! (`cargo xtask semver-checks --install`).

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use generator::record::{self, Changes};
use generator::{generate, Generated, Options};
use serde_json::{json, Value};
use xtask::semver::Level;
use xtask::source::Source;
use xtask::standalone::{generate_standalone, StandaloneOptions};
use xtask::Workspace;

/// One kind of change.
struct Pair {
    name: &'static str,
    /// The edit that makes the newer spec from the base.
    edit: fn(&mut Value),
    /// Whether the change is written down as breaking (bump 0.1.0 -> 0.2.0)
    /// or additive (0.1.0 -> 0.1.1).
    breaking: bool,
    /// User code that compiles against the older crate (`demo`).
    code: &'static str,
}

fn pairs() -> Vec<Pair> {
    vec![
        Pair {
            name: "optional_field_added",
            edit: |doc| {
                doc["components"]["schemas"]["Thing"]["properties"]["colour"] =
                    json!({"type": "string"});
            },
            breaking: false,
            code: r#"
                use demo::types::{Thing, ThingStatus};
                pub fn build() -> Thing {
                    let mut thing = Thing::new("id", "name", ThingStatus::Active);
                    thing.note = Some("a note".to_owned());
                    thing
                }
                pub fn read(thing: &Thing) -> (&str, Option<i64>) {
                    let Thing { id, size, .. } = thing;
                    (id, *size)
                }
            "#,
        },
        Pair {
            name: "required_field_added_to_a_request_type",
            edit: |doc| {
                let new_thing = &mut doc["components"]["schemas"]["NewThing"];
                new_thing["properties"]["weight"] = json!({"type": "integer"});
                new_thing["required"] = json!(["name", "weight"]);
            },
            breaking: true,
            code: r#"
                pub fn body() -> demo::types::NewThing {
                    let mut body = demo::types::NewThing::new("name");
                    body.colour = Some("red".to_owned());
                    body
                }
            "#,
        },
        Pair {
            name: "required_field_added_to_a_response_type",
            edit: |doc| {
                let thing = &mut doc["components"]["schemas"]["Thing"];
                thing["properties"]["created"] = json!({"type": "string"});
                thing["required"] = json!(["id", "name", "status", "created"]);
            },
            breaking: true,
            code: r#"
                pub fn fixture() -> demo::types::Thing {
                    demo::types::Thing::new("id", "name", demo::types::ThingStatus::Active)
                }
            "#,
        },
        Pair {
            name: "enum_value_added",
            edit: |doc| {
                doc["components"]["schemas"]["ThingStatus"]["enum"] =
                    json!(["active", "archived", "paused"]);
            },
            breaking: false,
            code: r#"
                use demo::types::ThingStatus;
                pub fn label(status: &ThingStatus) -> &'static str {
                    match status {
                        ThingStatus::Active => "active",
                        ThingStatus::Archived => "archived",
                        _ => "other",
                    }
                }
            "#,
        },
        Pair {
            name: "one_of_variant_added",
            edit: |doc| {
                let schemas = &mut doc["components"]["schemas"];
                schemas["Triangle"] = json!({
                    "type": "object",
                    "required": ["kind", "base", "height"],
                    "properties": {
                        "kind": {"type": "string", "enum": ["Triangle"]},
                        "base": {"type": "number"},
                        "height": {"type": "number"}
                    }
                });
                schemas["Shape"]["oneOf"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"$ref": "#/components/schemas/Triangle"}));
            },
            breaking: false,
            code: r#"
                use demo::types::Shape;
                pub fn area(shape: &Shape) -> f64 {
                    match shape {
                        Shape::Circle(c) => 3.0 * c.radius * c.radius,
                        Shape::Square(s) => s.side * s.side,
                        _ => 0.0,
                    }
                }
            "#,
        },
        Pair {
            name: "operation_removed",
            edit: |doc| {
                doc["paths"]["/things/{id}"]
                    .as_object_mut()
                    .unwrap()
                    .remove("delete");
            },
            breaking: true,
            code: r#"
                pub async fn remove(client: &demo::Client) -> demo::Result<()> {
                    client.delete_thing("id").await
                }
            "#,
        },
        Pair {
            name: "operation_renamed",
            edit: |doc| {
                doc["paths"]["/things/{id}"]["get"]["operationId"] = json!("get-a-thing");
            },
            breaking: false,
            code: r#"
                pub async fn fetch(client: &demo::Client) -> demo::Result<demo::types::Thing> {
                    client.get_thing("id").await
                }
            "#,
        },
        Pair {
            name: "nullable_flip_of_a_required_field",
            edit: |doc| {
                doc["components"]["schemas"]["Thing"]["properties"]["name"]["nullable"] =
                    json!(true);
            },
            breaking: true,
            code: r#"
                pub fn name(thing: demo::types::Thing) -> String {
                    thing.name
                }
            "#,
        },
        Pair {
            name: "nullable_flip_of_an_optional_response_field",
            edit: |doc| {
                doc["components"]["schemas"]["Thing"]["properties"]["size"]["nullable"] =
                    json!(true);
            },
            breaking: false,
            code: r#"
                pub fn size(thing: &demo::types::Thing) -> Option<i64> {
                    thing.size
                }
            "#,
        },
        Pair {
            name: "operation_added_that_sends_an_existing_schema",
            edit: |doc| {
                doc["paths"]["/things/{id}"]["put"] = json!({
                    "operationId": "replace-thing",
                    "tags": ["Things"],
                    "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                    "requestBody": {
                        "required": true,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
                    },
                    "responses": {"204": {"description": "Replaced."}}
                });
            },
            breaking: true,
            code: r#"
                pub fn note(thing: demo::types::Thing) -> Option<String> {
                    thing.note
                }
            "#,
        },
        Pair {
            name: "optional_parameter_added",
            edit: |doc| {
                doc["paths"]["/things"]["get"]["parameters"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"name": "offset", "in": "query", "schema": {"type": "integer"}}));
            },
            breaking: false,
            code: r#"
                pub async fn list(client: &demo::Client) -> demo::Result<Vec<demo::types::Thing>> {
                    client.list_things().limit(10).await
                }
            "#,
        },
        Pair {
            name: "required_parameter_added",
            edit: |doc| {
                doc["paths"]["/things/{id}"]["get"]["parameters"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"name": "expand", "in": "query", "required": true, "schema": {"type": "string"}}));
            },
            breaking: true,
            code: r#"
                pub async fn fetch(client: &demo::Client) -> demo::Result<demo::types::Thing> {
                    client.get_thing("id").await
                }
            "#,
        },
    ]
}

fn base() -> Value {
    serde_json::from_str(include_str!("semver/base.json")).expect("base.json parses")
}

fn gen(doc: &Value, previous: Option<record::ApiRecord>) -> Generated {
    let text = serde_json::to_string_pretty(doc).unwrap();
    let options = Options {
        previous,
        ..Options::default()
    };
    generate(&text, "demo.json", &options).expect("generates")
}

/// Both generations and the changes, as `cargo xtask update` makes them:
/// the newer keeps the older's names and aliases its renamed items.
fn update(old: &Value, new: &Value) -> (Generated, Generated, Changes) {
    let before = gen(old, None);
    let first = gen(new, Some(before.record.clone()));
    let changes = record::diff(&before.record, &first.record);
    let mut previous = before.record.clone();
    previous.aliases = changes.aliases.clone();
    let after = gen(new, Some(previous));
    (before, after, changes)
}

/// Writes `doc` as a standalone crate `demo` in `dir` with the files of
/// `generated`, the workspace's lock beside it (so nothing is resolved anew).
fn write_crate(ws: &Workspace, dir: &Path, doc: &Value, generated: &Generated) {
    std::fs::create_dir_all(dir).unwrap();
    let spec = dir.with_extension("json");
    std::fs::write(&spec, serde_json::to_string_pretty(doc).unwrap()).unwrap();
    generate_standalone(
        ws,
        &StandaloneOptions {
            spec: Source::Path(spec),
            out: dir.to_path_buf(),
            name: Some("demo".to_owned()),
            base_url: None,
            overlays: Vec::new(),
            plain_formats: false,
        },
    )
    .expect("the standalone crate is written");
    xtask::generate::write_tree(&dir.join("src/generated"), &generated.files).unwrap();
    std::fs::copy(ws.root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
}

/// A crate of `code` using the crate `demo` at `demo`; whether it compiles,
/// and the compiler's errors.
fn user_code_compiles(
    ws: &Workspace,
    dir: &Path,
    demo: &Path,
    code: &str,
    target: &Path,
) -> (bool, String) {
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let demo = demo.canonicalize().unwrap();
    let manifest = format!(
        "[package]\nname = \"user\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\ndemo = {{ path = {:?} }}\n\n[workspace]\n",
        demo.display().to_string()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::write(
        dir.join("src/lib.rs"),
        format!("#![allow(deprecated, dead_code)]\n{code}"),
    )
    .unwrap();
    std::fs::copy(ws.root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let output = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .args(["check", "--quiet", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target)
        .output()
        .expect("cargo runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn level(breaking: bool) -> &'static str {
    if breaking {
        "breaking"
    } else {
        "additive"
    }
}

#[test]
fn the_report_agrees_with_cargo_semver_checks_and_the_compiler() {
    let ws = Workspace::current();
    let bin =
        xtask::semver::installed(&ws).unwrap_or_else(|| panic!("{}", xtask::semver::missing()));
    let root = ws.target_dir().join("semver-oracle");
    let target = root.join("build");
    let start = Instant::now();
    let pairs = pairs();

    // The older side is the base for every pair: one crate, and one crate
    // of every pair's user code (a module each), which must compile.
    let old = base();
    let before = gen(&old, None);
    let _ = std::fs::remove_dir_all(root.join("old"));
    write_crate(&ws, &root.join("old"), &old, &before);
    let old_json = root.join("old.rustdoc.json");
    xtask::semver::rustdoc_json(&root.join("old/Cargo.toml"), &target, &old_json)
        .expect("rustdoc JSON of the older crate");
    let all_code: String = pairs
        .iter()
        .map(|p| format!("pub mod {} {{\n{}\n}}\n", p.name, p.code))
        .collect();
    let (compiles, errors) = user_code_compiles(
        &ws,
        &root.join("user-old"),
        &root.join("old"),
        &all_code,
        &target,
    );
    assert!(
        compiles,
        "the user code does not compile against the older crate:\n{errors}"
    );

    let mut rows = Vec::new();
    let mut failures = Vec::new();
    for pair in &pairs {
        let pair_start = Instant::now();
        let mut new = base();
        (pair.edit)(&mut new);
        let (_, after, changes) = update(&old, &new);
        let dir = root.join(pair.name);
        let _ = std::fs::remove_dir_all(&dir);
        write_crate(&ws, &dir.join("new"), &new, &after);

        // (a) The report's bump.
        let expected = if pair.breaking { "0.2.0" } else { "0.1.1" };
        let bump = record::bump("0.1.0", &changes);
        let texts: Vec<String> = changes
            .changes
            .iter()
            .map(|c| format!("{}: {}", level(c.breaking), c.text))
            .collect();
        if bump != expected {
            failures.push(format!(
                "{}: the report bumps 0.1.0 to {bump}, not {expected}: {texts:#?}",
                pair.name
            ));
        }

        // (b), (c) The oracle.
        let new_json = dir.join("new.rustdoc.json");
        xtask::semver::rustdoc_json(&dir.join("new/Cargo.toml"), &target, &new_json)
            .expect("rustdoc JSON of the newer crate");
        let verdict = xtask::semver::check(&bin, &old_json, &new_json).expect("the oracle runs");
        if verdict.level == Level::Breaking && !pair.breaking {
            failures.push(format!(
                "{}: cargo-semver-checks finds a break in a pair written down additive:\n{}",
                pair.name, verdict.output
            ));
        }
        if verdict.level > Level::of(&changes) {
            failures.push(format!(
                "{}: the report ({texts:#?}) is below cargo-semver-checks:\n{}",
                pair.name, verdict.output
            ));
        }

        // (d) The user code against the newer crate.
        let (compiles_new, errors) = user_code_compiles(
            &ws,
            &dir.join("user-new"),
            &dir.join("new"),
            pair.code,
            &target,
        );
        if compiles_new == pair.breaking {
            failures.push(format!(
                "{}: the user code {} against the newer crate, for a {} change:\n{errors}",
                pair.name,
                if compiles_new {
                    "compiles"
                } else {
                    "does not compile"
                },
                level(pair.breaking)
            ));
        }
        rows.push(format!(
            "| {} | {expected} | {bump} | {} | {} | {:.1} s |",
            pair.name,
            verdict.level.as_str(),
            if compiles_new { "compiles" } else { "fails" },
            pair_start.elapsed().as_secs_f64()
        ));
    }
    println!(
        "| pair | written down | report | cargo-semver-checks | user code, newer crate | time |\n|---|---|---|---|---|---|"
    );
    for row in &rows {
        println!("{row}");
    }
    println!(
        "{} pairs in {:.1} s",
        rows.len(),
        start.elapsed().as_secs_f64()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
