//! Structural mutations of OpenAPI documents held as `serde_json::Value`.
//!
//! Shared by `tests/mutations.rs` (driven by proptest) and by
//! `tests/compile/build.rs` (a few fixed samples compiled with the runtime),
//! so it depends on `serde_json` alone. A [`Mutation`] is plain data: its
//! selectors are reduced modulo the number of candidates when it is applied,
//! so every value is valid and shrinking any of them keeps a valid mutation.

#![allow(dead_code)] // Each includer uses a different part.

use serde_json::{json, Map, Value};

/// One structural edit of a document.
#[derive(Debug, Clone)]
pub enum Mutation {
    /// Removes a node from its parent.
    Delete { node: u64 },
    /// Replaces a node by a value of another JSON type.
    Retype { node: u64, to: u8 },
    /// Replaces a node by a copy of another one.
    Transplant { from: u64, to: u64 },
    /// Points a `$ref` (or a discriminator mapping) at something that is not there.
    DanglingRef { site: u64, target: u8 },
    /// Makes two component schemas (or one) refer to each other.
    RefCycle { a: u64, b: u64, shape: u8 },
    /// Gives one operation the operationId of another.
    DuplicateOperationId { from: u64, to: u64 },
    /// Replaces a name by a hostile one; `consistent` also updates what
    /// refers to it (`$ref`s, `required`, path templates).
    Rename {
        site: NameSite,
        which: u64,
        name: u16,
        consistent: bool,
    },
    /// Replaces a string by a 10,000-character one.
    LongString { node: u64, pattern: u8 },
    /// Replaces a schema by `depth` levels of nested inline schemas.
    DeepNesting { node: u64, shape: u8, depth: u16 },
}

/// Where [`Mutation::Rename`] puts its name.
#[derive(Debug, Clone, Copy)]
pub enum NameSite {
    SchemaName,
    PropertyName,
    OperationId,
    Tag,
    EnumValue,
    ParameterName,
}

pub const NAME_SITES: [NameSite; 6] = [
    NameSite::SchemaName,
    NameSite::PropertyName,
    NameSite::OperationId,
    NameSite::Tag,
    NameSite::EnumValue,
    NameSite::ParameterName,
];

/// Names that have broken, or could break, generated identifiers, file
/// names, string literals or doc comments.
const HOSTILE: &[&str] = &[
    // Rust keywords, reserved words and names the generated code uses.
    "type",
    "fn",
    "self",
    "Self",
    "super",
    "crate",
    "async",
    "await",
    "dyn",
    "try",
    "union",
    "r#type",
    "_",
    "__",
    "Result",
    "Option",
    "Some",
    "None",
    "Ok",
    "Err",
    "Box",
    "String",
    "Vec",
    "Client",
    "Error",
    "Request",
    "Operation",
    "Unknown",
    "types",
    "operations",
    "runtime",
    "mod",
    "std",
    "core",
    "serde",
    "send",
    "into_future",
    "new",
    "builder",
    "Value",
    "Deserialize",
    // Unicode.
    "é",
    "日本語",
    "🦀",
    "Ünïcödé",
    "\u{200b}",
    "e\u{301}",
    "\u{202e}abc",
    "ǅ",
    "ß",
    "İ",
    "Ⅻ",
    // Digits first.
    "0",
    "1",
    "123abc",
    "2xlarge",
    "1.0",
    "-1",
    "0x10",
    "9_9",
    // Empty, blank and punctuation only.
    "",
    " ",
    "  ",
    "-",
    "_-_",
    "$",
    "@",
    "a-b",
    "a.b",
    "a/b",
    "a~b",
    "~1",
    "{x}",
    "#",
    "\"",
    "\\",
    "'",
    "*/",
    "/*",
    "```",
    "\n",
    "\t",
    "a\rb",
    "\0",
    "%",
    "?",
    "&",
    "=",
    "a b",
    "A",
    "a",
    "aB",
    "AB",
    "a_b",
    "A_B",
    "x-y_z",
    "::",
    "<T>",
];

/// How many distinct names [`hostile_name`] knows.
pub const HOSTILE_NAMES: usize = HOSTILE.len() + 2;

/// The `i`-th hostile name (modulo [`HOSTILE_NAMES`]); the last two are 10,000 characters long.
pub fn hostile_name(i: u16) -> String {
    let i = usize::from(i) % HOSTILE_NAMES;
    match i.checked_sub(HOSTILE.len()) {
        None => HOSTILE[i].to_owned(),
        Some(0) => "a".repeat(10_000),
        Some(_) => "Ünï-".repeat(2_500),
    }
}

/// A 10,000-character string of one of a few shapes.
pub fn long_string(pattern: u8) -> String {
    let unit = match pattern % 8 {
        0 => "a",
        1 => "é",
        2 => "*/ /* ``` \\ \" ' # {} [x] <b> <!-- --> http://x.test ",
        3 => "Some words of prose. \n\n    indented code\n",
        4 => "line\rline\r\n",
        5 => "🦀",
        6 => "x-",
        _ => "\u{0}\u{1}\u{7f}\u{202e}\u{feff}\u{85}\u{2028}",
    };
    unit.chars().cycle().take(10_000).collect()
}

/// Applies `mutation` to `doc`. A mutation with no place to apply is a no-op.
pub fn apply(doc: &mut Value, mutation: &Mutation) {
    match *mutation {
        Mutation::Delete { node } => {
            if let Some(path) = pick_node(doc, node) {
                remove(doc, &path);
            }
        }
        Mutation::Retype { node, to } => {
            if let Some(path) = pick_node(doc, node) {
                if let Some(v) = get_mut(doc, &path) {
                    *v = retyped(v, to);
                }
            }
        }
        Mutation::Transplant { from, to } => {
            let (Some(from), Some(to)) = (pick_node(doc, from), pick_node(doc, to)) else {
                return;
            };
            let Some(copy) = get_mut(doc, &from).map(|v| v.clone()) else {
                return;
            };
            if let Some(v) = get_mut(doc, &to) {
                *v = copy;
            }
        }
        Mutation::DanglingRef { site, target } => dangle(doc, site, target),
        Mutation::RefCycle { a, b, shape } => ref_cycle(doc, a, b, shape),
        Mutation::DuplicateOperationId { from, to } => duplicate_operation_id(doc, from, to),
        Mutation::Rename {
            site,
            which,
            name,
            consistent,
        } => rename(doc, site, which, &hostile_name(name), consistent),
        Mutation::LongString { node, pattern } => {
            let strings = paths(doc, &|_, v| v.is_string());
            if let Some(path) = choose(&strings, node) {
                if let Some(v) = get_mut(doc, path) {
                    *v = Value::String(long_string(pattern));
                }
            }
        }
        Mutation::DeepNesting { node, shape, depth } => {
            let nested = deep(shape, usize::from(depth));
            let schemas = paths(doc, &|p, _| is_schema_path(p));
            match choose(&schemas, node) {
                Some(path) => {
                    if let Some(v) = get_mut(doc, path) {
                        *v = nested;
                    }
                }
                None => {
                    component_schemas_mut(doc).insert("Deep".to_owned(), nested);
                }
            }
        }
    }
}

/// One segment of a path into a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// The paths of every node for which `keep(path, node)` holds, in document order.
pub fn paths(doc: &Value, keep: &dyn Fn(&[Seg], &Value) -> bool) -> Vec<Vec<Seg>> {
    let mut out = Vec::new();
    let mut stack: Vec<(Vec<Seg>, &Value)> = vec![(Vec::new(), doc)];
    while let Some((path, v)) = stack.pop() {
        if keep(&path, v) {
            out.push(path.clone());
        }
        match v {
            Value::Object(map) => {
                for (k, child) in map.iter().rev() {
                    let mut p = path.clone();
                    p.push(Seg::Key(k.clone()));
                    stack.push((p, child));
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate().rev() {
                    let mut p = path.clone();
                    p.push(Seg::Index(i));
                    stack.push((p, child));
                }
            }
            _ => {}
        }
    }
    out
}

fn choose<T>(items: &[T], selector: u64) -> Option<&T> {
    if items.is_empty() {
        return None;
    }
    let len = u64::try_from(items.len()).unwrap_or(u64::MAX);
    items.get(usize::try_from(selector % len).unwrap_or(0))
}

/// A node: an even selector picks among schemas, an odd one among all nodes.
fn pick_node(doc: &Value, selector: u64) -> Option<Vec<Seg>> {
    let candidates = if selector % 2 == 0 {
        let schemas = paths(doc, &|p, _| is_schema_path(p));
        if schemas.is_empty() {
            paths(doc, &|_, _| true)
        } else {
            schemas
        }
    } else {
        paths(doc, &|_, _| true)
    };
    choose(&candidates, selector / 2).cloned()
}

/// Whether the node at `path` is read as a schema (approximately).
pub fn is_schema_path(path: &[Seg]) -> bool {
    let key = |i: usize| match path.len().checked_sub(i).and_then(|j| path.get(j)) {
        Some(Seg::Key(k)) => Some(k.as_str()),
        _ => None,
    };
    match path.last() {
        Some(Seg::Key(k))
            if matches!(
                k.as_str(),
                "items" | "additionalProperties" | "not" | "schema"
            ) =>
        {
            true
        }
        Some(Seg::Key(_)) => matches!(key(2), Some("schemas" | "properties")),
        Some(Seg::Index(_)) => matches!(key(2), Some("allOf" | "oneOf" | "anyOf")),
        None => false,
    }
}

pub fn get_mut<'v>(doc: &'v mut Value, path: &[Seg]) -> Option<&'v mut Value> {
    let mut v = doc;
    for seg in path {
        v = match (seg, v) {
            (Seg::Key(k), Value::Object(map)) => map.get_mut(k)?,
            (Seg::Index(i), Value::Array(items)) => items.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(v)
}

fn get<'v>(doc: &'v Value, path: &[Seg]) -> Option<&'v Value> {
    let mut v = doc;
    for seg in path {
        v = match (seg, v) {
            (Seg::Key(k), Value::Object(map)) => map.get(k)?,
            (Seg::Index(i), Value::Array(items)) => items.get(*i)?,
            _ => return None,
        };
    }
    Some(v)
}

fn remove(doc: &mut Value, path: &[Seg]) {
    let Some((last, parent)) = path.split_last() else {
        *doc = Value::Null;
        return;
    };
    match (last, get_mut(doc, parent)) {
        (Seg::Key(k), Some(Value::Object(map))) => {
            map.remove(k);
        }
        (Seg::Index(i), Some(Value::Array(items))) if *i < items.len() => {
            items.remove(*i);
        }
        _ => {}
    }
}

/// A value of a JSON type other than `old`'s.
fn retyped(old: &Value, to: u8) -> Value {
    let choices = [
        Value::Null,
        json!(false),
        json!(true),
        json!(0),
        json!(-1),
        json!(1.5),
        json!(u64::MAX),
        json!(""),
        json!("x"),
        json!([]),
        json!([null]),
        json!({}),
        json!({ "": null }),
    ];
    let kind = |v: &Value| std::mem::discriminant(v);
    let start = usize::from(to) % choices.len();
    (0..choices.len())
        .map(|i| &choices[(start + i) % choices.len()])
        .find(|c| kind(c) != kind(old))
        .cloned()
        .unwrap_or(Value::Null)
}

/// RFC 6901 escaping of one pointer segment.
fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn schema_ref(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{}", escape(name)) })
}

fn component_schemas_mut(doc: &mut Value) -> &mut Map<String, Value> {
    if !doc.is_object() {
        *doc = json!({});
    }
    let root = doc.as_object_mut().expect("made an object above");
    let components = root
        .entry("components")
        .and_modify(|c| {
            if !c.is_object() {
                *c = json!({});
            }
        })
        .or_insert_with(|| json!({}));
    let schemas = components
        .as_object_mut()
        .expect("made an object above")
        .entry("schemas")
        .and_modify(|s| {
            if !s.is_object() {
                *s = json!({});
            }
        })
        .or_insert_with(|| json!({}));
    schemas.as_object_mut().expect("made an object above")
}

fn dangle(doc: &mut Value, site: u64, target: u8) {
    let targets = [
        "#/components/schemas/DoesNotExist".to_owned(),
        "#/components/schemas/".to_owned(),
        "#".to_owned(),
        String::new(),
        "#/paths".to_owned(),
        "other.yaml#/components/schemas/Thing".to_owned(),
        "#/components/parameters/Nope".to_owned(),
        "#/components/schemas/~1weird~0name".to_owned(),
        "#/components/schemas/日本語".to_owned(),
        format!("#/components/schemas/{}", "a".repeat(10_000)),
    ];
    let target = targets[usize::from(target) % targets.len()].clone();
    let sites = paths(doc, &|p, v| {
        let is_ref = matches!(p.last(), Some(Seg::Key(k)) if k == "$ref");
        let in_mapping = p.len() >= 2 && p[p.len() - 2] == Seg::Key("mapping".to_owned());
        v.is_string() && (is_ref || in_mapping)
    });
    if let Some(path) = choose(&sites, site) {
        if let Some(v) = get_mut(doc, path) {
            *v = Value::String(target);
        }
        return;
    }
    // No reference anywhere: make a schema one.
    let schemas = paths(doc, &|p, _| is_schema_path(p));
    if let Some(path) = choose(&schemas, site) {
        if let Some(v) = get_mut(doc, path) {
            *v = json!({ "$ref": target });
        }
    }
}

fn ref_cycle(doc: &mut Value, a: u64, b: u64, shape: u8) {
    let schemas = component_schemas_mut(doc);
    let mut names: Vec<String> = schemas.keys().cloned().collect();
    for fallback in ["CycleA", "CycleB"] {
        if names.len() < 2 {
            names.push(fallback.to_owned());
        }
    }
    let a = choose(&names, a).cloned().unwrap_or_default();
    let b = choose(&names, b).cloned().unwrap_or_default();
    let (to_b, to_a) = (schema_ref(&b), schema_ref(&a));
    let pair = |to: Value, other: Value| -> Value {
        match shape % 8 {
            0 => to,
            1 => other,
            2 => json!({
                "type": "object",
                "required": ["next"],
                "properties": { "next": to },
            }),
            3 => json!({
                "allOf": [to, { "type": "object", "properties": { "a": { "type": "string" } } }],
            }),
            4 => json!({ "oneOf": [to, { "type": "integer" }] }),
            5 => json!({ "type": "array", "items": to }),
            6 => json!({ "type": "object", "additionalProperties": to }),
            _ => json!({
                "type": "object",
                "properties": { "parent": { "allOf": [to], "nullable": true } },
            }),
        }
    };
    // Shape 1 is A -> A whatever B is.
    let a_value = pair(to_b.clone(), to_a.clone());
    let b_value = pair(to_a.clone(), to_b);
    schemas.insert(b, b_value);
    schemas.insert(a, a_value);
}

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

fn operation_paths(doc: &Value) -> Vec<Vec<Seg>> {
    paths(doc, &|p, v| {
        v.is_object()
            && p.len() == 3
            && p[0] == Seg::Key("paths".to_owned())
            && matches!(&p[2], Seg::Key(m) if METHODS.contains(&m.as_str()))
    })
}

fn duplicate_operation_id(doc: &mut Value, from: u64, to: u64) {
    let mut ops = operation_paths(doc);
    if ops.is_empty() {
        return;
    }
    if ops.len() == 1 {
        // Copy the only operation to a second path.
        let Some(op) = get(doc, &ops[0]).cloned() else {
            return;
        };
        if let Some(Value::Object(paths)) = doc.get_mut("paths") {
            paths.insert("/duplicate".to_owned(), json!({ "get": op }));
        }
        ops = operation_paths(doc);
    }
    let (Some(from), Some(to)) = (choose(&ops, from).cloned(), choose(&ops, to).cloned()) else {
        return;
    };
    let id = get(doc, &from)
        .and_then(|op| op.get("operationId"))
        .cloned()
        .unwrap_or_else(|| json!("duplicate"));
    for path in [from, to] {
        if let Some(Value::Object(op)) = get_mut(doc, &path) {
            op.insert("operationId".to_owned(), id.clone());
        }
    }
}

fn rename(doc: &mut Value, site: NameSite, which: u64, name: &str, consistent: bool) {
    match site {
        NameSite::SchemaName => {
            let schemas = component_schemas_mut(doc);
            let names: Vec<String> = schemas.keys().cloned().collect();
            let Some(old) = choose(&names, which).cloned() else {
                schemas.insert(name.to_owned(), json!({ "type": "string" }));
                return;
            };
            if let Some(v) = schemas.remove(&old) {
                schemas.insert(name.to_owned(), v);
            }
            if consistent {
                let (old_ref, new_ref) = (
                    format!("#/components/schemas/{}", escape(&old)),
                    format!("#/components/schemas/{}", escape(name)),
                );
                for path in paths(doc, &|_, v| v.as_str() == Some(&old_ref)) {
                    if let Some(v) = get_mut(doc, &path) {
                        *v = Value::String(new_ref.clone());
                    }
                }
            }
        }
        NameSite::PropertyName => {
            let objects = paths(doc, &|p, v| {
                v.is_object() && matches!(p.last(), Some(Seg::Key(k)) if k == "properties")
            });
            let Some(path) = choose(&objects, which).cloned() else {
                return;
            };
            let Some(Value::Object(props)) = get_mut(doc, &path) else {
                return;
            };
            let keys: Vec<String> = props.keys().cloned().collect();
            let Some(old) = choose(&keys, which / 7).cloned() else {
                props.insert(name.to_owned(), json!({ "type": "string" }));
                return;
            };
            if let Some(v) = props.remove(&old) {
                props.insert(name.to_owned(), v);
            }
            let schema = &path[..path.len() - 1];
            if let (true, Some(Value::Array(required))) = (
                consistent,
                get_mut(doc, schema).and_then(|s| s.get_mut("required")),
            ) {
                for r in required.iter_mut() {
                    if r.as_str() == Some(&old) {
                        *r = Value::String(name.to_owned());
                    }
                }
            }
        }
        NameSite::OperationId => {
            let ops = operation_paths(doc);
            if let Some(Value::Object(op)) =
                choose(&ops, which).cloned().and_then(|p| get_mut(doc, &p))
            {
                op.insert("operationId".to_owned(), json!(name));
            }
        }
        NameSite::Tag => {
            let ops = operation_paths(doc);
            if let Some(Value::Object(op)) =
                choose(&ops, which).cloned().and_then(|p| get_mut(doc, &p))
            {
                match op.get_mut("tags") {
                    Some(Value::Array(tags)) if !tags.is_empty() => {
                        let i = usize::try_from(which / 7).unwrap_or(0) % tags.len();
                        tags[i] = json!(name);
                    }
                    _ => {
                        op.insert("tags".to_owned(), json!([name]));
                    }
                }
            }
            if consistent {
                if let Some(root) = doc.as_object_mut() {
                    root.insert("tags".to_owned(), json!([{ "name": name }]));
                }
            }
        }
        NameSite::EnumValue => {
            let values = paths(doc, &|p, _| {
                p.len() >= 2 && p[p.len() - 2] == Seg::Key("enum".to_owned())
            });
            if let Some(v) = choose(&values, which)
                .cloned()
                .and_then(|p| get_mut(doc, &p))
            {
                *v = json!(name);
            }
        }
        NameSite::ParameterName => {
            let params = paths(doc, &|_, v| {
                v.get("in").is_some_and(Value::is_string) && v.get("name").is_some()
            });
            let Some(path) = choose(&params, which).cloned() else {
                return;
            };
            let Some(param) = get_mut(doc, &path) else {
                return;
            };
            let old = param.get("name").and_then(Value::as_str).map(str::to_owned);
            let in_path = param.get("in").and_then(Value::as_str) == Some("path");
            param["name"] = json!(name);
            // A path parameter of a path item or operation: rename it in the template too.
            if let (true, true, Some(old), Some(Seg::Key(template))) =
                (consistent, in_path, old, path.get(1))
            {
                if path.first() == Some(&Seg::Key("paths".to_owned())) {
                    let renamed = template.replace(&format!("{{{old}}}"), &format!("{{{name}}}"));
                    if let Some(Value::Object(paths)) = doc.get_mut("paths") {
                        if let Some(item) = paths.remove(template) {
                            paths.insert(renamed, item);
                        }
                    }
                }
            }
        }
    }
}

/// `depth` levels of nested inline schemas around a string.
pub fn deep(shape: u8, depth: usize) -> Value {
    let mut v = json!({ "type": "string" });
    for level in 0..depth {
        let s = match shape % 8 {
            5 => u8::try_from(level % 5).unwrap_or(0),
            6 => u8::try_from(level % 7).unwrap_or(0),
            s => s,
        };
        v = match s {
            0 => json!({ "type": "object", "properties": { "a": v } }),
            1 => json!({ "type": "array", "items": v }),
            2 => json!({ "type": "object", "additionalProperties": v }),
            3 => json!({
                "allOf": [v, { "type": "object", "properties": { "x": { "type": "string" } } }],
            }),
            4 => json!({ "oneOf": [v, { "type": "integer" }] }),
            5 => json!({ "anyOf": [{ "type": "boolean" }, v], "nullable": true }),
            6 => json!({
                "type": "object",
                "required": ["b"],
                "properties": { "b": { "allOf": [v], "nullable": true } },
            }),
            // A deeply nested value where a schema allows any JSON.
            _ => json!({ "type": "object", "default": { "a": [v] } }),
        };
    }
    v
}

/// A small deterministic generator (SplitMix64) for callers without proptest.
pub struct SplitMix64(pub u64);

impl SplitMix64 {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A random mutation, with the same distribution of kinds as the proptest strategy.
    pub fn mutation(&mut self) -> Mutation {
        let r = self.next_u64();
        let small = |x: u64| u8::try_from(x % 256).unwrap_or(0);
        let s = self.next_u64();
        let t = self.next_u64();
        match r % 9 {
            0 => Mutation::Delete { node: s },
            1 => Mutation::Retype {
                node: s,
                to: small(t),
            },
            2 => Mutation::Transplant { from: s, to: t },
            3 => Mutation::DanglingRef {
                site: s,
                target: small(t),
            },
            4 => Mutation::RefCycle {
                a: s,
                b: t,
                shape: small(r >> 8),
            },
            5 => Mutation::DuplicateOperationId { from: s, to: t },
            6 => Mutation::Rename {
                site: NAME_SITES[usize::try_from(t % 6).unwrap_or(0)],
                which: s,
                name: u16::try_from((t >> 8) % 65_536).unwrap_or(0),
                consistent: (t >> 32) % 2 == 0,
            },
            7 => Mutation::LongString {
                node: s,
                pattern: small(t),
            },
            _ => Mutation::DeepNesting {
                node: s,
                shape: small(t),
                depth: u16::try_from(1 + (t >> 8) % 250).unwrap_or(1),
            },
        }
    }
}
