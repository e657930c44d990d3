//! Parsing a document (JSON or YAML) into an [`openapiv3::OpenAPI`], with
//! errors that name the file, line and column or the JSON pointer.
//! OpenAPI 3.1 documents are converted to 3.0 first (see [`oas31`]).

pub mod oas31;

use openapiv3::{OpenAPI, ReferenceOr, Schema, StatusCode};
use serde::Deserialize as _;
use serde_json::Value;

use crate::diagnostics::{Diagnostic, Pointer};
use crate::overlay::{ActionOutcome, Mode, Overlay};

/// Why a document could not be read as OpenAPI 3.0 or 3.1.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The text is not valid JSON or YAML.
    #[error("{source_name}:{line}:{column}: not valid {format}: {message}")]
    Syntax {
        /// The document's name (usually its path).
        source_name: String,
        /// `JSON` or `YAML`.
        format: &'static str,
        /// 1-based line, 0 when unknown.
        line: usize,
        /// 1-based column, 0 when unknown.
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// The document is not OpenAPI 3.0.x or 3.1.x.
    #[error(
        "{source_name}: unsupported document version {found}; \
         this generator reads OpenAPI 3.0.x and 3.1.x"
    )]
    Version {
        /// The document's name.
        source_name: String,
        /// What the document declares, e.g. `Swagger 2.0` or `OpenAPI 3.2.0`.
        found: String,
    },
    /// An overlay could not be read or applied.
    #[error(transparent)]
    Overlay(#[from] crate::overlay::OverlayError),
    /// The document is well-formed but does not match the OpenAPI 3.0 schema.
    #[error("{source_name}: {pointer}: {message}")]
    Structure {
        /// The document's name.
        source_name: String,
        /// JSON pointer to the offending node.
        pointer: String,
        /// What was expected.
        message: String,
    },
}

/// Parses `text` (JSON when it starts with `{`, YAML otherwise).
pub fn parse(text: &str, source_name: &str) -> Result<OpenAPI, LoadError> {
    parse_with_overlays(text, source_name, &[], Mode::Strict).map(|(document, _)| document)
}

/// [`parse`], with `overlays` applied in order right after the version
/// check, before anything else reads the document; returns what each
/// overlay action did.
pub fn parse_with_overlays(
    text: &str,
    source_name: &str,
    overlays: &[Overlay],
    mode: Mode,
) -> Result<(OpenAPI, Vec<ActionOutcome>), LoadError> {
    load(text, source_name, overlays, mode).map(|loaded| (loaded.document, loaded.overlays))
}

/// A document read: the document, what each overlay action did and the
/// diagnostics of reading it.
#[derive(Debug)]
pub struct Loaded {
    /// The document, in the OpenAPI 3.0 model.
    pub document: OpenAPI,
    /// What each overlay action did, in the order applied.
    pub overlays: Vec<ActionOutcome>,
    /// For a 3.1 document, what its conversion to 3.0 could not carry over
    /// (sorted).
    pub diagnostics: Vec<Diagnostic>,
    /// For a 3.1 document, where its conversion moved schemas: later
    /// stages' pointers are taken back to the source's through it.
    pub sources: oas31::SourceMap,
}

/// [`parse_with_overlays`], with the diagnostics of reading the document.
pub fn load(
    text: &str,
    source_name: &str,
    overlays: &[Overlay],
    mode: Mode,
) -> Result<Loaded, LoadError> {
    let (value, overlays) = overlaid_value(text, source_name, overlays, mode)?;
    let (document, diagnostics, sources) = read_document(value, source_name)?;
    Ok(Loaded {
        document,
        overlays,
        diagnostics,
        sources,
    })
}

/// The document as a JSON value, version-checked, with `overlays` applied.
pub fn overlaid_value(
    text: &str,
    source_name: &str,
    overlays: &[Overlay],
    mode: Mode,
) -> Result<(Value, Vec<ActionOutcome>), LoadError> {
    let mut value = match parse_value(text, source_name) {
        Ok(value) => value,
        Err(error @ LoadError::Syntax { format: "YAML", .. }) => {
            if let Some(version) = sniff_yaml_version(text) {
                check_version(&version, source_name)?;
            }
            return Err(error);
        }
        Err(error) => return Err(error),
    };
    check_version(&value, source_name)?;
    // Bounds the depth JSONPath evaluation descends to.
    check_depth(&value, source_name)?;
    let outcomes = crate::overlay::apply(&mut value, overlays, mode)?;
    if !overlays.is_empty() {
        check_version(&value, source_name)?;
    }
    Ok((value, outcomes))
}

/// Reads a version-checked document value as OpenAPI 3.0, a 3.1 one
/// converted first (after the overlays, which address the 3.1 document).
fn read_document(
    mut value: Value,
    source_name: &str,
) -> Result<(OpenAPI, Vec<Diagnostic>, oas31::SourceMap), LoadError> {
    let (diagnostics, sources) = match value.get("openapi").and_then(Value::as_str) {
        Some(version) if oas31::is_31(version) => oas31::convert(&mut value),
        _ => (Vec::new(), oas31::SourceMap::default()),
    };
    // After overlays and the conversion (which nests some schemas deeper);
    // an error's pointer is the source document's.
    let at_source = |e: LoadError| match e {
        LoadError::Structure {
            source_name,
            pointer,
            message,
        } => LoadError::Structure {
            source_name,
            pointer: sources.source(&pointer),
            message,
        },
        other => other,
    };
    check_depth(&value, source_name).map_err(at_source)?;
    // Styles a location does not allow are reported by lowering, not refused.
    if let Some(moved) = crate::styles::move_refused(&value) {
        value = moved;
    }
    check_schemas(&value, &At::ROOT, Place::Document, false, source_name).map_err(at_source)?;
    let document = deserialize_located(&value).map_err(|(path, e)| {
        at_source(LoadError::Structure {
            source_name: source_name.to_owned(),
            pointer: path_to_pointer(&path),
            message: e.to_string(),
        })
    })?;
    Ok((document, diagnostics, sources))
}

/// Deserializes `value`; on failure, again with its path tracked, for the
/// pointer of the error. Tracking every value costs more than the document's
/// whole deserialization, so it is paid only when there is an error to locate.
fn deserialize_located<T: serde::de::DeserializeOwned>(
    value: &Value,
) -> Result<T, (serde_path_to_error::Path, serde_json::Error)> {
    T::deserialize(value).or_else(|_| {
        let mut track = serde_path_to_error::Track::new();
        let de = serde_path_to_error::Deserializer::new(value, &mut track);
        T::deserialize(de).map_err(|e| (track.path(), e))
    })
}

pub(crate) fn parse_value(text: &str, source_name: &str) -> Result<serde_json::Value, LoadError> {
    if text.trim_start().starts_with('{') {
        return serde_json::from_str(text).map_err(|e| LoadError::Syntax {
            source_name: source_name.to_owned(),
            format: "JSON",
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        });
    }
    let yaml: YamlAsJson = serde_yaml::from_str(text).map_err(|e| {
        let (line, column) = e.location().map_or((0, 0), |l| (l.line(), l.column()));
        // The position is already in front of the message.
        let message = e.to_string();
        let message = match message.rfind(" at line ") {
            Some(at) if line > 0 => message[..at].to_owned(),
            _ => message,
        };
        LoadError::Syntax {
            source_name: source_name.to_owned(),
            format: "YAML",
            line,
            column,
            message,
        }
    })?;
    Ok(yaml.0)
}

/// A YAML document read straight into a JSON value. Numbers are read as JSON
/// reads them: integers beyond `i64`/`u64` become `f64` (serde_yaml's own
/// `Value` refuses them). YAML allows non-string keys (`200:` is an
/// integer); OpenAPI means strings, so keys become their JSON text. Tags
/// are dropped, keeping the tagged value.
struct YamlAsJson(Value);

impl<'de> serde::Deserialize<'de> for YamlAsJson {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(YamlVisitor).map(YamlAsJson)
    }
}

struct YamlVisitor;

impl<'de> serde::de::Visitor<'de> for YamlVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a YAML value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_i64<E>(self, i: i64) -> Result<Value, E> {
        Ok(Value::from(i))
    }

    fn visit_u64<E>(self, u: u64) -> Result<Value, E> {
        Ok(Value::from(u))
    }

    fn visit_i128<E>(self, i: i128) -> Result<Value, E> {
        Ok(match (i64::try_from(i), u64::try_from(i)) {
            (Ok(i), _) => Value::from(i),
            (_, Ok(u)) => Value::from(u),
            // As serde_json reads an integer literal it cannot hold.
            _ => float(i as f64),
        })
    }

    fn visit_u128<E>(self, u: u128) -> Result<Value, E> {
        Ok(match u64::try_from(u) {
            Ok(u) => Value::from(u),
            Err(_) => float(u as f64),
        })
    }

    fn visit_f64<E>(self, f: f64) -> Result<Value, E> {
        Ok(float(f))
    }

    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(YamlAsJson(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some((YamlAsJson(key), YamlAsJson(value))) = map.next_entry()? {
            let key = match key {
                Value::String(s) => s,
                other => other.to_string(),
            };
            if object.contains_key(&key) {
                return Err(serde::de::Error::custom(format!(
                    "duplicate entry with key {key:?}"
                )));
            }
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }

    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<Value, A::Error> {
        use serde::de::VariantAccess as _;
        let (_tag, variant) = data.variant::<serde::de::IgnoredAny>()?;
        variant.newtype_variant::<YamlAsJson>().map(|v| v.0)
    }
}

/// A float as JSON holds it (JSON has no NaN or infinity: null).
fn float(f: f64) -> Value {
    serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)
}

/// The `openapi` or `swagger` field of a YAML document that did not parse,
/// from its top-level line, so an unsupported version is reported before
/// a syntax error that reading that version would not have met.
fn sniff_yaml_version(text: &str) -> Option<Value> {
    text.lines().find_map(|line| {
        let (key, rest) = line.split_once(':')?;
        let key = key.trim_matches(|c| c == '"' || c == '\'');
        if !matches!(key, "openapi" | "swagger") {
            return None;
        }
        let value = rest.split(" #").next()?.trim();
        let value = value.trim_matches(|c| c == '"' || c == '\'');
        Some(serde_json::json!({ key: value }))
    })
}

fn check_version(value: &serde_json::Value, source_name: &str) -> Result<(), LoadError> {
    let found = if let Some(v) = value.get("swagger") {
        format!(
            "Swagger {}",
            v.as_str().map_or_else(|| v.to_string(), str::to_owned)
        )
    } else if let Some(v) = value.get("openapi") {
        match v.as_str() {
            Some(s) if s.starts_with("3.0.") || s == "3.0" || oas31::is_31(s) => return Ok(()),
            Some(s) => format!("OpenAPI {s}"),
            None => format!("openapi: {v}"),
        }
    } else if value.is_object() {
        "none (no `openapi` field)".to_owned()
    } else {
        "none (the document is not an object)".to_owned()
    };
    Err(LoadError::Version {
        source_name: source_name.to_owned(),
        found,
    })
}

/// Documents whose objects and arrays nest deeper than this (the root being
/// level 1) are refused. Real specs stay well below it (the Supabase spec
/// nests 18 deep); deserializing and emitting much deeper schemas overflows
/// the 2 MiB stack of a spawned thread in a debug build.
pub const MAX_DEPTH: usize = 32;

fn check_depth(value: &Value, source_name: &str) -> Result<(), LoadError> {
    fn too_deep(value: &Value, level: usize, at: &At<'_>) -> Option<Pointer> {
        if level > MAX_DEPTH {
            return Some(at.pointer());
        }
        match value {
            Value::Object(map) => map
                .iter()
                .filter(|(_, v)| v.is_object() || v.is_array())
                .find_map(|(k, v)| too_deep(v, level + 1, &at.child(Segment::Key(k), None))),
            Value::Array(items) => items
                .iter()
                .enumerate()
                .filter(|(_, v)| v.is_object() || v.is_array())
                .find_map(|(i, v)| too_deep(v, level + 1, &at.child(Segment::Index(i), None))),
            _ => None,
        }
    }
    match too_deep(value, 1, &At::ROOT) {
        Some(at) => Err(LoadError::Structure {
            source_name: source_name.to_owned(),
            pointer: at.to_string(),
            message: format!(
                "the document nests objects and arrays more than {MAX_DEPTH} levels deep here; \
                 this generator reads documents up to that depth"
            ),
        }),
        None => Ok(()),
    }
}

/// What a node of the document is read as, where it matters for [`check_schemas`].
#[derive(Clone, Copy)]
enum Place {
    Document,
    Components,
    PathItem,
    Operation,
    Responses,
    Response,
    Callback,
    Parameter,
    Header,
    RequestBody,
    MediaType,
    Encoding,
    Schema,
}

/// Where a node is: a chain of segments on the stack. The pointer text is
/// built only for an error (building one per node was most of the walk).
#[derive(Clone, Copy)]
struct At<'a> {
    parent: Option<&'a At<'a>>,
    segment: Segment<'a>,
    /// A second segment, for a child two levels down (`properties`, `name`).
    then: Option<Segment<'a>>,
}

#[derive(Clone, Copy)]
enum Segment<'a> {
    Root,
    Key(&'a str),
    Index(usize),
}

impl<'a> At<'a> {
    const ROOT: At<'static> = At {
        parent: None,
        segment: Segment::Root,
        then: None,
    };

    fn child(&'a self, segment: Segment<'a>, then: Option<Segment<'a>>) -> At<'a> {
        At {
            parent: Some(self),
            segment,
            then,
        }
    }

    fn pointer(&self) -> Pointer {
        let mut segments = Vec::new();
        let mut node = Some(self);
        while let Some(at) = node {
            segments.extend(at.then);
            segments.push(at.segment);
            node = at.parent;
        }
        segments
            .iter()
            .rev()
            .fold(Pointer::root(), |pointer, segment| match segment {
                Segment::Root => pointer,
                Segment::Key(key) => pointer.push(key),
                Segment::Index(i) => pointer.push(i.to_string()),
            })
    }
}

/// A child of a node: one segment (`items`) or two (`properties`, `name`).
type Child<'a> = (Segment<'a>, Option<Segment<'a>>, &'a Value, Place);

/// Deserializes every schema on its own, innermost first, and reports the
/// first that is not one. `openapiv3` reads a schema that is not one twice
/// (once more for its error message), so rejecting one nested `n` deep in
/// others takes `2^n` tries; innermost first, each schema is tried with
/// valid parts only. A schema without schemas inside it is left to its
/// parent schema's check, where it costs two tries at most; one whose parent
/// is not a schema is checked on its own. Nodes with a string `$ref` are
/// references: not entered.
fn check_schemas(
    value: &Value,
    at: &At<'_>,
    place: Place,
    in_schema: bool,
    source_name: &str,
) -> Result<(), LoadError> {
    let Value::Object(map) = value else {
        return match place {
            Place::Schema => check_schema(value, at, source_name),
            _ => Ok(()),
        };
    };
    if map.get("$ref").is_some_and(Value::is_string) {
        return Ok(());
    }
    let mut children: Vec<Child<'_>> = Vec::new();
    // The value of `key`, or each entry of the object or array there.
    let mut one = |key: &'static str, place: Place| {
        if let Some(v) = map.get(key) {
            children.push((Segment::Key(key), None, v, place));
        }
    };
    match place {
        Place::Document => one("components", Place::Components),
        Place::PathItem => {
            for method in [
                "get", "put", "post", "delete", "options", "head", "patch", "trace",
            ] {
                one(method, Place::Operation);
            }
        }
        Place::Operation => {
            one("requestBody", Place::RequestBody);
            one("responses", Place::Responses);
        }
        Place::Parameter | Place::Header | Place::MediaType => one("schema", Place::Schema),
        Place::Schema => {
            one("items", Place::Schema);
            one("not", Place::Schema);
            // `true` and `false` are not schemas here.
            if map
                .get("additionalProperties")
                .is_some_and(|v| !v.is_boolean())
            {
                one("additionalProperties", Place::Schema);
            }
        }
        _ => {}
    }
    let mut each = |key: &'static str, place: Place, keep: fn(&str) -> bool| match map.get(key) {
        Some(Value::Object(entries)) => {
            for (k, v) in entries {
                if keep(k) {
                    children.push((Segment::Key(key), Some(Segment::Key(k)), v, place));
                }
            }
        }
        Some(Value::Array(items)) => {
            for (i, v) in items.iter().enumerate() {
                children.push((Segment::Key(key), Some(Segment::Index(i)), v, place));
            }
        }
        _ => {}
    };
    let all: fn(&str) -> bool = |_| true;
    match place {
        // Only keys starting with `/` are paths; `openapiv3` skips the others.
        Place::Document => each("paths", Place::PathItem, |k| k.starts_with('/')),
        Place::Components => {
            each("schemas", Place::Schema, all);
            each("responses", Place::Response, all);
            each("parameters", Place::Parameter, all);
            each("requestBodies", Place::RequestBody, all);
            each("headers", Place::Header, all);
            each("callbacks", Place::Callback, all);
        }
        Place::PathItem => each("parameters", Place::Parameter, all),
        Place::Operation => {
            each("parameters", Place::Parameter, all);
            each("callbacks", Place::Callback, all);
        }
        Place::Response => {
            each("headers", Place::Header, all);
            each("content", Place::MediaType, all);
        }
        Place::Parameter | Place::Header | Place::RequestBody => {
            each("content", Place::MediaType, all);
        }
        Place::MediaType => each("encoding", Place::Encoding, all),
        Place::Encoding => each("headers", Place::Header, all),
        Place::Schema => {
            each("properties", Place::Schema, all);
            each("allOf", Place::Schema, all);
            each("oneOf", Place::Schema, all);
            each("anyOf", Place::Schema, all);
        }
        Place::Responses | Place::Callback => {}
    }
    match place {
        // `default` and the keys that are status codes.
        Place::Responses => {
            for (k, v) in map {
                let de = serde::de::value::StrDeserializer::<serde::de::value::Error>::new(k);
                if k == "default" || StatusCode::deserialize(de).is_ok() {
                    children.push((Segment::Key(k), None, v, Place::Response));
                }
            }
        }
        Place::Callback => {
            for (k, v) in map {
                children.push((Segment::Key(k), None, v, Place::PathItem));
            }
        }
        _ => {}
    }
    let is_schema = matches!(place, Place::Schema);
    for &(first, then, v, child) in &children {
        check_schemas(v, &at.child(first, then), child, is_schema, source_name)?;
    }
    match place {
        Place::Schema if !children.is_empty() || !in_schema => {
            check_schema(value, at, source_name).map_err(|error| {
                // The schemas inside without schemas of their own were left
                // to this check: name the bad one, if it is one of them.
                children
                    .iter()
                    .find_map(|&(first, then, v, _)| {
                        check_schema(v, &at.child(first, then), source_name).err()
                    })
                    .unwrap_or(error)
            })
        }
        _ => Ok(()),
    }
}

/// Deserializes one schema (or reference) on its own.
fn check_schema(value: &Value, at: &At<'_>, source_name: &str) -> Result<(), LoadError> {
    match deserialize_located::<ReferenceOr<Schema>>(value) {
        Ok(_) => Ok(()),
        Err((path, e)) => Err(LoadError::Structure {
            source_name: source_name.to_owned(),
            pointer: extend_pointer(at.pointer(), &path).to_string(),
            message: e.to_string(),
        }),
    }
}

/// Turns serde_path_to_error's `a.b[0].c` path into `#/a/b/0/c`.
fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    extend_pointer(Pointer::root(), path).to_string()
}

/// `pointer` extended by serde_path_to_error's path.
pub(crate) fn extend_pointer(mut pointer: Pointer, path: &serde_path_to_error::Path) -> Pointer {
    use serde_path_to_error::Segment;
    for segment in path.iter() {
        pointer = match segment {
            Segment::Seq { index } => pointer.push(index.to_string()),
            Segment::Map { key } => pointer.push(key),
            Segment::Enum { variant } => pointer.push(variant),
            Segment::Unknown => pointer.push("?"),
        };
    }
    pointer
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pointer_of_error(document: serde_json::Value) -> String {
        match parse(&document.to_string(), "test.json") {
            Err(LoadError::Structure { pointer, .. }) => pointer,
            other => panic!("expected a structure error, got {other:?}"),
        }
    }

    fn document(schemas: serde_json::Value, paths: serde_json::Value) -> serde_json::Value {
        serde_json::json!({
            "openapi": "3.0.3",
            "info": { "title": "t", "version": "1" },
            "paths": paths,
            "components": { "schemas": schemas },
        })
    }

    #[test]
    fn yaml_integers_beyond_64_bits_read_as_json_reads_them() {
        let yaml = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n\
                    components:\n  schemas:\n    Big:\n      type: integer\n\
                    \x20     minimum: -9223372036854776000\n      maximum: 18446744073709551616\n\
                    \x20     default: 9223372036854775807\n";
        let json = r#"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": {"Big": {"type": "integer",
            "minimum": -9223372036854776000, "maximum": 18446744073709551616,
            "default": 9223372036854775807}}}}"#;
        let from_yaml = parse_value(yaml, "big.yaml").unwrap();
        assert_eq!(from_yaml, parse_value(json, "big.json").unwrap());
        let big = &from_yaml["components"]["schemas"]["Big"];
        assert_eq!(big["minimum"].as_f64(), Some(-9.223372036854776e18));
        assert_eq!(big["default"].as_i64(), Some(i64::MAX));
        parse(yaml, "big.yaml").unwrap();
        // Integer keys, tags and null keep their meaning.
        let value = parse_value("200: !tagged ok\n~: x\n1.5: [a, ~]\n", "k.yaml").unwrap();
        assert_eq!(
            value,
            serde_json::json!({ "200": "ok", "null": "x", "1.5": ["a", null] })
        );
        let error = parse_value("a: 1\na: 2\n", "dup.yaml").unwrap_err();
        assert!(error.to_string().contains("duplicate entry"), "{error}");
    }

    #[test]
    fn the_version_is_checked_before_a_yaml_error_can_hide_it() {
        let yaml = "openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths: [\n";
        match parse(yaml, "v.yaml") {
            Err(LoadError::Version { found, .. }) => assert_eq!(found, "OpenAPI 3.2.0"),
            other => panic!("expected a version error, got {other:?}"),
        }
        let yaml = "\"swagger\": '2.0'\npaths: [\n";
        match parse(yaml, "v.yaml") {
            Err(LoadError::Version { found, .. }) => assert_eq!(found, "Swagger 2.0"),
            other => panic!("expected a version error, got {other:?}"),
        }
        // The large integer that used to hide the version.
        let yaml = "openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths: {}\n\
                    components: {schemas: {N: {type: integer, minimum: -9223372036854776000}}}\n";
        match parse(yaml, "v.yaml") {
            Err(LoadError::Version { found, .. }) => assert_eq!(found, "OpenAPI 3.2.0"),
            other => panic!("expected a version error, got {other:?}"),
        }
        // Read when the version is one this generator reads.
        let yaml = yaml.replace("3.2.0", "3.1.0");
        assert!(parse(&yaml, "v.yaml").is_ok());
        // A supported version: the syntax error itself.
        let yaml = "openapi: 3.0.3\npaths: [\n";
        assert!(matches!(
            parse(yaml, "v.yaml"),
            Err(LoadError::Syntax { .. })
        ));
    }

    #[test]
    fn a_bad_schema_checked_with_its_parent_is_still_named() {
        let schemas = serde_json::json!({
            "Thing": {
                "type": "object",
                "properties": { "good": { "type": "string" }, "bad~/name": { "type": 5 } },
            },
        });
        assert_eq!(
            pointer_of_error(document(schemas, serde_json::json!({}))),
            "#/components/schemas/Thing/properties/bad~0~1name"
        );
    }

    #[test]
    fn a_bad_schema_outside_any_schema_is_named() {
        let paths = serde_json::json!({
            "/things": { "get": {
                "parameters": [
                    { "name": "a", "in": "query", "schema": { "type": "string" } },
                    { "name": "b", "in": "query", "schema": { "type": 5 } },
                ],
                "responses": { "200": { "description": "ok" } },
            } },
        });
        assert_eq!(
            pointer_of_error(document(serde_json::json!({}), paths)),
            "#/paths/~1things/get/parameters/1/schema"
        );
    }
}
