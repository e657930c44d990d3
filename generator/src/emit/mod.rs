//! Emission: the model to files of Rust tokens, one small function per item.
//!
//! Layout of the output (paths relative to `src/generated/`):
//! - `mod.rs`: the base URL and the two module trees;
//! - `types/<schema>.rs`: one file per component schema, with the inline
//!   types declared inside it; `types/<tag>_operations.rs`: inline types of
//!   the operations in a tag;
//! - `operations/<tag>.rs`: client methods and request builders by tag.

mod docs;
mod operations;
mod types;

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use crate::format::format_file;
use crate::model::{Api, Operation, TypeDef};
use crate::naming::{ident, module_name};
use crate::{GeneratedFile, Options};

pub use docs::sanitize;

/// Emits every file for `api`, sorted by path.
pub fn emit(api: &Api, options: &Options) -> Result<Vec<GeneratedFile>, crate::Error> {
    let mut files = Vec::new();
    let header = header(api, options);

    let mut type_modules: BTreeMap<&str, Vec<&TypeDef>> = BTreeMap::new();
    for def in &api.types {
        type_modules
            .entry(def.module.as_str())
            .or_default()
            .push(def);
    }
    for defs in type_modules.values_mut() {
        defs.sort_by(|a, b| a.name.cmp(&b.name));
    }
    let mut op_modules: BTreeMap<String, Vec<&Operation>> = BTreeMap::new();
    for op in &api.operations {
        op_modules
            .entry(module_name(&op.module))
            .or_default()
            .push(op);
    }

    for (module, defs) in &type_modules {
        let items = defs.iter().map(|def| types::type_def(api, def));
        let doc = format!(
            " Types of `{}`.",
            defs.first().map_or("", |d| d.pointer.as_str())
        );
        let needs_serde = defs.iter().any(|d| {
            !matches!(
                d.kind,
                crate::model::TypeKind::Alias(_) | crate::model::TypeKind::Multipart(_)
            )
        });
        let uses = needs_serde.then(|| {
            quote!(
                use serde::{Deserialize, Serialize};
            )
        });
        let mut referenced = Vec::new();
        for def in defs {
            types::referenced(def, &mut referenced);
        }
        let mut imports: Vec<&str> = referenced
            .into_iter()
            .map(|id| api.ty(id))
            .filter(|t| t.module != *module)
            .map(|t| t.name.as_str())
            .collect();
        imports.sort_unstable();
        imports.dedup();
        let imports: Vec<_> = imports.into_iter().map(ident).collect();
        let imports = (!imports.is_empty()).then(|| quote!(use super::{#(#imports),*};));
        let tokens = quote! {
            #header
            #![doc = ""]
            #![doc = #doc]
            #uses
            #imports
            #(#items)*
        };
        files.push(file(
            &format!("types/{}.rs", module.trim_start_matches("r#")),
            tokens,
        )?);
    }
    files.push(file(
        "types/mod.rs",
        mod_file(
            &header,
            " Every type of the API, by schema.",
            type_modules.keys().copied(),
            true,
        ),
    )?);

    for (module, ops) in &op_modules {
        let body = operations::operations_module(api, ops);
        let doc = format!(" Operations tagged `{}`.", ops[0].module);
        let tokens = quote! {
            #header
            #![doc = ""]
            #![doc = #doc]
            #body
        };
        files.push(file(
            &format!("operations/{}.rs", module.trim_start_matches("r#")),
            tokens,
        )?);
    }
    files.push(file(
        "operations/mod.rs",
        mod_file(
            &header,
            " Request builders, by tag. The methods that create them are on `Client`.",
            op_modules.keys().map(String::as_str),
            true,
        ),
    )?);

    let base_url = api.base_url.clone().unwrap_or_default();
    let base_doc = match &api.base_url {
        Some(_) => " The API's base URL.",
        None => " The document declares no server and no default was configured: set the base URL on the client builder.",
    };
    let root = quote! {
        #header
        #![doc = ""]
        #![doc = " The generated client: types and operations."]

        #[doc = #base_doc]
        pub const DEFAULT_BASE_URL: &str = #base_url;

        pub mod operations;
        pub mod types;
    };
    files.push(file("mod.rs", root)?);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// The inner doc comment every generated file starts with.
fn header(api: &Api, options: &Options) -> TokenStream {
    let first = format!(
        " Generated from {} {}; do not edit.",
        api.title, api.version
    );
    let second = format!(" Regenerate with `{}`.", options.regenerate_command);
    quote! {
        #![doc = #first]
        #![doc = #second]
    }
}

/// A `mod.rs` declaring `modules` and re-exporting their items.
fn mod_file<'a>(
    header: &TokenStream,
    doc: &str,
    modules: impl Iterator<Item = &'a str>,
    reexport: bool,
) -> TokenStream {
    let modules: Vec<_> = modules.map(ident).collect();
    let reexports = reexport.then(|| quote!(#(pub use #modules::*;)*));
    quote! {
        #header
        #![doc = ""]
        #![doc = #doc]
        #(mod #modules;)*
        #reexports
    }
}

fn file(path: &str, tokens: TokenStream) -> Result<GeneratedFile, crate::Error> {
    Ok(GeneratedFile {
        path: path.to_owned(),
        contents: format_file(tokens).map_err(|message| crate::Error::Emit {
            file: path.to_owned(),
            message,
        })?,
    })
}
