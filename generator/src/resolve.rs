//! The one reader of `$ref`s, for every kind of reference and every stage.
//!
//! A reference is local (`#/...`, JSON-pointer escaped) and reaches either a
//! component (`#/components/<section>/<name>`: schemas, parameters, request
//! bodies, responses, headers...) or, for schemas, a schema inside a
//! component schema through the keywords that hold schemas (`properties/<name>`,
//! `items`, `additionalProperties`, `allOf/<i>`, `oneOf/<i>`, `anyOf/<i>`,
//! `not`). Chains are followed up to [`MAX_REF_HOPS`] references. The typed
//! view ([`Resolver`], over `openapiv3`) and the JSON view ([`json`], over the
//! document as a `serde_json::Value`) accept exactly the same references.

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, Components, Header, OpenAPI, Parameter, ReferenceOr, RequestBody,
    Response, Schema, SchemaKind, Type,
};
use serde_json::Value;

use crate::diagnostics::Pointer;

/// How many `$ref`s a chain may have before it is taken for a cycle.
pub const MAX_REF_HOPS: usize = 32;

/// An item of the document, or a reference to one, borrowed from it.
#[derive(Debug)]
pub enum Node<'d, T> {
    /// A `$ref`, as written.
    Ref(&'d str),
    /// The item itself.
    Item(&'d T),
}

impl<T> Clone for Node<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Node<'_, T> {}

impl<'d, T> From<&'d ReferenceOr<T>> for Node<'d, T> {
    fn from(r: &'d ReferenceOr<T>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => Node::Ref(reference),
            ReferenceOr::Item(item) => Node::Item(item),
        }
    }
}

impl<'d> From<&'d ReferenceOr<Box<Schema>>> for Node<'d, Schema> {
    fn from(r: &'d ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => Node::Ref(reference),
            ReferenceOr::Item(item) => Node::Item(item),
        }
    }
}

/// Why a reference leads to nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefError {
    /// `reference`, found at `at`, names nothing of the expected kind.
    Dangling {
        /// The reference as written.
        reference: String,
        /// Where it was found (the last hop of a chain).
        at: Pointer,
    },
    /// A chain of references never reaches an item.
    Cycle {
        /// The last hop of the chain.
        at: Pointer,
    },
}

/// A kind of item that components hold, by section.
pub trait Component: Sized {
    /// The section of `#/components`, e.g. `parameters`.
    const SECTION: &'static str;
    /// The section's items.
    fn section(components: &Components) -> &IndexMap<String, ReferenceOr<Self>>;
}

macro_rules! component {
    ($($ty:ty => $section:literal, $field:ident;)*) => {$(
        impl Component for $ty {
            const SECTION: &'static str = $section;
            fn section(components: &Components) -> &IndexMap<String, ReferenceOr<Self>> {
                &components.$field
            }
        }
    )*};
}

component! {
    Parameter => "parameters", parameters;
    RequestBody => "requestBodies", request_bodies;
    Response => "responses", responses;
    Header => "headers", headers;
    openapiv3::SecurityScheme => "securitySchemes", security_schemes;
}

/// The unescaped segments of a local reference, `None` for any other.
fn segments(reference: &str) -> Option<Vec<String>> {
    reference.strip_prefix("#/")?;
    Some(crate::diagnostics::pointer_segments(reference))
}

/// Whether `rest` (after `#/components/schemas/<name>`) walks only through
/// keywords that hold schemas.
fn schema_path(rest: &[String]) -> bool {
    let mut i = 0;
    while i < rest.len() {
        i += match rest[i].as_str() {
            "items" | "additionalProperties" | "not" => 1,
            "properties" if i + 1 < rest.len() => 2,
            "allOf" | "oneOf" | "anyOf"
                if rest.get(i + 1).is_some_and(|n| n.parse::<usize>().is_ok()) =>
            {
                2
            }
            _ => return false,
        };
    }
    true
}

/// The segments of a reference within reach for `section`: the component's
/// name, then (for schemas) the path inside it.
fn within_reach<'s>(segments: &'s [String], section: &str) -> Option<(&'s str, &'s [String])> {
    match segments {
        [components, s, name, rest @ ..] if components == "components" && s == section => {
            let inside_ok = if section == "schemas" {
                schema_path(rest)
            } else {
                rest.is_empty()
            };
            inside_ok.then_some((name.as_str(), rest))
        }
        _ => None,
    }
}

/// Follows a chain of references with `lookup`, which turns one reference
/// into the next node.
fn chase<'d, T>(
    start: Node<'d, T>,
    at: &Pointer,
    lookup: impl Fn(&str) -> Option<Node<'d, T>>,
) -> Result<(&'d T, Pointer), RefError> {
    let mut current = start;
    let mut at = at.clone();
    for _ in 0..MAX_REF_HOPS {
        match current {
            Node::Item(item) => return Ok((item, at)),
            Node::Ref(reference) => match lookup(reference) {
                Some(next) => {
                    at = Pointer::from_ref(reference);
                    current = next;
                }
                None => {
                    return Err(RefError::Dangling {
                        reference: reference.to_owned(),
                        at,
                    })
                }
            },
        }
    }
    Err(RefError::Cycle { at })
}

/// References over the typed document.
#[derive(Clone, Copy)]
pub struct Resolver<'d> {
    doc: &'d OpenAPI,
}

impl<'d> Resolver<'d> {
    /// A resolver for `doc`.
    pub fn new(doc: &'d OpenAPI) -> Self {
        Self { doc }
    }

    /// The item a (possibly referenced) component-kind item stands for, and
    /// its pointer (`at` for an inline item).
    pub fn item<T: Component>(
        &self,
        item: &'d ReferenceOr<T>,
        at: &Pointer,
    ) -> Result<(&'d T, Pointer), RefError> {
        chase(Node::from(item), at, |reference| {
            let segments = segments(reference)?;
            let (name, _) = within_reach(&segments, T::SECTION)?;
            T::section(self.doc.components.as_ref()?)
                .get(name)
                .map(Node::from)
        })
    }

    /// The schema a (possibly referenced) schema stands for, and its pointer.
    pub fn schema(
        &self,
        schema: Node<'d, Schema>,
        at: &Pointer,
    ) -> Result<(&'d Schema, Pointer), RefError> {
        chase(schema, at, |reference| self.schema_target(reference))
    }

    /// The node a schema reference names.
    fn schema_target(&self, reference: &str) -> Option<Node<'d, Schema>> {
        let segments = segments(reference)?;
        let (name, rest) = within_reach(&segments, "schemas")?;
        let mut node = Node::from(self.doc.components.as_ref()?.schemas.get(name)?);
        let mut rest = rest;
        while !rest.is_empty() {
            // A JSON pointer does not follow the references on its way.
            let Node::Item(schema) = node else {
                return None;
            };
            let (next, used) = inside(schema, rest)?;
            node = next;
            rest = &rest[used..];
        }
        Some(node)
    }
}

/// The schema one keyword (and its argument) down from `schema`, and how
/// many segments that took.
fn inside<'d>(schema: &'d Schema, rest: &[String]) -> Option<(Node<'d, Schema>, usize)> {
    let index = |list: &'d [ReferenceOr<Schema>]| -> Option<(Node<'d, Schema>, usize)> {
        let i: usize = rest.get(1)?.parse().ok()?;
        list.get(i).map(|s| (Node::from(s), 2))
    };
    let additional = |a: Option<&'d AdditionalProperties>| match a {
        Some(AdditionalProperties::Schema(s)) => Some((Node::from(s.as_ref()), 1)),
        _ => None,
    };
    let property = |props: &'d IndexMap<String, ReferenceOr<Box<Schema>>>| {
        props.get(rest.get(1)?).map(|s| (Node::from(s), 2))
    };
    match (&schema.schema_kind, rest[0].as_str()) {
        (SchemaKind::Type(Type::Object(o)), "properties") => property(&o.properties),
        (SchemaKind::Type(Type::Object(o)), "additionalProperties") => {
            additional(o.additional_properties.as_ref())
        }
        (SchemaKind::Type(Type::Array(a)), "items") => a.items.as_ref().map(|s| (s.into(), 1)),
        (SchemaKind::AllOf { all_of: list }, "allOf")
        | (SchemaKind::OneOf { one_of: list }, "oneOf")
        | (SchemaKind::AnyOf { any_of: list }, "anyOf") => index(list),
        (SchemaKind::Not { not }, "not") => Some((Node::from(not.as_ref()), 1)),
        (SchemaKind::Any(any), keyword) => match keyword {
            "properties" => property(&any.properties),
            "additionalProperties" => additional(any.additional_properties.as_ref()),
            "items" => any.items.as_ref().map(|s| (s.into(), 1)),
            "allOf" => index(&any.all_of),
            "oneOf" => index(&any.one_of),
            "anyOf" => index(&any.any_of),
            "not" => any.not.as_ref().map(|s| (Node::from(s.as_ref()), 1)),
            _ => None,
        },
        _ => None,
    }
}

/// Follows the `$ref`s of `node` (an item of the kind `section` holds, e.g.
/// `schemas` or `parameters`, found at `at` in `doc`, both as JSON) with the
/// reach of [`Resolver`]: the item and its pointer.
pub fn json<'v>(
    doc: &'v Value,
    node: &'v Value,
    at: &str,
    section: &str,
) -> Result<(&'v Value, String), RefError> {
    let start = match node.get("$ref").and_then(Value::as_str) {
        Some(reference) => Node::Ref(reference),
        None => Node::Item(node),
    };
    chase(start, &Pointer::from_ref(at), |reference| {
        let segments = segments(reference)?;
        within_reach(&segments, section)?;
        let target = doc.pointer(reference.strip_prefix('#')?)?;
        Some(match target.get("$ref").and_then(Value::as_str) {
            Some(next) => Node::Ref(next),
            None => Node::Item(target),
        })
    })
    .map(|(value, at)| (value, at.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> (OpenAPI, Value) {
        let value = serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {
                "schemas": {
                    "A": {"type": "object", "properties": {"b": {"type": "string"}}},
                    "Alias": {"$ref": "#/components/schemas/A"},
                    "Loop": {"$ref": "#/components/schemas/Loop"},
                    "List": {"type": "array", "items": {"$ref": "#/components/schemas/A/properties/b"}}
                },
                "parameters": {
                    "P": {"name": "p", "in": "query", "schema": {"type": "string"}},
                    "Q": {"$ref": "#/components/parameters/P"}
                }
            }
        });
        (
            serde_json::from_value(value.clone()).expect("a valid document"),
            value,
        )
    }

    #[test]
    fn typed_and_json_views_agree() {
        let (typed, value) = doc();
        let resolver = Resolver::new(&typed);
        let at = Pointer::root().push("x");
        let cases = [
            ("#/components/schemas/Alias", Ok("#/components/schemas/A")),
            (
                "#/components/schemas/A/properties/b",
                Ok("#/components/schemas/A/properties/b"),
            ),
            (
                "#/components/schemas/List/items",
                Ok("#/components/schemas/A/properties/b"),
            ),
            ("#/components/schemas/Missing", Err(())),
            ("#/components/schemas/A/example", Err(())),
            ("#/components/schemas/Alias/properties/b", Err(())),
            ("#/components/parameters/P", Err(())),
            ("#/components/schemas/Loop", Err(())),
            ("https://example.test/schema.json", Err(())),
        ];
        for (reference, want) in cases {
            let typed = resolver
                .schema(Node::Ref(reference), &at)
                .map(|(_, p)| p.to_string());
            let node = serde_json::json!({ "$ref": reference });
            let json = json(&value, &node, "#/x", "schemas").map(|(_, p)| p);
            assert_eq!(typed.clone().map_err(|_| ()), want.map(str::to_owned));
            assert_eq!(typed.map_err(|_| ()), json.map_err(|_| ()), "{reference}");
        }
    }

    #[test]
    fn components_of_every_kind_resolve_through_chains() {
        let (typed, _) = doc();
        let resolver = Resolver::new(&typed);
        let at = Pointer::root();
        let q = ReferenceOr::<Parameter>::ref_("#/components/parameters/Q");
        let (p, ptr) = resolver.item(&q, &at).expect("Q names P");
        assert_eq!(p.parameter_data_ref().name, "p");
        assert_eq!(ptr.to_string(), "#/components/parameters/P");
        let wrong = ReferenceOr::<Parameter>::ref_("#/components/schemas/A");
        assert!(matches!(
            resolver.item(&wrong, &at),
            Err(RefError::Dangling { .. })
        ));
        let cycle = resolver.schema(Node::Ref("#/components/schemas/Loop"), &at);
        assert!(matches!(cycle, Err(RefError::Cycle { .. })));
    }
}

#[cfg(test)]
mod lowering_tests {
    use crate::{generate, Options};

    /// A reference to a schema inside a component schema is lowered like
    /// that schema, and one that leaves the reach is reported by pointer.
    #[test]
    fn lowering_follows_references_inside_component_schemas() {
        let spec = r##"
openapi: 3.0.3
info: { title: T, version: "1" }
paths: {}
components:
  schemas:
    A:
      type: object
      properties:
        mode: { type: string, enum: [on, off] }
    B:
      type: object
      properties:
        mode: { $ref: "#/components/schemas/A/properties/mode" }
        bad: { $ref: "#/info" }
"##;
        let generated = generate(spec, "t.yaml", &Options::default()).expect("generates");
        let diagnostics: Vec<String> = generated
            .diagnostics
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert!(diagnostics[0].contains("#/components/schemas/B/properties/bad"));
        assert!(diagnostics[0].contains("`$ref: #/info`"));
        let b = generated
            .api
            .types
            .iter()
            .find(|t| t.name == "B")
            .expect("B");
        let crate::model::TypeKind::Struct(s) = &b.kind else {
            panic!("B is a struct");
        };
        let mode = s.fields.iter().find(|f| f.wire == "mode").expect("mode");
        let crate::model::Ty::Named(id) = mode.ty else {
            panic!("mode is the enum of A.mode, not {:?}", mode.ty);
        };
        assert_eq!(
            generated.api.ty(id).pointer,
            "#/components/schemas/A/properties/mode"
        );
    }
}
