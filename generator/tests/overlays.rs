//! OpenAPI Overlay 1.0 documents applied as a spec is read: `update` and
//! `remove` actions, the error for an action that selects nothing, and the
//! detection of actions an upstream fix made obsolete.

use generator::load::{overlaid_value, parse_with_overlays};
use generator::overlay::{ActionOutcome, Mode, Obsolete, Overlay, OverlayError};
use generator::{generate, LoadError, Options};
use serde_json::json;

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/overlays/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn overlay(name: &str) -> Overlay {
    Overlay::parse(&fixture(name), name).unwrap_or_else(|e| panic!("{e}"))
}

fn things() -> String {
    fixture("things.yaml")
}

fn apply(
    overlays: &[Overlay],
    mode: Mode,
) -> Result<(serde_json::Value, Vec<ActionOutcome>), LoadError> {
    overlaid_value(&things(), "things.yaml", overlays, mode)
}

#[test]
fn update_merges_into_objects_and_appends_to_arrays() {
    let (document, outcomes) = apply(&[overlay("update.yaml")], Mode::Strict).unwrap();
    assert_eq!(
        document.pointer("/paths/~1things/post/responses/201"),
        Some(&json!({
            "description": "created",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } },
        }))
    );
    assert_eq!(
        document.pointer("/components/schemas/Thing/required"),
        Some(&json!(["id", "tags", "name"]))
    );
    assert_eq!(outcomes.len(), 2);
    assert_eq!(outcomes[0].changed, ["#/paths/~1things/post/responses/201"]);
    assert_eq!(outcomes[0].changed_items(), ["POST /things"]);
    assert_eq!(outcomes[0].obsolete, None);
    assert_eq!(outcomes[0].operations, ["POST /things"]);
    assert_eq!(outcomes[1].changed_items(), ["components/schemas/Thing"]);
    // Both operations return a `Thing` once the first action has run.
    assert_eq!(outcomes[1].operations, ["GET /things/{id}", "POST /things"]);

    // The generated client returns the declared type.
    let options = Options {
        overlays: vec![overlay("update.yaml")],
        ..Options::default()
    };
    let generated = generate(&things(), "things.yaml", &options).unwrap();
    let create = generated
        .api
        .operations
        .iter()
        .find(|o| o.id == "create-thing")
        .unwrap();
    assert!(
        matches!(create.response, generator::model::Response::Json(_)),
        "{:?}",
        create.response
    );
    assert_eq!(generated.overlays, outcomes);
}

#[test]
fn remove_deletes_the_selected_array_element() {
    let (document, outcomes) = apply(&[overlay("remove.yaml")], Mode::Strict).unwrap();
    assert_eq!(
        document.pointer("/components/schemas/Thing/required"),
        Some(&json!(["id"]))
    );
    assert_eq!(outcomes[0].kind, "remove");
    assert_eq!(
        outcomes[0].changed,
        ["#/components/schemas/Thing/required/1"]
    );

    let (openapi, _) = parse_with_overlays(
        &things(),
        "things.yaml",
        &[overlay("remove.yaml")],
        Mode::Strict,
    )
    .unwrap();
    let thing = openapi.components.unwrap().schemas["Thing"].clone();
    let openapiv3::ReferenceOr::Item(schema) = thing else {
        panic!("Thing is a schema")
    };
    let openapiv3::SchemaKind::Type(openapiv3::Type::Object(object)) = schema.schema_kind else {
        panic!("Thing is an object")
    };
    assert_eq!(object.required, ["id"]);
}

#[test]
fn an_action_that_selects_nothing_is_an_error_naming_it() {
    for mode in [Mode::Strict, Mode::Update] {
        let error = apply(&[overlay("no_match.yaml")], mode).unwrap_err();
        let LoadError::Overlay(OverlayError::Action { action, message }) = &error else {
            panic!("expected an action error, got {error:?}");
        };
        assert_eq!(
            action,
            "no_match.yaml actions[1] (\"There are no gadgets.\", target `$.paths['/gadgets'].get`)"
        );
        assert!(message.contains("selects nothing"), "{message}");
    }
}

#[test]
fn actions_an_upstream_fix_made_obsolete_are_detected() {
    // Generating or checking: the remove that selects nothing is an error.
    let error = apply(&[overlay("already_fixed.json")], Mode::Strict).unwrap_err();
    assert!(
        error.to_string().contains("already_fixed.json actions[1]"),
        "{error}"
    );
    // Updating to a new spec: both actions are reported obsolete.
    let (document, outcomes) = apply(&[overlay("already_fixed.json")], Mode::Update).unwrap();
    let obsolete: Vec<_> = outcomes.iter().map(|o| (o.index, o.obsolete)).collect();
    assert_eq!(
        obsolete,
        [
            (0, Some(Obsolete::AlreadyPresent)),
            (1, Some(Obsolete::TargetAbsent)),
        ]
    );
    assert!(outcomes.iter().all(|o| o.changed.is_empty()));
    let (unchanged, _) = apply(&[], Mode::Strict).unwrap();
    assert_eq!(document, unchanged);

    // An update that still changes something is not obsolete.
    let (_, outcomes) = apply(&[overlay("update.yaml")], Mode::Update).unwrap();
    assert!(outcomes.iter().all(|o| o.obsolete.is_none()));
}

#[test]
fn overlays_apply_in_order_and_see_earlier_changes() {
    // `remove.yaml` drops `tags` from `required`; the array update of
    // `update.yaml` then appends to what is left.
    let (document, _) = apply(
        &[overlay("remove.yaml"), overlay("update.yaml")],
        Mode::Strict,
    )
    .unwrap();
    assert_eq!(
        document.pointer("/components/schemas/Thing/required"),
        Some(&json!(["id", "name"]))
    );
}

#[test]
fn bad_overlays_are_refused_with_the_reason() {
    let cases = [
        ("overlay: 2.0.0\ninfo: {title: t, version: '1'}\nactions: []\n", "unsupported overlay version \"2.0.0\""),
        ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: '$.paths[', update: {}}]\n", "actions[0] (target `$.paths[`): the target is not a JSONPath"),
        ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: '$.paths'}]\n", "neither `update` nor `remove: true`"),
        ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: '$', remove: true}]\n", ""),
        ("overlay: 1.0.0\ninfo: {title: t}\nactions: []\n", "#/info: missing field `version`"),
        ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: []\nextra: 1\n", "unknown field `extra`"),
        ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: '$.info', update: {}, updte: {}}]\n", "unknown field `updte`"),
        ("overlay: [\n", "not valid YAML"),
    ];
    for (text, expected) in cases {
        match Overlay::parse(text, "bad.yaml") {
            Err(error) => {
                let error = error.to_string();
                assert!(error.starts_with("bad.yaml"), "{error}");
                assert!(
                    error.contains(expected),
                    "{error:?} should contain {expected:?}"
                );
            }
            // Parses; removing the root is refused when applied.
            Ok(parsed) => {
                assert!(expected.is_empty(), "{text} should be refused");
                let error = apply(&[parsed], Mode::Strict).unwrap_err().to_string();
                assert!(
                    error.contains("the target selects the document root"),
                    "{error}"
                );
            }
        }
    }
}

#[test]
fn an_update_of_the_wrong_shape_is_refused() {
    let text = "overlay: 1.0.0\ninfo: {title: t, version: '1'}\n\
                actions: [{target: '$.info.title', update: {x: 1}}]\n";
    let error = apply(&[Overlay::parse(text, "o.yaml").unwrap()], Mode::Strict)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("#/info/title is neither an object nor an array"),
        "{error}"
    );
}
