//! One sample call of every operation, as Rust: the file the conformance
//! harness (`conformance/`) runs against a mock server.
//!
//! Each operation gets an `async fn` that calls its client method with the
//! sample arguments of [`crate::samples`] (every parameter, required or
//! optional, and the body), adds the caller's headers and decodes the
//! response with `send()`. `call` picks the function by operation id and
//! `CALLS` lists them, so a new operation in the spec is covered by
//! regenerating.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use super::types::ty;
use crate::model::{Api, BodyForm, MultipartKind, Operation, Ty, TypeKind};
use crate::naming::ident;
use crate::samples::OperationSample;
use crate::GeneratedFile;

/// How the samples file refers to the client and names itself.
#[derive(Debug, Clone)]
pub struct SamplesOptions {
    /// The path of the client crate in the file, e.g. `supabase_management_api`
    /// (or `crate` when the file is compiled inside the client crate).
    pub client_path: String,
    /// The command named in the file's header.
    pub regenerate_command: String,
}

/// The samples file (`samples.rs`) for `api`, with one sample per operation
/// (in the order of `api.operations`, as [`crate::samples::samples`] makes them).
pub fn samples_file(
    api: &Api,
    samples: &[OperationSample],
    options: &SamplesOptions,
) -> Result<GeneratedFile, crate::Error> {
    let path = "samples.rs";
    let client: syn::Path =
        syn::parse_str(&options.client_path).map_err(|e| crate::Error::Emit {
            file: path.to_owned(),
            message: format!("client path {:?}: {e}", options.client_path),
        })?;
    let first = format!(
        " Generated from {} {}; do not edit.",
        api.title, api.version
    );
    let second = format!(" Regenerate with `{}`.", options.regenerate_command);
    let pairs: Vec<(&Operation, &OperationSample)> = api.operations.iter().zip(samples).collect();
    let infos = pairs.iter().map(|(op, sample)| call_info(op, sample));
    let arms = pairs.iter().map(|(op, _)| {
        let id = &op.id;
        let function = ident(&op.method_name);
        quote!(#id => #function(client, headers).await,)
    });
    let functions = pairs.iter().map(|(op, sample)| call_fn(api, op, sample));
    let uses_types = pairs.iter().any(|(op, _)| {
        let mut named = Vec::new();
        for p in &op.params {
            p.ty.collect_named(&mut named);
        }
        for (_, form) in op.body.iter().flat_map(|b| &b.forms) {
            if let BodyForm::Json(t) | BodyForm::Form(t) | BodyForm::Multipart(t) = form {
                t.collect_named(&mut named);
            }
        }
        !named.is_empty()
    });
    let uses_choice = pairs
        .iter()
        .any(|(op, _)| op.body.as_ref().is_some_and(|b| b.forms.len() > 1));
    let uses_files = pairs.iter().any(|(op, _)| {
        op.body.iter().flat_map(|b| &b.forms).any(|(_, form)| {
            matches!(form, BodyForm::Multipart(Ty::Named(id)) if matches!(&api.ty(*id).kind,
                TypeKind::Multipart(parts) if parts.iter().any(|p| matches!(p.kind, MultipartKind::File | MultipartKind::Files))))
        })
    });
    let mut imports = vec![quote!(Client), quote!(Error)];
    if uses_files {
        imports.push(quote!(FilePart));
    }
    if uses_choice {
        imports.push(quote!(operations));
    }
    if uses_types {
        imports.push(quote!(types));
    }
    let tokens = quote! {
        #![doc = #first]
        #![doc = #second]
        #![doc = ""]
        #![doc = " One call of every operation with arguments that satisfy the spec's schemas"]
        #![doc = " (its examples when they are valid), for conformance tests against a mock"]
        #![doc = " server built from the same document."]
        // Deprecated operations and parameters are called too.
        #![allow(deprecated)]

        use #client::{#(#imports),*};

        /// What is known of one operation's sample call.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct SampleCall {
            /// The `operationId`.
            pub id: &'static str,
            /// The HTTP method.
            pub method: &'static str,
            /// The path template.
            pub path: &'static str,
            /// The status of the success response the client decodes, when the spec gives one.
            pub status: Option<u16>,
            /// Whether the client sends its token (the operation's `security` is not `[]`).
            pub authenticated: bool,
            /// Schema constraints no sample value was found for (JSON pointer: what).
            pub notes: &'static [&'static str],
        }

        /// Every operation's sample call, in method-name order.
        pub const CALLS: &[SampleCall] = &[#(#infos),*];

        /// Why a sample call did not succeed.
        #[derive(Debug)]
        pub enum CallError {
            /// A sample value does not decode into its generated type: a bug
            /// in the sample or in the type.
            Sample {
                /// Which argument.
                what: &'static str,
                /// The decoding error.
                error: serde_json::Error,
            },
            /// The call failed: the server's answer, or a response the client could not decode.
            Client(Error),
        }

        impl From<Error> for CallError {
            fn from(error: Error) -> Self {
                CallError::Client(error)
            }
        }

        impl std::fmt::Display for CallError {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self {
                    CallError::Sample { what, error } => write!(f, "the sample {what} does not decode into its type: {error}"),
                    CallError::Client(error) => write!(f, "{error}"),
                }
            }
        }

        impl std::error::Error for CallError {}

        /// Decodes a sample value given as JSON into the generated type.
        fn de<T: serde::de::DeserializeOwned>(what: &'static str, json: &str) -> Result<T, CallError> {
            serde_json::from_str(json).map_err(|error| CallError::Sample { what, error })
        }

        /// Makes the sample call of operation `id` with `headers` added, and
        /// decodes its success response; `None` for an unknown id.
        pub async fn call(client: &Client, id: &str, headers: &[(&'static str, String)]) -> Option<Result<(), CallError>> {
            Some(match id {
                #(#arms)*
                _ => return None,
            })
        }

        #(#functions)*
    };
    Ok(GeneratedFile {
        path: path.to_owned(),
        contents: crate::format::format_file(tokens).map_err(|message| crate::Error::Emit {
            file: path.to_owned(),
            message,
        })?,
    })
}

fn call_info(op: &Operation, sample: &OperationSample) -> TokenStream {
    let id = &op.id;
    let method = &op.http_method;
    let path = &op.path;
    let status = match sample.status {
        Some(code) => quote!(Some(#code)),
        None => quote!(None),
    };
    let notes = &sample.notes;
    let authenticated = op.authenticated;
    quote! {
        SampleCall {
            id: #id,
            method: #method,
            path: #path,
            status: #status,
            authenticated: #authenticated,
            notes: &[#(#notes),*],
        }
    }
}

fn call_fn(api: &Api, op: &Operation, sample: &OperationSample) -> TokenStream {
    let function = ident(&op.method_name);
    let method = ident(&op.method_name);
    let doc = format!(" `{}`: `{} {}`", op.id, op.http_method, op.path);
    let value_of = |index: usize| {
        sample
            .params
            .iter()
            .find(|(i, _)| *i == index)
            .map(|(_, v)| v)
    };
    let mut args = Vec::new();
    let mut setters = Vec::new();
    for (index, param) in op.params.iter().enumerate() {
        let what = format!("parameter `{}`", param.wire);
        let value = value_of(index);
        if param.required {
            let value = value.cloned().unwrap_or(Value::Null);
            args.push(argument(api, &param.ty, &value, &what));
        } else if let Some(value) = value {
            let setter = ident(&param.name);
            let value = argument(api, &param.ty, value, &what);
            setters.push(quote!(.#setter(#value)));
        }
    }
    if let (Some(body), Some((index, value))) = (&op.body, &sample.body) {
        if let Some((variant, form)) = body.forms.get(*index) {
            let mut value = body_value(api, form, value);
            if body.forms.len() > 1 {
                let choice = ident(&body.choice_name);
                let variant = ident(variant);
                value = quote!(operations::#choice::#variant(#value));
            }
            if body.required {
                args.push(value);
            } else {
                setters.push(quote!(.body(#value)));
            }
        }
    }
    let call = format_ident!("call");
    quote! {
        #[doc = #doc]
        async fn #function(client: &Client, headers: &[(&'static str, String)]) -> Result<(), CallError> {
            let mut #call = client.#method(#(#args),*) #(#setters)*;
            for (name, value) in headers {
                #call = #call.header(name, value.clone());
            }
            #call.send().await?;
            Ok(())
        }
    }
}

/// A value of type `t` from its JSON sample: a literal for strings, else
/// the JSON decoded into the generated type.
fn argument(api: &Api, t: &Ty, value: &Value, what: &str) -> TokenStream {
    match (t, value) {
        (Ty::String, Value::String(s)) => quote!(#s),
        _ => {
            let t = ty(api, t);
            let json = json_literal(value);
            quote!(de::<#t>(#what, #json)?)
        }
    }
}

/// The body argument for one form.
fn body_value(api: &Api, form: &BodyForm, value: &Value) -> TokenStream {
    match form {
        BodyForm::Json(t) | BodyForm::Form(t) => argument(api, t, value, "body"),
        BodyForm::Bytes { .. } => {
            let text = text_of(value);
            quote!(#text.into())
        }
        BodyForm::Multipart(t) => match t {
            Ty::Named(id) => match &api.ty(*id).kind {
                TypeKind::Multipart(parts) => {
                    let name = ty(api, t);
                    let fields = parts.iter().map(|part| {
                        let field = ident(&part.name);
                        let sample = value.get(&part.wire);
                        let what = format!("part `{}`", part.wire);
                        let file = |v: &Value| {
                            let data = text_of(v);
                            let file_name = &part.wire;
                            quote!(FilePart::new(#data).file_name(#file_name))
                        };
                        let inner = match (&part.kind, sample) {
                            (_, None) => None,
                            (MultipartKind::File, Some(v)) => Some(file(v)),
                            (MultipartKind::Files, Some(v)) => {
                                let files: Vec<TokenStream> = match v {
                                    Value::Array(items) => items.iter().map(file).collect(),
                                    other => vec![file(other)],
                                };
                                Some(quote!(vec![#(#files),*]))
                            }
                            (MultipartKind::Text, Some(v)) => {
                                let text = text_of(v);
                                Some(quote!(String::from(#text)))
                            }
                            (MultipartKind::Json(t), Some(v)) => Some(argument(api, t, v, &what)),
                        };
                        let value = match (&part.kind, inner) {
                            (MultipartKind::Files, Some(v)) => v,
                            (MultipartKind::Files, None) => quote!(Vec::new()),
                            (_, Some(v)) if part.required => v,
                            (_, Some(v)) => quote!(Some(#v)),
                            (_, None) if part.required => {
                                // Required but unsampled: an empty value the server may refuse.
                                match &part.kind {
                                    MultipartKind::File => file(&Value::String(String::new())),
                                    MultipartKind::Text => quote!(String::new()),
                                    MultipartKind::Json(t) => argument(api, t, &Value::Null, &what),
                                    MultipartKind::Files => quote!(Vec::new()),
                                }
                            }
                            (_, None) => quote!(None),
                        };
                        quote!(#field: #value)
                    });
                    quote!(#name { #(#fields),* })
                }
                _ => argument(api, t, value, "body"),
            },
            _ => argument(api, t, value, "body"),
        },
    }
}

/// A sample as text: a string's contents, else its JSON.
fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// JSON as a raw string literal (an escaped one when it contains `"#`).
fn json_literal(value: &Value) -> TokenStream {
    let json = value.to_string();
    if !json.contains("\"#") {
        if let Ok(tokens) = format!("r#\"{json}\"#").parse::<TokenStream>() {
            return tokens;
        }
    }
    quote!(#json)
}
