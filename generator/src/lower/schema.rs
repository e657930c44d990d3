//! Schemas to types: every component schema becomes a named type; inline
//! schemas become type expressions or named types called after their place.

use openapiv3::{AdditionalProperties, ReferenceOr, Schema};

use super::view::{marks_secret, view, SchemaRef, View};
use super::{docs, Lowerer};
use crate::diagnostics::Pointer;
use crate::model::{Docs, Enum, Field, Struct, Ty, TypeDef, TypeId, TypeKind, Variant};
use crate::naming::pass::{FileKey, Hint, TypeRequest};
use crate::resolve::RefError;

/// How an inline schema is named and where its type lives.
#[derive(Clone)]
pub(super) struct Ctx {
    /// What the name of an inline type here is made from.
    pub hint: Hint,
    /// The file the inline type goes to.
    pub module: FileKey,
    /// Single-valued string enums here are tags: closed, no fallback variant.
    pub tag_property: Option<String>,
    /// Pointer prefixes that name a `oneOf` variant by position, with the
    /// same place named by the variant's name: the record keys types by the
    /// latter, so a variant inserted before another renames nothing.
    pub stable: Vec<(String, String)>,
}

impl Ctx {
    pub fn new(hint: Hint, module: FileKey) -> Self {
        Ctx {
            hint,
            module,
            tag_property: None,
            stable: Vec::new(),
        }
    }

    pub(super) fn child(&self, suffix: &str) -> Self {
        Ctx {
            hint: self.hint.child(suffix),
            module: self.module.clone(),
            tag_property: None,
            stable: self.stable.clone(),
        }
    }

    /// The child context of a `oneOf` variant at `at`, also known as `named`.
    pub(super) fn variant(&self, name: &str, at: &Pointer, named: Pointer) -> Self {
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
                name: String::new(),
                pointer: pointer.to_string(),
                key: pointer.to_string(),
                also: Vec::new(),
                module: String::new(),
                docs: Docs::default(),
                deprecated: false,
                kind: TypeKind::Alias(Ty::Json),
                in_request: false,
            };
            let request = TypeRequest {
                raw: name.clone(),
                priority: 0,
                hint: Hint::exact(name),
                also: Vec::new(),
                title: None,
                file: FileKey::OwnType,
            };
            let id = self.add_type(def, request);
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
            let name = crate::diagnostics::pointer_segments(&pointer)
                .pop()
                .unwrap_or_default();
            let ptr = Pointer::from_ref(&pointer);
            let ctx = Ctx::new(Hint::schema(&name), FileKey::Parent(id));
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
        match self.refs.schema(schema, ptr) {
            Ok(found) => Some(found),
            Err(RefError::Dangling { reference, at }) => {
                self.diags.spec_problem(&at, "unresolved-ref", format!("`$ref: {reference}` does not name a schema in #/components/schemas; the value is typed as serde_json::Value"));
                None
            }
            Err(RefError::Cycle { .. }) => {
                self.diags.spec_problem(
                    ptr,
                    "ref-cycle",
                    "a chain of `$ref`s never reaches a schema; the value is typed as serde_json::Value",
                );
                None
            }
        }
    }

    /// Whether the schema at `at` is secret by its own say (`format:
    /// password`, `writeOnly`) or by the configured pointers; names are
    /// looked at once every type is known (`finish`).
    pub(super) fn marked_secret(&self, schema: SchemaRef<'a>, at: &Pointer) -> bool {
        let marked = self
            .refs
            .schema(schema, at)
            .is_ok_and(|(s, _)| marks_secret(s));
        marked || self.secrets.pointer_listed(at.as_str())
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
            View::String { values, format } if values.is_empty() => {
                self.formats.ty("string", format.as_deref())
            }
            View::String { .. } | View::Object { .. } | View::OneOf(_) | View::AllOf(_) => {
                // A schema reached twice (a component's part reused as a
                // multipart part, say) is one type.
                let key = (ptr.to_string(), ctx.tag_property.is_some());
                if let Some(ty) = self.inline.get(&key) {
                    return ty.clone();
                }
                let before = self.types.len();
                let ty = match self.named_kind_or_ty(schema, ptr, ctx) {
                    Ok(kind) => Ty::Named(self.add_inline(schema, ptr, ctx, kind)),
                    Err(ty) => ty,
                };
                let ty = self.share_identical(ty, before);
                self.inline.insert(key, ty.clone());
                ty
            }
            View::Integer { format } => self.formats.ty("integer", format.as_deref()),
            View::Number { format } => self.formats.ty("number", format.as_deref()),
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

    /// An inline type just lowered (`ty`, the types from index `before` on)
    /// that is identical to one lowered before becomes that one, its key
    /// `key` added to the other's. Identical means the same kind, docs and
    /// deprecation, the types inside included: so only a schema whose
    /// inline schemas all became shared types of their own can be shared
    /// (it declares no type of its own inside it, and the one type stands
    /// for everything lowered here). With a previous record, a place the
    /// record names (a type's own key, or one that shared a type) joins only
    /// a type continuing the same recorded type, so no recorded type is
    /// merged into another (see `ARCHITECTURE.md`).
    fn share_identical(&mut self, ty: Ty, before: usize) -> Ty {
        let Ty::Named(id) = ty else { return ty };
        if id.0 < before || id.0 + 1 != self.types.len() {
            return ty;
        }
        let leaf = id.0 == before;
        let def = &self.types[id.0].def;
        // Names are unsettled: the shape is the kind, docs and deprecation.
        let shape = format!("{:?} {:?} {}", def.kind, def.docs, def.deprecated);
        let key = self.types[id.0].def.key.clone();
        let recorded = self
            .previous
            .and_then(|r| r.continued(&key, &[]))
            .map(str::to_owned);
        let reps = self.shapes.entry(shape).or_default();
        let joined = match &recorded {
            _ if !leaf => None,
            None => reps.first(),
            Some(_) => reps.iter().find(|(_, entry)| *entry == recorded),
        };
        match joined {
            Some(&(first, _)) => {
                let Some(place) = self.types.pop() else {
                    return ty;
                };
                // The first place lowered keeps the type's key, pointer and
                // file: lowering follows the document's sorted keys, so
                // which place that is does not depend on their order.
                let shared = &mut self.types[first.0];
                shared.def.also.push(key);
                shared.def.also.sort();
                let hint = place.request.hint;
                shared.request.also.push(hint);
                Ty::Named(first)
            }
            None => {
                reps.push((id, recorded));
                ty
            }
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

    pub(super) fn add_inline(
        &mut self,
        schema: &Schema,
        ptr: &Pointer,
        ctx: &Ctx,
        kind: TypeKind,
    ) -> TypeId {
        let raw = ctx.key(ptr);
        self.add_inline_as(schema, ptr, ctx, kind, raw)
    }

    /// A named type for the inline schema at `ptr`, its name made from
    /// `ctx` with `raw` breaking ties.
    pub(super) fn add_inline_as(
        &mut self,
        schema: &Schema,
        ptr: &Pointer,
        ctx: &Ctx,
        kind: TypeKind,
        raw: String,
    ) -> TypeId {
        let def = TypeDef {
            name: String::new(),
            pointer: ptr.to_string(),
            key: ctx.key(ptr),
            also: Vec::new(),
            module: String::new(),
            docs: schema_docs(schema),
            deprecated: schema.schema_data.deprecated,
            kind,
            in_request: false,
        };
        let request = TypeRequest {
            raw,
            priority: 1,
            hint: ctx.hint.clone(),
            also: Vec::new(),
            title: schema.schema_data.title.clone(),
            file: ctx.module.clone(),
        };
        self.add_type(def, request)
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
    pub(super) fn named_kind_or_ty(
        &mut self,
        schema: &'a Schema,
        ptr: &Pointer,
        ctx: &Ctx,
    ) -> Result<TypeKind, Ty> {
        match view(schema) {
            View::String { values, .. } if !values.is_empty() => {
                Ok(string_enum(values, ctx.tag_property.is_none()))
            }
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
                            additional_field: String::new(),
                        })),
                    };
                }
                let fields = self.fields(&properties, required, ptr, ctx, None);
                Ok(TypeKind::Struct(Struct {
                    fields,
                    additional: additional_ty,
                    additional_field: String::new(),
                }))
            }
            View::OneOf(variants) => self.one_of(schema, &variants, ptr, ctx),
            View::AllOf(parts) => self.all_of(&parts, ptr, ctx),
            _ => Err(self.inline_ty(schema, ptr, ctx)),
        }
    }

    /// The fields of an object, sorted by wire name.
    pub(super) fn fields(
        &mut self,
        properties: &[(&'a str, SchemaRef<'a>)],
        required: &[String],
        ptr: &Pointer,
        ctx: &Ctx,
        skip: Option<&str>,
    ) -> Vec<Field> {
        let props = props(properties, ptr, ctx, skip);
        self.lower_fields(props, required)
    }

    /// The fields of `props` (each at its own place), sorted by wire name;
    /// the first of two properties with one wire name wins.
    pub(super) fn lower_fields(
        &mut self,
        mut props: Vec<Prop<'a>>,
        required: &[String],
    ) -> Vec<Field> {
        props.sort_by_key(|p| p.wire);
        props.dedup_by_key(|p| p.wire);
        let mut fields = Vec::with_capacity(props.len());
        for Prop {
            wire,
            schema,
            at,
            ctx: child,
        } in props
        {
            let ty = self.schema_ty(schema, &at, &child);
            let (field_docs, deprecated) = match schema {
                SchemaRef::Item(s) => (schema_docs(s), s.schema_data.deprecated),
                SchemaRef::Ref(_) => (Docs::default(), false),
            };
            let nullable = self.is_nullable(schema, &at);
            let sensitive = self.marked_secret(schema, &at);
            fields.push(Field {
                name: String::new(),
                wire: wire.to_owned(),
                ty,
                required: required.iter().any(|r| r == wire),
                nullable,
                docs: field_docs,
                deprecated,
                sensitive,
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
            additional_field: String::new(),
        }))
    }
}

/// A property about to become a field: its wire name, schema, place and the
/// context of an inline type there.
pub(super) struct Prop<'a> {
    pub wire: &'a str,
    pub schema: SchemaRef<'a>,
    pub at: Pointer,
    pub ctx: Ctx,
}

/// The properties of the object at `ptr` (but `skip`), to lower in `ctx`.
pub(super) fn props<'a>(
    properties: &[(&'a str, SchemaRef<'a>)],
    ptr: &Pointer,
    ctx: &Ctx,
    skip: Option<&str>,
) -> Vec<Prop<'a>> {
    properties
        .iter()
        .filter(|(n, _)| Some(*n) != skip)
        .map(|(wire, schema)| {
            let mut child = ctx.child(wire);
            if ctx.tag_property.as_deref() == Some(*wire) {
                child.tag_property = Some((*wire).to_owned());
            }
            Prop {
                wire,
                schema: *schema,
                at: ptr.push("properties").push(wire),
                ctx: child,
            }
        })
        .collect()
}

/// A string enum of `values`; its variants are named by the naming pass.
pub(super) fn string_enum(values: Vec<String>, open: bool) -> TypeKind {
    TypeKind::Enum(Enum {
        variants: values
            .into_iter()
            .map(|wire| Variant {
                name: String::new(),
                wire,
            })
            .collect(),
        open,
    })
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
