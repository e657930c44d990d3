//! Emission: the model to files of Rust tokens, one small function per item.
//!
//! Layout of the output (paths relative to `src/generated/`):
//! - `mod.rs`: the base URL and the two module trees;
//! - `types/<schema>.rs`: one file per component schema, with the inline
//!   types declared inside it; `types/<tag>_operations.rs`: inline types of
//!   the operations in a tag;
//! - `operations/<tag>.rs`: client methods and request builders by tag.

mod access;
mod docs;
mod operations;
mod types;

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use crate::format::format_file;
use crate::model::{Api, Operation, TypeDef};
use crate::naming::ident;
use crate::{GeneratedFile, Options};

pub use docs::{code, sanitize};
pub use types::ty;

/// One file to emit, as references into the model: plain data, so files can
/// be emitted and formatted on several threads (tokens themselves cannot
/// cross threads).
enum Job<'a> {
    /// `types/<module>.rs`, its definitions in name order.
    Types {
        module: &'a str,
        defs: Vec<&'a TypeDef>,
    },
    /// `types/mod.rs`.
    TypesMod(Vec<&'a str>),
    /// `operations/<module>.rs`, its operations in method-name order.
    Operations {
        module: String,
        ops: Vec<&'a Operation>,
    },
    /// `operations/mod.rs`.
    OperationsMod(Vec<String>),
    /// `mod.rs`.
    Root,
}

impl Job<'_> {
    fn path(&self) -> String {
        match self {
            Job::Types { module, .. } => format!("types/{}.rs", module.trim_start_matches("r#")),
            Job::TypesMod(_) => "types/mod.rs".to_owned(),
            Job::Operations { module, .. } => {
                format!("operations/{}.rs", module.trim_start_matches("r#"))
            }
            Job::OperationsMod(_) => "operations/mod.rs".to_owned(),
            Job::Root => "mod.rs".to_owned(),
        }
    }

    /// A rough measure of the work (about the tokens emitted, in units of a
    /// struct field's), to hand out the biggest files first: a thread left
    /// alone with a big file at the end is time lost.
    fn weight(&self) -> usize {
        use crate::model::TypeKind;
        match self {
            Job::Types { defs, .. } => defs
                .iter()
                .map(|def| {
                    2 + match &def.kind {
                        TypeKind::Struct(s) => s.fields.len(),
                        TypeKind::Enum(e) => e.variants.len() / 2,
                        TypeKind::OneOf(o) => 2 * o.variants.len(),
                        TypeKind::Alias(_) | TypeKind::Multipart(_) => 1,
                    }
                })
                .sum(),
            Job::Operations { ops, .. } => ops.iter().map(|op| 8 + op.params.len()).sum(),
            Job::TypesMod(_) | Job::OperationsMod(_) | Job::Root => 0,
        }
    }
}

/// The files to emit, grouped from the model.
fn plan(api: &Api) -> Vec<Job<'_>> {
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
        op_modules.entry(op.module.clone()).or_default().push(op);
    }
    let mut jobs = Vec::with_capacity(type_modules.len() + op_modules.len() + 3);
    jobs.push(Job::TypesMod(type_modules.keys().copied().collect()));
    jobs.push(Job::OperationsMod(op_modules.keys().cloned().collect()));
    jobs.push(Job::Root);
    jobs.extend(
        type_modules
            .into_iter()
            .map(|(module, defs)| Job::Types { module, defs }),
    );
    jobs.extend(
        op_modules
            .into_iter()
            .map(|(module, ops)| Job::Operations { module, ops }),
    );
    jobs
}

/// Emits every file for `api`, sorted by path.
///
/// Files are emitted and formatted on up to [`std::thread::available_parallelism`]
/// threads; each file depends on the model alone, so the output is the same
/// whatever the number of threads.
pub fn emit(
    api: &Api,
    options: &Options,
    aliases: &crate::record::Aliases,
) -> Result<Vec<GeneratedFile>, crate::Error> {
    let jobs = plan(api);
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(jobs.len());
    let run = |job: &Job<'_>| file(&job.path(), job_tokens(api, options, aliases, job));
    let mut results: Vec<Option<Result<GeneratedFile, crate::Error>>> = if threads <= 1 {
        jobs.iter().map(|job| Some(run(job))).collect()
    } else {
        // Biggest files first, each taken by the next idle thread.
        let mut order: Vec<usize> = (0..jobs.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(jobs[i].weight()));
        let next = std::sync::atomic::AtomicUsize::new(0);
        let mut results: Vec<Option<Result<GeneratedFile, crate::Error>>> =
            (0..jobs.len()).map(|_| None).collect();
        std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut done = Vec::new();
                        loop {
                            let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            let Some(&i) = order.get(n) else {
                                break;
                            };
                            done.push((i, run(&jobs[i])));
                        }
                        done
                    })
                })
                .collect();
            for worker in workers {
                // A panic in a worker is a generator bug; surface it as one.
                let done = worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                for (i, result) in done {
                    results[i] = Some(result);
                }
            }
        });
        results
    };
    let mut files = Vec::with_capacity(results.len());
    for result in results.iter_mut() {
        // Every job ran exactly once; the first error in plan order wins.
        if let Some(result) = result.take() {
            files.push(result?);
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Every file's path and unformatted tokens, sorted by path, on the calling
/// thread. [`emit`] is this plus [`format_file`]; benchmarks time the two
/// stages apart with it.
pub fn emit_tokens(api: &Api, options: &Options) -> Vec<(String, TokenStream)> {
    let aliases = crate::record::live_aliases(api, options.previous.as_ref());
    let mut files: Vec<(String, TokenStream)> = plan(api)
        .iter()
        .map(|job| (job.path(), job_tokens(api, options, &aliases, job)))
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

/// The tokens of one file.
fn job_tokens(
    api: &Api,
    options: &Options,
    aliases: &crate::record::Aliases,
    job: &Job<'_>,
) -> TokenStream {
    let header = header(api, options);
    match job {
        Job::Types { module, defs } => types_file(api, &header, module, defs, aliases),
        Job::TypesMod(modules) => mod_file(
            &header,
            &[" Every type of the API, by schema.".to_owned()],
            modules.iter().copied(),
            true,
        ),
        Job::Operations { ops, .. } => {
            let body = operations::operations_module(api, ops, aliases);
            let doc = format!(" Operations tagged `{}`.", docs::code(&ops[0].tag));
            quote! {
                #header
                #![doc = ""]
                #![doc = #doc]
                #body
            }
        }
        Job::OperationsMod(modules) => mod_file(
            &header,
            &[
                " Request builders, by tag. The methods that create them are on `Client`."
                    .to_owned(),
            ]
            .into_iter()
            .chain(route_table(api))
            .collect::<Vec<_>>(),
            modules.iter().map(String::as_str),
            true,
        ),
        Job::Root => {
            let base_url = api.base_url.clone().unwrap_or_default();
            let base_doc = match &api.base_url {
                Some(_) if api.server.is_some() => {
                    " The API's base URL, its server variables at their defaults (see [`SERVER`])."
                }
                Some(_) => " The API's base URL.",
                None => " The document declares no server and no default was configured: set the base URL on the client builder.",
            };
            let client = client_type(api.server.is_some());
            let access = access::items(api);
            quote! {
                #header
                #![doc = ""]
                #![doc = " The generated client: types and operations."]

                #[doc = #base_doc]
                pub const DEFAULT_BASE_URL: &str = #base_url;

                pub mod operations;
                pub mod types;

                #client
                #access
            }
        }
    }
}

/// The crate's client type: the runtime's client wrapped, so that the
/// operations (inherent methods added in `operations/`) live in a type of
/// this crate and cannot collide with the runtime's own methods. Besides the
/// operations it has only the constructors below, which
/// [`naming::CLIENT_METHODS`](crate::naming::CLIENT_METHODS) keeps free;
/// everything else is the runtime's, reached through `Deref`.
fn client_type(templated: bool) -> TokenStream {
    // A base URL with variables is resolved from its template when built.
    let server = templated.then(|| quote!(.server(&SERVER)));
    quote! {
        /// The API client: one method per operation, each returning a request
        /// builder. Cheap to clone: clones share one connection pool, one rate
        /// limiter and one token provider.
        ///
        /// It dereferences to the runtime's [`Client`](crate::runtime::Client),
        /// whose `execute` sends a request for any operation.
        #[derive(Clone, Debug)]
        pub struct Client(crate::runtime::Client);

        impl Client {
            /// A client for [`DEFAULT_BASE_URL`] authenticating with
            /// `access_token`, with the default settings.
            pub fn new(access_token: impl Into<crate::runtime::SecretString>) -> crate::runtime::Result<Self> {
                Self::builder(access_token).build()
            }

            /// A builder for a client of [`DEFAULT_BASE_URL`] authenticating
            /// with `access_token`, to change the base URL, timeouts, retries,
            /// rate limit or the HTTP client.
            pub fn builder(access_token: impl Into<crate::runtime::SecretString>) -> crate::runtime::ClientBuilder<Self> {
                Self::builder_without_auth().access_token(access_token)
            }

            /// A builder for a client that asks `provider` for a token before
            /// each attempt (e.g. one that refreshes OAuth tokens).
            pub fn builder_with_token_provider(provider: impl crate::runtime::TokenProvider) -> crate::runtime::ClientBuilder<Self> {
                Self::builder_without_auth().token_provider(provider)
            }

            /// A builder for a client of [`DEFAULT_BASE_URL`] that sends no
            /// credentials. Its `User-Agent` is this crate's name and version.
            pub fn builder_without_auth() -> crate::runtime::ClientBuilder<Self> {
                crate::runtime::ClientBuilder::new(DEFAULT_BASE_URL)
                    #server
                    .user_agent(concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")))
            }
        }

        impl From<crate::runtime::Client> for Client {
            fn from(client: crate::runtime::Client) -> Self {
                Self(client)
            }
        }

        impl From<Client> for crate::runtime::Client {
            fn from(client: Client) -> Self {
                client.0
            }
        }

        impl AsRef<crate::runtime::Client> for Client {
            fn as_ref(&self) -> &crate::runtime::Client {
                &self.0
            }
        }

        impl std::ops::Deref for Client {
            type Target = crate::runtime::Client;

            fn deref(&self) -> &crate::runtime::Client {
                &self.0
            }
        }
    }
}

/// `types/<module>.rs`: the definitions with the imports they need.
fn types_file(
    api: &Api,
    header: &TokenStream,
    module: &str,
    defs: &[&TypeDef],
    aliases: &crate::record::Aliases,
) -> TokenStream {
    let items = defs.iter().map(|def| types::type_def(api, def));
    // Old names of renamed schemas, kept deprecated for a release.
    let type_aliases = aliases.types.iter().filter_map(|(alias, pointer)| {
        let target = defs.iter().find(|d| d.key == *pointer)?;
        let (alias_ident, target_ident) = (ident(alias), ident(&target.name));
        let doc = format!(
            " Renamed to [`{}`]; this name is kept for one release.",
            target.name
        );
        let note = format!("renamed to `{}`", target.name);
        Some(quote! {
            #[doc = #doc]
            #[deprecated = #note]
            pub type #alias_ident = #target_ident;
        })
    });
    // A component's file is named by it; the file of a tag's operations
    // gathers the types declared inline in them.
    let doc = match defs.first().map(|d| d.pointer.as_str()) {
        Some(pointer) if pointer.starts_with("#/components/") => {
            format!(" Types of `{}`.", docs::code(pointer))
        }
        _ => " Types declared inline in operations (their parameters, bodies and responses)."
            .to_owned(),
    };
    // Structs and open enums get theirs from the runtime's macros.
    let needs_serde = defs.iter().any(|d| match &d.kind {
        crate::model::TypeKind::Enum(e) => !e.open,
        crate::model::TypeKind::OneOf(_) => true,
        _ => false,
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
        .filter(|t| t.module != module)
        .map(|t| t.name.as_str())
        .collect();
    imports.sort_unstable();
    imports.dedup();
    let imports: Vec<_> = imports.into_iter().map(ident).collect();
    let imports = (!imports.is_empty()).then(|| quote!(use super::{#(#imports),*};));
    quote! {
        #header
        #![doc = ""]
        #![doc = #doc]
        #uses
        #imports
        #(#items)*
        #(#type_aliases)*
    }
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
    doc: &[String],
    modules: impl Iterator<Item = &'a str>,
    reexport: bool,
) -> TokenStream {
    let modules: Vec<_> = modules.map(ident).collect();
    let reexports = reexport.then(|| quote!(#(pub use #modules::*;)*));
    quote! {
        #header
        #![doc = ""]
        #(#![doc = #doc])*
        #(mod #modules;)*
        #reexports
    }
}

/// The lines of a list of every route with its method and `operationId`,
/// by path and HTTP method: rustdoc's search takes neither `/`, `{` nor
/// `-`, so a reader who knows a route or an operation id looks it up here
/// (methods also carry the operation id as a search alias). A list rather
/// than a table: an item wraps at the doc width, a table row cannot.
fn route_table(api: &Api) -> Vec<String> {
    let mut ops: Vec<&Operation> = api.operations.iter().collect();
    ops.sort_by(|a, b| (&a.path, &a.http_method, &a.id).cmp(&(&b.path, &b.http_method, &b.id)));
    let mut lines = vec![
        String::new(),
        " # Routes".to_owned(),
        String::new(),
        " Every route, the `Client` method that calls it and its `operationId`:".to_owned(),
        String::new(),
    ];
    lines.extend(ops.iter().map(|op| {
        format!(
            " - `{} {}`: [`{}`](super::Client::{}), `{}`",
            op.http_method,
            docs::code(&op.path),
            op.method_name,
            op.method_name,
            docs::code(&op.id)
        )
    }));
    lines
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

#[cfg(test)]
mod tests {
    /// Every inherent method of the emitted client type is a name that
    /// operations are kept off ([`crate::naming::CLIENT_METHODS`]).
    #[test]
    fn client_methods_are_reserved() {
        let file: syn::File = syn::parse2(super::client_type(true)).unwrap();
        let mut found = Vec::new();
        for item in file.items {
            let syn::Item::Impl(block) = item else {
                continue;
            };
            if block.trait_.is_some() {
                continue;
            }
            for inner in block.items {
                if let syn::ImplItem::Fn(f) = inner {
                    found.push(f.sig.ident.to_string());
                }
            }
        }
        assert!(!found.is_empty(), "no inherent method found");
        for method in &found {
            assert!(
                crate::naming::CLIENT_METHODS.contains(&method.as_str()),
                "add `{method}` to naming::CLIENT_METHODS"
            );
            assert_eq!(
                crate::naming::method_name(method),
                format!("{method}_operation")
            );
        }
    }
}
