//! The naming pass: settles every identifier of a lowered API at once.
//!
//! Lowering leaves names unsettled: types come with a [`TypeRequest`] (what
//! their name is made from and which file they belong to), and every other
//! name slot holds what the name is made from (a field's or parameter's wire
//! name, a body form's media type, an operation's tag). [`settle`] derives
//! the candidates with the policy of [`crate::naming`], applies the previous
//! generation's record (the only place that reads it for names), resolves
//! collisions scope by scope and writes the names into the model. The order
//! of the scopes is the order of their dependencies: operations (method,
//! builder, body-choice enum), then types (whose candidates may start with a
//! builder's name) and their files, then operation files, then the members of
//! each type and operation.
//!
//! `oneOf` variant names are the one exception: they are part of the stable
//! keys of the types declared inside a variant (so that inserting a variant
//! renames nothing), so classification asks this module for them
//! ([`super::tag_variants`], [`super::untagged_variants`]) when it meets the
//! `oneOf`. They depend on the `oneOf` alone, never on the record.

use super::{
    additional_field, body_choice_candidate, body_form_candidate, builder_name, enum_claims,
    field_name, keeps, method_name, module_name, operations_file, param_candidate, resolve,
    shorten, tag_types_file, type_name, upper_camel, Claim, BUILDER_NAMES,
};
use crate::model::{Operation, TypeDef, TypeId, TypeKind, VariantPayload};
use crate::record::{param_key, ApiRecord};

/// What a type's name is made from and where it lives, as lowering found it.
#[derive(Debug, Clone)]
pub(crate) struct TypeRequest {
    /// The spelling that breaks ties: the schema's name, or the inline
    /// type's key (or pointer).
    pub raw: String,
    /// Lower wins a contested name: component schemas (0) before inline
    /// types (1).
    pub priority: u8,
    /// What the candidate is made from.
    pub hint: Hint,
    /// The hints of the other places whose identical schemas share this
    /// type: the shortest candidate of all is the type's.
    pub also: Vec<Hint>,
    /// The schema's `title`, for an inline type: its name when that name is
    /// free (see [`type_names`]).
    pub title: Option<String>,
    /// The file the type goes to.
    pub file: FileKey,
}

/// What an inline type's name is made from: the name of its place's owner
/// followed by words for the place (`ProjectSettingsItem`).
#[derive(Debug, Clone)]
pub(crate) struct Hint {
    base: Base,
    words: String,
}

#[derive(Debug, Clone)]
enum Base {
    /// Nothing before the words.
    None,
    /// A component schema's name.
    Schema(String),
    /// The request builder of the operation with this index (in the order
    /// operations were lowered).
    Operation(usize),
}

impl Hint {
    /// The hint of a component schema named `name`, for the schema itself.
    pub fn exact(name: &str) -> Self {
        Hint {
            base: Base::None,
            words: name.to_owned(),
        }
    }

    /// The hint of the places inside the component schema named `name`.
    pub fn schema(name: &str) -> Self {
        Hint {
            base: Base::Schema(name.to_owned()),
            words: String::new(),
        }
    }

    /// A hint that starts with the builder of operation `index`, then `words`.
    pub fn operation(index: usize, words: &str) -> Self {
        Hint {
            base: Base::Operation(index),
            words: upper_camel(words),
        }
    }

    /// A hint made of nothing (a type that never needs a name of its own).
    pub fn none() -> Self {
        Hint {
            base: Base::None,
            words: String::new(),
        }
    }

    /// The hint of a place inside this one, called `suffix`.
    pub fn child(&self, suffix: &str) -> Self {
        Hint {
            base: self.base.clone(),
            words: format!("{}{}", self.words, upper_camel(suffix)),
        }
    }

    /// The candidate type name, given the operations' builder names.
    fn candidate(&self, builders: &[String]) -> String {
        let base = match &self.base {
            Base::None => String::new(),
            Base::Schema(name) => type_name(name),
            Base::Operation(i) => builders.get(*i).cloned().unwrap_or_default(),
        };
        shorten(&type_name(&format!("{base}{}", self.words)), &base)
    }
}

impl TypeRequest {
    /// The candidate name from the hints, given the operations' builder
    /// names: the shortest of the places' (the first in text order on a tie).
    fn candidate(&self, builders: &[String]) -> String {
        let mut best = self.hint.candidate(builders);
        for hint in &self.also {
            let other = hint.candidate(builders);
            if (other.len(), &other) < (best.len(), &best) {
                best = other;
            }
        }
        best
    }
}

/// Where a named type's file comes from, settled once names are final.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FileKey {
    /// The file of this (component) type.
    OwnType,
    /// The file of another type (inline types live with their parent).
    Parent(TypeId),
    /// The file of inline types of operations in a tag.
    Tag(String),
}

/// Settles every name of `types` (one [`TypeRequest`] each) and `operations`
/// (in the order they were lowered), keeping the names of `previous`; the
/// operations come back sorted by method name.
pub(crate) fn settle(
    mut types: Vec<TypeDef>,
    requests: &[TypeRequest],
    mut operations: Vec<Operation>,
    previous: Option<&ApiRecord>,
) -> (Vec<TypeDef>, Vec<Operation>) {
    let builders = operation_names(&mut operations, previous);
    let continued = continued_types(&types, previous);
    type_names(&mut types, requests, &builders, previous, &continued);
    operation_files(&mut operations);
    for (def, entry) in types.iter_mut().zip(&continued) {
        members(def, previous, entry.as_deref());
    }
    for op in &mut operations {
        params(op, previous);
        if let Some(body) = &mut op.body {
            let claims: Vec<Claim> = body
                .forms
                .iter()
                .map(|(media_type, form)| Claim {
                    raw: media_type.clone(),
                    candidate: body_form_candidate(media_type, form),
                    priority: 0,
                    previous: None,
                })
                .collect();
            for ((name, _), settled) in body.forms.iter_mut().zip(resolve(&claims, false)) {
                *name = settled;
            }
        }
    }
    operations.sort_by(|a, b| a.method_name.cmp(&b.method_name));
    (types, operations)
}

/// Method, builder and body-choice names; returns the builders in order.
fn operation_names(operations: &mut [Operation], previous: Option<&ApiRecord>) -> Vec<String> {
    let previous_op = |id: &str| previous.and_then(|r| r.operations.get(id));
    let claims: Vec<Claim> = operations
        .iter()
        .map(|op| Claim {
            raw: op.id.clone(),
            candidate: method_name(&op.id),
            priority: 0,
            previous: kept(previous_op(&op.id).map(|r| r.method.as_str())),
        })
        .collect();
    // Deprecated aliases of renamed operations keep their method names.
    let aliases = previous
        .iter()
        .flat_map(|r| r.aliases.methods.keys())
        .map(|alias| Claim {
            raw: String::new(),
            candidate: alias.clone(),
            priority: 0,
            previous: Some(alias.clone()),
        });
    let all: Vec<Claim> = claims.iter().cloned().chain(aliases).collect();
    let mut methods = resolve(&all, true);
    methods.truncate(claims.len());
    // Builders and body-choice enums share the `operations` namespace.
    let mut type_claims: Vec<Claim> = Vec::new();
    for (claim, method) in claims.iter().zip(&methods) {
        let builder = builder_name(method);
        type_claims.push(Claim {
            raw: claim.raw.clone(),
            candidate: body_choice_candidate(&builder),
            priority: 1,
            previous: None,
        });
        type_claims.push(Claim {
            raw: claim.raw.clone(),
            candidate: builder,
            priority: 0,
            previous: kept(previous_op(&claim.raw).map(|r| r.builder.as_str())),
        });
    }
    let type_names = resolve(&type_claims, false);
    let mut builders = Vec::with_capacity(operations.len());
    for ((op, method), pair) in operations.iter_mut().zip(methods).zip(type_names.chunks(2)) {
        op.method_name = method;
        if let [choice, builder] = pair {
            op.builder_name = builder.clone();
            if let Some(body) = &mut op.body {
                body.choice_name = choice.clone();
            }
        }
        builders.push(op.builder_name.clone());
    }
    builders
}

/// Resolves type names across the crate, then file names from them.
fn type_names(
    types: &mut [TypeDef],
    requests: &[TypeRequest],
    builders: &[String],
    previous: Option<&ApiRecord>,
    continued: &[Option<String>],
) {
    let titles: Vec<Option<String>> = requests
        .iter()
        .map(|r| r.title.as_deref().and_then(title_candidate))
        .collect();
    let mut claims: Vec<Claim> = types
        .iter()
        .zip(requests)
        .zip(&titles)
        .zip(continued)
        .map(|(((_, request), title), entry)| Claim {
            raw: request.raw.clone(),
            candidate: title.clone().unwrap_or_else(|| request.candidate(builders)),
            priority: request.priority,
            previous: kept(
                previous
                    .zip(entry.as_deref())
                    .and_then(|(r, entry)| r.types.get(entry))
                    .map(|t| t.name.as_str()),
            ),
        })
        .collect();
    // Deprecated aliases of renamed types keep their names.
    for alias in previous.iter().flat_map(|r| r.aliases.types.keys()) {
        claims.push(Claim {
            raw: String::new(),
            candidate: alias.clone(),
            priority: 0,
            previous: Some(alias.clone()),
        });
    }
    let mut names = resolve(&claims, false);
    // A title is a name only when it is free: a type that would get it
    // with a suffix (another type, a recorded name or a title of another
    // schema has it) is named from its place instead, as without a title.
    // A recorded name is kept either way.
    let mut fallback = false;
    for (i, title) in titles.iter().enumerate() {
        if let Some(title) = title {
            if claims[i].previous.is_none() && names[i] != *title {
                claims[i].candidate = requests[i].candidate(builders);
                fallback = true;
            }
        }
    }
    if fallback {
        names = resolve(&claims, false);
    }
    names.truncate(types.len());
    // A type's file is its own (components) or its owner's; owners chain up
    // to a component or a tag.
    let owner_file = |mut i: usize| -> File {
        for _ in 0..requests.len() {
            match &requests[i].file {
                FileKey::Parent(TypeId(p)) if *p != i => i = *p,
                FileKey::Parent(_) | FileKey::OwnType => return File::Type(i),
                FileKey::Tag(tag) => return File::Tag(tag.clone()),
            }
        }
        File::Type(i)
    };
    let files: Vec<File> = (0..requests.len()).map(owner_file).collect();
    // Module names: one per distinct file, resolved like any other names.
    let mut distinct: Vec<File> = Vec::new();
    for file in &files {
        if !distinct.contains(file) {
            distinct.push(file.clone());
        }
    }
    let module_claims: Vec<Claim> = distinct
        .iter()
        .map(|file| match file {
            File::Type(i) => Claim {
                raw: names[*i].clone(),
                candidate: module_name(&names[*i]),
                priority: 0,
                previous: None,
            },
            File::Tag(tag) => Claim {
                raw: tag.clone(),
                candidate: tag_types_file(tag),
                priority: 1,
                previous: None,
            },
        })
        .collect();
    let modules = resolve(&module_claims, true);
    for ((def, name), file) in types.iter_mut().zip(names).zip(&files) {
        let index = distinct.iter().position(|k| k == file).unwrap_or(0);
        def.name = name;
        def.module = modules[index].clone();
    }
}

/// The generated file a type lives in.
#[derive(Debug, Clone, PartialEq, Eq)]
enum File {
    /// The file of the (component) type with this index.
    Type(usize),
    /// The file of the inline types of a tag's operations.
    Tag(String),
}

/// The operations' files: one per distinct tag, names resolved like any
/// others (two tags that spell alike get two files).
fn operation_files(operations: &mut [Operation]) {
    let mut tags: Vec<String> = operations.iter().map(|op| op.tag.clone()).collect();
    tags.sort();
    tags.dedup();
    let claims: Vec<Claim> = tags
        .iter()
        .map(|tag| Claim {
            raw: tag.clone(),
            candidate: operations_file(tag),
            priority: 0,
            previous: None,
        })
        .collect();
    let files = resolve(&claims, true);
    for op in operations {
        if let Ok(i) = tags.binary_search(&op.tag) {
            op.module = files[i].clone();
        }
    }
}

/// Fields, enum values and parts of one type.
fn members(def: &mut TypeDef, previous: Option<&ApiRecord>, recorded: Option<&str>) {
    let previous_member = |wire: &str| kept(previous.and_then(|r| r.member(recorded?, wire)));
    match &mut def.kind {
        TypeKind::Struct(s) => {
            let claims: Vec<Claim> = s
                .fields
                .iter()
                .map(|f| field_claim(&f.wire, previous_member(&f.wire)))
                .collect();
            for (f, name) in s.fields.iter_mut().zip(resolve(&claims, true)) {
                f.name = name;
            }
            s.additional_field = additional_field(&s.fields);
        }
        TypeKind::Enum(e) => {
            let values: Vec<&str> = e.variants.iter().map(|v| v.wire.as_str()).collect();
            let claims = enum_claims(&values, e.open, previous_member);
            let names = resolve(&claims, false);
            for (v, name) in e.variants.iter_mut().zip(names) {
                v.name = name;
            }
        }
        TypeKind::OneOf(o) => {
            // The fields of a struct variant have no record of their own.
            for v in &mut o.variants {
                if let VariantPayload::Fields(fields) = &mut v.payload {
                    let claims: Vec<Claim> =
                        fields.iter().map(|f| field_claim(&f.wire, None)).collect();
                    for (f, name) in fields.iter_mut().zip(resolve(&claims, true)) {
                        f.name = name;
                    }
                }
            }
        }
        TypeKind::Multipart(parts) => {
            let claims: Vec<Claim> = parts.iter().map(|p| field_claim(&p.wire, None)).collect();
            for (p, name) in parts.iter_mut().zip(resolve(&claims, true)) {
                p.name = name;
            }
        }
        TypeKind::Alias(_) => {}
    }
}

/// A previous name, when it is still spelled the way names are now.
/// The previous record's type that each type continues: the one recorded
/// under its key, or one recorded as sharing a type with it or with a place
/// it stands for ([`ApiRecord::continued`]). A recorded type is continued by
/// one type at most: the one with its key, else the first by key.
fn continued_types(types: &[TypeDef], previous: Option<&ApiRecord>) -> Vec<Option<String>> {
    let Some(record) = previous else {
        return vec![None; types.len()];
    };
    let mut found: Vec<Option<String>> = types
        .iter()
        .map(|def| record.continued(&def.key, &def.also).map(str::to_owned))
        .collect();
    let mut owner: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for (i, entry) in found.iter().enumerate() {
        if let Some(entry) = entry {
            let rank = |j: usize| (types[j].key != *entry, types[j].key.clone());
            owner
                .entry(entry.clone())
                .and_modify(|o| {
                    if rank(i) < rank(*o) {
                        *o = i;
                    }
                })
                .or_insert(i);
        }
    }
    for (i, entry) in found.iter_mut().enumerate() {
        if entry.as_ref().is_some_and(|e| owner.get(e) != Some(&i)) {
            *entry = None;
        }
    }
    found
}

/// The candidate type name from a schema's `title`, when it spells one
/// (letters first: a title of punctuation or digits names nothing).
fn title_candidate(title: &str) -> Option<String> {
    title
        .trim_start()
        .starts_with(|c: char| c.is_ascii_alphabetic())
        .then(|| type_name(title))
}

fn kept(previous: Option<&str>) -> Option<String> {
    previous.filter(|name| keeps(name)).map(str::to_owned)
}

fn field_claim(wire: &str, previous: Option<String>) -> Claim {
    Claim {
        raw: wire.to_owned(),
        candidate: field_name(wire),
        priority: 0,
        previous,
    }
}

/// An operation's parameter names, unique among themselves and the names
/// of the request builder's own API.
fn params(op: &mut Operation, previous: Option<&ApiRecord>) {
    let previous = previous.and_then(|r| r.operations.get(&op.id));
    let mut claims: Vec<Claim> = BUILDER_NAMES
        .iter()
        .map(|f| Claim {
            raw: String::new(),
            candidate: (*f).to_owned(),
            priority: 0,
            // Reserved: kept before any parameter's previous name.
            previous: Some((*f).to_owned()),
        })
        .collect();
    claims.extend(op.params.iter().map(|p| {
        Claim {
            raw: p.wire.clone(),
            candidate: param_candidate(&p.wire, p.location),
            priority: 1,
            previous: kept(
                previous
                    .and_then(|r| r.params.get(&param_key(p.location, &p.wire)))
                    .map(|m| m.name.as_str()),
            ),
        }
    }));
    let names = resolve(&claims, true);
    for (p, name) in op
        .params
        .iter_mut()
        .zip(names.into_iter().skip(BUILDER_NAMES.len()))
    {
        p.name = name;
    }
}

#[cfg(test)]
mod tests {
    use crate::{generate, Options};

    const SPEC: &str = r#"
openapi: 3.0.3
info: { title: T, version: "1" }
paths:
  /a:
    get:
      operationId: get-a
      tags: [Pet Store]
      responses: { "204": { description: ok } }
  /b:
    get:
      operationId: get-b
      tags: [pet-store]
      responses: { "204": { description: ok } }
"#;

    /// Two tags that spell one file name get a file each, named by the
    /// same collision rules as every other name.
    #[test]
    fn tags_that_spell_alike_get_a_file_each() {
        let generated = generate(SPEC, "t.yaml", &Options::default()).expect("generates");
        let files: Vec<&str> = generated
            .files
            .iter()
            .map(|f| f.path.as_str())
            .filter(|p| p.starts_with("operations/") && !p.ends_with("mod.rs"))
            .collect();
        assert_eq!(
            files,
            ["operations/pet_store.rs", "operations/pet_store_kebab.rs"]
        );
        let modules: Vec<(&str, &str)> = generated
            .api
            .operations
            .iter()
            .map(|op| (op.tag.as_str(), op.module.as_str()))
            .collect();
        assert_eq!(
            modules,
            [("Pet Store", "pet_store"), ("pet-store", "pet_store_kebab")]
        );
    }
}
