//! Schemas to types: every component schema becomes a named type; inline
//! schemas become type expressions or named types called after their place.

use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type};

use super::{docs, Lowerer, ModuleKey};
use crate::diagnostics::Pointer;
use crate::model::{
    Docs, Enum, Field, OneOf, OneOfVariant, Struct, Tagging, Ty, TypeDef, TypeId, TypeKind,
    Variant, VariantPayload,
};
use crate::naming::{self, Claim};

/// A schema or a reference to one, borrowed from the document.
#[derive(Clone, Copy)]
pub(super) enum SchemaRef<'s> {
    Ref(&'s str),
    Item(&'s Schema),
}

impl<'s> From<&'s ReferenceOr<Schema>> for SchemaRef<'s> {
    fn from(r: &'s ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Item(s),
        }
    }
}

impl<'s> From<&'s ReferenceOr<Box<Schema>>> for SchemaRef<'s> {
    fn from(r: &'s ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Item(s),
        }
    }
}

/// The structural view of a schema, whether `openapiv3` typed it or not.
enum View<'s> {
    String {
        values: Vec<String>,
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

fn view(schema: &Schema) -> View<'_> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => View::String {
            values: s.enumeration.iter().flatten().cloned().collect(),
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
                        }
                    }
                    _ => View::Untyped,
                }
            }
        }
    }
}

/// How an inline schema is named and where its type lives.
#[derive(Clone)]
pub(super) struct Ctx {
    /// The candidate type name for an inline type here.
    pub hint: String,
    /// The file the inline type goes to.
    pub module: ModuleKey,
    /// Single-valued string enums here are tags: closed, no fallback variant.
    pub tag_property: Option<String>,
    /// Pointer prefixes that name a `oneOf` variant by position, with the
    /// same place named by the variant's name: the record keys types by the
    /// latter, so a variant inserted before another renames nothing.
    pub stable: Vec<(String, String)>,
}

impl Ctx {
    pub fn new(hint: String, module: ModuleKey) -> Self {
        Ctx {
            hint,
            module,
            tag_property: None,
            stable: Vec::new(),
        }
    }

    fn child(&self, suffix: &str) -> Self {
        Ctx {
            hint: format!("{}{}", self.hint, naming::upper_camel(suffix)),
            module: self.module.clone(),
            tag_property: None,
            stable: self.stable.clone(),
        }
    }

    /// The child context of a `oneOf` variant at `at`, also known as `named`.
    fn variant(&self, name: &str, at: &Pointer, named: Pointer) -> Self {
        let mut child = self.child(name);
        child.stable.push((at.to_string(), self.key(&named)));
        child
    }

    /// `ptr` with positional `oneOf` segments replaced by variant names.
    pub fn key(&self, ptr: &Pointer) -> String {
        let text = ptr.to_string();
        for (actual, stable) in self.stable.iter().rev() {
            if let Some(rest) = text.strip_prefix(actual.as_str()) {
                if rest.is_empty() || rest.starts_with('/') {
                    return format!("{stable}{rest}");
                }
            }
        }
        text
    }
}

const MAX_REF_HOPS: usize = 32;

impl<'a> Lowerer<'a> {
    /// Reserves a type for every component schema, so references resolve
    /// before the schemas themselves are lowered.
    pub(super) fn register_components(&mut self) {
        let Some(components) = &self.doc.components else {
            return;
        };
        let mut names: Vec<&String> = components.schemas.keys().collect();
        names.sort();
        for name in names {
            let pointer = Pointer::root()
                .push("components")
                .push("schemas")
                .push(name);
            let def = TypeDef {
                name: naming::type_name(name),
                pointer: pointer.to_string(),
                key: pointer.to_string(),
                module: String::new(),
                docs: Docs::default(),
                deprecated: false,
                kind: TypeKind::Alias(Ty::Json),
                in_request: false,
            };
            let id = self.add_type(def, name.clone(), 0, ModuleKey::OwnType);
            self.components.insert(pointer.to_string(), id);
        }
    }

    /// Lowers every component schema into the type reserved for it.
    pub(super) fn lower_components(&mut self) {
        let Some(components) = &self.doc.components else {
            return;
        };
        let doc_components = components;
        for (pointer, id) in self.components.clone() {
            let name = pointer
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .replace("~1", "/")
                .replace("~0", "~");
            let ptr = Pointer::from_ref(&pointer);
            let ctx = Ctx::new(self.types[id.0].def.name.clone(), ModuleKey::Parent(id));
            let kind = match doc_components.schemas.get(&name) {
                Some(ReferenceOr::Item(schema)) => {
                    let pending = &mut self.types[id.0].def;
                    pending.docs = schema_docs(schema);
                    pending.deprecated = schema.schema_data.deprecated;
                    self.named_kind(schema, &ptr, &ctx)
                }
                Some(ReferenceOr::Reference { reference }) => {
                    TypeKind::Alias(self.schema_ty(SchemaRef::Ref(reference), &ptr, &ctx))
                }
                None => TypeKind::Alias(Ty::Json),
            };
            self.types[id.0].def.kind = kind;
        }
    }

    /// Follows references to the schema they name.
    pub(super) fn deref(
        &mut self,
        schema: SchemaRef<'a>,
        ptr: &Pointer,
    ) -> Option<(&'a Schema, Pointer)> {
        let mut current = schema;
        let mut at = ptr.clone();
        for _ in 0..MAX_REF_HOPS {
            match current {
                SchemaRef::Item(s) => return Some((s, at)),
                SchemaRef::Ref(r) => {
                    let Some(target) = self.component_schema(r) else {
                        self.diags.spec_problem(&at, "unresolved-ref", format!("`$ref: {r}` does not name a schema in #/components/schemas; the value is typed as serde_json::Value"));
                        return None;
                    };
                    at = Pointer::from_ref(r);
                    current = target;
                }
            }
        }
        self.diags.spec_problem(
            ptr,
            "ref-cycle",
            "a chain of `$ref`s never reaches a schema; the value is typed as serde_json::Value",
        );
        None
    }

    fn component_schema(&self, reference: &str) -> Option<SchemaRef<'a>> {
        let name = reference.strip_prefix("#/components/schemas/")?;
        let name = name.replace("~1", "/").replace("~0", "~");
        self.doc
            .components
            .as_ref()?
            .schemas
            .get(&name)
            .map(SchemaRef::from)
    }

    /// The name a member (field, enum value) of the type at `ptr` had in the
    /// previous generation.
    pub(super) fn previous_member(&self, key: &str, wire: &str) -> Option<String> {
        self.previous?.member(key, wire).map(str::to_owned)
    }

    /// Whether a (possibly referenced) schema allows `null`.
    pub(super) fn is_nullable(&mut self, schema: SchemaRef<'a>, ptr: &Pointer) -> bool {
        self.deref(schema, ptr)
            .is_some_and(|(s, _)| s.schema_data.nullable)
    }

    /// The type expression for a schema found at `ptr`. Inline schemas that
    /// need a name become new types named from `ctx`.
    pub(super) fn schema_ty(&mut self, schema: SchemaRef<'a>, ptr: &Pointer, ctx: &Ctx) -> Ty {
        match schema {
            SchemaRef::Ref(r) => match self.components.get(r) {
                Some(id) => Ty::Named(*id),
                None => {
                    // Report it (unless it is a chain that resolves) and fall back.
                    match self.deref(schema, ptr) {
                        Some((s, at)) => self.inline_ty(s, &at, ctx),
                        None => Ty::Json,
                    }
                }
            },
            SchemaRef::Item(s) => self.inline_ty(s, ptr, ctx),
        }
    }

    fn inline_ty(&mut self, schema: &'a Schema, ptr: &Pointer, ctx: &Ctx) -> Ty {
        match view(schema) {
            View::String { values } if values.is_empty() => Ty::String,
            View::String { .. } | View::Object { .. } | View::OneOf(_) | View::AllOf(_) => {
                // A schema reached twice (a component's part reused as a
                // multipart part, say) is one type.
                let key = (ptr.to_string(), ctx.tag_property.is_some());
                if let Some(ty) = self.inline.get(&key) {
                    return ty.clone();
                }
                let ty = match self.named_kind_or_ty(schema, ptr, ctx) {
                    Ok(kind) => Ty::Named(self.add_inline(schema, ptr, ctx, kind)),
                    Err(ty) => ty,
                };
                self.inline.insert(key, ty.clone());
                ty
            }
            View::Integer { format } => match format.as_deref() {
                Some("int32") => Ty::I32,
                _ => Ty::I64,
            },
            View::Number { format } => match format.as_deref() {
                Some("float") => Ty::F32,
                _ => Ty::F64,
            },
            View::Boolean => Ty::Bool,
            View::Array { items } => match items {
                Some(items) => {
                    let at = ptr.push("items");
                    let item = self.schema_ty(items, &at, &ctx.child("Item"));
                    Ty::Vec(Box::new(self.nullable_wrap(items, &at, item)))
                }
                None => Ty::Vec(Box::new(Ty::Json)),
            },
            View::Not => {
                self.diags.unsupported(ptr, "not", "`not` schemas cannot be expressed as a Rust type; the value is typed as serde_json::Value");
                Ty::Json
            }
            View::Untyped => Ty::Json,
        }
    }

    /// Wraps a container element's type in `Option` when its schema is nullable.
    fn nullable_wrap(&mut self, schema: SchemaRef<'a>, ptr: &Pointer, ty: Ty) -> Ty {
        if ty != Ty::Json && self.is_nullable(schema, ptr) {
            Ty::Option(Box::new(ty))
        } else {
            ty
        }
    }

    fn add_inline(&mut self, schema: &Schema, ptr: &Pointer, ctx: &Ctx, kind: TypeKind) -> TypeId {
        let def = TypeDef {
            name: naming::type_name(&ctx.hint),
            pointer: ptr.to_string(),
            key: ctx.key(ptr),
            module: String::new(),
            docs: schema_docs(schema),
            deprecated: schema.schema_data.deprecated,
            kind,
            in_request: false,
        };
        let raw = def.key.clone();
        self.add_type(def, raw, 1, ctx.module.clone())
    }

    /// The kind of a named (component) type.
    fn named_kind(&mut self, schema: &'a Schema, ptr: &Pointer, ctx: &Ctx) -> TypeKind {
        match self.named_kind_or_ty(schema, ptr, ctx) {
            Ok(kind) => kind,
            Err(ty) => TypeKind::Alias(ty),
        }
    }

    /// A type kind when the schema needs a named type, or the type
    /// expression that stands for it when it does not.
    fn named_kind_or_ty(
        &mut self,
        schema: &'a Schema,
        ptr: &Pointer,
        ctx: &Ctx,
    ) -> Result<TypeKind, Ty> {
        match view(schema) {
            View::String { values } if !values.is_empty() => Ok(TypeKind::Enum(enum_kind(
                &values,
                ctx.tag_property.is_none(),
                |wire| self.previous_member(&ctx.key(ptr), wire),
            ))),
            View::Object {
                properties,
                required,
                additional,
            } => {
                let additional_ty = match additional {
                    Some(AdditionalProperties::Schema(s)) => {
                        let at = ptr.push("additionalProperties");
                        let value = self.schema_ty(s.as_ref().into(), &at, &ctx.child("Value"));
                        Some(self.nullable_wrap(s.as_ref().into(), &at, value))
                    }
                    Some(AdditionalProperties::Any(true)) => Some(Ty::Json),
                    Some(AdditionalProperties::Any(false)) => None,
                    None if properties.is_empty() => Some(Ty::Json),
                    None => None,
                };
                if properties.is_empty() {
                    return match additional_ty {
                        Some(value) => Err(Ty::Map(Box::new(value))),
                        None => Ok(TypeKind::Struct(Struct {
                            fields: Vec::new(),
                            additional: None,
                        })),
                    };
                }
                let fields = self.fields(&properties, required, ptr, ctx, None);
                Ok(TypeKind::Struct(Struct {
                    fields,
                    additional: additional_ty,
                }))
            }
            View::OneOf(variants) => self.one_of(schema, &variants, ptr, ctx),
            View::AllOf(parts) => self.all_of(&parts, ptr, ctx),
            _ => Err(self.inline_ty(schema, ptr, ctx)),
        }
    }

    /// The fields of an object, sorted by wire name, names unique in the object.
    fn fields(
        &mut self,
        properties: &[(&'a str, SchemaRef<'a>)],
        required: &[String],
        ptr: &Pointer,
        ctx: &Ctx,
        skip: Option<&str>,
    ) -> Vec<Field> {
        let mut props: Vec<&(&str, SchemaRef<'_>)> = properties
            .iter()
            .filter(|(n, _)| Some(*n) != skip)
            .collect();
        props.sort_by_key(|(n, _)| *n);
        let claims: Vec<Claim> = props
            .iter()
            .map(|(wire, _)| Claim {
                raw: (*wire).to_owned(),
                candidate: naming::field_name(wire),
                priority: 0,
                previous: self.previous_member(&ctx.key(ptr), wire),
            })
            .collect();
        let names = naming::resolve(&claims, true);
        let mut fields = Vec::with_capacity(props.len());
        for ((wire, schema), name) in props.into_iter().zip(names) {
            let at = ptr.push("properties").push(wire);
            let mut child = ctx.child(wire);
            if ctx.tag_property.as_deref() == Some(*wire) {
                child.tag_property = Some((*wire).to_owned());
            }
            let ty = self.schema_ty(*schema, &at, &child);
            let (field_docs, deprecated) = match schema {
                SchemaRef::Item(s) => (schema_docs(s), s.schema_data.deprecated),
                SchemaRef::Ref(_) => (Docs::default(), false),
            };
            let nullable = self.is_nullable(*schema, &at);
            fields.push(Field {
                name,
                wire: (*wire).to_owned(),
                ty,
                required: required.iter().any(|r| r == wire),
                nullable,
                docs: field_docs,
                deprecated,
            });
        }
        fields
    }

    /// `allOf`: one part is that part; object parts are merged.
    fn all_of(
        &mut self,
        parts: &[SchemaRef<'a>],
        ptr: &Pointer,
        ctx: &Ctx,
    ) -> Result<TypeKind, Ty> {
        if let [only] = parts {
            return Err(self.schema_ty(*only, &ptr.push("allOf").push("0"), ctx));
        }
        let mut properties = Vec::new();
        let mut required = Vec::new();
        for (i, part) in parts.iter().enumerate() {
            let at = ptr.push("allOf").push(i.to_string());
            let Some((schema, _)) = self.deref(*part, &at) else {
                continue;
            };
            match view(schema) {
                View::Object {
                    properties: p,
                    required: r,
                    ..
                } => {
                    properties.extend(p);
                    required.extend(r.iter().cloned());
                }
                _ => {
                    self.diags.unsupported(&at, "all-of-non-object", "an `allOf` part that is not an object cannot be merged; the value is typed as serde_json::Value");
                    return Err(Ty::Json);
                }
            }
        }
        properties.sort_by_key(|(n, _)| *n);
        properties.dedup_by_key(|(n, _)| *n);
        let fields = self.fields(&properties, &required, ptr, ctx, None);
        Ok(TypeKind::Struct(Struct {
            fields,
            additional: None,
        }))
    }

    /// `oneOf` (and `anyOf`).
    fn one_of(
        &mut self,
        schema: &'a Schema,
        variants: &[SchemaRef<'a>],
        ptr: &Pointer,
        ctx: &Ctx,
    ) -> Result<TypeKind, Ty> {
        let key = if matches!(schema.schema_kind, SchemaKind::AnyOf { .. }) {
            "anyOf"
        } else {
            "oneOf"
        };
        let resolved: Vec<Option<(&'a Schema, Pointer)>> = variants
            .iter()
            .enumerate()
            .map(|(i, v)| self.deref(*v, &ptr.push(key).push(i.to_string())))
            .collect();
        let schemas: Vec<&'a Schema> = resolved.iter().flatten().map(|(s, _)| *s).collect();
        if schemas.len() != variants.len() || variants.is_empty() {
            return Err(Ty::Json);
        }
        // Strings only: a plain string accepts all of them; enums merge.
        let string_views: Vec<Option<Vec<String>>> = schemas
            .iter()
            .map(|s| match view(s) {
                View::String { values } => Some(values),
                _ => None,
            })
            .collect();
        if string_views.iter().all(Option::is_some) {
            let all: Vec<Vec<String>> = string_views.into_iter().flatten().collect();
            if all.iter().any(Vec::is_empty) {
                return Err(Ty::String);
            }
            let mut values: Vec<String> = Vec::new();
            for v in all.into_iter().flatten() {
                if !values.contains(&v) {
                    values.push(v);
                }
            }
            return Ok(TypeKind::Enum(enum_kind(&values, true, |wire| {
                self.previous_member(&ctx.key(ptr), wire)
            })));
        }
        if let ([only], None) = (variants, schema.schema_data.discriminator.as_ref()) {
            return Err(self.schema_ty(*only, &ptr.push(key).push("0"), ctx));
        }
        let spec_discriminator = schema.schema_data.discriminator.as_ref();
        let discriminator = spec_discriminator.map(|d| d.property_name.clone());
        let tag = self.tag_property(&schemas, discriminator.as_deref());
        let has_refs = variants.iter().any(|v| matches!(v, SchemaRef::Ref(_)));
        match tag {
            Some(tag) if !has_refs => return Ok(self.tagged(&schemas, &tag, ptr, key, ctx)),
            _ if has_refs => {
                // Referenced variants keep their tag property: dispatch on it.
                let property = tag.or(discriminator.clone());
                if let Some(property) = property {
                    let mapping = spec_discriminator.map(|d| &d.mapping);
                    if let Some(tags) = dispatch_tags(variants, &schemas, &property, mapping) {
                        return Ok(
                            self.dispatch(variants, &schemas, &property, tags, ptr, key, ctx)
                        );
                    }
                }
            }
            _ => {}
        }
        Ok(self.untagged(variants, &schemas, ptr, key, ctx, discriminator.as_deref()))
    }

    /// A `oneOf` told apart by a tag property that each variant keeps: the
    /// variant is chosen by the tag's value, and unknown values are kept.
    #[allow(clippy::too_many_arguments)]
    fn dispatch(
        &mut self,
        variants: &[SchemaRef<'a>],
        schemas: &[&'a Schema],
        property: &str,
        tags: Vec<String>,
        ptr: &Pointer,
        key: &str,
        ctx: &Ctx,
    ) -> TypeKind {
        let mut claims: Vec<Claim> = tags
            .iter()
            .map(|t| Claim {
                raw: t.clone(),
                candidate: naming::upper_camel(t),
                priority: 1,
                previous: None,
            })
            .collect();
        claims.push(Claim {
            raw: String::new(),
            candidate: "Unknown".to_owned(),
            priority: 0,
            previous: None,
        });
        let names = naming::resolve(&claims, false);
        let mut out = Vec::new();
        for (i, ((variant, schema), (tag, name))) in variants
            .iter()
            .zip(schemas)
            .zip(tags.into_iter().zip(names))
            .enumerate()
        {
            let at = ptr.push(key).push(i.to_string());
            let child = ctx.variant(&name, &at, ptr.push(key).push(&name));
            let ty = match variant {
                SchemaRef::Item(s) => match self.named_kind_or_ty(s, &at, &child) {
                    Ok(kind) => Ty::Named(self.add_inline(s, &at, &child, kind)),
                    Err(ty) => ty,
                },
                SchemaRef::Ref(_) => self.schema_ty(*variant, &at, &child),
            };
            out.push(OneOfVariant {
                name,
                tag: Some(tag),
                payload: VariantPayload::Value(ty),
                docs: schema_docs(schema),
            });
        }
        TypeKind::OneOf(OneOf {
            tagging: Tagging::Dispatch {
                property: property.to_owned(),
            },
            variants: out,
        })
    }

    /// The property that names each variant: every variant is an inline
    /// object where it is a string enum of one value, all values distinct.
    fn tag_property(&self, schemas: &[&'a Schema], discriminator: Option<&str>) -> Option<String> {
        let candidates: Vec<String> = match discriminator {
            Some(d) => vec![d.to_owned()],
            None => match view(schemas[0]) {
                View::Object { properties, .. } => {
                    let mut names: Vec<String> =
                        properties.iter().map(|(n, _)| (*n).to_owned()).collect();
                    names.sort();
                    names
                }
                _ => return None,
            },
        };
        candidates.into_iter().find(|prop| {
            let values: Vec<Option<String>> =
                schemas.iter().map(|s| single_tag_value(s, prop)).collect();
            let mut seen: Vec<&String> = values.iter().flatten().collect();
            let all = seen.len() == values.len();
            seen.sort();
            seen.dedup();
            all && seen.len() == values.len()
        })
    }

    fn tagged(
        &mut self,
        schemas: &[&'a Schema],
        tag: &str,
        ptr: &Pointer,
        key: &str,
        ctx: &Ctx,
    ) -> TypeKind {
        let tags: Vec<String> = schemas
            .iter()
            .filter_map(|s| single_tag_value(s, tag))
            .collect();
        let claims: Vec<Claim> = tags
            .iter()
            .map(|t| Claim {
                raw: t.clone(),
                candidate: naming::upper_camel(t),
                priority: 0,
                previous: None,
            })
            .collect();
        let names = naming::resolve(&claims, false);
        let mut variants = Vec::new();
        for (i, ((schema, tag_value), name)) in schemas.iter().zip(tags).zip(names).enumerate() {
            let at = ptr.push(key).push(i.to_string());
            let fields = match view(schema) {
                View::Object {
                    properties,
                    required,
                    ..
                } => self.fields(
                    &properties,
                    required,
                    &at,
                    &ctx.variant(&name, &at, ptr.push(key).push(&name)),
                    Some(tag),
                ),
                _ => Vec::new(),
            };
            variants.push(OneOfVariant {
                name,
                tag: Some(tag_value),
                payload: VariantPayload::Fields(fields),
                docs: schema_docs(schema),
            });
        }
        TypeKind::OneOf(OneOf {
            tagging: Tagging::Internal {
                property: tag.to_owned(),
            },
            variants,
        })
    }

    fn untagged(
        &mut self,
        variants: &[SchemaRef<'a>],
        schemas: &[&'a Schema],
        ptr: &Pointer,
        key: &str,
        ctx: &Ctx,
        discriminator: Option<&str>,
    ) -> TypeKind {
        let all_required: Vec<Vec<&str>> = schemas
            .iter()
            .map(|s| match view(s) {
                View::Object { required, .. } => required.iter().map(String::as_str).collect(),
                _ => Vec::new(),
            })
            .collect();
        let shapes = VariantShapes {
            objects: schemas
                .iter()
                .filter(|s| matches!(view(s), View::Object { .. }))
                .count(),
            required: all_required.clone(),
            discriminator,
        };
        let claims: Vec<Claim> = variants
            .iter()
            .zip(schemas)
            .enumerate()
            .map(|(i, (v, s))| Claim {
                // Ties are broken by the variant's content, never its position.
                raw: serde_json::to_value(s)
                    .map(|v| v.to_string())
                    .unwrap_or_default(),
                candidate: variant_candidate(*v, s, &shapes, i),
                priority: 0,
                previous: None,
            })
            .collect();
        let names = naming::resolve(&claims, false);
        let mut out: Vec<(usize, OneOfVariant)> = Vec::new();
        for (i, ((variant, schema), name)) in variants.iter().zip(schemas).zip(names).enumerate() {
            let at = ptr.push(key).push(i.to_string());
            let mut child = ctx.variant(&name, &at, ptr.push(key).push(&name));
            // Single-valued enums inside variants tell them apart: keep them closed.
            child.tag_property = single_valued_property(schema);
            let ty = match variant {
                SchemaRef::Item(s) => match self.named_kind_or_ty(s, &at, &child) {
                    Ok(kind) => Ty::Named(self.add_inline(s, &at, &child, kind)),
                    Err(ty) => ty,
                },
                SchemaRef::Ref(_) => self.schema_ty(*variant, &at, &child),
            };
            out.push((
                specificity(schema, all_required[i].len()),
                OneOfVariant {
                    name,
                    tag: None,
                    payload: VariantPayload::Value(ty),
                    docs: schema_docs(schema),
                },
            ));
        }
        // serde tries untagged variants in order: the most specific first.
        out.sort_by_key(|(rank, _)| *rank);
        TypeKind::OneOf(OneOf {
            tagging: Tagging::Untagged,
            variants: out.into_iter().map(|(_, v)| v).collect(),
        })
    }
}

/// Variant names longer than this are respelled with [`naming::spell_punctuation`].
const LONG_NAME: usize = 40;

/// Enum variants for string values: readable, unique, stable names.
fn enum_kind(values: &[String], open: bool, previous: impl Fn(&str) -> Option<String>) -> Enum {
    let mut claims: Vec<Claim> = values
        .iter()
        .map(|v| {
            let mut candidate = naming::upper_camel(v);
            if open && candidate == "Unknown" {
                // The fallback variant's name stays `Unknown`.
                candidate.push_str("Value");
            }
            Claim {
                raw: v.clone(),
                candidate,
                priority: 1,
                previous: previous(v),
            }
        })
        .collect();
    // Values that differ only in punctuation: spell the punctuation out.
    let candidates: Vec<String> = claims.iter().map(|c| c.candidate.clone()).collect();
    for claim in &mut claims {
        let collides = candidates.iter().filter(|c| **c == claim.candidate).count() > 1;
        if collides || claim.candidate.len() > LONG_NAME {
            claim.candidate = naming::upper_camel(&naming::spell_punctuation(&claim.raw));
        }
    }
    if open {
        claims.push(Claim {
            raw: String::new(),
            candidate: "Unknown".to_owned(),
            priority: 0,
            previous: None,
        });
    }
    let names = naming::resolve(&claims, false);
    Enum {
        variants: values
            .iter()
            .zip(names)
            .map(|(wire, name)| Variant {
                name,
                wire: wire.clone(),
            })
            .collect(),
        open,
    }
}

/// The one value of `prop` in an inline object schema, when it is a string enum of one value.
fn single_tag_value(schema: &Schema, prop: &str) -> Option<String> {
    let View::Object { properties, .. } = view(schema) else {
        return None;
    };
    let (_, SchemaRef::Item(p)) = properties.iter().find(|(n, _)| *n == prop)? else {
        return None;
    };
    match view(p) {
        View::String { values } if values.len() == 1 => values.into_iter().next(),
        _ => None,
    }
}

/// The first property (by name) of an object that is a single-valued string enum.
fn single_valued_property(schema: &Schema) -> Option<String> {
    let View::Object { mut properties, .. } = view(schema) else {
        return None;
    };
    properties.sort_by_key(|(n, _)| *n);
    properties
        .iter()
        .find(|(n, _)| single_tag_value(schema, n).is_some())
        .map(|(n, _)| (*n).to_owned())
}

/// A name for an untagged variant from its shape, never from its position.
fn variant_candidate(
    variant: SchemaRef<'_>,
    schema: &Schema,
    shapes: &VariantShapes<'_>,
    index: usize,
) -> String {
    if let SchemaRef::Ref(r) = variant {
        return naming::type_name(r.rsplit('/').next().unwrap_or(r));
    }
    let all_required = &shapes.required;
    let only_object = shapes.objects == 1;
    match view(schema) {
        View::Object { .. } if only_object => "Object".to_owned(),
        View::Object { properties, .. } => {
            // The discriminator's values, when it has several here.
            if let Some(values) = shapes.discriminator.and_then(|d| tag_values(schema, d)) {
                return naming::upper_camel(&values.join(" or "));
            }
            if let Some(prop) = single_valued_property(schema) {
                if let Some(value) = single_tag_value(schema, &prop) {
                    return naming::upper_camel(&value);
                }
            }
            // A required property no other variant requires.
            let mut own: Vec<&str> = all_required[index]
                .iter()
                .copied()
                .filter(|p| {
                    all_required
                        .iter()
                        .enumerate()
                        .all(|(j, r)| j == index || !r.contains(p))
                })
                .collect();
            own.sort();
            let mut required = all_required[index].clone();
            required.sort_unstable();
            match own.first() {
                Some(p) => naming::upper_camel(p),
                // Otherwise its required set, as long as it stays readable.
                None if (1..=3).contains(&required.len()) => {
                    naming::upper_camel(&required.join(" "))
                }
                None if properties.is_empty() => "Object".to_owned(),
                None => {
                    let mut names: Vec<&str> = properties.iter().map(|(n, _)| *n).collect();
                    names.sort();
                    naming::upper_camel(names[0])
                }
            }
        }
        View::String { .. } => "String".to_owned(),
        View::Integer { .. } => "Integer".to_owned(),
        View::Number { .. } => "Number".to_owned(),
        View::Boolean => "Boolean".to_owned(),
        View::Array { .. } => "Array".to_owned(),
        _ => "Value".to_owned(),
    }
}

/// The tag value of each variant of a dispatched `oneOf`: from the
/// discriminator's mapping, else the variant's single-valued tag property,
/// else (for a referenced schema) the schema's name. `None` unless every
/// variant has one and all differ.
fn dispatch_tags(
    variants: &[SchemaRef<'_>],
    schemas: &[&Schema],
    property: &str,
    mapping: Option<&indexmap::IndexMap<String, String>>,
) -> Option<Vec<String>> {
    let mut tags = Vec::new();
    for (variant, schema) in variants.iter().zip(schemas) {
        let mapped = match variant {
            SchemaRef::Ref(r) => mapping.and_then(|m| {
                let mut values: Vec<&String> = m
                    .iter()
                    .filter(|(_, target)| *target == r)
                    .map(|(v, _)| v)
                    .collect();
                values.sort();
                values.first().map(|v| (*v).clone())
            }),
            SchemaRef::Item(_) => None,
        };
        let tag = mapped
            .or_else(|| single_tag_value(schema, property))
            .or_else(|| match variant {
                SchemaRef::Ref(r) => r.rsplit('/').next().map(str::to_owned),
                SchemaRef::Item(_) => None,
            })?;
        tags.push(tag);
    }
    let mut distinct = tags.clone();
    distinct.sort();
    distinct.dedup();
    (distinct.len() == tags.len()).then_some(tags)
}

/// What the variants of one `oneOf` look like together, for naming them.
struct VariantShapes<'s> {
    /// The required properties of each variant.
    required: Vec<Vec<&'s str>>,
    /// How many variants are objects.
    objects: usize,
    /// The `discriminator` property, if the spec names one.
    discriminator: Option<&'s str>,
}

/// The values of `prop` in an inline object schema, when it is a string enum.
fn tag_values(schema: &Schema, prop: &str) -> Option<Vec<String>> {
    let View::Object { properties, .. } = view(schema) else {
        return None;
    };
    let (_, SchemaRef::Item(p)) = properties.iter().find(|(n, _)| *n == prop)? else {
        return None;
    };
    match view(p) {
        View::String { values } if !values.is_empty() => Some(values),
        _ => None,
    }
}

/// Sort key for untagged variants: objects with more required properties
/// first, untyped values last.
fn specificity(schema: &Schema, required: usize) -> usize {
    let kind = match view(schema) {
        View::Object { .. } | View::OneOf(_) | View::AllOf(_) => 0,
        View::Array { .. } => 1,
        View::Integer { .. } => 2,
        View::Number { .. } => 3,
        View::Boolean => 4,
        View::String { .. } => 5,
        View::Not | View::Untyped => 6,
    };
    kind * 10_000 + (9_999 - required.min(9_999))
}

/// Docs of a schema: `title` and `description`, and its `default` when it has one.
pub(super) fn schema_docs(schema: &Schema) -> Docs {
    let mut d = docs(
        schema.schema_data.title.as_ref(),
        schema.schema_data.description.as_ref(),
    );
    if let Some(default) = &schema.schema_data.default {
        let line = format!(
            "Defaults to `{}` on the server.",
            default.to_string().replace('`', "'")
        );
        d.description = Some(match d.description.take() {
            Some(text) => format!("{text}\n\n{line}"),
            None => line,
        });
    }
    d
}
