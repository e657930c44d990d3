//! OpenAPI 3.1 read through the 3.0 model: [`convert`] rewrites a 3.1
//! document (as a JSON value) into the 3.0 form that `openapiv3` reads,
//! before it is deserialized. What 3.0 can say the same way is rewritten
//! (`type` arrays with `"null"`, `const`, numeric exclusive bounds, `$ref`
//! with siblings, binary `contentEncoding`/`contentMediaType`, `null`
//! branches of `anyOf`/`oneOf`); what it cannot is dropped with a
//! diagnostic naming its JSON pointer. A 3.0 document never comes here.
//!
//! Some rewrites move a schema: a `$ref` with siblings becomes an `allOf`
//! (`S` to `S/allOf/0` and `S/allOf/1`), a `type` array with several types
//! one `anyOf` branch per type (`S` to `S/anyOf/i`), and dropping the `null`
//! branches of an `anyOf`/`oneOf` renumbers the others. Each move is
//! recorded in a [`SourceMap`], which takes any pointer into the rewritten
//! document (a later stage's diagnostic, a structural error, a type's
//! place) back to the pointer of the same construct in the source.

use serde_json::{Map, Value};

use crate::diagnostics::{Diagnostic, Diagnostics, Pointer};

/// The dialect a 3.1 document's schemas use unless it says otherwise.
const DEFAULT_DIALECT: &str = "https://spec.openapis.org/oas/3.1/dialect/base";

/// Keywords of a schema that describe it rather than constrain it: kept on
/// the outer schema when a `$ref` with siblings becomes an `allOf`.
const ANNOTATIONS: &[&str] = &[
    "title",
    "description",
    "default",
    "example",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
    "nullable",
    "externalDocs",
];

/// Keywords that constrain a value without changing its Rust type: next to a
/// `$ref`, they stay on the outer schema rather than becoming an `allOf`
/// part of their own (which could not be merged with a reference to a
/// schema that is not an object).
const CONSTRAINTS: &[&str] = &[
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
];

/// JSON Schema keywords with no 3.0 counterpart, dropped with a diagnostic,
/// and what is lost with each.
const DROPPED: &[(&str, &str)] = &[
    ("$id", "references by this id do not resolve"),
    ("$anchor", "references to this anchor do not resolve"),
    ("$dynamicAnchor", "references to this anchor do not resolve"),
    ("$dynamicRef", "the schema accepts any value here"),
    (
        "$defs",
        "references into it do not resolve; define these schemas under components/schemas",
    ),
    ("if", "the conditional constraint is not checked or typed"),
    ("then", "the conditional constraint is not checked or typed"),
    ("else", "the conditional constraint is not checked or typed"),
    ("dependentRequired", "the dependency is not checked"),
    ("dependentSchemas", "the dependency is not checked or typed"),
    (
        "patternProperties",
        "properties matching the patterns are typed like any other additional property",
    ),
    ("propertyNames", "property names are not checked"),
    ("unevaluatedProperties", "the constraint is not checked"),
    ("unevaluatedItems", "the constraint is not checked"),
    ("contains", "the constraint is not checked"),
    ("minContains", "the constraint is not checked"),
    ("maxContains", "the constraint is not checked"),
    ("contentSchema", "the encoded content is typed as a string"),
];

/// Keywords that apply to values of one JSON type, for splitting a schema
/// with several types into one `anyOf` branch per type.
fn applies_to(keyword: &str, ty: &str) -> bool {
    let numeric = ty == "number" || ty == "integer";
    match keyword {
        "minLength" | "maxLength" | "pattern" => ty == "string",
        "format" => ty == "string" || numeric,
        "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "multipleOf" => numeric,
        "items" | "minItems" | "maxItems" | "uniqueItems" => ty == "array",
        "properties"
        | "required"
        | "additionalProperties"
        | "minProperties"
        | "maxProperties"
        | "discriminator" => ty == "object",
        _ => false,
    }
}

/// Whether `value` is of the JSON type `ty` (for splitting `enum`).
fn is_of_type(value: &Value, ty: &str) -> bool {
    match (value, ty) {
        (Value::String(_), "string") | (Value::Bool(_), "boolean") => true,
        (Value::Number(_), "number") => true,
        (Value::Number(n), "integer") => n.is_i64() || n.is_u64(),
        (Value::Array(_), "array") | (Value::Object(_), "object") => true,
        _ => false,
    }
}

/// Where the rewrite moved schemas: prefixes of pointers into the rewritten
/// document and the source pointers they stand for.
///
/// Moves are recorded top-down, in steps (one rewrite of one schema); a
/// step's pointers are in the coordinates its enclosing steps produced, so
/// a pointer is taken back through the steps in reverse, at most one move
/// of each step applying.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    steps: Vec<Vec<(String, String)>>,
}

impl SourceMap {
    /// The source document's pointer for `pointer` into the rewritten one
    /// (`pointer` itself where nothing above it moved).
    pub fn source(&self, pointer: &str) -> String {
        let mut current = pointer.to_owned();
        for step in self.steps.iter().rev() {
            // Within a step, the longest prefix wins.
            let found = step
                .iter()
                .filter(|(from, _)| is_prefix(from, &current))
                .max_by_key(|(from, _)| from.len());
            if let Some((from, to)) = found {
                current = format!("{to}{}", &current[from.len()..]);
            }
        }
        current
    }

    /// Whether no schema moved.
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    fn record(&mut self, moves: Vec<(String, String)>) {
        let moves: Vec<_> = moves.into_iter().filter(|(from, to)| from != to).collect();
        if !moves.is_empty() {
            self.steps.push(moves);
        }
    }
}

/// Whether `prefix` is `pointer` or one of its ancestors (segment-wise).
fn is_prefix(prefix: &str, pointer: &str) -> bool {
    pointer
        .strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// Whether the document declares OpenAPI 3.1 (`3.1` or `3.1.x`).
pub fn is_31(version: &str) -> bool {
    version == "3.1" || version.starts_with("3.1.")
}

/// Rewrites the 3.1 document `doc` into OpenAPI 3.0 form in place and
/// returns the diagnostics for what could not be carried over (at source
/// pointers) and where schemas moved.
pub fn convert(doc: &mut Value) -> (Vec<Diagnostic>, SourceMap) {
    let mut diags = Diagnostics::default();
    let mut sources = SourceMap::default();
    let root = Pointer::root();
    let Value::Object(map) = doc else {
        return (Vec::new(), sources);
    };
    map.insert("openapi".to_owned(), Value::String("3.0.3".to_owned()));
    if let Some(dialect) = map.remove("jsonSchemaDialect") {
        if dialect.as_str() != Some(DEFAULT_DIALECT) {
            diags.unsupported(
                &root.push("jsonSchemaDialect"),
                "oas31-dialect",
                format!("schemas are read as the OpenAPI 3.1 base dialect, not {dialect}"),
            );
        }
    }
    if map.remove("webhooks").is_some() {
        diags.unsupported(
            &root.push("webhooks"),
            "oas31-webhooks",
            "webhooks are requests the API sends, not ones a client makes; ignored",
        );
    }
    // Optional in 3.1; a document may have only webhooks or components.
    map.entry("paths")
        .or_insert_with(|| Value::Object(Map::new()));
    if let Some(Value::Object(info)) = map.get_mut("info") {
        // Neither is used in the generated code: dropped without a diagnostic.
        info.remove("summary");
        if let Some(Value::Object(license)) = info.get_mut("license") {
            license.remove("identifier");
        }
    }
    let mut c = Converter {
        diags: &mut diags,
        sources: &mut sources,
    };
    if let Some(Value::Object(paths)) = map.get_mut("paths") {
        let at = root.push("paths");
        for (path, item) in paths.iter_mut() {
            if path.starts_with('/') {
                c.path_item(item, &at.push(path));
            }
        }
    }
    if let Some(Value::Object(components)) = map.get_mut("components") {
        let at = root.push("components");
        if components.remove("pathItems").is_some() {
            c.diags.unsupported(
                &at.push("pathItems"),
                "oas31-path-items",
                "components/pathItems is not read; paths referring to it are not generated",
            );
        }
        c.each(components, "schemas", &at, Converter::schema);
        c.each(components, "responses", &at, Converter::response);
        c.each(components, "parameters", &at, Converter::parameter);
        c.each(components, "requestBodies", &at, Converter::content_holder);
        c.each(components, "headers", &at, Converter::parameter);
        c.each(components, "callbacks", &at, Converter::callback);
    }
    let mut diagnostics = diags.finish();
    for d in &mut diagnostics {
        d.pointer = sources.source(&d.pointer);
    }
    diagnostics.sort();
    diagnostics.dedup();
    (diagnostics, sources)
}

/// Walks the document's schemas; every pointer it is given is into the
/// document as rewritten so far (diagnostics are taken back to the source
/// once the walk is done).
struct Converter<'d> {
    diags: &'d mut Diagnostics,
    sources: &'d mut SourceMap,
}

type Visit<'d> = fn(&mut Converter<'d>, &mut Value, &Pointer);

impl<'d> Converter<'d> {
    /// Visits every entry of the object (or array) at `map[key]`.
    fn each(&mut self, map: &mut Map<String, Value>, key: &str, at: &Pointer, visit: Visit<'d>) {
        let at = at.push(key);
        match map.get_mut(key) {
            Some(Value::Object(entries)) => {
                for (k, v) in entries.iter_mut() {
                    visit(self, v, &at.push(k));
                }
            }
            Some(Value::Array(items)) => {
                for (i, v) in items.iter_mut().enumerate() {
                    visit(self, v, &at.push(i.to_string()));
                }
            }
            _ => {}
        }
    }

    /// Visits the value at `map[key]`.
    fn one(&mut self, map: &mut Map<String, Value>, key: &str, at: &Pointer, visit: Visit<'d>) {
        if let Some(v) = map.get_mut(key) {
            visit(self, v, &at.push(key));
        }
    }

    fn path_item(&mut self, item: &mut Value, at: &Pointer) {
        let Value::Object(map) = item else { return };
        self.each(map, "parameters", at, Self::parameter);
        for method in [
            "get", "put", "post", "delete", "options", "head", "patch", "trace",
        ] {
            self.one(map, method, at, Self::operation);
        }
    }

    fn operation(&mut self, op: &mut Value, at: &Pointer) {
        let Value::Object(map) = op else { return };
        self.each(map, "parameters", at, Self::parameter);
        self.one(map, "requestBody", at, Self::content_holder);
        self.each(map, "responses", at, Self::response);
        self.each(map, "callbacks", at, Self::callback);
    }

    fn callback(&mut self, callback: &mut Value, at: &Pointer) {
        let Value::Object(map) = callback else { return };
        for (k, v) in map.iter_mut() {
            self.path_item(v, &at.push(k));
        }
    }

    /// A parameter or header: a schema or content.
    fn parameter(&mut self, parameter: &mut Value, at: &Pointer) {
        let Value::Object(map) = parameter else {
            return;
        };
        self.one(map, "schema", at, Self::schema);
        self.each(map, "content", at, Self::media_type);
    }

    /// A request body (or anything else whose only schemas are in `content`).
    fn content_holder(&mut self, body: &mut Value, at: &Pointer) {
        let Value::Object(map) = body else { return };
        self.each(map, "content", at, Self::media_type);
    }

    fn response(&mut self, response: &mut Value, at: &Pointer) {
        let Value::Object(map) = response else { return };
        self.each(map, "headers", at, Self::parameter);
        self.each(map, "content", at, Self::media_type);
    }

    fn media_type(&mut self, media: &mut Value, at: &Pointer) {
        let Value::Object(map) = media else { return };
        self.one(map, "schema", at, Self::schema);
        if let Some(Value::Object(encodings)) = map.get_mut("encoding") {
            let at = at.push("encoding");
            for (k, encoding) in encodings.iter_mut() {
                if let Value::Object(encoding) = encoding {
                    self.each(encoding, "headers", &at.push(k), Self::parameter);
                }
            }
        }
    }

    fn schema(&mut self, schema: &mut Value, at: &Pointer) {
        if let Value::Bool(accepts) = *schema {
            if !accepts {
                self.diags.unsupported(
                    at,
                    "oas31-false-schema",
                    "the schema `false` (no value is valid) is read as any value",
                );
            }
            *schema = Value::Object(Map::new());
            return;
        }
        let Value::Object(map) = schema else { return };
        if map.get("$ref").is_some_and(Value::is_string) {
            self.ref_with_siblings(map, at);
            return;
        }
        for (keyword, lost) in DROPPED {
            if map.remove(*keyword).is_some() {
                self.diags.unsupported(
                    &at.push(keyword),
                    "oas31-dropped-keyword",
                    format!("`{keyword}` has no OpenAPI 3.0 counterpart and is dropped: {lost}"),
                );
            }
        }
        map.remove("$schema");
        map.remove("$comment");
        if let Some(value) = map.remove("const") {
            let ty = match &value {
                Value::String(_) => Some("string"),
                Value::Bool(_) => Some("boolean"),
                Value::Number(n) if n.is_f64() => Some("number"),
                Value::Number(_) => Some("integer"),
                _ => None,
            };
            if let (false, Some(ty)) = (map.contains_key("type"), ty) {
                map.insert("type".to_owned(), Value::String(ty.to_owned()));
            }
            map.insert("enum".to_owned(), Value::Array(vec![value]));
        }
        if let Some(examples) = map.remove("examples") {
            if let (None, Some(first)) = (
                map.get("example"),
                examples.as_array().and_then(|a| a.first()),
            ) {
                map.insert("example".to_owned(), first.clone());
            }
        }
        exclusive_bound(map, "exclusiveMinimum", "minimum", |bound, min| {
            bound >= min
        });
        exclusive_bound(map, "exclusiveMaximum", "maximum", |bound, max| {
            bound <= max
        });
        content_keywords(map);
        if map.get("items").is_some_and(Value::is_boolean) {
            // `items: false` after `prefixItems` closes the tuple, which 3.0 cannot
            // say; `items: true` is any item, as no `items` is.
            map.remove("items");
        }
        if let Some(prefix) = map.remove("prefixItems") {
            let n = prefix.as_array().map_or(0, Vec::len);
            let message = if map.contains_key("items") {
                format!(
                    "the {n} positional item schemas are dropped; every item is typed by `items`"
                )
            } else {
                format!("the {n} positional item schemas are dropped; items are typed as any value")
            };
            self.diags
                .unsupported(&at.push("prefixItems"), "oas31-prefix-items", message);
        }
        self.type_array(map, at);
        if let Some(moves) = null_branches(map, at) {
            self.sources.record(moves);
        }
        self.one(map, "items", at, Self::schema);
        self.one(map, "not", at, Self::schema);
        if map
            .get("additionalProperties")
            .is_some_and(Value::is_object)
        {
            self.one(map, "additionalProperties", at, Self::schema);
        }
        self.each(map, "properties", at, Self::schema);
        self.each(map, "allOf", at, Self::schema);
        self.each(map, "oneOf", at, Self::schema);
        self.each(map, "anyOf", at, Self::schema);
    }

    /// `{$ref, siblings}`: 3.0 ignores the siblings of a `$ref`. Annotations
    /// stay on an outer schema whose `allOf` holds the reference, and the
    /// other siblings, when there are any, as a second `allOf` part. Both
    /// parts stand for the schema itself in the source.
    fn ref_with_siblings(&mut self, map: &mut Map<String, Value>, at: &Pointer) {
        if map.len() == 1 {
            return;
        }
        let reference = map.remove("$ref").unwrap_or_default();
        let all_of = at.push("allOf");
        self.sources.record(vec![
            (all_of.push("0").to_string(), at.to_string()),
            (all_of.push("1").to_string(), at.to_string()),
        ]);
        // The siblings are a 3.1 schema of their own, converted where the
        // constraining ones end up.
        let mut siblings = Value::Object(std::mem::take(map));
        self.schema(&mut siblings, &all_of.push("1"));
        let Value::Object(siblings) = siblings else {
            return;
        };
        let mut parts = vec![Value::Object(Map::from_iter([(
            "$ref".to_owned(),
            reference,
        )]))];
        let mut rest = Map::new();
        for (k, v) in siblings {
            if ANNOTATIONS.contains(&k.as_str()) || CONSTRAINTS.contains(&k.as_str()) {
                map.insert(k, v);
            } else {
                rest.insert(k, v);
            }
        }
        if !rest.is_empty() {
            parts.push(Value::Object(rest));
        }
        map.insert("allOf".to_owned(), Value::Array(parts));
    }

    /// `type` as an array: `"null"` becomes `nullable`, one other type is
    /// that type, several become one `anyOf` branch each.
    fn type_array(&mut self, map: &mut Map<String, Value>, at: &Pointer) {
        let types: Vec<String> = match map.get("type") {
            Some(Value::Array(types)) => types
                .iter()
                .filter_map(|t| t.as_str().map(str::to_owned))
                .collect(),
            Some(Value::String(t)) if t == "null" => vec![t.clone()],
            _ => return,
        };
        map.remove("type");
        let mut others: Vec<String> = types.iter().filter(|t| *t != "null").cloned().collect();
        others.dedup();
        if others.len() < types.len() {
            map.insert("nullable".to_owned(), Value::Bool(true));
        }
        match others.as_slice() {
            [] => self.diags.unsupported(
                &at.push("type"),
                "oas31-null-type",
                "a schema whose only type is `null` is read as a nullable value of any type",
            ),
            [only] => {
                map.insert("type".to_owned(), Value::String(only.clone()));
            }
            several if map.contains_key("anyOf") => {
                self.diags.unsupported(
                    &at.push("type"),
                    "oas31-type-array",
                    format!(
                        "a schema of {} types beside an `anyOf` is read as its `anyOf` alone",
                        several.len()
                    ),
                );
            }
            several => {
                let values = map.remove("enum");
                let mut branches = Vec::new();
                for ty in several {
                    let mut branch =
                        Map::from_iter([("type".to_owned(), Value::String(ty.clone()))]);
                    for (k, v) in map.iter() {
                        if applies_to(k, ty) {
                            branch.insert(k.clone(), v.clone());
                        }
                    }
                    if let Some(Value::Array(values)) = &values {
                        let of_type: Vec<Value> = values
                            .iter()
                            .filter(|v| is_of_type(v, ty))
                            .cloned()
                            .collect();
                        branch.insert("enum".to_owned(), Value::Array(of_type));
                    }
                    branches.push(Value::Object(branch));
                }
                map.retain(|k, _| !several.iter().any(|ty| applies_to(k, ty)));
                // Each branch holds the keywords of the schema itself.
                let any_of = at.push("anyOf");
                self.sources.record(
                    (0..branches.len())
                        .map(|i| (any_of.push(i.to_string()).to_string(), at.to_string()))
                        .collect(),
                );
                map.insert("anyOf".to_owned(), Value::Array(branches));
            }
        }
    }
}

/// A numeric `exclusiveMinimum`/`exclusiveMaximum` becomes `minimum`/`maximum`
/// with the 3.0 boolean, unless the inclusive bound present is stricter.
fn exclusive_bound(
    map: &mut Map<String, Value>,
    exclusive: &str,
    inclusive: &str,
    stricter: fn(f64, f64) -> bool,
) {
    let Some(bound) = map.get(exclusive).filter(|v| v.is_number()).cloned() else {
        return;
    };
    map.remove(exclusive);
    let other = map.get(inclusive).and_then(Value::as_f64);
    if other.is_none_or(|other| stricter(bound.as_f64().unwrap_or_default(), other)) {
        map.insert(inclusive.to_owned(), bound);
        map.insert(exclusive.to_owned(), Value::Bool(true));
    }
}

/// `contentEncoding: base64` is 3.0's `format: byte`; other content of a
/// media type that is not text is `format: binary`.
fn content_keywords(map: &mut Map<String, Value>) {
    let encoding = map.remove("contentEncoding");
    let media_type = map.remove("contentMediaType");
    if map.contains_key("format") {
        return;
    }
    let format = match (
        encoding.as_ref().and_then(Value::as_str),
        media_type.as_ref().and_then(Value::as_str),
    ) {
        (Some("base64" | "base64url"), _) => "byte",
        (None, Some(media)) if !media.starts_with("text/") && !media.contains("json") => "binary",
        _ => return,
    };
    map.insert("format".to_owned(), Value::String(format.to_owned()));
}

/// A `{type: "null"}` branch of `anyOf`/`oneOf` makes the schema nullable;
/// with one branch left, it becomes the `allOf` that 3.0 writes a nullable
/// reference as. Returns where the branches left moved, if any did.
fn null_branches(map: &mut Map<String, Value>, at: &Pointer) -> Option<Vec<(String, String)>> {
    let mut moves = Vec::new();
    let mut changed = false;
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(branches)) = map.get_mut(key) else {
            continue;
        };
        // The source index of each branch kept.
        let kept: Vec<usize> = (0..branches.len())
            .filter(|i| !is_null_schema(&branches[*i]))
            .collect();
        if kept.len() == branches.len() {
            continue;
        }
        changed = true;
        let mut index = 0;
        branches.retain(|_| {
            index += 1;
            kept.contains(&(index - 1))
        });
        map.insert("nullable".to_owned(), Value::Bool(true));
        let source = at.push(key);
        let mut target = at.push(key);
        if kept.len() == 1 && !map.contains_key("allOf") {
            if let Some(branches) = map.remove(key) {
                map.insert("allOf".to_owned(), branches);
                target = at.push("allOf");
            }
        }
        for (now, was) in kept.iter().enumerate() {
            moves.push((
                target.push(now.to_string()).to_string(),
                source.push(was.to_string()).to_string(),
            ));
        }
    }
    changed.then_some(moves)
}

fn is_null_schema(schema: &Value) -> bool {
    let Value::Object(map) = schema else {
        return false;
    };
    let null = Value::String("null".to_owned());
    map.iter().all(|(k, v)| {
        k == "description"
            || k == "title"
            || (k == "type" && (*v == null || *v == Value::Array(vec![null.clone()])))
    }) && map.contains_key("type")
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// The schema `schema` after conversion, and the diagnostics' pointers.
    fn converted(schema: Value) -> (Value, Vec<String>) {
        let mut doc = json!({
            "openapi": "3.1.0",
            "info": { "title": "t", "version": "1" },
            "components": { "schemas": { "S": schema } },
        });
        let (diags, _) = convert(&mut doc);
        assert_eq!(doc["openapi"], "3.0.3");
        assert_eq!(doc["paths"], json!({}));
        let pointers = diags.into_iter().map(|d| d.pointer).collect();
        (doc["components"]["schemas"]["S"].take(), pointers)
    }

    fn quiet(schema: Value) -> Value {
        let (schema, diags) = converted(schema);
        assert_eq!(diags, Vec::<String>::new());
        schema
    }

    #[test]
    fn type_arrays() {
        assert_eq!(
            quiet(json!({ "type": ["string", "null"] })),
            json!({ "type": "string", "nullable": true })
        );
        assert_eq!(
            quiet(json!({
                "type": ["string", "integer", "null"],
                "minLength": 2, "minimum": 3, "enum": ["a", 1, null], "description": "d",
            })),
            json!({
                "nullable": true, "description": "d",
                "anyOf": [
                    { "type": "string", "minLength": 2, "enum": ["a"] },
                    { "type": "integer", "minimum": 3, "enum": [1] },
                ],
            })
        );
        let (schema, diags) = converted(json!({ "type": "null" }));
        assert_eq!(schema, json!({ "nullable": true }));
        assert_eq!(diags, ["#/components/schemas/S/type"]);
    }

    #[test]
    fn const_examples_and_bounds() {
        assert_eq!(
            quiet(json!({ "const": 3, "examples": [3, 4] })),
            json!({ "type": "integer", "enum": [3], "example": 3 })
        );
        assert_eq!(
            quiet(
                json!({ "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 10, "maximum": 5 })
            ),
            json!({ "type": "number", "minimum": 0, "exclusiveMinimum": true, "maximum": 5 })
        );
        assert_eq!(
            quiet(json!({ "type": "number", "exclusiveMaximum": 5, "maximum": 5 })),
            json!({ "type": "number", "maximum": 5, "exclusiveMaximum": true })
        );
    }

    #[test]
    fn content_keywords_become_formats() {
        assert_eq!(
            quiet(json!({ "type": "string", "contentEncoding": "base64" })),
            json!({ "type": "string", "format": "byte" })
        );
        assert_eq!(
            quiet(json!({ "type": "string", "contentMediaType": "application/octet-stream" })),
            json!({ "type": "string", "format": "binary" })
        );
        assert_eq!(
            quiet(json!({ "type": "string", "contentMediaType": "application/json" })),
            json!({ "type": "string" })
        );
    }

    #[test]
    fn refs_with_siblings_and_null_branches() {
        assert_eq!(
            quiet(json!({ "$ref": "#/components/schemas/T", "description": "d" })),
            json!({ "description": "d", "allOf": [{ "$ref": "#/components/schemas/T" }] })
        );
        assert_eq!(
            quiet(json!({ "$ref": "#/components/schemas/T", "required": ["a"], "examples": [1] })),
            json!({
                "example": 1,
                "allOf": [{ "$ref": "#/components/schemas/T" }, { "required": ["a"] }],
            })
        );
        assert_eq!(
            quiet(
                json!({ "$ref": "#/components/schemas/T", "maxLength": 8, "exclusiveMinimum": 1 })
            ),
            json!({
                "maxLength": 8, "minimum": 1, "exclusiveMinimum": true,
                "allOf": [{ "$ref": "#/components/schemas/T" }],
            })
        );
        assert_eq!(
            quiet(json!({ "oneOf": [{ "$ref": "#/components/schemas/T" }, { "type": "null" }] })),
            json!({ "nullable": true, "allOf": [{ "$ref": "#/components/schemas/T" }] })
        );
        assert_eq!(
            quiet(json!({ "$ref": "#/components/schemas/T" })),
            json!({ "$ref": "#/components/schemas/T" })
        );
    }

    #[test]
    fn dropped_keywords_are_named() {
        let (schema, diags) = converted(json!({
            "type": "array",
            "prefixItems": [{ "type": "string" }],
            "items": { "type": "object", "properties": { "a": { "if": {}, "type": "string" } } },
            "$comment": "kept out silently",
        }));
        assert_eq!(
            schema,
            json!({
                "type": "array",
                "items": { "type": "object", "properties": { "a": { "type": "string" } } },
            })
        );
        assert_eq!(
            diags,
            [
                "#/components/schemas/S/items/properties/a/if",
                "#/components/schemas/S/prefixItems",
            ]
        );
    }

    /// The source map of converting the schema `S`.
    fn sources(schema: Value) -> (Value, SourceMap) {
        let mut doc = json!({
            "openapi": "3.1.0",
            "info": { "title": "t", "version": "1" },
            "components": { "schemas": { "S": schema } },
        });
        let (_, sources) = convert(&mut doc);
        (doc["components"]["schemas"]["S"].take(), sources)
    }

    const S: &str = "#/components/schemas/S";

    #[test]
    fn moved_schemas_map_back_to_their_source_pointers() {
        // `$ref` with siblings: both `allOf` parts are the schema itself.
        let (schema, map) = sources(json!({
            "$ref": "#/components/schemas/T",
            "properties": { "a": { "type": ["string", "integer"] } },
        }));
        assert_eq!(
            schema["allOf"][1]["properties"]["a"]["anyOf"][1]["type"],
            "integer"
        );
        assert_eq!(map.source(&format!("{S}/allOf/0")), S);
        assert_eq!(
            map.source(&format!("{S}/allOf/1/properties/a/anyOf/1")),
            format!("{S}/properties/a")
        );
        // Unmoved pointers are their own source.
        assert_eq!(map.source(&format!("{S}/allOfx")), format!("{S}/allOfx"));
        assert_eq!(map.source("#/paths"), "#/paths");

        // Null branches dropped: the others keep their source index, and
        // one left over becomes `allOf/0`.
        let (schema, map) = sources(json!({
            "anyOf": [{ "type": "null" }, { "type": "string" }, { "type": "null" }, { "type": "object", "properties": { "b": { "not": {} } } }],
            "oneOf": [{ "type": "null" }, { "$ref": "#/components/schemas/T" }],
        }));
        assert_eq!(
            schema["allOf"],
            json!([{ "$ref": "#/components/schemas/T" }])
        );
        assert_eq!(schema["anyOf"].as_array().map(Vec::len), Some(2));
        assert_eq!(map.source(&format!("{S}/anyOf/0")), format!("{S}/anyOf/1"));
        assert_eq!(
            map.source(&format!("{S}/anyOf/1/properties/b")),
            format!("{S}/anyOf/3/properties/b")
        );
        assert_eq!(map.source(&format!("{S}/allOf/0")), format!("{S}/oneOf/1"));

        // Nested moves: a type array inside a renumbered branch.
        let (_, map) = sources(json!({
            "oneOf": [{ "type": "null" }, { "type": ["object", "array"], "properties": { "c": {} } }, { "type": "string" }],
        }));
        assert_eq!(
            map.source(&format!("{S}/oneOf/0/anyOf/0/properties/c")),
            format!("{S}/oneOf/1/properties/c")
        );
        assert!(!map.is_empty());
        assert!(sources(json!({ "type": "string" })).1.is_empty());
    }

    #[test]
    fn a_type_array_beside_an_any_of_is_named() {
        let (schema, diags) = converted(json!({
            "type": ["string", "integer"],
            "anyOf": [{ "minLength": 1 }, { "minimum": 1 }],
        }));
        assert_eq!(
            schema,
            json!({ "anyOf": [{ "minLength": 1 }, { "minimum": 1 }] })
        );
        assert_eq!(diags, [format!("{S}/type")]);
    }
}
