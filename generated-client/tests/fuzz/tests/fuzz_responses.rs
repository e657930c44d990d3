//! Hostile response bodies never crash the client.
//!
//! Every success type of the generated client (found by `build.rs`) is
//! decoded, the way the generated code does it (`RawResponse::json`, or
//! `RawResponse::text`), from random JSON and random bytes, from truncations
//! of valid-looking documents, from those documents with a node replaced by
//! a value of another type, and from 10,000-deep nesting. Every outcome must
//! be a value or [`Error::Decode`]: never a panic, a stack overflow or
//! another error.
//!
//! The valid-looking documents are built from the pinned spec's response
//! schemas (`spec/openapi.json`). `FUZZ_CASES` sets the number of random
//! bodies (default [`DEFAULT_CASES`]).

use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use response_fuzz::{each_response, Decoding, Visitor, WIRE_NAMES};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use supabase_management_api::{Error, Operation, RawResponse};

/// Random bodies decoded by default, spread over all the types.
const DEFAULT_CASES: u32 = 10_000;

/// The command that puts the pinned spec where this test reads it.
const FETCH: &str =
    "cargo xtask fetch --from ../shared/specs/supabase-management-api/2026-05-22.json";

static OPERATION: Operation = Operation::new("fuzz", "GET", "/fuzz");

/// What decoding did: a value, or a decode error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Value,
    DecodeError,
}

/// One operation's success type and how to decode into it.
#[derive(Clone, Copy)]
struct Target {
    operation: &'static str,
    type_name: &'static str,
    decoding: Decoding,
    decode: fn(&RawResponse, Decoding) -> Result<Outcome, String>,
}

struct Collect(Vec<Target>);

impl Visitor for Collect {
    fn visit<T: DeserializeOwned + std::fmt::Debug + 'static>(
        &mut self,
        operation: &'static str,
        decoding: Decoding,
    ) {
        self.0.push(Target {
            operation,
            type_name: std::any::type_name::<T>(),
            decoding,
            decode: decode::<T>,
        });
    }
}

fn targets() -> Vec<Target> {
    let mut collect = Collect(Vec::new());
    each_response(&mut collect);
    collect.0
}

fn decode<T: DeserializeOwned>(raw: &RawResponse, decoding: Decoding) -> Result<Outcome, String> {
    let result = match decoding {
        Decoding::Text => raw.text().map(drop),
        // `()` and header values decode no body in the generated code; as
        // JSON they are two more shapes to try.
        Decoding::Json | Decoding::Other => raw.json::<T>().map(drop),
    };
    match result {
        Ok(()) => Ok(Outcome::Value),
        Err(Error::Decode(e)) => {
            if e.message.is_empty() {
                return Err("a decode error without a message".to_owned());
            }
            Ok(Outcome::DecodeError)
        }
        Err(other) => Err(format!("not a decode error: {other:?}")),
    }
}

fn response(body: &[u8]) -> RawResponse {
    RawResponse {
        operation: &OPERATION,
        status: reqwest::StatusCode::OK,
        headers: reqwest::header::HeaderMap::new(),
        body: bytes::Bytes::copy_from_slice(body),
        // Both modes, alternately: a body lacking required fields is
        // corrected, or fails.
        strict_decoding: body.len() % 2 == 1,
    }
}

/// Decodes `body` as `target` does; a panic or a wrong error is an `Err`
/// naming the type and showing the start of the body.
fn check(target: &Target, body: &[u8]) -> Result<Outcome, String> {
    let raw = response(body);
    let outcome = catch_unwind(AssertUnwindSafe(|| (target.decode)(&raw, target.decoding)));
    let failure = match outcome {
        Ok(Ok(outcome)) => return Ok(outcome),
        Ok(Err(message)) => message,
        Err(panic) => format!(
            "panicked: {}",
            panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default()
        ),
    };
    let shown = String::from_utf8_lossy(&body[..body.len().min(300)]).into_owned();
    Err(format!(
        "{} ({}): {failure}\nbody ({} bytes): {shown}",
        target.operation,
        target.type_name,
        body.len()
    ))
}

fn cases() -> u32 {
    std::env::var("FUZZ_CASES").map_or(DEFAULT_CASES, |v| {
        v.trim()
            .parse()
            .unwrap_or_else(|_| panic!("FUZZ_CASES={v:?} is not a number"))
    })
}

fn runner(cases: u32) -> TestRunner {
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha))
}

#[test]
fn every_operation_has_a_target() {
    let targets = targets();
    assert!(
        targets.len() > 100,
        "only {} operations found",
        targets.len()
    );
    let mut ids: Vec<&str> = targets.iter().map(|t| t.operation).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), targets.len(), "operation ids are unique");
    assert!(targets.iter().any(|t| t.decoding == Decoding::Json));
    assert!(targets.iter().any(|t| t.decoding == Decoding::Text));
    assert!(WIRE_NAMES.contains(&"ref"), "wire names are collected");
}

/// Random JSON whose object keys are mostly the wire names of the generated
/// types, so that decoding gets past the first field.
fn json_value() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        4 => prop::sample::select(WIRE_NAMES),
        1 => prop::sample::select(&["", "é", "🦀", "\u{0}", "a\"b", "type"][..]),
    ]
    .prop_map(str::to_owned);
    let text = prop_oneof![
        prop::sample::select(WIRE_NAMES).prop_map(str::to_owned),
        any::<String>(),
        Just("2024-01-01T00:00:00Z".to_owned()),
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        text.prop_map(Value::from),
    ];
    leaf.prop_recursive(6, 96, 12, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..12)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A body: JSON text, JSON with something after it, or raw bytes.
fn body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        6 => json_value().prop_map(|v| serde_json::to_vec(&v).unwrap_or_default()),
        1 => (json_value(), prop::collection::vec(any::<u8>(), 1..8)).prop_map(|(v, tail)| {
            let mut body = serde_json::to_vec(&v).unwrap_or_default();
            body.extend(tail);
            body
        }),
        1 => prop::collection::vec(any::<u8>(), 0..64),
    ]
}

#[test]
fn random_bodies_decode_to_a_value_or_a_decode_error() {
    let targets = targets();
    let strategy = (0..targets.len(), body());
    let decoded = Cell::new(0u32);
    let rejected = Cell::new(0u32);
    let result = runner(cases()).run(&strategy, |(index, body)| {
        match check(&targets[index], &body) {
            Ok(Outcome::Value) => decoded.set(decoded.get() + 1),
            Ok(Outcome::DecodeError) => rejected.set(rejected.get() + 1),
            Err(message) => return Err(TestCaseError::fail(message)),
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    println!(
        "random bodies: {} decoded, {} decode errors",
        decoded.get(),
        rejected.get()
    );
    assert!(rejected.get() > 0);
}

/// The pinned spec, which the valid-looking documents are built from.
fn spec() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../spec/openapi.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read the pinned spec {}: {e}\nrun `{FETCH}` from the repository root first",
            path.display()
        )
    });
    serde_json::from_str(&text).expect("the pinned spec is JSON")
}

/// The schema of the first 2xx JSON response of the operation `id`.
fn response_schema<'d>(doc: &'d Value, id: &str) -> Option<&'d Value> {
    let op = doc["paths"]
        .as_object()?
        .values()
        .filter_map(Value::as_object)
        .flat_map(|item| item.values())
        .find(|op| op.get("operationId").and_then(Value::as_str) == Some(id))?;
    let responses = op.get("responses")?.as_object()?;
    let mut codes: Vec<&String> = responses.keys().filter(|k| k.starts_with('2')).collect();
    codes.sort();
    let response = resolve(doc, responses.get(*codes.first()?)?);
    resolve(doc, response.pointer("/content/application~1json/schema")?).into()
}

fn resolve<'d>(doc: &'d Value, mut value: &'d Value) -> &'d Value {
    for _ in 0..32 {
        match value.get("$ref").and_then(Value::as_str) {
            Some(r) => match r.strip_prefix('#').and_then(|p| doc.pointer(p)) {
                Some(target) => value = target,
                None => return &Value::Null,
            },
            None => break,
        }
    }
    value
}

/// A document of `schema`'s shape: every property, one item per array,
/// the first enum value or `oneOf` variant.
fn skeleton(doc: &Value, schema: &Value, depth: usize) -> Value {
    let schema = resolve(doc, schema);
    if depth > 16 {
        return Value::Null;
    }
    if let Some(first) = schema
        .get("enum")
        .and_then(Value::as_array)
        .and_then(|e| e.first())
    {
        return first.clone();
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(first) = schema
            .get(key)
            .and_then(Value::as_array)
            .and_then(|v| v.first())
        {
            return skeleton(doc, first, depth + 1);
        }
    }
    if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
        let mut merged = serde_json::Map::new();
        for part in parts {
            match skeleton(doc, part, depth + 1) {
                Value::Object(fields) => merged.extend(fields),
                other if parts.len() == 1 => return other,
                _ => {}
            }
        }
        return Value::Object(merged);
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("array") => json!([skeleton(doc, &schema["items"], depth + 1)]),
        Some("string") => match schema.get("format").and_then(Value::as_str) {
            Some("date-time") => json!("2024-01-01T00:00:00Z"),
            Some("date") => json!("2024-01-01"),
            Some("uuid") => json!("00000000-0000-0000-0000-000000000000"),
            _ => json!("text"),
        },
        Some("integer") => json!(1),
        Some("number") => json!(1.5),
        Some("boolean") => json!(true),
        _ => {
            let mut object = serde_json::Map::new();
            if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
                for (name, property) in properties {
                    object.insert(name.clone(), skeleton(doc, property, depth + 1));
                }
            } else if let Some(values) =
                schema.get("additionalProperties").filter(|v| v.is_object())
            {
                object.insert("key".to_owned(), skeleton(doc, values, depth + 1));
            }
            Value::Object(object)
        }
    }
}

/// Each target with a valid-looking JSON document of its response schema.
fn documents() -> Vec<(Target, Value)> {
    let doc = spec();
    targets()
        .into_iter()
        .filter(|t| t.decoding == Decoding::Json)
        .filter_map(|t| {
            let schema = response_schema(&doc, t.operation)?;
            Some((t, skeleton(&doc, schema, 0)))
        })
        .collect()
}

#[test]
fn truncated_documents_are_decode_errors() {
    let documents = documents();
    assert!(documents.len() > 100, "only {} documents", documents.len());
    let mut valid = 0;
    for (target, document) in &documents {
        let text = serde_json::to_vec(document).expect("a value serializes");
        match check(target, &text) {
            Ok(Outcome::Value) => valid += 1,
            Ok(Outcome::DecodeError) => {}
            Err(message) => panic!("{message}"),
        }
        // Every strict prefix of an object, array or string is incomplete.
        let incomplete = document.is_object() || document.is_array() || document.is_string();
        // All the prefixes of short documents, 400 of longer ones.
        let step = (text.len() / 400).max(1);
        for end in (0..text.len()).step_by(step) {
            match check(target, &text[..end]) {
                Ok(Outcome::DecodeError) => {}
                Ok(Outcome::Value) if !incomplete => {}
                Ok(Outcome::Value) => panic!(
                    "{} ({}): a truncated body decoded: {}",
                    target.operation,
                    target.type_name,
                    String::from_utf8_lossy(&text[..end])
                ),
                Err(message) => panic!("{message}"),
            }
        }
    }
    println!(
        "valid-looking documents: {} of {} decode whole",
        valid,
        documents.len()
    );
    // The truncations start from documents the types accept.
    assert!(
        valid * 4 >= documents.len() * 3,
        "only {valid} of {} valid-looking documents decode; is the skeleton builder broken?",
        documents.len()
    );
}

/// The paths of every node of `value`.
fn node_paths(value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![(String::new(), value)];
    while let Some((path, v)) = stack.pop() {
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    let key = k.replace('~', "~0").replace('/', "~1");
                    stack.push((format!("{path}/{key}"), child));
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    stack.push((format!("{path}/{i}"), child));
                }
            }
            _ => {}
        }
        out.push(path);
    }
    out
}

#[test]
fn documents_with_a_node_of_another_type_decode_or_fail_cleanly() {
    let documents = documents();
    let replacements = [
        Value::Null,
        json!(true),
        json!(-1),
        json!(u64::MAX),
        json!(1.5e300),
        json!(""),
        json!("🦀\u{0}"),
        json!("2024-13-45T25:61:00Z"),
        json!([]),
        json!([null]),
        json!({}),
        json!({ "": 1 }),
    ];
    let strategy = (
        0..documents.len(),
        any::<prop::sample::Index>(),
        0..replacements.len(),
    );
    let rejected = Cell::new(0u32);
    let result = runner(cases() / 4).run(&strategy, |(index, node, replacement)| {
        let (target, document) = &documents[index];
        let mut document = document.clone();
        let paths = node_paths(&document);
        let path = &paths[node.index(paths.len())];
        if let Some(v) = document.pointer_mut(path) {
            *v = replacements[replacement].clone();
        }
        let text = serde_json::to_vec(&document).expect("a value serializes");
        match check(target, &text) {
            Ok(Outcome::DecodeError) => rejected.set(rejected.get() + 1),
            Ok(Outcome::Value) => {}
            Err(message) => return Err(TestCaseError::fail(message)),
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    assert!(rejected.get() > 0);
}

/// The skeleton's value for `format: date-time`, `date` and `uuid`.
const TYPED_SAMPLES: [&str; 3] = [
    "2024-01-01T00:00:00Z",
    "2024-01-01",
    "00000000-0000-0000-0000-000000000000",
];

/// A typed format's value the server got wrong (a timestamp off the
/// calendar, a date in another order, a UUID cut short) fails the decoding
/// of the whole response: a decode error, never a value holding garbage.
#[test]
fn a_malformed_typed_format_value_is_a_decode_error() {
    let malformed = ["2024-13-45T25:61:00Z", "01/02/2024", "00000000-0000"];
    let mut checked = 0;
    for (target, document) in documents() {
        if check(&target, &serde_json::to_vec(&document).unwrap()) != Ok(Outcome::Value) {
            continue;
        }
        for path in node_paths(&document) {
            let Some(i) = TYPED_SAMPLES
                .iter()
                .position(|s| document.pointer(&path) == Some(&json!(s)))
            else {
                continue;
            };
            let mut broken = document.clone();
            if let Some(node) = broken.pointer_mut(&path) {
                *node = json!(malformed[i]);
            }
            let outcome = check(&target, &serde_json::to_vec(&broken).unwrap());
            assert_eq!(
                outcome,
                Ok(Outcome::DecodeError),
                "{} ({}): {path} = {:?} decoded",
                target.operation,
                target.type_name,
                malformed[i]
            );
            checked += 1;
        }
    }
    assert!(
        checked > 20,
        "only {checked} typed values found in the documents"
    );
}

/// 10,000 levels of nesting: serde_json's recursion limit (128) makes an
/// array a decode error. An unknown field is skipped without recursion, so
/// a deep object under one may decode. Run on a thread with a 2 MiB stack,
/// the default of spawned threads, so that the test proves both hold there.
#[test]
fn deep_nesting_is_a_decode_error_not_a_stack_overflow() {
    let handle = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(|| {
            const DEPTH: usize = 10_000;
            let arrays = format!("{}{}", "[".repeat(DEPTH), "]".repeat(DEPTH));
            let objects = format!("{}1{}", r#"{"a":"#.repeat(DEPTH), "}".repeat(DEPTH));
            let unclosed = "[".repeat(DEPTH);
            for target in targets() {
                for body in [&arrays, &objects, &unclosed] {
                    match check(&target, body.as_bytes()) {
                        Ok(Outcome::DecodeError) => {}
                        Ok(Outcome::Value) if target.decoding == Decoding::Text => {}
                        Ok(Outcome::Value) if body == &objects => {}
                        Ok(Outcome::Value) => panic!(
                            "{} ({}): 10,000 levels of nesting decoded",
                            target.operation, target.type_name
                        ),
                        Err(message) => panic!("{message}"),
                    }
                }
            }
        })
        .expect("a thread can be spawned");
    if let Err(panic) = handle.join() {
        std::panic::resume_unwind(panic);
    }
}

#[test]
fn deep_nesting_inside_a_valid_document_is_a_decode_error() {
    // Text, not a `Value`: dropping a 10,000-deep `Value` would itself recurse.
    let deep_text = format!("{}1{}", "[".repeat(10_000), "]".repeat(10_000));
    let mut checked = 0;
    for (target, document) in documents() {
        let Value::Object(fields) = &document else {
            continue;
        };
        let Some(first) = fields.keys().next() else {
            continue;
        };
        let mut fields = fields.clone();
        fields.insert(first.clone(), json!("DEEP"));
        let text = serde_json::to_string(&Value::Object(fields))
            .expect("a value serializes")
            .replacen("\"DEEP\"", &deep_text, 1);
        match check(&target, text.as_bytes()) {
            Ok(Outcome::DecodeError) => checked += 1,
            Ok(Outcome::Value) => panic!(
                "{} ({}): a field 10,000 levels deep decoded",
                target.operation, target.type_name
            ),
            Err(message) => panic!("{message}"),
        }
    }
    assert!(checked > 50, "only {checked} documents checked");
}
