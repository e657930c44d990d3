//! Values for schemas: a small validator of the OpenAPI 3.0 schema keywords
//! and a sampler that prefers a schema's `example` when it is valid, and
//! otherwise builds a value from the schema's constraints (type, `enum`,
//! `format`, `pattern`, lengths, bounds, item counts, required properties,
//! `oneOf`/`anyOf`/`allOf`).
//!
//! It works on the document as JSON, the way a validator such as Prism's
//! reads it, so every keyword is seen whether or not the generator's model
//! uses it.

use serde_json::{Map, Number, Value};

use crate::pattern::Pattern;

/// Below this depth, optional properties are filled in too.
const OPTIONAL_DEPTH: usize = 3;
/// Beyond this depth, objects get their required properties only and
/// nullable values are null: recursive schemas end.
const MAX_DEPTH: usize = 12;

/// Samples and validates schemas of one document.
pub struct Sampler<'d> {
    doc: &'d Value,
    /// What could not be satisfied, with the JSON pointer of the schema.
    pub notes: Vec<String>,
}

impl<'d> Sampler<'d> {
    /// A sampler for the document `doc` (as JSON).
    pub fn new(doc: &'d Value) -> Self {
        Self {
            doc,
            notes: Vec::new(),
        }
    }

    /// The value at a local reference (`#/components/...`).
    pub fn pointer(&self, reference: &str) -> Option<&'d Value> {
        self.doc.pointer(reference.strip_prefix('#')?)
    }

    /// Follows `$ref`s to the schema they name; `at` becomes its pointer.
    pub fn resolve<'s>(&self, schema: &'s Value, at: &mut String) -> &'s Value
    where
        'd: 's,
    {
        self.resolve_in(schema, at, "schemas")
    }

    /// Follows `$ref`s to the item (of the kind the components' `section`
    /// holds) they name, with [`generator::resolve`]; `at` becomes its pointer.
    pub fn resolve_in<'s>(&self, node: &'s Value, at: &mut String, section: &str) -> &'s Value
    where
        'd: 's,
    {
        match generator::resolve::json(self.doc, node, at, section) {
            Ok((item, pointer)) => {
                *at = pointer;
                item
            }
            Err(_) => &Value::Null,
        }
    }

    /// A value for `schema` (found at the JSON pointer `at`). `vary` picks
    /// another enum value or class character, for items of one array.
    pub fn sample(&mut self, schema: &Value, at: &str, depth: usize, vary: usize) -> Value {
        let mut at = at.to_owned();
        let schema = self.resolve(schema, &mut at);
        let nullable = schema.get("nullable").and_then(Value::as_bool) == Some(true);
        if depth > MAX_DEPTH && nullable {
            return Value::Null;
        }
        if depth > 2 * MAX_DEPTH {
            self.notes
                .push(format!("{at}: a recursive schema whose values never end"));
            return Value::Null;
        }
        if let Some(example) = schema.get("example") {
            if self.valid(example, schema) {
                return example.clone();
            }
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            let usable: Vec<&Value> = values.iter().filter(|v| !v.is_null()).collect();
            if !usable.is_empty() {
                return usable[vary % usable.len()].clone();
            }
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(variants) = schema.get(key).and_then(Value::as_array) {
                return self.sample_choice(schema, variants, &format!("{at}/{key}"), depth, vary);
            }
        }
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            let mut merged = Map::new();
            for (i, part) in parts.iter().enumerate() {
                match self.sample(part, &format!("{at}/allOf/{i}"), depth, vary) {
                    Value::Object(object) => merged.extend(object),
                    other if parts.len() == 1 => return other,
                    _ => self
                        .notes
                        .push(format!("{at}/allOf/{i}: a part that is not an object")),
                }
            }
            return Value::Object(merged);
        }
        let value = match schema_type(schema) {
            Some("string") => self.sample_string(schema, &at, vary),
            Some("integer") => sample_number(schema, true),
            Some("number") => sample_number(schema, false),
            Some("boolean") => Value::Bool(true),
            Some("array") => self.sample_array(schema, &at, depth),
            Some("object") => self.sample_object(schema, &at, depth),
            // Anything goes.
            _ if nullable => Value::Null,
            _ => Value::Object(Map::new()),
        };
        if !self.valid(&value, schema) {
            self.notes
                .push(format!("{at}: no value satisfying the schema was found"));
        }
        value
    }

    /// The first variant whose sample matches the whole `oneOf` (exactly
    /// one variant) or `anyOf`.
    fn sample_choice(
        &mut self,
        schema: &Value,
        variants: &[Value],
        at: &str,
        depth: usize,
        vary: usize,
    ) -> Value {
        let mut first = None;
        for (i, variant) in variants.iter().enumerate() {
            let notes = self.notes.len();
            let candidate = self.sample(variant, &format!("{at}/{i}"), depth + 1, vary);
            if candidate.is_null() && variants.len() > 1 {
                continue;
            }
            if self.valid(&candidate, schema) {
                self.notes.truncate(notes);
                return candidate;
            }
            self.notes.truncate(notes);
            first.get_or_insert(candidate);
        }
        self.notes.push(format!(
            "{at}: no variant's sample matches exactly one variant"
        ));
        first.unwrap_or(Value::Null)
    }

    fn sample_string(&mut self, schema: &Value, at: &str, vary: usize) -> Value {
        let min = usize_of(schema, "minLength").unwrap_or(0);
        let max = usize_of(schema, "maxLength");
        // Why the pattern gave no string, said only if the fallback below
        // does not match it either.
        let mut pattern_note = None;
        if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
            match Pattern::parse(pattern).and_then(|p| p.generate(min, max)) {
                Ok(text) => return Value::String(text),
                Err(e) => pattern_note = Some((pattern, e)),
            }
        }
        let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
        let text = match format {
            "uuid" => format!("00000000-0000-4000-8000-{:012}", vary),
            "date-time" => "2024-01-02T03:04:05Z".to_owned(),
            "date" => "2024-01-02".to_owned(),
            "time" => "03:04:05Z".to_owned(),
            "email" => "user@example.com".to_owned(),
            "uri" | "url" => "https://example.com/sample".to_owned(),
            "hostname" => "example.com".to_owned(),
            "ipv4" => "192.0.2.1".to_owned(),
            "ipv6" => "2001:db8::1".to_owned(),
            "byte" => "c2FtcGxl".to_owned(),
            _ => {
                let mut text: String = if vary == 0 {
                    "sample".to_owned()
                } else {
                    format!("sample{vary}")
                };
                let alphabet: Vec<char> = ('a'..='z').collect();
                let mut i = 0;
                while text.chars().count() < min {
                    text.push(alphabet[i % alphabet.len()]);
                    i += 1;
                }
                if let Some(max) = max {
                    text = text.chars().take(max).collect();
                }
                text
            }
        };
        if let Some((pattern, reason)) = pattern_note {
            if !Pattern::parse(pattern).is_ok_and(|p| p.is_match(&text)) {
                self.notes
                    .push(format!("{at}: pattern `{pattern}`: {reason}"));
            }
        }
        Value::String(text)
    }

    fn sample_array(&mut self, schema: &Value, at: &str, depth: usize) -> Value {
        let min = usize_of(schema, "minItems").unwrap_or(0);
        let max = usize_of(schema, "maxItems");
        let count = min.max(1).min(max.unwrap_or(usize::MAX));
        let items = schema.get("items").cloned().unwrap_or(Value::Null);
        let values = (0..count)
            .map(|i| self.sample(&items, &format!("{at}/items"), depth + 1, i))
            .collect();
        Value::Array(values)
    }

    fn sample_object(&mut self, schema: &Value, at: &str, depth: usize) -> Value {
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut out = Map::new();
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            for (name, property) in properties {
                let is_required = required.contains(&name.as_str());
                let read_only = property.get("readOnly").and_then(Value::as_bool) == Some(true);
                // Optional properties near the top, to exercise their
                // encoding; never read-only ones, which requests leave out.
                if !is_required && (depth >= OPTIONAL_DEPTH || read_only) {
                    continue;
                }
                let at = format!("{at}/properties/{}", escape(name));
                let value = self.sample(property, &at, depth + 1, 0);
                out.insert(name.clone(), value);
            }
        }
        // Required properties the schema does not describe.
        for name in required {
            if !out.contains_key(name) {
                out.insert(name.to_owned(), Value::String("sample".to_owned()));
            }
        }
        let min_properties = usize_of(schema, "minProperties").unwrap_or(0);
        if out.len() < min_properties {
            let additional = match schema.get("additionalProperties") {
                Some(Value::Bool(false)) => None,
                Some(s @ Value::Object(_)) => Some(s.clone()),
                _ => Some(Value::Object(Map::new())),
            };
            if let Some(additional) = additional {
                let mut i = 0;
                while out.len() < min_properties {
                    let value = self.sample(
                        &additional,
                        &format!("{at}/additionalProperties"),
                        depth + 1,
                        i,
                    );
                    out.insert(format!("key{i}"), value);
                    i += 1;
                }
            }
        }
        Value::Object(out)
    }

    /// Whether `value` satisfies `schema` (an OpenAPI 3.0 schema object).
    /// Unknown formats, and patterns that are not ECMAScript regular
    /// expressions, are not checked.
    pub fn valid(&self, value: &Value, schema: &Value) -> bool {
        self.valid_at(value, schema, 0)
    }

    fn valid_at(&self, value: &Value, schema: &Value, depth: usize) -> bool {
        if depth > 64 {
            return false;
        }
        let mut at = String::new();
        let schema = self.resolve(schema, &mut at);
        let Some(object) = schema.as_object() else {
            // `true`, or a reference that does not resolve: accept.
            return !matches!(schema, Value::Bool(false));
        };
        if let Some(values) = object.get("enum").and_then(Value::as_array) {
            let allowed = values.contains(value)
                || (value.is_null() && object.get("nullable") == Some(&Value::Bool(true)));
            if !allowed {
                return false;
            }
        }
        if value.is_null() {
            // OpenAPI 3.0: `null` only where `nullable` says so, or where the
            // schema says nothing of the type.
            let nullable = object.get("nullable") == Some(&Value::Bool(true));
            if !nullable && schema_type(schema).is_some() {
                return false;
            }
        }
        let sub = |key: &str| -> Vec<&Value> {
            object
                .get(key)
                .and_then(Value::as_array)
                .map(|a| a.iter().collect())
                .unwrap_or_default()
        };
        if !sub("allOf")
            .iter()
            .all(|s| self.valid_at(value, s, depth + 1))
        {
            return false;
        }
        let any_of = sub("anyOf");
        if !any_of.is_empty() && !any_of.iter().any(|s| self.valid_at(value, s, depth + 1)) {
            return false;
        }
        let one_of = sub("oneOf");
        if !one_of.is_empty() {
            let matching = one_of
                .iter()
                .filter(|s| self.valid_at(value, s, depth + 1))
                .count();
            if matching != 1 {
                return false;
            }
        }
        if let Some(not) = object.get("not") {
            if self.valid_at(value, not, depth + 1) {
                return false;
            }
        }
        if value.is_null() {
            return true;
        }
        if let Some(t) = schema_type(schema) {
            let ok = match t {
                "string" => value.is_string(),
                "integer" => value.as_f64().is_some_and(|f| f.fract() == 0.0),
                "number" => value.is_number(),
                "boolean" => value.is_boolean(),
                "array" => value.is_array(),
                "object" => value.is_object(),
                _ => true,
            };
            if !ok {
                return false;
            }
        }
        match value {
            Value::String(s) => valid_string(s, object),
            Value::Number(n) => valid_number(n, object),
            Value::Array(items) => {
                let len = items.len();
                if usize_of(schema, "minItems").is_some_and(|m| len < m)
                    || usize_of(schema, "maxItems").is_some_and(|m| len > m)
                {
                    return false;
                }
                if object.get("uniqueItems") == Some(&Value::Bool(true)) {
                    for (i, a) in items.iter().enumerate() {
                        if items[i + 1..].contains(a) {
                            return false;
                        }
                    }
                }
                match object.get("items") {
                    Some(item) => items.iter().all(|v| self.valid_at(v, item, depth + 1)),
                    None => true,
                }
            }
            Value::Object(map) => self.valid_object(map, object, depth),
            _ => true,
        }
    }

    fn valid_object(
        &self,
        map: &Map<String, Value>,
        schema: &Map<String, Value>,
        depth: usize,
    ) -> bool {
        let required = schema
            .get("required")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default();
        if !required
            .iter()
            .filter_map(Value::as_str)
            .all(|name| map.contains_key(name))
        {
            return false;
        }
        let as_value = Value::Object(schema.clone());
        if usize_of(&as_value, "minProperties").is_some_and(|m| map.len() < m)
            || usize_of(&as_value, "maxProperties").is_some_and(|m| map.len() > m)
        {
            return false;
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        for (name, value) in map {
            match properties.and_then(|p| p.get(name)) {
                Some(property) => {
                    if !self.valid_at(value, property, depth + 1) {
                        return false;
                    }
                }
                None => match schema.get("additionalProperties") {
                    Some(Value::Bool(false)) => return false,
                    Some(additional @ Value::Object(_))
                        if !self.valid_at(value, additional, depth + 1) =>
                    {
                        return false;
                    }
                    _ => {}
                },
            }
        }
        true
    }
}

/// The schema's `type`, or the one its keywords imply.
fn schema_type(schema: &Value) -> Option<&str> {
    if let Some(t) = schema.get("type").and_then(Value::as_str) {
        return Some(t);
    }
    if schema.get("properties").is_some() || schema.get("additionalProperties").is_some() {
        Some("object")
    } else if schema.get("items").is_some() {
        Some("array")
    } else {
        None
    }
}

fn usize_of(schema: &Value, key: &str) -> Option<usize> {
    schema
        .get(key)
        .and_then(Value::as_u64)
        .and_then(|n| usize::try_from(n).ok())
}

/// A JSON pointer token.
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

fn valid_string(s: &str, schema: &Map<String, Value>) -> bool {
    // JSON Schema counts code points (ajv: UTF-16 units; equal for ASCII).
    let len = s.chars().count();
    let get = |key: &str| {
        schema
            .get(key)
            .and_then(Value::as_u64)
            .and_then(|n| usize::try_from(n).ok())
    };
    if get("minLength").is_some_and(|m| len < m) || get("maxLength").is_some_and(|m| len > m) {
        return false;
    }
    if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
        if let Ok(p) = Pattern::parse(pattern) {
            if !p.is_match(s) {
                return false;
            }
        }
    }
    match schema.get("format").and_then(Value::as_str) {
        Some("uuid") => is_uuid(s),
        Some("date-time") => is_date_time(s),
        Some("date") => is_date(s),
        Some("email") => is_email(s),
        Some("uri") => is_uri(s),
        _ => true,
    }
}

fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// `YYYY-MM-DD`, a day of the calendar (the typed client reads it as a date).
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|i| b[*i].is_ascii_digit());
    if !shaped {
        return false;
    }
    let number = |range: std::ops::Range<usize>| s[range].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    (1..=days).contains(&day)
}

fn is_date_time(s: &str) -> bool {
    let Some((date, time)) = s.split_once(['T', 't', ' ']) else {
        return false;
    };
    let t = time.as_bytes();
    let shaped = t.len() >= 9
        && t[2] == b':'
        && t[5] == b':'
        && [0, 1, 3, 4, 6, 7].iter().all(|i| t[*i].is_ascii_digit())
        && (time.ends_with(['Z', 'z']) || time[8..].contains(['+', '-']));
    let number = |range: std::ops::Range<usize>| time[range].parse::<u32>().unwrap_or(99);
    is_date(date) && shaped && number(0..2) < 24 && number(3..5) < 60 && number(6..8) < 60
}

fn is_email(s: &str) -> bool {
    matches!(s.split_once('@'), Some((user, host)) if !user.is_empty() && host.contains('.') && !s.contains(char::is_whitespace))
}

fn is_uri(s: &str) -> bool {
    match s.split_once(':') {
        Some((scheme, rest)) => {
            !rest.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && !s.contains(char::is_whitespace)
        }
        None => false,
    }
}

fn valid_number(n: &Number, schema: &Map<String, Value>) -> bool {
    // The integer formats' ranges (the typed client reads them as such).
    let in_range = match schema.get("format").and_then(Value::as_str) {
        Some("int32") => n.as_i64().is_some_and(|x| i32::try_from(x).is_ok()),
        Some("int64") => n.is_i64() || n.as_u64().is_some_and(|x| i64::try_from(x).is_ok()),
        Some("uint32") => n.as_u64().is_some_and(|x| u32::try_from(x).is_ok()),
        Some("uint64") => n.is_u64(),
        _ => true,
    };
    if !in_range {
        return false;
    }
    let Some(x) = n.as_f64() else {
        return true;
    };
    let bound = |key: &str| schema.get(key).and_then(Value::as_f64);
    let exclusive = |key: &str| schema.get(key) == Some(&Value::Bool(true));
    if let Some(min) = bound("minimum") {
        if x < min || (exclusive("exclusiveMinimum") && x == min) {
            return false;
        }
    }
    if let Some(max) = bound("maximum") {
        if x > max || (exclusive("exclusiveMaximum") && x == max) {
            return false;
        }
    }
    if let Some(step) = bound("multipleOf").filter(|s| *s > 0.0) {
        let q = x / step;
        if (q - q.round()).abs() > 1e-9 {
            return false;
        }
    }
    true
}

/// A number in the schema's bounds: 1 when allowed, else the nearest allowed
/// value (a multiple of `multipleOf` when given).
fn sample_number(schema: &Value, integer: bool) -> Value {
    let bound = |key: &str| schema.get(key).and_then(Value::as_f64);
    let exclusive = |key: &str| schema.get(key) == Some(&Value::Bool(true));
    let step = bound("multipleOf").filter(|s| *s > 0.0);
    let unit = if integer { 1.0 } else { 0.5 };
    let mut low = bound("minimum").map(|m| {
        if exclusive("exclusiveMinimum") {
            m + unit
        } else {
            m
        }
    });
    let high = bound("maximum").map(|m| {
        if exclusive("exclusiveMaximum") {
            m - unit
        } else {
            m
        }
    });
    if integer {
        low = low.map(f64::ceil);
    }
    let mut x: f64 = 1.0;
    if let Some(low) = low {
        x = x.max(low);
    }
    if let Some(high) = high {
        x = x.min(if integer { high.floor() } else { high });
    }
    if let Some(step) = step {
        x = (x / step).ceil() * step;
        if high.is_some_and(|h| x > h) {
            x -= step;
        }
    }
    if integer || x.fract() == 0.0 {
        // Whole numbers are written as integers: `1`, not `1.0`.
        #[allow(clippy::cast_possible_truncation)]
        let whole = x as i64;
        Value::Number(whole.into())
    } else {
        Number::from_f64(x).map_or(Value::Null, Value::Number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc() -> Value {
        json!({
            "components": {"schemas": {
                "Ref": {"type": "string", "minLength": 20, "maxLength": 20, "pattern": "^[a-z]+$"},
                "Node": {"type": "object", "properties": {
                    "child": {"$ref": "#/components/schemas/Node"}
                }},
            }}
        })
    }

    #[test]
    fn examples_are_used_only_when_valid() {
        let doc = doc();
        let mut s = Sampler::new(&doc);
        let good = json!({"type": "string", "pattern": "^\\d+$", "example": "2025"});
        assert_eq!(s.sample(&good, "#", 0, 0), json!("2025"));
        let bad = json!({"type": "string", "pattern": "^\\d+$", "example": "x1"});
        assert_eq!(s.sample(&bad, "#", 0, 0), json!("0"));
        let bad_format = json!({"type": "string", "format": "uuid", "example": "nope"});
        assert_eq!(
            s.sample(&bad_format, "#", 0, 0),
            json!("00000000-0000-4000-8000-000000000000")
        );
        assert!(s.notes.is_empty(), "{:?}", s.notes);
    }

    #[test]
    fn constraints_are_met() {
        let doc = doc();
        let mut s = Sampler::new(&doc);
        let schemas = [
            json!({"$ref": "#/components/schemas/Ref"}),
            json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true}),
            json!({"type": "integer", "minimum": 10, "maximum": 100, "multipleOf": 7}),
            json!({"type": "number", "maximum": 0.5}),
            json!({"type": "string", "minLength": 10, "maxLength": 12}),
            json!({"type": "string", "maxLength": 3}),
            json!({"type": "array", "items": {"type": "string", "enum": ["sign", "verify"]}, "minItems": 2, "maxItems": 2, "uniqueItems": true}),
            json!({"type": "object", "required": ["a"], "properties": {"a": {"type": "string", "format": "date-time"}, "b": {"type": "boolean"}}, "additionalProperties": false}),
            json!({"oneOf": [
                {"type": "object", "properties": {"type": {"type": "string", "enum": ["a"]}}, "required": ["type"]},
                {"type": "object", "properties": {"type": {"type": "string", "enum": ["b"]}, "x": {"type": "integer"}}, "required": ["type"]}
            ]}),
            json!({"$ref": "#/components/schemas/Node"}),
            json!({"allOf": [
                {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]},
                {"type": "object", "properties": {"b": {"type": "integer"}}, "required": ["b"]}
            ]}),
        ];
        for schema in &schemas {
            let value = s.sample(schema, "#", 0, 0);
            assert!(s.valid(&value, schema), "{schema} -> {value}");
        }
        assert!(s.notes.is_empty(), "{:?}", s.notes);
        // This sampler finds no value for overlapping variants, and says so.
        let overlapping =
            json!({"oneOf": [{"type": "string"}, {"type": "string", "minLength": 3}]});
        s.sample(&overlapping, "#", 0, 0);
        assert_eq!(s.notes.len(), 1, "{:?}", s.notes);
        assert!(s.notes[0].contains("oneOf"), "{:?}", s.notes);
    }

    #[test]
    fn validation_follows_openapi_3_0() {
        let doc = doc();
        let s = Sampler::new(&doc);
        assert!(!s.valid(&json!(null), &json!({"type": "string"})));
        assert!(s.valid(&json!(null), &json!({"type": "string", "nullable": true})));
        assert!(s.valid(&json!(null), &json!({})));
        assert!(!s.valid(&json!(1.5), &json!({"type": "integer"})));
        assert!(s.valid(&json!(2.0), &json!({"type": "integer"})));
        assert!(!s.valid(
            &json!({"c": 1}),
            &json!({"properties": {"a": {}}, "additionalProperties": false})
        ));
        assert!(!s.valid(&json!("abc"), &json!({"$ref": "#/components/schemas/Ref"})));
        assert!(!s.valid(
            &json!(0),
            &json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true})
        ));
    }

    #[test]
    fn formats_are_checked_as_the_typed_client_reads_them() {
        let doc = doc();
        let s = Sampler::new(&doc);
        let date = json!({"type": "string", "format": "date"});
        let date_time = json!({"type": "string", "format": "date-time"});
        assert!(s.valid(&json!("2024-02-29"), &date));
        for bad in ["2023-02-29", "2024-13-01", "2024-04-31", "2024-00-10"] {
            assert!(!s.valid(&json!(bad), &date), "{bad}");
        }
        assert!(s.valid(&json!("2024-02-29T23:59:59.5+02:00"), &date_time));
        for bad in [
            "2024-02-30T00:00:00Z",
            "2024-01-01T24:00:00Z",
            "2024-01-01T00:60:00Z",
        ] {
            assert!(!s.valid(&json!(bad), &date_time), "{bad}");
        }
        let int = |format: &str| json!({"type": "integer", "format": format});
        assert!(s.valid(&json!(-1), &int("int32")));
        assert!(!s.valid(&json!(1u64 << 31), &int("int32")));
        assert!(!s.valid(&json!(-1), &int("uint32")));
        assert!(!s.valid(&json!(1u64 << 32), &int("uint32")));
        assert!(s.valid(&json!(u64::MAX), &int("uint64")));
        assert!(!s.valid(&json!(u64::MAX), &int("int64")));
        assert!(!s.valid(&json!(-1), &int("uint64")));
    }

    #[test]
    fn patterns_beyond_the_generator_are_still_checked() {
        let doc = doc();
        let mut s = Sampler::new(&doc);
        let schema = json!({"type": "string", "maxLength": 256, "pattern": "^(?!SUPABASE_).*"});
        assert_eq!(s.sample(&schema, "#", 0, 0), json!("sample"));
        assert!(s.notes.is_empty(), "{:?}", s.notes);
        assert!(!s.valid(&json!("SUPABASE_URL"), &schema));
        // A fallback the pattern refuses is noted, with the reason.
        let refused = json!({"type": "string", "pattern": "^(?!sample).*$"});
        s.sample(&refused, "#/x", 0, 0);
        assert!(
            s.notes
                .iter()
                .any(|n| n.starts_with("#/x: pattern") && n.contains("no string is made")),
            "{:?}",
            s.notes
        );
    }
}
