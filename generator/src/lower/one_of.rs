//! `oneOf` (and `anyOf`) classification: string-only unions become enums,
//! variants told apart by a tag property become tagged (or dispatched)
//! enums, and the rest untagged enums ordered from the most specific variant.

use openapiv3::{AdditionalProperties, Schema, SchemaKind};

use super::schema::{props, schema_docs, string_enum, Ctx};
use super::view::{
    object_like, shared_properties, single_tag_value, single_valued_property, tag_values, view,
    SchemaRef, View,
};
use super::Lowerer;
use crate::diagnostics::Pointer;
use crate::model::{OneOf, OneOfVariant, Scalar, Struct, Tagging, Ty, TypeKind, VariantPayload};
use crate::naming::{self, VariantShape};

/// Properties beside a `oneOf`: every variant that is an object gets them
/// as fields of its own (the variant's own property of a name wins), so
/// each variant's struct reads and writes the whole value.
struct Merge<'a> {
    /// The shared properties and their `required`.
    properties: Vec<(&'a str, SchemaRef<'a>)>,
    required: &'a [String],
    /// Where the `oneOf` schema is, and its context (shared properties'
    /// inline types are named after it, once for all variants).
    ptr: Pointer,
    ctx: Ctx,
    /// Where each variant's schema is (a reference's target).
    targets: Vec<Pointer>,
}

impl<'a> Lowerer<'a> {
    /// `oneOf` (and `anyOf`).
    pub(super) fn one_of(
        &mut self,
        schema: &'a Schema,
        variants: &[SchemaRef<'a>],
        ptr: &Pointer,
        ctx: &Ctx,
    ) -> Result<TypeKind, Ty> {
        let key = match &schema.schema_kind {
            SchemaKind::AnyOf { .. } => "anyOf",
            SchemaKind::Any(any) if any.one_of.is_empty() => "anyOf",
            _ => "oneOf",
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
        let merge = shared_properties(schema).map(|(properties, required)| Merge {
            properties,
            required,
            ptr: ptr.clone(),
            ctx: ctx.clone(),
            targets: resolved
                .iter()
                .flatten()
                .map(|(_, at)| at.clone())
                .collect(),
        });
        let merge = merge.as_ref();
        // Strings only: a plain string accepts all of them; enums merge.
        let string_views: Vec<Option<Vec<String>>> = schemas
            .iter()
            .map(|s| match view(s) {
                View::String { values, .. } => Some(values),
                _ => None,
            })
            .collect();
        if string_views.iter().all(Option::is_some) {
            let all: Vec<Vec<String>> = string_views.into_iter().flatten().collect();
            if all.iter().any(Vec::is_empty) {
                return Err(Ty::Scalar(Scalar::String));
            }
            let mut values: Vec<String> = Vec::new();
            for v in all.into_iter().flatten() {
                if !values.contains(&v) {
                    values.push(v);
                }
            }
            return Ok(string_enum(values, true));
        }
        if let ([only], None) = (variants, schema.schema_data.discriminator.as_ref()) {
            let at = ptr.push(key).push("0");
            if let Some(merge) = merge {
                // One variant: the value is that variant and the properties.
                if let Some(kind) = self.merged_kind(schemas[0], 0, &at, ctx, merge, None) {
                    return Ok(kind);
                }
            }
            return Err(self.schema_ty(*only, &at, ctx));
        }
        let spec_discriminator = schema.schema_data.discriminator.as_ref();
        let discriminator = spec_discriminator.map(|d| d.property_name.clone());
        let tag = self.tag_property(&schemas, discriminator.as_deref());
        let has_refs = variants.iter().any(|v| matches!(v, SchemaRef::Ref(_)));
        match tag {
            Some(tag) if !has_refs => return Ok(self.tagged(&schemas, &tag, ptr, key, ctx, merge)),
            _ if has_refs => {
                // Referenced variants keep their tag property: dispatch on it.
                let property = tag.or(discriminator.clone());
                if let Some(property) = property {
                    let mapping = spec_discriminator.map(|d| &d.mapping);
                    if let Some(tags) = dispatch_tags(variants, &schemas, &property, mapping) {
                        return Ok(self
                            .dispatch(variants, &schemas, &property, tags, ptr, key, ctx, merge));
                    }
                }
            }
            _ => {}
        }
        Ok(self.untagged(
            variants,
            &schemas,
            ptr,
            key,
            ctx,
            discriminator.as_deref(),
            merge,
        ))
    }

    /// The struct of variant `index` (its schema `schema`, the variant at
    /// `at`) with the shared properties of `merge` merged in; `None`, with
    /// a diagnostic, when the variant is not an object.
    fn merged_kind(
        &mut self,
        schema: &'a Schema,
        index: usize,
        at: &Pointer,
        child: &Ctx,
        merge: &Merge<'a>,
        skip: Option<&str>,
    ) -> Option<TypeKind> {
        let Some((own, own_required, additional)) = object_like(schema) else {
            self.diags.unsupported(
                at,
                "properties-beside-one-of",
                "this variant is not an object, so the properties beside the `oneOf`/`anyOf` are not part of its type",
            );
            return None;
        };
        let target = merge.targets.get(index).unwrap_or(at);
        let mut all = props(&own, target, child, skip);
        all.extend(props(&merge.properties, &merge.ptr, &merge.ctx, skip));
        let mut required: Vec<String> = own_required.to_vec();
        required.extend(merge.required.iter().cloned());
        let fields = self.lower_fields(all, &required);
        let additional = match additional {
            Some(AdditionalProperties::Schema(s)) => {
                let at = target.push("additionalProperties");
                Some(self.schema_ty(s.as_ref().into(), &at, &child.child("Value")))
            }
            Some(AdditionalProperties::Any(true)) => Some(Ty::Json),
            _ => None,
        };
        Some(TypeKind::Struct(Struct {
            fields,
            additional,
            additional_field: String::new(),
        }))
    }

    /// The type of variant `index` with the shared properties merged in,
    /// a struct of its own at `at`; `None` when it cannot be.
    fn merged_ty(
        &mut self,
        schema: &'a Schema,
        index: usize,
        at: &Pointer,
        child: &Ctx,
        merge: Option<&Merge<'a>>,
    ) -> Option<Ty> {
        let kind = self.merged_kind(schema, index, at, child, merge?, None)?;
        Some(Ty::Named(self.add_inline(schema, at, child, kind)))
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
        merge: Option<&Merge<'a>>,
    ) -> TypeKind {
        let names = naming::tag_variants(&tags, true);
        let mut out = Vec::new();
        for (i, ((variant, schema), (tag, name))) in variants
            .iter()
            .zip(schemas)
            .zip(tags.into_iter().zip(names))
            .enumerate()
        {
            let at = ptr.push(key).push(i.to_string());
            let child = ctx.variant(&name, &at, ptr.push(key).push(&name));
            let merged = self.merged_ty(schema, i, &at, &child, merge);
            let ty = match (merged, variant) {
                (Some(ty), _) => ty,
                (None, SchemaRef::Item(s)) => match self.named_kind_or_ty(s, &at, &child) {
                    Ok(kind) => Ty::Named(self.add_inline(s, &at, &child, kind)),
                    Err(ty) => ty,
                },
                (None, SchemaRef::Ref(_)) => self.schema_ty(*variant, &at, &child),
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
        merge: Option<&Merge<'a>>,
    ) -> TypeKind {
        let tags: Vec<String> = schemas
            .iter()
            .filter_map(|s| single_tag_value(s, tag))
            .collect();
        let names = naming::tag_variants(&tags, false);
        let mut variants = Vec::new();
        for (i, ((schema, tag_value), name)) in schemas.iter().zip(tags).zip(names).enumerate() {
            let at = ptr.push(key).push(i.to_string());
            let child = ctx.variant(&name, &at, ptr.push(key).push(&name));
            let merged =
                merge.and_then(|merge| self.merged_kind(schema, i, &at, &child, merge, Some(tag)));
            let fields = match (merged, view(schema)) {
                (Some(TypeKind::Struct(merged)), _) => merged.fields,
                (
                    _,
                    View::Object {
                        properties,
                        required,
                        ..
                    },
                ) => self.fields(&properties, required, &at, &child, Some(tag)),
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

    #[allow(clippy::too_many_arguments)]
    fn untagged(
        &mut self,
        variants: &[SchemaRef<'a>],
        schemas: &[&'a Schema],
        ptr: &Pointer,
        key: &str,
        ctx: &Ctx,
        discriminator: Option<&str>,
        merge: Option<&Merge<'a>>,
    ) -> TypeKind {
        // With shared properties, a variant that only constrains
        // (`{required: [a]}`) is an object too.
        let object = |s: &'a Schema| object_required(s, merge.is_some());
        let all_required: Vec<Vec<&str>> = schemas
            .iter()
            .map(|s| {
                object(s)
                    .map(|required| required.iter().map(String::as_str).collect())
                    .unwrap_or_default()
            })
            .collect();
        let shapes = VariantShapes {
            objects: schemas.iter().filter(|s| object(s).is_some()).count(),
            required: all_required.clone(),
            discriminator,
            merged: merge.is_some(),
        };
        let described: Vec<(VariantShape, String)> = variants
            .iter()
            .zip(schemas)
            .enumerate()
            .map(|(i, (v, s))| {
                (
                    variant_shape(*v, s, &shapes, i),
                    // Ties are broken by the variant's content, never its position.
                    serde_json::to_value(s)
                        .map(|v| v.to_string())
                        .unwrap_or_default(),
                )
            })
            .collect();
        let names = naming::untagged_variants(&described);
        let mut out: Vec<(usize, OneOfVariant)> = Vec::new();
        for (i, ((variant, schema), name)) in variants.iter().zip(schemas).zip(names).enumerate() {
            let at = ptr.push(key).push(i.to_string());
            let mut child = ctx.variant(&name, &at, ptr.push(key).push(&name));
            // Single-valued enums inside variants tell them apart: keep them closed.
            child.tag_property = single_valued_property(schema);
            let merged = self.merged_ty(schema, i, &at, &child, merge);
            let rank = match merged {
                // A merged variant is an object: its required ones are the
                // shared ones and its own.
                Some(_) => specificity_of_object(all_required[i].len()),
                None => specificity(schema, all_required[i].len()),
            };
            let ty = match (merged, variant) {
                (Some(ty), _) => ty,
                (None, SchemaRef::Item(s)) => match self.named_kind_or_ty(s, &at, &child) {
                    Ok(kind) => Ty::Named(self.add_inline(s, &at, &child, kind)),
                    Err(ty) => ty,
                },
                (None, SchemaRef::Ref(_)) => self.schema_ty(*variant, &at, &child),
            };
            out.push((
                rank,
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

/// What an untagged variant looks like, for naming it.
fn variant_shape(
    variant: SchemaRef<'_>,
    schema: &Schema,
    shapes: &VariantShapes<'_>,
    index: usize,
) -> VariantShape {
    if let SchemaRef::Ref(r) = variant {
        return VariantShape::Reference(r.rsplit('/').next().unwrap_or(r).to_owned());
    }
    let all_required = &shapes.required;
    let object = match view(schema) {
        View::Object { properties, .. } => Some(properties),
        _ if shapes.merged => object_like(schema).map(|(properties, _, _)| properties),
        _ => None,
    };
    if let Some(properties) = object {
        let mut own: Vec<String> = all_required[index]
            .iter()
            .copied()
            .filter(|p| {
                all_required
                    .iter()
                    .enumerate()
                    .all(|(j, r)| j == index || !r.contains(p))
            })
            .map(str::to_owned)
            .collect();
        own.sort();
        let mut required: Vec<String> = all_required[index]
            .iter()
            .map(|p| (*p).to_owned())
            .collect();
        required.sort_unstable();
        let mut names: Vec<&str> = properties.iter().map(|(n, _)| *n).collect();
        names.sort();
        return VariantShape::Object {
            only_object: shapes.objects == 1,
            discriminator_values: shapes.discriminator.and_then(|d| tag_values(schema, d)),
            single_tag: single_valued_property(schema)
                .and_then(|prop| single_tag_value(schema, &prop)),
            own_required: own,
            required,
            first_property: names.first().map(|n| (*n).to_owned()),
        };
    }
    match view(schema) {
        View::String { .. } => VariantShape::String,
        View::Integer { .. } => VariantShape::Integer,
        View::Number { .. } => VariantShape::Number,
        View::Boolean => VariantShape::Boolean,
        View::Array { .. } => VariantShape::Array,
        _ => VariantShape::Other,
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
    /// Whether properties beside the `oneOf` are merged into the variants
    /// (so a variant that only constrains is an object).
    merged: bool,
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

/// The `required` of a variant that is an object (with `merged`, one that
/// only constrains is one too).
fn object_required(schema: &Schema, merged: bool) -> Option<&[String]> {
    if merged {
        return object_like(schema).map(|(_, required, _)| required);
    }
    match view(schema) {
        View::Object { required, .. } => Some(required),
        _ => None,
    }
}

/// [`specificity`] of an object with `required` required properties.
fn specificity_of_object(required: usize) -> usize {
    9_999 - required.min(9_999)
}
