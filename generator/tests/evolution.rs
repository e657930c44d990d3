//! Spec evolution: names stay stable across versions, small spec changes give
//! small diffs, renamed items keep deprecated aliases, and the change report
//! classifies each change.
//!
//! Each case is a pair: `evolution/base.yaml` and the same document with one
//! edit, made here so the edit is visible next to its assertions.

use std::collections::BTreeMap;

use generator::record::{self, ApiRecord, Changes};
use generator::{generate, Generated, Options};
use serde_json::{json, Value};

fn base() -> Value {
    let text = include_str!("evolution/base.yaml");
    serde_yaml::from_str(text).expect("base.yaml parses")
}

fn options(previous: Option<ApiRecord>) -> Options {
    Options {
        previous,
        ..Options::default()
    }
}

fn gen(doc: &Value, previous: Option<ApiRecord>) -> Generated {
    let text = serde_json::to_string_pretty(doc).unwrap();
    generate(&text, "evolution.json", &options(previous)).expect("generates")
}

/// Generates `old`, then `new` keeping `old`'s names, as `cargo xtask update`
/// does, and compares the two records. Renames get their aliases.
fn update(old: &Value, new: &Value) -> (Generated, Generated, Changes) {
    let before = gen(old, None);
    let first = gen(new, Some(before.record.clone()));
    let changes = record::diff(&before.record, &first.record);
    let mut previous = before.record.clone();
    previous.aliases = changes.aliases.clone();
    let after = gen(new, Some(previous));
    (before, after, changes)
}

fn files(g: &Generated) -> BTreeMap<&str, &str> {
    g.files
        .iter()
        .map(|f| (f.path.as_str(), f.contents.as_str()))
        .collect()
}

/// Lines removed and added between two generations (a line diff of each
/// file), prefixed with the file's path.
fn line_diff(a: &Generated, b: &Generated) -> (Vec<String>, Vec<String>) {
    let (fa, fb) = (files(a), files(b));
    let (mut removed, mut added) = (Vec::new(), Vec::new());
    let paths: std::collections::BTreeSet<&str> = fa.keys().chain(fb.keys()).copied().collect();
    for path in paths {
        let (old, new) = (
            fa.get(path).copied().unwrap_or(""),
            fb.get(path).copied().unwrap_or(""),
        );
        for change in similar::TextDiff::from_lines(old, new).iter_all_changes() {
            let line = format!("{path}: {}", change.value().trim_end_matches('\n'));
            match change.tag() {
                similar::ChangeTag::Delete => removed.push(line),
                similar::ChangeTag::Insert => added.push(line),
                similar::ChangeTag::Equal => {}
            }
        }
    }
    (removed, added)
}

fn changed_paths(a: &Generated, b: &Generated) -> Vec<String> {
    let (fa, fb) = (files(a), files(b));
    let paths: std::collections::BTreeSet<&str> = fa.keys().chain(fb.keys()).copied().collect();
    paths
        .into_iter()
        .filter(|p| fa.get(p) != fb.get(p))
        .map(str::to_owned)
        .collect()
}

fn texts(changes: &Changes) -> Vec<(bool, &str)> {
    changes
        .changes
        .iter()
        .map(|c| (c.breaking, c.text.as_str()))
        .collect()
}

#[test]
fn adding_an_operation_touches_only_its_own_lines() {
    let old = base();
    let mut new = base();
    new["paths"]["/v1/things/{id}/archive"] = json!({
        "post": {
            "operationId": "v1-archive-thing",
            "tags": ["Things"],
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"204": {"description": "Archived."}}
        }
    });
    let (before, after, changes) = update(&old, &new);
    let (removed, added) = line_diff(&before, &after);
    assert!(
        removed.is_empty(),
        "an addition removed lines: {removed:#?}"
    );
    // The operation's own file, and its row in the route table.
    assert_eq!(
        changed_paths(&before, &after),
        ["operations/mod.rs", "operations/things.rs"]
    );
    let table: Vec<&String> = added
        .iter()
        .filter(|l| l.starts_with("operations/mod.rs: "))
        .collect();
    assert!(!table.is_empty() && table.len() <= 2, "{table:#?}");
    assert!(table[0].contains("/v1/things/{id}/archive"), "{table:#?}");
    assert!(added
        .iter()
        .all(|l| l.starts_with("operations/things.rs: ") || l.starts_with("operations/mod.rs: ")));
    assert!(
        added.iter().any(|l| l.contains("pub fn archive_thing(")),
        "{added:#?}"
    );
    println!(
        "adding one operation added {} lines to one file",
        added.len()
    );
    assert_eq!(
        texts(&changes),
        [(
            false,
            "Added method `archive_thing` (`POST /v1/things/{id}/archive`)."
        )]
    );
    assert!(!changes.is_breaking());
    assert_eq!(record::bump("0.3.1", &changes), "0.3.2");
}

#[test]
fn adding_an_enum_value_adds_one_variant_and_renames_nothing() {
    let old = base();
    let mut new = base();
    new["components"]["schemas"]["ThingStatus"]["enum"] = json!(["active", "archived", "paused"]);
    let (before, after, changes) = update(&old, &new);
    let (removed, added) = line_diff(&before, &after);
    assert!(removed.is_empty(), "{removed:#?}");
    assert!(
        added
            .iter()
            .all(|l| l.starts_with("types/thing_status.rs: ")),
        "{added:#?}"
    );
    assert_eq!(
        texts(&changes),
        [(false, "`ThingStatus`: new value `archived`.")]
    );
}

#[test]
fn a_one_of_variant_added_in_the_middle_renames_nothing() {
    let old = base();
    let mut new = base();
    let shape = &mut new["components"]["schemas"]["Thing"]["properties"]["shape"]["oneOf"];
    let square = shape[1].clone();
    shape[1] = json!({"type": "object", "required": ["base", "height"],
        "properties": {"base": {"type": "number"}, "height": {"type": "number"}}});
    shape.as_array_mut().unwrap().push(square);
    let (before, after, changes) = update(&old, &new);
    let shape_of = |g: &Generated| {
        g.record.types["#/components/schemas/Thing/properties/shape"]
            .members
            .clone()
    };
    let (was, now) = (shape_of(&before), shape_of(&after));
    for (key, member) in &was {
        assert_eq!(now[key].name, member.name, "variant {key} was renamed");
    }
    assert_eq!(now.len(), was.len() + 1);
    assert!(!changes.is_breaking(), "{:#?}", texts(&changes));
}

#[test]
fn making_a_field_nullable_is_reported_as_breaking() {
    let old = base();
    let mut new = base();
    new["components"]["schemas"]["Thing"]["properties"]["name"]["nullable"] = json!(true);
    let (before, after, changes) = update(&old, &new);
    assert_eq!(
        texts(&changes),
        [(
            true,
            "`Thing`: field `name` changed from `String` (required) to `Option<String>` (required, nullable)."
        )]
    );
    let (removed, added) = line_diff(&before, &after);
    // The field's type alone: it was marked required (an argument of
    // `new`, written even when `None`) already.
    assert_eq!(removed, ["types/thing.rs:         pub name: String,"]);
    assert_eq!(added, ["types/thing.rs:         pub name: Option<String>,"]);
    assert_eq!(record::bump("0.3.1", &changes), "0.4.0");
}

#[test]
fn a_renamed_operation_keeps_its_old_method_deprecated() {
    let old = base();
    let mut new = base();
    new["paths"]["/v1/things/{id}"]["get"]["operationId"] = json!("v1-get-a-thing");
    let (_, after, changes) = update(&old, &new);
    assert_eq!(
        changes.aliases.methods,
        BTreeMap::from([("get_thing".to_owned(), "v1-get-a-thing".to_owned())])
    );
    assert!(!changes.is_breaking(), "{:#?}", texts(&changes));
    let code = files(&after)["operations/things.rs"];
    assert!(code.contains("pub fn get_a_thing("), "{code}");
    assert!(
        code.contains("#[deprecated = \"renamed to `get_a_thing`\"]\n    pub fn get_thing("),
        "{code}"
    );
    // So does its builder, which users may name.
    assert_eq!(
        changes.aliases.builders,
        BTreeMap::from([("GetThing".to_owned(), "v1-get-a-thing".to_owned())])
    );
    assert!(
        code.contains("#[deprecated = \"renamed to `GetAThing`\"]\npub type GetThing = GetAThing;"),
        "{code}"
    );
    // The alias is carried by the record, so regenerating keeps it.
    let again = gen(&new, Some(after.record.clone()));
    assert_eq!(files(&again), files(&after));
}

#[test]
fn a_renamed_schema_keeps_its_old_name_as_a_deprecated_alias() {
    let old = base();
    let mut new = base();
    let schemas = new["components"]["schemas"].as_object_mut().unwrap();
    let thing = schemas.remove("NewThing").unwrap();
    schemas.insert("ThingCreation".to_owned(), thing);
    new["paths"]["/v1/things"]["post"]["requestBody"]["content"]["application/json"]["schema"]
        ["$ref"] = json!("#/components/schemas/ThingCreation");
    let (_, after, changes) = update(&old, &new);
    assert_eq!(
        changes.aliases.types,
        BTreeMap::from([(
            "NewThing".to_owned(),
            "#/components/schemas/ThingCreation".to_owned()
        )])
    );
    let code = files(&after)["types/thing_creation.rs"];
    assert!(
        code.contains(
            "#[deprecated = \"renamed to `ThingCreation`\"]\npub type NewThing = ThingCreation;"
        ),
        "{code}"
    );
}

#[test]
fn a_removed_operation_is_breaking() {
    let old = base();
    let mut new = base();
    new["paths"]["/v1/things/{id}"]
        .as_object_mut()
        .unwrap()
        .remove("delete");
    let (_, _, changes) = update(&old, &new);
    assert_eq!(
        texts(&changes),
        [(
            true,
            "Removed method `delete_thing` (`DELETE /v1/things/{id}`)."
        )]
    );
}

#[test]
fn a_colliding_property_added_later_does_not_rename_the_first() {
    let old = base();
    let mut new = base();
    new["components"]["schemas"]["Thing"]["properties"]["connection_string"] =
        json!({"type": "string"});
    let (before, after, _) = update(&old, &new);
    let field = |g: &Generated, wire: &str| {
        g.record.types["#/components/schemas/Thing"].members[wire]
            .name
            .clone()
    };
    assert_eq!(field(&before, "connectionString"), "connection_string");
    assert_eq!(field(&after, "connectionString"), "connection_string");
    assert_eq!(field(&after, "connection_string"), "connection_string_2");
    // Without the record, the snake-case spelling would have taken the name.
    let fresh = gen(&new, None);
    assert_eq!(field(&fresh, "connection_string"), "connection_string");
}

/// Writes JSON with every object's keys in reverse order.
fn reversed(value: &Value) -> String {
    match value {
        Value::Object(map) => {
            let items: Vec<String> = map
                .iter()
                .rev()
                .map(|(k, v)| format!("{}:{}", Value::String(k.clone()), reversed(v)))
                .collect();
            format!("{{{}}}", items.join(","))
        }
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(reversed).collect::<Vec<_>>().join(",")
        ),
        other => other.to_string(),
    }
}

#[test]
fn key_order_does_not_change_the_output() {
    let doc = base();
    let forward = generate(
        &serde_json::to_string(&doc).unwrap(),
        "a.json",
        &Options::default(),
    )
    .unwrap();
    let backward = generate(&reversed(&doc), "a.json", &Options::default()).unwrap();
    assert_eq!(files(&forward), files(&backward));
}

fn shared_spec(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/specs/supabase-management-api")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; this test needs the upstream specs in ../shared/specs/supabase-management-api beside the repository",
            path.display()
        )
    })
}

#[test]
fn the_pinned_spec_in_another_key_order_gives_the_same_files() {
    let text = shared_spec("2026-05-22.json");
    let doc: Value = serde_json::from_str(&text).unwrap();
    let forward = generate(&text, "a.json", &Options::default()).unwrap();
    let backward = generate(&reversed(&doc), "a.json", &Options::default()).unwrap();
    assert_eq!(files(&forward), files(&backward));
}

/// The report of the 2024-11-25 -> 2026-05-22 update, and its counts checked
/// against a direct comparison of the two documents.
#[test]
fn report_of_the_2024_to_2026_update() {
    let old_text = shared_spec("2024-11-25.yaml");
    let new_text = shared_spec("2026-05-22.json");
    let old_doc: Value = serde_yaml::from_str(&old_text).unwrap();
    let new_doc: Value = serde_json::from_str(&new_text).unwrap();
    let before = generate(&old_text, "2024-11-25.yaml", &Options::default()).unwrap();
    let after = generate(
        &new_text,
        "2026-05-22.json",
        &options(Some(before.record.clone())),
    )
    .unwrap();
    let changes = record::diff(&before.record, &after.record);
    let report = record::report(
        "2024-11-25 -> 2026-05-22",
        &changes,
        "0.1.0",
        &record::bump("0.1.0", &changes),
    );
    insta::assert_snapshot!("report_2024_11_25_to_2026_05_22", report);

    // Direct comparison: operationIds and routes, component schema names.
    let ops = |doc: &Value| -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for (path, item) in doc["paths"].as_object().unwrap() {
            for (method, op) in item.as_object().unwrap() {
                if let Some(id) = op.get("operationId").and_then(Value::as_str) {
                    out.insert(id.to_owned(), format!("{} {path}", method.to_uppercase()));
                }
            }
        }
        out
    };
    let (old_ops, new_ops) = (ops(&old_doc), ops(&new_doc));
    let old_routes: BTreeMap<&String, &String> = old_ops.iter().map(|(id, r)| (r, id)).collect();
    let renamed = new_ops
        .iter()
        .filter(|(id, route)| {
            !old_ops.contains_key(*id)
                && old_routes
                    .get(route)
                    .is_some_and(|old| !new_ops.contains_key(*old))
        })
        .count();
    let added = new_ops
        .keys()
        .filter(|id| !old_ops.contains_key(*id))
        .count()
        - renamed;
    let removed = old_ops
        .keys()
        .filter(|id| !new_ops.contains_key(*id))
        .count()
        - renamed;
    assert_eq!(changes.counts.operations_renamed, renamed);
    assert_eq!(changes.counts.operations_added, added);
    assert_eq!(changes.counts.operations_removed, removed);
    let schemas = |doc: &Value| -> Vec<String> {
        doc["components"]["schemas"]
            .as_object()
            .unwrap()
            .keys()
            .map(|k| format!("#/components/schemas/{k}"))
            .collect()
    };
    let components = |r: &ApiRecord| -> Vec<String> {
        r.types
            .keys()
            .filter(|p| {
                p.strip_prefix("#/components/schemas/")
                    .is_some_and(|name| !name.contains('/'))
            })
            .cloned()
            .collect()
    };
    assert_eq!(components(&before.record), schemas(&old_doc));
    assert_eq!(components(&after.record), schemas(&new_doc));
    println!(
        "2024-11-25 -> 2026-05-22: {} operations added, {removed} removed, {renamed} renamed; {} breaking changes of {}",
        added,
        changes.changes.iter().filter(|c| c.breaking).count(),
        changes.changes.len()
    );
}

/// The changes between two generations, with no context: one hunk per run
/// of changed lines, as `(path, lines removed, lines added)`.
fn hunks(a: &Generated, b: &Generated) -> Vec<(String, usize, usize)> {
    let (fa, fb) = (files(a), files(b));
    let paths: std::collections::BTreeSet<&str> = fa.keys().chain(fb.keys()).copied().collect();
    let mut hunks = Vec::new();
    for path in paths {
        let (old, new) = (
            fa.get(path).copied().unwrap_or(""),
            fb.get(path).copied().unwrap_or(""),
        );
        let diff = similar::TextDiff::from_lines(old, new);
        for group in diff.grouped_ops(0) {
            let (mut removed, mut added) = (0, 0);
            for op in &group {
                removed += op.old_range().len();
                added += op.new_range().len();
            }
            hunks.push((path.to_owned(), removed, added));
        }
    }
    hunks
}

#[test]
fn adding_an_optional_property_changes_at_most_three_lines_in_one_hunk() {
    let old = base();
    let mut new = base();
    new["components"]["schemas"]["Thing"]["properties"]["colour"] =
        json!({"type": "string", "description": "The colour of the thing."});
    let (before, after, changes) = update(&old, &new);
    let hunks = hunks(&before, &after);
    let (removed, added) = line_diff(&before, &after);
    assert_eq!(hunks.len(), 1, "{removed:#?} {added:#?}");
    let (path, removed_count, added_count) = &hunks[0];
    assert_eq!(path, "types/thing.rs");
    assert!(removed_count + added_count <= 3, "{removed:#?} {added:#?}");
    assert_eq!(
        added,
        [
            "types/thing.rs:         /// The colour of the thing.",
            "types/thing.rs:         pub colour: Option<String>,",
        ]
    );
    assert!(!changes.is_breaking());
}

#[test]
fn adding_a_get_with_a_small_response_object_adds_at_most_fifty_lines() {
    let old = base();
    let mut new = base();
    new["paths"]["/v1/things/{id}/status"] = json!({
        "get": {
            "operationId": "v1-get-thing-status",
            "summary": "Gets the status of a thing.",
            "tags": ["Things"],
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"200": {
                "description": "The status.",
                "content": {"application/json": {"schema": {
                    "type": "object",
                    "required": ["state"],
                    "properties": {
                        "state": {"type": "string", "description": "What the thing is doing."},
                        "progress": {"type": "integer", "description": "Percent done."}
                    }
                }}}
            }}
        }
    });
    let (before, after, changes) = update(&old, &new);
    let (removed, added) = line_diff(&before, &after);
    assert!(
        removed.is_empty(),
        "an addition removed lines: {removed:#?}"
    );
    println!(
        "adding one GET with its response object added {} lines:",
        added.len()
    );
    for line in &added {
        println!("{line}");
    }
    // The first inline type of a tag also opens the tag's types file: its
    // header and its two lines in `types/mod.rs` are paid once per tag.
    let once_per_tag = added
        .iter()
        .filter(|l| {
            l.starts_with("types/mod.rs: ")
                || l.starts_with("types/things_operations.rs: //!")
                || *l == "types/things_operations.rs: "
        })
        .count();
    assert_eq!(once_per_tag, 7, "{added:#?}");
    assert!(
        added.len() - once_per_tag <= 50,
        "{} lines: {added:#?}",
        added.len()
    );
    assert!(!changes.is_breaking());
}
