//! A structural view over `openapiv3` schemas: what a schema is (string,
//! object, `oneOf`...), whether `openapiv3` typed it or kept it as "any",
//! and the small questions lowering and `oneOf` classification ask of it.

use openapiv3::{AdditionalProperties, Schema, SchemaKind, Type};

/// A schema or a reference to one, borrowed from the document.
pub(super) type SchemaRef<'s> = crate::resolve::Node<'s, Schema>;

/// The structural view of a schema, whether `openapiv3` typed it or not.
pub(super) enum View<'s> {
    String {
        values: Vec<String>,
        format: Option<String>,
    },
    Integer {
        format: Option<String>,
    },
    Number {
        format: Option<String>,
    },
    Boolean,
    Array {
        items: Option<SchemaRef<'s>>,
    },
    Object {
        properties: Vec<(&'s str, SchemaRef<'s>)>,
        required: &'s [String],
        additional: Option<&'s AdditionalProperties>,
    },
    OneOf(Vec<SchemaRef<'s>>),
    AllOf(Vec<SchemaRef<'s>>),
    Not,
    Untyped,
}

fn format_name<T: serde::Serialize>(
    format: &openapiv3::VariantOrUnknownOrEmpty<T>,
) -> Option<String> {
    match format {
        openapiv3::VariantOrUnknownOrEmpty::Item(item) => serde_json::to_value(item)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned)),
        openapiv3::VariantOrUnknownOrEmpty::Unknown(s) => Some(s.clone()),
        openapiv3::VariantOrUnknownOrEmpty::Empty => None,
    }
}

pub(super) fn view(schema: &Schema) -> View<'_> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => View::String {
            values: s.enumeration.iter().flatten().cloned().collect(),
            format: format_name(&s.format),
        },
        SchemaKind::Type(Type::Integer(i)) => View::Integer {
            format: format_name(&i.format),
        },
        SchemaKind::Type(Type::Number(n)) => View::Number {
            format: format_name(&n.format),
        },
        SchemaKind::Type(Type::Boolean(_)) => View::Boolean,
        SchemaKind::Type(Type::Array(a)) => View::Array {
            items: a.items.as_ref().map(SchemaRef::from),
        },
        SchemaKind::Type(Type::Object(o)) => View::Object {
            properties: o
                .properties
                .iter()
                .map(|(k, v)| (k.as_str(), v.into()))
                .collect(),
            required: &o.required,
            additional: o.additional_properties.as_ref(),
        },
        SchemaKind::OneOf { one_of } | SchemaKind::AnyOf { any_of: one_of } => {
            View::OneOf(one_of.iter().map(SchemaRef::from).collect())
        }
        SchemaKind::AllOf { all_of } => View::AllOf(all_of.iter().map(SchemaRef::from).collect()),
        SchemaKind::Not { .. } => View::Not,
        SchemaKind::Any(any) => {
            if !any.one_of.is_empty() || !any.any_of.is_empty() {
                let list = if any.one_of.is_empty() {
                    &any.any_of
                } else {
                    &any.one_of
                };
                View::OneOf(list.iter().map(SchemaRef::from).collect())
            } else if !any.all_of.is_empty() {
                View::AllOf(any.all_of.iter().map(SchemaRef::from).collect())
            } else if !any.properties.is_empty() || any.typ.as_deref() == Some("object") {
                View::Object {
                    properties: any
                        .properties
                        .iter()
                        .map(|(k, v)| (k.as_str(), v.into()))
                        .collect(),
                    required: &any.required,
                    additional: any.additional_properties.as_ref(),
                }
            } else if any.items.is_some() || any.typ.as_deref() == Some("array") {
                View::Array {
                    items: any.items.as_ref().map(SchemaRef::from),
                }
            } else {
                match any.typ.as_deref() {
                    Some("string") => View::String {
                        values: any
                            .enumeration
                            .iter()
                            .filter_map(|v| v.as_str().map(str::to_owned))
                            .collect(),
                        format: any.format.clone(),
                    },
                    Some("integer") => View::Integer {
                        format: any.format.clone(),
                    },
                    Some("number") => View::Number {
                        format: any.format.clone(),
                    },
                    Some("boolean") => View::Boolean,
                    _ if !any.enumeration.is_empty()
                        && any.enumeration.iter().all(|v| v.is_string() || v.is_null()) =>
                    {
                        View::String {
                            values: any
                                .enumeration
                                .iter()
                                .filter_map(|v| v.as_str().map(str::to_owned))
                                .collect(),
                            format: None,
                        }
                    }
                    _ => View::Untyped,
                }
            }
        }
    }
}

/// The one value of `prop` in an inline object schema, when it is a string enum of one value.
pub(super) fn single_tag_value(schema: &Schema, prop: &str) -> Option<String> {
    let View::Object { properties, .. } = view(schema) else {
        return None;
    };
    let (_, SchemaRef::Item(p)) = properties.iter().find(|(n, _)| *n == prop)? else {
        return None;
    };
    match view(p) {
        View::String { values, .. } if values.len() == 1 => values.into_iter().next(),
        _ => None,
    }
}

/// The first property (by name) of an object that is a single-valued string enum.
pub(super) fn single_valued_property(schema: &Schema) -> Option<String> {
    let View::Object { mut properties, .. } = view(schema) else {
        return None;
    };
    properties.sort_by_key(|(n, _)| *n);
    properties
        .iter()
        .find(|(n, _)| single_tag_value(schema, n).is_some())
        .map(|(n, _)| (*n).to_owned())
}

/// The values of `prop` in an inline object schema, when it is a string enum.
pub(super) fn tag_values(schema: &Schema, prop: &str) -> Option<Vec<String>> {
    let View::Object { properties, .. } = view(schema) else {
        return None;
    };
    let (_, SchemaRef::Item(p)) = properties.iter().find(|(n, _)| *n == prop)? else {
        return None;
    };
    match view(p) {
        View::String { values, .. } if !values.is_empty() => Some(values),
        _ => None,
    }
}

/// Whether a schema marks its value secret: `format: password` or
/// `writeOnly: true`.
pub(super) fn marks_secret(schema: &Schema) -> bool {
    let password = match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => format_name(&s.format).as_deref() == Some("password"),
        SchemaKind::Any(any) => any.format.as_deref() == Some("password"),
        _ => false,
    };
    password || schema.schema_data.write_only
}

/// An object's properties, by name.
pub(super) type Properties<'s> = Vec<(&'s str, SchemaRef<'s>)>;

/// An object's parts: its properties, `required` and `additionalProperties`.
pub(super) type ObjectParts<'s> = (
    Properties<'s>,
    &'s [String],
    Option<&'s AdditionalProperties>,
);

/// The parts of a schema that can be read as an object: an object schema,
/// or one that only constrains (`{required: [a]}`, as a `oneOf` variant
/// beside properties often is), which has no properties of its own.
pub(super) fn object_like(schema: &Schema) -> Option<ObjectParts<'_>> {
    if let View::Object {
        properties,
        required,
        additional,
    } = view(schema)
    {
        return Some((properties, required, additional));
    }
    match &schema.schema_kind {
        SchemaKind::Any(any)
            if any.typ.is_none()
                && any.items.is_none()
                && any.enumeration.is_empty()
                && any.one_of.is_empty()
                && any.any_of.is_empty()
                && any.all_of.is_empty()
                && any.not.is_none()
                && any.format.is_none() =>
        {
            Some((
                Vec::new(),
                &any.required,
                any.additional_properties.as_ref(),
            ))
        }
        _ => None,
    }
}

/// The properties beside a schema's `oneOf`/`anyOf` (and their `required`),
/// which every variant's value carries too.
pub(super) fn shared_properties(schema: &Schema) -> Option<(Properties<'_>, &[String])> {
    match &schema.schema_kind {
        SchemaKind::Any(any)
            if !any.properties.is_empty() && (!any.one_of.is_empty() || !any.any_of.is_empty()) =>
        {
            let properties = any
                .properties
                .iter()
                .map(|(k, v)| (k.as_str(), v.into()))
                .collect();
            Some((properties, &any.required))
        }
        _ => None,
    }
}
