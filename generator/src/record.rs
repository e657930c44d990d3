//! The record of a generation: every name the generator gave and the shape
//! of the API those names describe, committed next to the client so that
//!
//! - the next generation keeps every name (stable names: an item keeps its
//!   Rust name unless the spec renamed it, whatever was added around it);
//! - an update can say what changed for users ([`diff`]) without the old
//!   spec, and keep renamed items available as deprecated aliases.
//!
//! The record is plain data, serialized as pretty JSON with sorted keys.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{Api, BodyForm, ParamLocation, Response, Ty, TypeKind, VariantPayload};

/// Everything a generation named, and the shape of each item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiRecord {
    /// Operations by `operationId`.
    pub operations: BTreeMap<String, OperationRecord>,
    /// Named types by key: their JSON pointer, with positional `oneOf`
    /// segments replaced by variant names.
    pub types: BTreeMap<String, TypeRecord>,
    /// Deprecated aliases kept for items the spec renamed in the last update.
    #[serde(default, skip_serializing_if = "Aliases::is_empty")]
    pub aliases: Aliases,
}

/// One operation's names and shape.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperationRecord {
    /// `METHOD /path`.
    pub route: String,
    /// The client method.
    pub method: String,
    /// The request builder.
    pub builder: String,
    /// Parameters by `location:wire-name`.
    pub params: BTreeMap<String, MemberRecord>,
    /// The body's type, when there is one (`?` prefix when optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// What `send()` returns.
    pub response: String,
}

/// One named type's name and shape.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypeRecord {
    /// The Rust name.
    pub name: String,
    /// `struct`, `enum`, `one-of`, `alias` or `multipart`.
    pub kind: String,
    /// Fields, enum values or variants, by wire name (or tag).
    pub members: BTreeMap<String, MemberRecord>,
}

/// A field, parameter, enum value or variant.
///
/// Written as one string in the style of a declaration, so the record reads
/// one line per member: `name: Type` (required), `name?: Type` (optional),
/// `name: Type | null` (nullable), or just `Name` for an enum value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemberRecord {
    /// The Rust name.
    pub name: String,
    /// The Rust type, empty for enum values.
    pub ty: String,
    /// Required (fields and parameters).
    pub required: bool,
    /// Nullable (fields).
    pub nullable: bool,
}

impl MemberRecord {
    fn to_line(&self) -> String {
        if self.ty.is_empty() {
            return self.name.clone();
        }
        let optional = if self.required { "" } else { "?" };
        let null = if self.nullable { " | null" } else { "" };
        format!("{}{optional}: {}{null}", self.name, self.ty)
    }

    fn from_line(line: &str) -> Self {
        let Some((name, ty)) = line.split_once(": ") else {
            return MemberRecord {
                name: line.to_owned(),
                ..MemberRecord::default()
            };
        };
        let (name, required) = match name.strip_suffix('?') {
            Some(name) => (name, false),
            None => (name, true),
        };
        let (ty, nullable) = match ty.strip_suffix(" | null") {
            Some(ty) => (ty, true),
            None => (ty, false),
        };
        MemberRecord {
            name: name.to_owned(),
            ty: ty.to_owned(),
            required,
            nullable,
        }
    }
}

impl Serialize for MemberRecord {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_line())
    }
}

impl<'de> Deserialize<'de> for MemberRecord {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(|line| MemberRecord::from_line(&line))
    }
}

/// Old names kept, deprecated, for one release after the spec renamed an item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Aliases {
    /// Old method name -> `operationId` it now calls.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub methods: BTreeMap<String, String>,
    /// Old type name -> pointer of the type it now names.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub types: BTreeMap<String, String>,
}

impl Aliases {
    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.methods.is_empty() && self.types.is_empty()
    }
}

impl ApiRecord {
    /// The record of `api`, carrying `aliases` over.
    pub fn of(api: &Api, aliases: Aliases) -> Self {
        let mut record = ApiRecord {
            aliases,
            ..ApiRecord::default()
        };
        for op in &api.operations {
            let params = op
                .params
                .iter()
                .map(|p| {
                    (
                        param_key(p.location, &p.wire),
                        MemberRecord {
                            name: p.name.clone(),
                            ty: render(api, &p.ty),
                            required: p.required,
                            nullable: false,
                        },
                    )
                })
                .collect();
            let body = op.body.as_ref().map(|b| {
                let forms: Vec<String> = b
                    .forms
                    .iter()
                    .map(|(_, form)| match form {
                        BodyForm::Json(t) | BodyForm::Form(t) | BodyForm::Multipart(t) => {
                            render(api, t)
                        }
                        BodyForm::Bytes { content_type } => format!("bytes ({content_type})"),
                    })
                    .collect();
                let optional = if b.required { "" } else { "?" };
                format!("{optional}{}", forms.join(" | "))
            });
            let response = match &op.response {
                Response::Unit => "()".to_owned(),
                Response::Json(t) => render(api, t),
                Response::Text => "String".to_owned(),
                Response::Bytes => "Bytes".to_owned(),
                Response::Header { name, ty } => format!("{} (header {name})", render(api, ty)),
            };
            record.operations.insert(
                op.id.clone(),
                OperationRecord {
                    route: format!("{} {}", op.http_method, op.path),
                    method: op.method_name.clone(),
                    builder: op.builder_name.clone(),
                    params,
                    body,
                    response,
                },
            );
        }
        for def in &api.types {
            let (kind, members) = match &def.kind {
                TypeKind::Struct(s) => (
                    "struct",
                    s.fields
                        .iter()
                        .map(|f| {
                            (
                                f.wire.clone(),
                                MemberRecord {
                                    name: f.name.clone(),
                                    ty: render(api, &f.ty),
                                    required: f.required,
                                    nullable: f.nullable,
                                },
                            )
                        })
                        .collect(),
                ),
                TypeKind::Enum(e) => (
                    "enum",
                    e.variants
                        .iter()
                        .map(|v| {
                            (
                                v.wire.clone(),
                                MemberRecord {
                                    name: v.name.clone(),
                                    ..MemberRecord::default()
                                },
                            )
                        })
                        .collect(),
                ),
                TypeKind::OneOf(o) => (
                    "one-of",
                    o.variants
                        .iter()
                        .map(|v| {
                            let ty = match &v.payload {
                                VariantPayload::Value(t) => render(api, t),
                                VariantPayload::Fields(fields) => {
                                    let names: Vec<&str> =
                                        fields.iter().map(|f| f.wire.as_str()).collect();
                                    format!("{{{}}}", names.join(", "))
                                }
                            };
                            (
                                v.tag.clone().unwrap_or_else(|| v.name.clone()),
                                MemberRecord {
                                    name: v.name.clone(),
                                    ty,
                                    ..MemberRecord::default()
                                },
                            )
                        })
                        .collect(),
                ),
                TypeKind::Alias(t) => (
                    "alias",
                    BTreeMap::from([(
                        String::new(),
                        MemberRecord {
                            name: String::new(),
                            ty: render(api, t),
                            ..MemberRecord::default()
                        },
                    )]),
                ),
                TypeKind::Multipart(parts) => (
                    "multipart",
                    parts
                        .iter()
                        .map(|p| {
                            (
                                p.wire.clone(),
                                MemberRecord {
                                    name: p.name.clone(),
                                    ty: format!("{:?}", p.kind)
                                        .split('(')
                                        .next()
                                        .unwrap_or_default()
                                        .to_owned(),
                                    required: p.required,
                                    nullable: false,
                                },
                            )
                        })
                        .collect(),
                ),
            };
            record.types.insert(
                def.key.clone(),
                TypeRecord {
                    name: def.name.clone(),
                    kind: kind.to_owned(),
                    members,
                },
            );
        }
        record
    }

    /// The record as pretty JSON, ending in a newline.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Reads a record written by [`ApiRecord::to_json`].
    pub fn from_json(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The previous name of a member (field, enum value) of the type at `pointer`.
    pub fn member(&self, pointer: &str, wire: &str) -> Option<&str> {
        Some(self.types.get(pointer)?.members.get(wire)?.name.as_str())
    }
}

/// The previous record's aliases whose targets still exist in `api`.
pub fn live_aliases(api: &Api, previous: Option<&ApiRecord>) -> Aliases {
    let mut aliases = previous.map(|r| r.aliases.clone()).unwrap_or_default();
    aliases
        .methods
        .retain(|_, id| api.operations.iter().any(|op| op.id == *id));
    aliases
        .types
        .retain(|_, pointer| api.types.iter().any(|t| t.pointer == *pointer));
    aliases
}

/// The key of a parameter in [`OperationRecord::params`].
pub fn param_key(location: ParamLocation, wire: &str) -> String {
    let location = match location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
    };
    format!("{location}:{wire}")
}

/// A type expression as Rust source text, for records and reports.
pub fn render(api: &Api, ty: &Ty) -> String {
    match ty {
        Ty::Bool => "bool".to_owned(),
        Ty::I32 => "i32".to_owned(),
        Ty::I64 => "i64".to_owned(),
        Ty::F32 => "f32".to_owned(),
        Ty::F64 => "f64".to_owned(),
        Ty::String => "String".to_owned(),
        Ty::Json => "Value".to_owned(),
        Ty::Named(id) => api.ty(*id).name.clone(),
        Ty::Vec(t) => format!("Vec<{}>", render(api, t)),
        Ty::Map(t) => format!("Map<String, {}>", render(api, t)),
        Ty::Boxed(t) => format!("Box<{}>", render(api, t)),
        Ty::Option(t) => format!("Option<{}>", render(api, t)),
    }
}

/// One change between two records, as users of the client see it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    /// Whether code that compiled before may not compile now.
    pub breaking: bool,
    /// What changed, in a sentence (Markdown).
    pub text: String,
}

/// What changed between two generations, and the aliases that keep renamed
/// items compiling.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Every change, breaking ones first, then by text.
    pub changes: Vec<Change>,
    /// Old names of renamed operations and schemas, for deprecated aliases.
    pub aliases: Aliases,
    /// Operations added, removed and renamed, and types added and removed.
    pub counts: Counts,
}

/// Counts for a report's summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Operations only in the new record.
    pub operations_added: usize,
    /// Operations only in the old record.
    pub operations_removed: usize,
    /// Operations with a new `operationId` on the same route.
    pub operations_renamed: usize,
    /// Operations whose parameters, body or response changed.
    pub operations_changed: usize,
    /// Types only in the new record.
    pub types_added: usize,
    /// Types only in the old record.
    pub types_removed: usize,
    /// Schemas with a new name and the same shape.
    pub types_renamed: usize,
    /// Types whose members changed.
    pub types_changed: usize,
}

impl Changes {
    /// Whether any change is breaking.
    pub fn is_breaking(&self) -> bool {
        self.changes.iter().any(|c| c.breaking)
    }
}

/// Compares two records.
pub fn diff(old: &ApiRecord, new: &ApiRecord) -> Changes {
    let mut out = Changes::default();
    let push = |out: &mut Changes, breaking: bool, text: String| {
        out.changes.push(Change { breaking, text })
    };

    // Operations: renamed ones are matched by route.
    let old_routes: BTreeMap<&str, &str> = old
        .operations
        .iter()
        .map(|(id, o)| (o.route.as_str(), id.as_str()))
        .collect();
    let new_routes: BTreeMap<&str, &str> = new
        .operations
        .iter()
        .map(|(id, o)| (o.route.as_str(), id.as_str()))
        .collect();
    for (id, op) in &new.operations {
        if old.operations.contains_key(id) {
            continue;
        }
        match old_routes
            .get(op.route.as_str())
            .filter(|old_id| !new.operations.contains_key(**old_id))
        {
            Some(old_id) => {
                let before = &old.operations[*old_id];
                out.counts.operations_renamed += 1;
                if before.method != op.method {
                    out.aliases
                        .methods
                        .insert(before.method.clone(), id.clone());
                }
                push(
                    &mut out,
                    false,
                    format!(
                        "Renamed operation `{old_id}` to `{id}` (`{}`): method `{}` is now `{}`; the old name stays as a deprecated alias.",
                        op.route, before.method, op.method
                    ),
                );
                operation_changes(&mut out, &op.method, before, op);
            }
            None => {
                out.counts.operations_added += 1;
                push(
                    &mut out,
                    false,
                    format!("Added method `{}` (`{}`).", op.method, op.route),
                );
            }
        }
    }
    for (id, op) in &old.operations {
        match new.operations.get(id) {
            Some(now) => operation_changes(&mut out, &now.method, op, now),
            None if new_routes
                .get(op.route.as_str())
                .is_some_and(|new_id| !old.operations.contains_key(*new_id)) => {}
            None => {
                out.counts.operations_removed += 1;
                push(
                    &mut out,
                    true,
                    format!("Removed method `{}` (`{}`).", op.method, op.route),
                );
            }
        }
    }

    // Types: a removed schema whose shape reappears under a new name is renamed.
    let added: Vec<(&String, &TypeRecord)> = new
        .types
        .iter()
        .filter(|(p, _)| !old.types.contains_key(*p))
        .collect();
    let removed: Vec<(&String, &TypeRecord)> = old
        .types
        .iter()
        .filter(|(p, _)| !new.types.contains_key(*p))
        .collect();
    let mut renamed_to: BTreeMap<&str, &str> = BTreeMap::new();
    for (old_ptr, before) in &removed {
        if !old_ptr.starts_with("#/components/schemas/") {
            continue;
        }
        let same = added.iter().find(|(new_ptr, now)| {
            new_ptr.starts_with("#/components/schemas/")
                && now.kind == before.kind
                && same_shape(before, now)
                && !renamed_to.values().any(|p| p == new_ptr)
        });
        if let Some((new_ptr, _)) = same {
            renamed_to.insert(old_ptr.as_str(), new_ptr.as_str());
        }
    }
    for (ptr, now) in &added {
        if renamed_to.values().any(|p| p == ptr) {
            continue;
        }
        out.counts.types_added += 1;
        push(
            &mut out,
            false,
            format!("Added type `{}` ({}).", now.name, now.kind),
        );
    }
    for (ptr, before) in &removed {
        match renamed_to.get(ptr.as_str()) {
            Some(new_ptr) => {
                let now = &new.types[*new_ptr];
                out.counts.types_renamed += 1;
                if before.name != now.name {
                    out.aliases
                        .types
                        .insert(before.name.clone(), (*new_ptr).to_owned());
                }
                push(
                    &mut out,
                    false,
                    format!(
                        "Renamed type `{}` to `{}`; the old name stays as a deprecated alias.",
                        before.name, now.name
                    ),
                );
            }
            None => {
                out.counts.types_removed += 1;
                push(&mut out, true, format!("Removed type `{}`.", before.name));
            }
        }
    }
    for (ptr, before) in &old.types {
        if let Some(now) = new.types.get(ptr) {
            type_changes(&mut out, before, now);
        }
    }
    out.changes
        .sort_by(|a, b| (!a.breaking, &a.text).cmp(&(!b.breaking, &b.text)));
    out.changes.dedup();
    out
}

fn same_shape(a: &TypeRecord, b: &TypeRecord) -> bool {
    a.members.len() == b.members.len()
        && a.members
            .iter()
            .zip(&b.members)
            .all(|((ka, ma), (kb, mb))| ka == kb && ma.ty == mb.ty && ma.required == mb.required)
}

fn operation_changes(
    out: &mut Changes,
    method: &str,
    before: &OperationRecord,
    now: &OperationRecord,
) {
    let start = out.changes.len();
    for (key, p) in &now.params {
        match before.params.get(key) {
            None => out.changes.push(Change {
                breaking: p.required,
                text: if p.required {
                    format!(
                        "`{method}`: new required parameter `{}` ({key}: {}).",
                        p.name, p.ty
                    )
                } else {
                    format!(
                        "`{method}`: new optional parameter `{}` ({key}: {}).",
                        p.name, p.ty
                    )
                },
            }),
            Some(old) if old.ty != p.ty || old.required != p.required => out.changes.push(Change {
                breaking: true,
                text: format!(
                    "`{method}`: parameter `{}` ({key}) changed from {}{} to {}{}.",
                    p.name,
                    old.ty,
                    if old.required { "" } else { " (optional)" },
                    p.ty,
                    if p.required { "" } else { " (optional)" }
                ),
            }),
            Some(_) => {}
        }
    }
    for (key, p) in &before.params {
        if !now.params.contains_key(key) {
            out.changes.push(Change {
                breaking: true,
                text: format!("`{method}`: removed parameter `{}` ({key}).", p.name),
            });
        }
    }
    if before.body != now.body {
        out.changes.push(Change {
            breaking: true,
            text: format!(
                "`{method}`: request body changed from `{}` to `{}`.",
                before.body.as_deref().unwrap_or("none"),
                now.body.as_deref().unwrap_or("none")
            ),
        });
    }
    if before.response != now.response {
        out.changes.push(Change {
            breaking: true,
            text: format!(
                "`{method}`: response changed from `{}` to `{}`.",
                before.response, now.response
            ),
        });
    }
    if out.changes.len() > start {
        out.counts.operations_changed += 1;
    }
}

fn type_changes(out: &mut Changes, before: &TypeRecord, now: &TypeRecord) {
    let start = out.changes.len();
    let name = &now.name;
    if before.kind != now.kind {
        out.changes.push(Change {
            breaking: true,
            text: format!("`{name}` changed from {} to {}.", before.kind, now.kind),
        });
    } else {
        let what = match now.kind.as_str() {
            "enum" => "value",
            "one-of" => "variant",
            _ => "field",
        };
        for (wire, m) in &now.members {
            match before.members.get(wire) {
                // New enum values and variants are additive (the enums are
                // non-exhaustive); a new required field changes `new()`.
                None => out.changes.push(Change {
                    breaking: what == "field" && m.required,
                    text: format!(
                        "`{name}`: new {}{what} `{}`{}.",
                        if what == "field" && m.required {
                            "required "
                        } else {
                            ""
                        },
                        if wire.is_empty() { &m.name } else { wire },
                        if m.ty.is_empty() {
                            String::new()
                        } else {
                            format!(": {}", m.ty)
                        }
                    ),
                }),
                Some(old)
                    if old.ty != m.ty
                        || old.required != m.required
                        || old.nullable != m.nullable =>
                {
                    let describe = |m: &MemberRecord| {
                        let mut s = m.ty.clone();
                        if what == "field" {
                            s.push_str(if m.required {
                                ", required"
                            } else {
                                ", optional"
                            });
                            if m.nullable {
                                s.push_str(", nullable");
                            }
                        }
                        s
                    };
                    out.changes.push(Change {
                        breaking: true,
                        text: format!(
                            "`{name}`: {what} `{wire}` changed from {} to {}.",
                            describe(old),
                            describe(m)
                        ),
                    });
                }
                Some(_) => {}
            }
        }
        for (wire, m) in &before.members {
            if !now.members.contains_key(wire) {
                out.changes.push(Change {
                    breaking: true,
                    text: format!(
                        "`{name}`: removed {what} `{}`.",
                        if wire.is_empty() { &m.name } else { wire }
                    ),
                });
            }
        }
    }
    if out.changes.len() > start {
        out.counts.types_changed += 1;
    }
}

/// The next version after `version` for these changes, while 0.x: breaking
/// changes bump the minor version, additive ones the patch; none, no bump.
pub fn bump(version: &str, changes: &Changes) -> String {
    let mut parts: Vec<u64> = version.split('.').map(|p| p.parse().unwrap_or(0)).collect();
    parts.resize(3, 0);
    if changes.changes.is_empty() {
        return version.to_owned();
    }
    let major_zero = parts[0] == 0;
    if changes.is_breaking() {
        if major_zero {
            parts[1] += 1;
            parts[2] = 0;
        } else {
            parts[0] += 1;
            parts[1] = 0;
            parts[2] = 0;
        }
    } else if major_zero {
        parts[2] += 1;
    } else {
        parts[1] += 1;
        parts[2] = 0;
    }
    format!("{}.{}.{}", parts[0], parts[1], parts[2])
}

/// The report of an update as Markdown: a heading, a summary and the
/// changes, breaking first.
pub fn report(title: &str, changes: &Changes, from_version: &str, to_version: &str) -> String {
    let c = &changes.counts;
    let breaking = changes.changes.iter().filter(|x| x.breaking).count();
    let mut out = format!("## {title}\n\n");
    out.push_str(&format!(
        "Crate version {from_version} -> {to_version}: {breaking} breaking and {} additive change(s).\n\n",
        changes.changes.len() - breaking
    ));
    out.push_str(&format!(
        "- Operations: {} added, {} removed, {} renamed, {} changed.\n- Types: {} added, {} removed, {} renamed, {} changed.\n",
        c.operations_added, c.operations_removed, c.operations_renamed, c.operations_changed,
        c.types_added, c.types_removed, c.types_renamed, c.types_changed
    ));
    for (heading, want) in [("Breaking", true), ("Additive", false)] {
        let items: Vec<&Change> = changes
            .changes
            .iter()
            .filter(|x| x.breaking == want)
            .collect();
        if items.is_empty() {
            continue;
        }
        out.push_str(&format!("\n### {heading}\n\n"));
        for item in items {
            out.push_str(&format!("- {}\n", item.text));
        }
    }
    out
}
