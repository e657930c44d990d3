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
use quote::quote;
use serde_json::Value;

use generator::emit::{code, ty};
use generator::model::{Api, BodyForm, MultipartKind, Operation, Scalar, Ty, TypeKind};
use generator::naming::ident;
use generator::GeneratedFile;

use crate::OperationSample;

/// How the samples file refers to the client and names itself.
#[derive(Debug, Clone)]
pub struct SamplesOptions {
    /// The path of the runtime's items (`Error`, `FilePart`) in the file,
    /// e.g. `supabase_management_api`.
    pub client_path: String,
    /// The path of the module holding the generated `Client`, `types` and
    /// `operations`; usually the same as `client_path`.
    pub generated_path: String,
    /// The command named in the file's header.
    pub regenerate_command: String,
}

/// The samples file (`samples.rs`) for `api`, with one sample per operation
/// (in the order of `api.operations`, as [`crate::samples`] makes them).
pub fn samples_file(
    api: &Api,
    samples: &[OperationSample],
    options: &SamplesOptions,
) -> Result<GeneratedFile, generator::Error> {
    let path = "samples.rs";
    let parse_path = |text: &str| {
        syn::parse_str::<syn::Path>(text).map_err(|e| generator::Error::Emit {
            file: path.to_owned(),
            message: format!("module path {text:?}: {e}"),
        })
    };
    let client = parse_path(&options.client_path)?;
    let generated = parse_path(&options.generated_path)?;
    let first = format!(
        " Generated from {} {}; do not edit.",
        api.title, api.version
    );
    let second = format!(" Regenerate with `{}`.", options.regenerate_command);
    let pairs: Vec<(&Operation, &OperationSample)> = api.operations.iter().zip(samples).collect();
    let infos = pairs.iter().map(|(op, sample)| call_info(op, sample));
    // A document may repeat an operationId (it should not): the first
    // operation with it, in method order, answers to it.
    let mut seen = std::collections::BTreeSet::new();
    let arms = pairs
        .iter()
        .filter(|(op, _)| seen.insert(op.id.as_str()))
        .map(|(op, _)| {
            let id = &op.id;
            let function = ident(&op.method_name);
            quote!(#id => #function(client, headers).await,)
        });
    let call_body = if pairs.is_empty() {
        // A document with no operations (3.1 makes `paths` optional).
        quote! {
            let _ = (client, id, headers);
            None
        }
    } else {
        quote! {
            Some(match id {
                #(#arms)*
                _ => return None,
            })
        }
    };
    let mut decodes = false;
    let functions: Vec<TokenStream> = pairs
        .iter()
        .map(|(op, sample)| {
            let (function, uses_de) = call_fn(api, op, sample);
            decodes |= uses_de;
            function
        })
        .collect();
    let de = decodes.then(|| {
        quote! {
            /// Decodes a sample value given as JSON into the generated type.
            fn de<T: serde::de::DeserializeOwned>(what: &'static str, json: &str) -> Result<T, CallError> {
                serde_json::from_str(json).map_err(|error| CallError::Sample { what, error })
            }
        }
    });
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
    let mut imports = vec![quote!(Error)];
    if uses_files {
        imports.push(quote!(FilePart));
    }
    let mut generated_imports = vec![quote!(Client)];
    if uses_choice {
        generated_imports.push(quote!(operations));
    }
    if uses_types {
        generated_imports.push(quote!(types));
    }
    let generated_use = quote!(use #generated::{#(#generated_imports),*};);
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
        #generated_use

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

        #de

        /// Makes the sample call of operation `id` with `headers` added, and
        /// decodes its success response; `None` for an unknown id.
        pub async fn call(client: &Client, id: &str, headers: &[(&'static str, String)]) -> Option<Result<(), CallError>> {
            #call_body
        }

        #(#functions)*
    };
    Ok(GeneratedFile {
        path: path.to_owned(),
        contents: generator::format::format_file(tokens).map_err(|message| {
            generator::Error::Emit {
                file: path.to_owned(),
                message,
            }
        })?,
    })
}

fn call_info(op: &Operation, sample: &OperationSample) -> TokenStream {
    let id = &op.id;
    let method = &op.http_method;
    let path = &op.path;
    let status = match sample.status {
        Some(code) => {
            let code = proc_macro2::Literal::u16_unsuffixed(code);
            quote!(Some(#code))
        }
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

/// The sample call of one operation, and whether it decodes a value with `de`.
fn call_fn(api: &Api, op: &Operation, sample: &OperationSample) -> (TokenStream, bool) {
    let function = ident(&op.method_name);
    let method = ident(&op.method_name);
    let doc = format!(
        " `{}`: `{} {}`",
        code(&op.id),
        op.http_method,
        code(&op.path)
    );
    let value_of = |index: usize| {
        sample
            .params
            .iter()
            .find(|(i, _)| *i == index)
            .map(|(_, v)| v)
    };
    let mut args = Args::default();
    let mut call_args = Vec::new();
    let mut setters = Vec::new();
    for (index, param) in op.params.iter().enumerate() {
        let what = format!("parameter `{}`", param.wire);
        let value = value_of(index);
        if param.required {
            let value = value.cloned().unwrap_or(Value::Null);
            call_args.push(args.value(api, &param.name, &param.ty, &value, &what));
        } else if let Some(value) = value {
            let setter = ident(&param.name);
            let value = args.value(api, &param.name, &param.ty, value, &what);
            setters.push(quote!(.#setter(#value)));
        }
    }
    if let (Some(body), Some((index, value))) = (&op.body, &sample.body) {
        if let Some((variant, form)) = body.forms.get(*index) {
            let mut value = args.body(api, form, value);
            if body.forms.len() > 1 {
                let choice = ident(&body.choice_name);
                let variant = ident(variant);
                if matches!(form, BodyForm::Bytes { .. }) {
                    // The variant holds `bytes::Bytes`.
                    value = quote!(#value.into());
                }
                value = quote!(operations::#choice::#variant(#value));
            }
            if body.required {
                call_args.push(value);
            } else {
                setters.push(quote!(.body(#value)));
            }
        }
    }
    let lets = &args.lets;
    let function = quote! {
        #[doc = #doc]
        async fn #function(client: &Client, headers: &[(&'static str, String)]) -> Result<(), CallError> {
            #(#lets)*
            let mut request = client.#method(#(#call_args),*) #(#setters)*;
            for (name, value) in headers {
                request = request.header(name, value.clone());
            }
            request.send().await?;
            Ok(())
        }
    };
    (function, !args.lets.is_empty())
}

/// The arguments of one call: values decoded from JSON are bound to
/// typed `let`s first, so the call itself reads like hand-written code.
#[derive(Default)]
struct Args {
    lets: Vec<TokenStream>,
    names: Vec<String>,
}

impl Args {
    /// A local name for `hint`, unique in the function and clear of its
    /// own names.
    fn local(&mut self, hint: &str) -> proc_macro2::Ident {
        let base = hint.trim_start_matches("r#").to_owned();
        let mut name = base.clone();
        let mut n = 1;
        while ["client", "headers", "request", "name", "value"].contains(&name.as_str())
            || self.names.contains(&name)
        {
            n += 1;
            name = format!("{base}_{n}");
        }
        self.names.push(name.clone());
        ident(&name)
    }

    /// A value of type `t` from its JSON sample: a literal for strings,
    /// else a local holding the JSON decoded into the generated type.
    fn value(&mut self, api: &Api, hint: &str, t: &Ty, value: &Value, what: &str) -> TokenStream {
        match (t, value) {
            (Ty::Scalar(Scalar::String), Value::String(s)) => return quote!(#s),
            (Ty::Bool, Value::Bool(b)) => return quote!(#b),
            (Ty::Scalar(Scalar::I32 | Scalar::I64), Value::Number(n)) => {
                if let Some(n) = n.as_i64() {
                    let n = proc_macro2::Literal::i64_unsuffixed(n);
                    return quote!(#n);
                }
            }
            (Ty::Scalar(Scalar::U32 | Scalar::U64), Value::Number(n)) => {
                if let Some(n) = n.as_u64() {
                    let n = proc_macro2::Literal::u64_unsuffixed(n);
                    return quote!(#n);
                }
            }
            (Ty::Scalar(Scalar::F32 | Scalar::F64), Value::Number(n)) => {
                if let Some(x) = n.as_f64().filter(|x| x.is_finite()) {
                    let x = proc_macro2::Literal::f64_unsuffixed(x);
                    return quote!(#x);
                }
            }
            _ => {}
        }
        let local = self.local(hint);
        let json = json_literal(value);
        if names_runtime(t) {
            // `crate::runtime::..` is the generated crate's path, not this
            // file's: the argument's type is left to inference.
            self.lets.push(quote!(let #local = de(#what, #json)?;));
        } else {
            let t = ty(api, t);
            self.lets.push(quote!(let #local: #t = de(#what, #json)?;));
        }
        quote!(#local)
    }

    /// The body argument for one form.
    fn body(&mut self, api: &Api, form: &BodyForm, value: &Value) -> TokenStream {
        let multipart = match form {
            BodyForm::Json(t) | BodyForm::Form(t) => {
                return self.value(api, "body", t, value, "body")
            }
            // A `&'static str`: the argument takes `impl Into<Bytes>`.
            BodyForm::Bytes { .. } => {
                let text = text_of(value);
                return quote!(#text);
            }
            BodyForm::Multipart(t) => match t {
                Ty::Named(id) => match &api.ty(*id).kind {
                    TypeKind::Multipart(parts) => (t, parts),
                    _ => return self.value(api, "body", t, value, "body"),
                },
                _ => return self.value(api, "body", t, value, "body"),
            },
        };
        let (t, parts) = multipart;
        let name = ty(api, t);
        // The struct is `#[non_exhaustive]`: `new` takes the required
        // parts, and the others are assigned.
        let mut args = Vec::new();
        let mut sets = Vec::new();
        for part in parts {
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
                (MultipartKind::Json(t), Some(v)) => Some(self.value(api, &part.name, t, v, &what)),
            };
            let required = part.required && !matches!(part.kind, MultipartKind::Files);
            let value = match (&part.kind, inner) {
                (MultipartKind::Files, Some(v)) => Some(v),
                (_, Some(v)) if required => Some(v),
                (_, Some(v)) => Some(quote!(Some(#v))),
                // Required but not sampled: an empty value (the server may refuse it).
                (MultipartKind::File, None) if required => {
                    Some(file(&Value::String(String::new())))
                }
                (MultipartKind::Text, None) if required => Some(quote!(String::new())),
                (MultipartKind::Json(t), None) if required => {
                    Some(self.value(api, &part.name, t, &Value::Null, &what))
                }
                (_, None) => None,
            };
            match value {
                Some(value) if required => args.push(value),
                Some(value) => sets.push(quote!(body.#field = #value;)),
                None => {}
            }
        }
        if sets.is_empty() {
            return quote!(#name::new(#(#args),*));
        }
        quote!({
            let mut body = #name::new(#(#args),*);
            #(#sets)*
            body
        })
    }
}

/// Whether the type's spelling names the runtime crate (the types of
/// typed string formats, which generated code reaches through it).
fn names_runtime(t: &Ty) -> bool {
    match t {
        Ty::Scalar(Scalar::Uuid | Scalar::DateTime | Scalar::Date) => true,
        Ty::Vec(t) | Ty::Map(t) | Ty::Boxed(t) | Ty::Option(t) => names_runtime(t),
        _ => false,
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
