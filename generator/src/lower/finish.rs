//! The last lowering pass, once names are settled: request reachability and
//! boxing of recursive fields. Everything here depends only on the whole
//! set of types, never on the order they were found in.

use std::collections::BTreeSet;

use crate::model::{
    BodyForm, MultipartKind, Operation, Scalar, Ty, TypeDef, TypeId, TypeKind, VariantPayload,
};

pub(super) fn finish(
    types: &mut [TypeDef],
    operations: &mut [Operation],
    secrets: &crate::secrets::Secrets,
) {
    mark_requests(types, operations);
    box_cycles(types);
    mark_secrets(types, operations, secrets);
}

/// Whether a value of this type can carry secret material: numbers,
/// booleans, dates, date-times and string enums cannot (a UUID can: it is a
/// common form of token).
fn carries_secret(types: &[TypeDef], ty: &Ty) -> bool {
    match ty {
        Ty::Bool => false,
        Ty::Scalar(scalar) => matches!(scalar, Scalar::String | Scalar::Uuid),
        Ty::Named(id) => match &types[id.0].kind {
            TypeKind::Enum(_) => false,
            TypeKind::Alias(inner) => inner != ty && carries_secret_shallow(types, inner),
            _ => true,
        },
        Ty::Vec(t) | Ty::Option(t) | Ty::Boxed(t) => carries_secret(types, t),
        Ty::Json | Ty::Map(_) => true,
    }
}

/// [`carries_secret`] one alias deep (aliases may refer to each other).
fn carries_secret_shallow(types: &[TypeDef], ty: &Ty) -> bool {
    match ty {
        Ty::Named(id) => !matches!(types[id.0].kind, TypeKind::Enum(_)),
        other => carries_secret(types, other),
    }
}

/// Marks the fields and parameters whose wire names say they are secret
/// (see [`crate::secrets`]), now that every type is known.
fn mark_secrets(
    types: &mut [TypeDef],
    operations: &mut [Operation],
    secrets: &crate::secrets::Secrets,
) {
    let mut found: Vec<(usize, usize, Option<usize>)> = Vec::new();
    for (t, def) in types.iter().enumerate() {
        let named = |f: &crate::model::Field| {
            !f.sensitive && secrets.name_matches(&f.wire) && carries_secret(types, &f.ty)
        };
        match &def.kind {
            TypeKind::Struct(s) => {
                for (i, f) in s.fields.iter().enumerate() {
                    if named(f) {
                        found.push((t, i, None));
                    }
                }
            }
            TypeKind::OneOf(o) => {
                for (v, variant) in o.variants.iter().enumerate() {
                    if let VariantPayload::Fields(fields) = &variant.payload {
                        for (i, f) in fields.iter().enumerate() {
                            if named(f) {
                                found.push((t, i, Some(v)));
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    for (t, i, variant) in found {
        match (&mut types[t].kind, variant) {
            (TypeKind::Struct(s), None) => s.fields[i].sensitive = true,
            (TypeKind::OneOf(o), Some(v)) => {
                if let VariantPayload::Fields(fields) = &mut o.variants[v].payload {
                    fields[i].sensitive = true;
                }
            }
            _ => {}
        }
    }
    for op in operations {
        for p in &mut op.params {
            if !p.sensitive && secrets.name_matches(&p.wire) && carries_secret(types, &p.ty) {
                p.sensitive = true;
            }
        }
    }
}

/// The type expressions directly inside a type definition.
fn children(def: &TypeDef) -> Vec<&Ty> {
    match &def.kind {
        TypeKind::Struct(s) => s
            .fields
            .iter()
            .map(|f| &f.ty)
            .chain(s.additional.iter())
            .collect(),
        TypeKind::OneOf(o) => o
            .variants
            .iter()
            .flat_map(|v| match &v.payload {
                VariantPayload::Value(t) => vec![t],
                VariantPayload::Fields(fields) => fields.iter().map(|f| &f.ty).collect(),
            })
            .collect(),
        TypeKind::Alias(t) => vec![t],
        TypeKind::Multipart(parts) => parts
            .iter()
            .filter_map(|p| match &p.kind {
                MultipartKind::Json(t) => Some(t),
                _ => None,
            })
            .collect(),
        TypeKind::Enum(_) => Vec::new(),
    }
}

/// Marks the types reachable from request bodies and parameters.
fn mark_requests(types: &mut [TypeDef], operations: &[Operation]) {
    let mut stack = Vec::new();
    for op in operations {
        for p in &op.params {
            p.ty.collect_named(&mut stack);
        }
        for (_, form) in op.body.iter().flat_map(|b| &b.forms) {
            match form {
                BodyForm::Json(t) | BodyForm::Form(t) => t.collect_named(&mut stack),
                BodyForm::Multipart(t) => t.collect_named(&mut stack),
                BodyForm::Bytes { .. } => {}
            }
        }
    }
    while let Some(id) = stack.pop() {
        if types[id.0].in_request {
            continue;
        }
        types[id.0].in_request = true;
        for ty in children(&types[id.0]) {
            ty.collect_named(&mut stack);
        }
    }
}

/// The named types held by value (not behind `Vec` or a map) in a type expression.
fn by_value(ty: &Ty, out: &mut Vec<TypeId>) {
    match ty {
        Ty::Named(id) => out.push(*id),
        Ty::Option(t) => by_value(t, out),
        _ => {}
    }
}

/// Boxes fields whose type contains their own type by value, which would
/// otherwise have infinite size. Types are visited in name order and a field
/// is boxed only while it still closes a cycle, so each cycle gets one box.
fn box_cycles(types: &mut [TypeDef]) {
    let mut edges: Vec<Vec<TypeId>> = types
        .iter()
        .map(|def| {
            let mut out = Vec::new();
            for ty in children(def) {
                by_value(ty, &mut out);
            }
            out
        })
        .collect();
    let reaches = |edges: &[Vec<TypeId>], from: TypeId, to: TypeId| -> bool {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from];
        while let Some(t) = stack.pop() {
            if t == to {
                return true;
            }
            if seen.insert(t) {
                stack.extend(edges[t.0].iter().copied());
            }
        }
        false
    };
    let mut order: Vec<usize> = (0..types.len()).collect();
    order.sort_by(|a, b| types[*a].name.cmp(&types[*b].name));
    for i in order {
        let me = TypeId(i);
        let mut targets = edges[i].clone();
        targets.sort_by(|a, b| types[a.0].name.cmp(&types[b.0].name));
        targets.dedup();
        let mut cyclic = Vec::new();
        for target in targets {
            // Without this type's edges to `target`, is there still a way back?
            let without: Vec<TypeId> = edges[i].iter().copied().filter(|t| *t != target).collect();
            let saved = std::mem::replace(&mut edges[i], without);
            if reaches(&edges, target, me) {
                cyclic.push(target);
            } else {
                edges[i] = saved;
            }
        }
        if cyclic.is_empty() {
            continue;
        }
        let wrap = |ty: &mut Ty| box_if(ty, &cyclic);
        match &mut types[i].kind {
            TypeKind::Struct(s) => s.fields.iter_mut().for_each(|f| wrap(&mut f.ty)),
            TypeKind::OneOf(o) => {
                for v in &mut o.variants {
                    match &mut v.payload {
                        VariantPayload::Value(t) => wrap(t),
                        VariantPayload::Fields(fields) => {
                            fields.iter_mut().for_each(|f| wrap(&mut f.ty))
                        }
                    }
                }
            }
            TypeKind::Alias(t) => wrap(t),
            TypeKind::Enum(_) | TypeKind::Multipart(_) => {}
        }
    }
}

fn box_if(ty: &mut Ty, cyclic: &[TypeId]) {
    match ty {
        Ty::Named(id) if cyclic.contains(id) => *ty = Ty::Boxed(Box::new(ty.clone())),
        Ty::Option(inner) => box_if(inner, cyclic),
        _ => {}
    }
}
