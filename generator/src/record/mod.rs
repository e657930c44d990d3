//! The record of a generation: every name the generator gave and the shape
//! of the API those names describe, committed next to the client so that
//!
//! - the next generation keeps every name (stable names: an item keeps its
//!   Rust name unless the spec renamed it, whatever was added around it);
//! - an update can say what changed for users ([`diff`]) without the old
//!   spec, and keep renamed items available as deprecated aliases.
//!
//! The record is plain data, serialized as pretty JSON with sorted keys.
//! `api_diff` compares two records, `version` bumps the crate version for
//! the changes found, and `report` writes them as Markdown.

mod api_diff;
mod report;
mod version;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{
    Api, BodyForm, Field, MultipartKind, ParamLocation, Response, Spelling, Tagging, Ty, TypeKind,
    VariantPayload,
};

pub use api_diff::{diff, Change, Changes, Counts};
pub use report::report;
pub use version::bump;

/// The form of the Rust API that records written now describe: 1 since
/// every generated struct and enum is `#[non_exhaustive]` and the record
/// holds each type's request form and openness and each method's
/// arguments. Records written before hold none of these (form 0).
pub const FORM: u32 = 1;

/// Everything a generation named, and the shape of each item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiRecord {
    /// The form of the Rust API the record describes ([`FORM`]; 0 when
    /// missing, in records written before it was stored).
    #[serde(default)]
    pub form: u32,
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
    /// The client method's arguments, in order: the required parameters,
    /// then a required body (`name: Type`). Empty in form-0 records.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<String>,
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
    /// Sent in a request: its optional nullable fields are `Nullable<T>`
    /// (absent, null or a value) rather than `Option<T>`, and a tagged
    /// `oneOf` has no `Unknown` variant.
    #[serde(default, skip_serializing_if = "is_false")]
    pub request: bool,
    /// Has a variant for values the spec does not list (`Unknown`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub open: bool,
    /// Fields, enum values or variants, by wire name (or tag).
    pub members: BTreeMap<String, MemberRecord>,
    /// The keys of the other places whose identical schemas share this
    /// type: the type keeps its name through any of them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
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

fn is_false(value: &bool) -> bool {
    !*value
}

/// Old names kept, deprecated, for one release after the spec renamed an item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Aliases {
    /// Old method name -> `operationId` it now calls.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub methods: BTreeMap<String, String>,
    /// Old request builder name -> `operationId` whose builder it names.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub builders: BTreeMap<String, String>,
    /// Old type name -> pointer of the type it now names.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub types: BTreeMap<String, String>,
}

impl Aliases {
    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.methods.is_empty() && self.builders.is_empty() && self.types.is_empty()
    }
}

impl ApiRecord {
    /// The record of `api`, carrying `aliases` over.
    pub fn of(api: &Api, aliases: Aliases) -> Self {
        let mut record = ApiRecord {
            form: FORM,
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
            let mut args: Vec<String> = op
                .params
                .iter()
                .filter(|p| p.required)
                .map(|p| format!("{}: {}", p.name, render(api, &p.ty)))
                .collect();
            if op.body.as_ref().is_some_and(|b| b.required) {
                args.push(format!("body: {}", body.as_deref().unwrap_or_default()));
            }
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
                    args,
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
                        .map(|f| (f.wire.clone(), field(api, f)))
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
                                // The variant's fields as its members'
                                // lines: `{a: T, b?: U | null}`.
                                VariantPayload::Fields(fields) => {
                                    let lines: Vec<String> =
                                        fields.iter().map(|f| field(api, f).to_line()).collect();
                                    format!("{{{}}}", lines.join(", "))
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
                                    ty: match &p.kind {
                                        MultipartKind::File => "File".to_owned(),
                                        MultipartKind::Files => "Files".to_owned(),
                                        MultipartKind::Text => "Text".to_owned(),
                                        MultipartKind::Json(t) => {
                                            format!("Json({})", render(api, t))
                                        }
                                    },
                                    required: p.required,
                                    nullable: false,
                                },
                            )
                        })
                        .collect(),
                ),
            };
            // What the emitter gives a variant for unknown values.
            let open = match &def.kind {
                TypeKind::Enum(e) => e.open,
                TypeKind::OneOf(o) => match o.tagging {
                    Tagging::Dispatch { .. } => true,
                    Tagging::Internal { .. } => !def.in_request,
                    Tagging::Untagged => false,
                },
                _ => false,
            };
            record.types.insert(
                def.key.clone(),
                TypeRecord {
                    name: def.name.clone(),
                    kind: kind.to_owned(),
                    request: def.in_request,
                    open,
                    members,
                    also: def.also.clone(),
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

    /// The key of the recorded type that a type with key `key`, sharing its
    /// type with the places `also`, continues: the one recorded under `key`,
    /// else one that listed `key` as a place it stood for, else the same for
    /// each of `also` in order.
    pub fn continued(&self, key: &str, also: &[String]) -> Option<&str> {
        std::iter::once(key)
            .chain(also.iter().map(String::as_str))
            .find_map(|k| {
                if let Some((found, _)) = self.types.get_key_value(k) {
                    return Some(found.as_str());
                }
                self.types
                    .iter()
                    .find(|(_, t)| t.also.iter().any(|a| a == k))
                    .map(|(found, _)| found.as_str())
            })
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
    // A builder alias gives way to a builder of that name.
    aliases.builders.retain(|alias, id| {
        api.operations.iter().any(|op| op.id == *id)
            && !api.operations.iter().any(|op| op.builder_name == *alias)
    });
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
        ParamLocation::Cookie => "cookie",
    };
    format!("{location}:{wire}")
}

/// A struct field's record.
fn field(api: &Api, f: &Field) -> MemberRecord {
    MemberRecord {
        name: f.name.clone(),
        ty: render(api, &f.ty),
        required: f.required,
        nullable: f.nullable,
    }
}

/// A type expression as it is written in records and reports.
fn render(api: &Api, ty: &Ty) -> String {
    ty.display(api, Spelling::Short).to_string()
}
