//! Lowering: resolves an [`OpenAPI`] document into the [`model`](crate::model).
//!
//! `view` is a structural view over `openapiv3` schemas; `schema` turns
//! schemas into named types and type expressions, with `one_of` classifying
//! `oneOf`/`anyOf`; `operation` turns path items into operations; `security` lowers servers
//! and security schemes and settles each operation's server and requirement. Every
//! `$ref` is read through [`crate::resolve`]. Lowering settles no name: it
//! records what each name is made from, and the naming pass
//! (`naming::pass`) settles them all at once. A final pass
//! (`finish`) decides which types are sent in requests and boxes the fields
//! that close a recursive cycle.

mod finish;
mod one_of;
mod operation;
mod schema;
mod security;
mod view;

use std::collections::BTreeMap;

use openapiv3::OpenAPI;

use crate::diagnostics::{Diagnostic, Diagnostics, Pointer};
use crate::model::{Api, Docs, Operation, TypeDef, TypeId, TypeKind};
use crate::naming::pass::TypeRequest;
use crate::resolve::Resolver;
use crate::Options;

/// A type being built: the model's [`TypeDef`] plus how to name it.
struct Pending {
    def: TypeDef,
    request: TypeRequest,
}

/// State shared by the lowering passes.
struct Lowerer<'a> {
    doc: &'a OpenAPI,
    refs: Resolver<'a>,
    /// Which values are secret.
    secrets: &'a crate::secrets::Secrets,
    /// The Rust type of each `type` and `format`.
    formats: &'a crate::formats::Formats,
    diags: Diagnostics,
    types: Vec<Pending>,
    /// Component schemas by pointer (`#/components/schemas/Name`).
    components: BTreeMap<String, TypeId>,
    /// Inline schemas already lowered, by pointer and whether tags are closed.
    inline: BTreeMap<(String, bool), crate::model::Ty>,
    /// The inline types of each shape that declare no type inside them,
    /// which later identical ones share, each with the previous record's
    /// type it continues.
    shapes: BTreeMap<String, Vec<(TypeId, Option<String>)>>,
    /// The previous record, for its keys alone (which places were types
    /// and which shared one), never its names.
    previous: Option<&'a crate::record::ApiRecord>,
}

/// Lowers a document into a model and the diagnostics found on the way.
pub fn lower(doc: &OpenAPI, options: &Options) -> (Api, Vec<Diagnostic>) {
    let mut lowerer = Lowerer {
        doc,
        refs: Resolver::new(doc),
        secrets: &options.secrets,
        formats: &options.formats,
        diags: Diagnostics::default(),
        types: Vec::new(),
        components: BTreeMap::new(),
        inline: BTreeMap::new(),
        shapes: BTreeMap::new(),
        previous: options.previous.as_ref(),
    };
    lowerer.register_components();
    lowerer.lower_components();
    let mut operations = lowerer.lower_operations();
    lowerer.break_alias_cycles();
    lowerer.check_security(&operations);
    let access = lowerer.access(&mut operations);
    let base_url = access.base_url.or_else(|| options.default_base_url.clone());
    let (types, requests): (Vec<TypeDef>, Vec<TypeRequest>) = lowerer
        .types
        .into_iter()
        .map(|p| (p.def, p.request))
        .unzip();
    let operations = operations.into_iter().map(|(_, op)| op).collect();
    let (mut types, operations) =
        crate::naming::pass::settle(types, &requests, operations, options.previous.as_ref());
    let mut operations = operations;
    finish::finish(&mut types, &mut operations, &options.secrets);
    let api = Api {
        title: doc.info.title.clone(),
        version: doc.info.version.clone(),
        description: doc.info.description.clone(),
        base_url,
        types,
        operations,
        server: access.server,
        variables: access.variables,
        security_schemes: access.schemes,
    };
    (api, lowerer.diags.finish())
}

impl<'a> Lowerer<'a> {
    /// Adds a named type; its name is settled by the naming pass.
    fn add_type(&mut self, def: TypeDef, request: TypeRequest) -> TypeId {
        let id = TypeId(self.types.len());
        self.types.push(Pending { def, request });
        id
    }

    /// Type aliases that refer to each other in a cycle (`A = B`, `B = Vec<A>`,
    /// from `$ref`s between component schemas) cannot be expressed: Rust
    /// expands aliases eagerly. In pointer order, each alias that still
    /// reaches itself through aliases becomes `serde_json::Value`.
    fn break_alias_cycles(&mut self) {
        let alias_edges = |types: &[Pending], i: usize| -> Vec<TypeId> {
            let mut out = Vec::new();
            if let TypeKind::Alias(ty) = &types[i].def.kind {
                ty.collect_named(&mut out);
            }
            out.retain(|t| matches!(types[t.0].def.kind, TypeKind::Alias(_)));
            out
        };
        let mut order: Vec<usize> = (0..self.types.len())
            .filter(|&i| matches!(self.types[i].def.kind, TypeKind::Alias(_)))
            .collect();
        order.sort_by(|a, b| self.types[*a].def.pointer.cmp(&self.types[*b].def.pointer));
        for i in order {
            let mut seen = vec![false; self.types.len()];
            let mut stack = alias_edges(&self.types, i);
            let mut cyclic = false;
            while let Some(TypeId(t)) = stack.pop() {
                if t == i {
                    cyclic = true;
                    break;
                }
                if !std::mem::replace(&mut seen[t], true) {
                    stack.extend(alias_edges(&self.types, t));
                }
            }
            if cyclic {
                let def = &mut self.types[i].def;
                def.kind = TypeKind::Alias(crate::model::Ty::Json);
                let at = Pointer::from_ref(&def.pointer);
                self.diags.spec_problem(
                    &at,
                    "ref-cycle",
                    "the schema is an alias in a cycle of `$ref`s between aliases, which Rust \
                     cannot express; the value is typed as serde_json::Value",
                );
            }
        }
    }

    /// Reports security requirements that name schemes the document does not
    /// define, once per scheme, at its first use.
    fn check_security(&mut self, operations: &[(Pointer, Operation)]) {
        let defined: Vec<&String> = self
            .doc
            .components
            .as_ref()
            .map(|c| c.security_schemes.keys().collect())
            .unwrap_or_default();
        let mut uses: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let global = self
            .doc
            .security
            .iter()
            .flatten()
            .map(|req| (Pointer::root().push("security"), req));
        let per_op = operations.iter().filter_map(|(ptr, op)| {
            let item = self.doc.paths.paths.get(&op.path)?.as_item()?;
            let o = path_item_operation(item, &op.http_method)?;
            Some(
                o.security
                    .iter()
                    .flatten()
                    .map(move |req| (ptr.push("security"), req)),
            )
        });
        for (ptr, req) in global.chain(per_op.flatten()) {
            for name in req.keys() {
                if !defined.contains(&name) {
                    uses.entry(name.clone()).or_default().push(ptr.to_string());
                }
            }
        }
        // Without schemes every call sends the client's bearer token; with
        // some, the alternatives naming an undefined one are left out
        // (`security.rs`).
        let effect = if defined.is_empty() {
            "the client authenticates every call with its bearer token"
        } else {
            "the alternatives naming it are left out (none left: the client's bearer token)"
        };
        for (name, mut pointers) in uses {
            // The document-wide requirement first, then operations in order.
            pointers.sort_by_key(|p| (p != "#/security", p.clone()));
            let first = Pointer::from_ref(&pointers[0]);
            self.diags.spec_problem(
                &first,
                "undefined-security-scheme",
                format!(
                    "security scheme `{name}` is used by {} requirement(s) but not defined in \
                     #/components/securitySchemes; {effect}",
                    pointers.len()
                ),
            );
        }
    }
}

/// The operation of `item` for an upper-case HTTP method.
fn path_item_operation<'a>(
    item: &'a openapiv3::PathItem,
    method: &str,
) -> Option<&'a openapiv3::Operation> {
    item.iter()
        .find(|(m, _)| m.eq_ignore_ascii_case(method))
        .map(|(_, op)| op)
}

/// Docs from a summary/title and a description, with blank ones dropped.
fn docs(summary: Option<&String>, description: Option<&String>) -> Docs {
    let clean = |s: Option<&String>| s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    let summary = clean(summary);
    let description = clean(description).filter(|d| Some(d) != summary.as_ref());
    Docs {
        summary,
        description,
    }
}
