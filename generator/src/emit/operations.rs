//! Operations: a method on the client and a request builder per operation.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::docs::{code, doc_attrs, lines, push_paragraph};
use super::types::ty;
use crate::model::{
    Api, Body, BodyForm, Operation, Param, ParamEncoding, ParamLocation, Response, Scalar, Style,
    Ty, TypeKind,
};
use crate::naming::ident;

/// Everything generated for the operations of one module.
pub fn operations_module(
    api: &Api,
    ops: &[&Operation],
    aliases: &crate::record::Aliases,
) -> TokenStream {
    let methods = ops.iter().map(|op| client_method(api, op, None));
    // Old names of renamed operations, kept deprecated for a release.
    let alias_methods = aliases.methods.iter().filter_map(|(alias, id)| {
        let op = ops.iter().find(|op| op.id == *id)?;
        Some(client_method(api, op, Some(alias)))
    });
    let alias_builders = aliases.builders.iter().filter_map(|(alias, id)| {
        let op = ops.iter().find(|op| op.id == *id)?;
        let note = format!("renamed to `{}`", op.builder_name);
        let doc = format!(
            " The request builder's name before the operation was renamed: [`{}`].",
            op.builder_name
        );
        let (alias, builder) = (ident(alias), ident(&op.builder_name));
        Some(quote! {
            #[doc = #doc]
            #[deprecated = #note]
            pub type #alias = #builder;
        })
    });
    let builders = ops.iter().map(|op| builder(api, op));
    let uses_types = ops.iter().any(|op| mentions_types(op));
    let import = uses_types.then(|| {
        quote!(
            use super::super::types;
        )
    });
    quote! {
        use super::super::Client;
        #import

        impl Client {
            #(#methods)*
            #(#alias_methods)*
        }

        #(#builders)*

        #(#alias_builders)*
    }
}

/// Whether an operation's signature names a generated type.
fn mentions_types(op: &Operation) -> bool {
    let mut named = Vec::new();
    for p in &op.params {
        p.ty.collect_named(&mut named);
    }
    for (_, form) in op.body.iter().flat_map(|b| &b.forms) {
        if let BodyForm::Json(t) | BodyForm::Form(t) | BodyForm::Multipart(t) = form {
            t.collect_named(&mut named);
        }
    }
    if let Response::Json(t) | Response::Header { ty: t, .. } = &op.response {
        t.collect_named(&mut named);
    }
    !named.is_empty()
}

/// How a value of type `t` is passed into the builder: a string (or an
/// alias of one, such as a `oneOf` of strings) as anything that converts
/// into it.
fn arg_type(api: &Api, t: &Ty) -> TokenStream {
    match unalias(api, t) {
        Ty::Scalar(Scalar::String) => {
            let t = ty(api, t);
            quote!(impl Into<#t>)
        }
        _ => ty(api, t),
    }
}

/// Converts an argument into what the builder stores.
fn arg_into(api: &Api, t: &Ty, name: &Ident) -> TokenStream {
    match unalias(api, t) {
        Ty::Scalar(Scalar::String) => quote!(#name.into()),
        _ => quote!(#name),
    }
}

/// A field initializer, in shorthand form when the value is the argument itself.
fn init(name: &Ident, value: TokenStream) -> TokenStream {
    if *name == value.to_string() {
        quote!(#name)
    } else {
        quote!(#name: #value)
    }
}

/// The parameters that are arguments of the client method.
fn required_params(op: &Operation) -> impl Iterator<Item = &Param> {
    op.params.iter().filter(|p| p.required)
}

fn optional_params(op: &Operation) -> impl Iterator<Item = &Param> {
    op.params.iter().filter(|p| !p.required)
}

/// The stored type of the body, and how an argument becomes it.
fn body_type(api: &Api, body: &Body) -> (TokenStream, TokenStream) {
    if let [(_, form)] = body.forms.as_slice() {
        match form {
            BodyForm::Json(t) | BodyForm::Form(t) => (ty(api, t), ty(api, t)),
            BodyForm::Bytes { .. } => (quote!(bytes::Bytes), quote!(impl Into<bytes::Bytes>)),
            BodyForm::Multipart(t) => (ty(api, t), ty(api, t)),
        }
    } else {
        let choice = ident(&body.choice_name);
        (quote!(#choice), quote!(impl Into<#choice>))
    }
}

fn method_docs(op: &Operation) -> Vec<String> {
    let mut doc = lines(&op.docs);
    push_paragraph(
        &mut doc,
        format!(
            "`{} {}` (operation `{}`)",
            op.http_method,
            code(&op.path),
            code(&op.id)
        ),
    );
    if let Some(scope) = &op.oauth_scope {
        push_paragraph(&mut doc, format!("OAuth scope: `{}`.", code(scope)));
    }
    if op.deprecated {
        push_paragraph(&mut doc, "**Deprecated** in the API.");
    }
    if op.internal {
        push_paragraph(
            &mut doc,
            "**Internal**: marked `x-internal` in the spec; it may change without notice.",
        );
    }
    // Arguments with a description of their own (a bare name says nothing
    // the signature does not).
    let args: Vec<String> = required_params(op)
        .filter_map(|p| {
            let text = lines(&p.docs).join(" ");
            let name = p.name.trim_start_matches("r#");
            (!text.is_empty()).then(|| format!("- `{name}`: {text}"))
        })
        .chain(op.body.iter().filter(|b| b.required).filter_map(|b| {
            let text = lines(&b.docs).join(" ");
            (!text.is_empty()).then(|| format!("- `body`: {text}"))
        }))
        .collect();
    if !args.is_empty() {
        push_paragraph(&mut doc, "# Arguments");
        doc.push(String::new());
        doc.extend(args);
    }
    doc
}

/// `Debug` for a request builder with secret parameters: like the derive,
/// with each secret shown as `[redacted]` (bodies redact their own secrets).
fn builder_debug(op: &Operation) -> TokenStream {
    let builder = ident(&op.builder_name);
    let label = op.builder_name.as_str();
    let params = op.params.iter().map(|p| {
        let field = ident(&p.name);
        let label = p.name.trim_start_matches("r#");
        if p.sensitive {
            quote!(.field(#label, &format_args!("[redacted]")))
        } else {
            quote!(.field(#label, &self.#field))
        }
    });
    let body = op.body.as_ref().map(|_| quote!(.field("body", &self.body)));
    quote! {
        impl std::fmt::Debug for #builder {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(#label)
                    #(#params)*
                    #body
                    .field("call", &self.call)
                    .finish()
            }
        }
    }
}

/// The client method of an operation, or a deprecated alias of it under an
/// old name.
fn client_method(api: &Api, op: &Operation, alias: Option<&str>) -> TokenStream {
    let doc = match alias {
        None => doc_attrs(&method_docs(op)),
        Some(_) => {
            let text = format!(
                " Renamed to [`Client::{0}`]; this name is kept for one release.",
                op.method_name.trim_start_matches("r#")
            );
            quote!(#[doc = #text])
        }
    };
    let method = ident(alias.unwrap_or(&op.method_name));
    let search_alias = crate::naming::doc_alias(&op.id, &op.method_name)
        .filter(|_| alias.is_none())
        .map(|a| quote!(#[doc(alias = #a)]));
    let builder = ident(&op.builder_name);
    let mut args = Vec::new();
    let mut inits = Vec::new();
    for p in required_params(op) {
        let name = ident(&p.name);
        let t = arg_type(api, &p.ty);
        let value = arg_into(api, &p.ty, &name);
        args.push(quote!(#name: #t));
        inits.push(init(&name, value));
    }
    for p in optional_params(op) {
        let name = ident(&p.name);
        inits.push(quote!(#name: None));
    }
    if let Some(body) = &op.body {
        let (stored, arg) = body_type(api, body);
        if body.required {
            args.push(quote!(body: #arg));
            let value = if stored.to_string() == arg.to_string() {
                quote!(body)
            } else {
                quote!(body.into())
            };
            inits.push(init(&format_ident!("body"), value));
        } else {
            inits.push(quote!(body: None));
        }
    }
    let deprecated = match alias {
        Some(_) => {
            let note = format!("renamed to `{}`", op.method_name.trim_start_matches("r#"));
            Some(quote!(#[deprecated = #note]))
        }
        None => op
            .deprecated
            .then(|| quote!(#[deprecated = "deprecated in the API"])),
    };
    quote! {
        #doc
        #search_alias
        #deprecated
        pub fn #method(&self, #(#args),*) -> #builder {
            #builder {
                #(#inits,)*
                call: crate::runtime::CallOptions::new(self),
            }
        }
    }
}

fn response_type(api: &Api, op: &Operation) -> TokenStream {
    match &op.response {
        Response::Unit => quote!(()),
        Response::Json(t) => ty(api, t),
        Response::Text => quote!(String),
        Response::Bytes => quote!(bytes::Bytes),
        Response::Header { ty: t, .. } => ty(api, t),
    }
}

/// The runtime's decoder of the success response, as `runtime::call!`
/// takes it.
fn decoder(op: &Operation) -> TokenStream {
    match &op.response {
        Response::Unit => quote!(Unit),
        Response::Json(_) => quote!(Json),
        Response::Text => quote!(Text),
        Response::Bytes => quote!(Body),
        Response::Header { name, .. } => quote!(Header(#name)),
    }
}

/// The request builder of `op`: its parameters, their setters and how it
/// describes its call (`request`, `#[inline]`); `runtime::call!` adds what
/// every builder shares (`header`, `timeout`, `attempt_timeout`, `send`,
/// `send_with_metadata`, `send_raw`, `.await`, the last four `#[inline]`
/// too). rustc then compiles them (and the body's serialization they
/// instantiate) in the crate that calls them, so the client's own build
/// skips them and a program compiles only the operations it uses.
fn builder(api: &Api, op: &Operation) -> TokenStream {
    let builder = ident(&op.builder_name);
    let method = &op.method_name;
    let doc = format!(
        " Request builder for [`Client::{}`].",
        method.trim_start_matches("r#")
    );
    let mut fields = Vec::new();
    for p in required_params(op) {
        let name = ident(&p.name);
        let t = ty(api, &p.ty);
        fields.push(quote!(#name: #t));
    }
    for p in optional_params(op) {
        let name = ident(&p.name);
        let t = ty(api, &p.ty);
        fields.push(quote!(#name: Option<#t>));
    }
    let mut setters: Vec<TokenStream> = optional_params(op).map(|p| setter(api, p)).collect();
    let choice = op.body.as_ref().map(|body| {
        let (stored, arg) = body_type(api, body);
        if body.required {
            fields.push(quote!(body: #stored));
        } else {
            fields.push(quote!(body: Option<#stored>));
            let mut doc = lines(&body.docs);
            if doc.is_empty() {
                doc.push("Sets the request body.".to_owned());
            }
            let doc = doc_attrs(&doc);
            let value = if stored.to_string() == arg.to_string() {
                quote!(value)
            } else {
                quote!(value.into())
            };
            setters.push(quote! {
                #doc
                pub fn body(mut self, value: #arg) -> Self {
                    self.body = Some(#value);
                    self
                }
            });
        }
        body_choice(api, body)
    });
    let response = response_type(api, op);
    let request = request_fn(api, op);
    let decoder = decoder(op);
    let allow_missing_docs = optional_params(op)
        .any(|p| lines(&p.docs).is_empty() && !p.deprecated)
        .then(|| quote!(#[allow(missing_docs)]));
    let secret = op.params.iter().any(|p| p.sensitive);
    let derive_debug = (!secret).then(|| quote!(#[derive(Debug)]));
    let redacted_debug = secret.then(|| builder_debug(op));
    quote! {
        #redacted_debug

        #[doc = #doc]
        #derive_debug
        #[must_use = "a request does nothing until it is sent or awaited"]
        pub struct #builder {
            #(#fields,)*
            call: crate::runtime::CallOptions,
        }

        #allow_missing_docs
        impl #builder {
            #(#setters)*

            #request
        }

        crate::runtime::call!(#builder, #response, #decoder);

        #choice
    }
}

fn setter(api: &Api, p: &Param) -> TokenStream {
    let mut doc = lines(&p.docs);
    if p.deprecated {
        push_paragraph(&mut doc, "**Deprecated** in the API.");
    }
    let doc = doc_attrs(&doc);
    let name = ident(&p.name);
    let t = arg_type(api, &p.ty);
    let value = arg_into(api, &p.ty, &format_ident!("value"));
    let deprecated = p
        .deprecated
        .then(|| quote!(#[deprecated = "deprecated in the API"]));
    quote! {
        #doc
        #deprecated
        pub fn #name(mut self, value: #t) -> Self {
            self.#name = Some(#value);
            self
        }
    }
}

/// The enum that picks one of several body media types.
fn body_choice(api: &Api, body: &Body) -> Option<TokenStream> {
    if body.forms.len() < 2 {
        return None;
    }
    let name = ident(&body.choice_name);
    let doc = " A request body in one of the media types the operation accepts.";
    let variants = body.forms.iter().map(|(vname, form)| {
        let v = ident(vname);
        let (t, media) = match form {
            BodyForm::Json(t) => (ty(api, t), "application/json".to_owned()),
            BodyForm::Form(t) => (ty(api, t), "application/x-www-form-urlencoded".to_owned()),
            BodyForm::Multipart(t) => (ty(api, t), "multipart/form-data".to_owned()),
            BodyForm::Bytes { content_type } => (quote!(bytes::Bytes), content_type.clone()),
        };
        let d = format!(" Sent as `{}`.", code(&media));
        quote!(#[doc = #d] #v(#t),)
    });
    let froms = body.forms.iter().filter_map(|(vname, form)| {
        let v = ident(vname);
        let t = match form {
            BodyForm::Json(t) | BodyForm::Form(t) => ty(api, t),
            _ => return None,
        };
        Some(quote! {
            impl From<#t> for #name {
                fn from(value: #t) -> Self {
                    Self::#v(value)
                }
            }
        })
    });
    Some(quote! {
        #[doc = #doc]
        #[derive(Debug, Clone)]
        pub enum #name {
            #(#variants)*
        }

        #(#froms)*
    })
}

/// Encodes one body form held in `value`.
fn encode_form(body: &Body, form: &BodyForm) -> TokenStream {
    match form {
        BodyForm::Json(_) => quote!(crate::runtime::RequestBody::json(&value)?),
        BodyForm::Form(_) if body.form_encoding.is_empty() => {
            quote!(crate::runtime::RequestBody::form(&value)?)
        }
        BodyForm::Form(_) => {
            let styles = body.form_encoding.iter().map(|(name, encoding)| {
                let style = style_tokens(encoding);
                quote!((#name, #style))
            });
            quote!(crate::runtime::RequestBody::form_styled(&value, &[#(#styles),*])?)
        }
        BodyForm::Multipart(_) => {
            quote!(crate::runtime::RequestBody::Multipart(value.into_parts()?))
        }
        BodyForm::Bytes { content_type } => quote!(crate::runtime::RequestBody::Bytes {
            content_type: #content_type,
            data: value,
        }),
    }
}

fn encode_body(body: &Body) -> TokenStream {
    if let [(_, form)] = body.forms.as_slice() {
        return encode_form(body, form);
    }
    let name = ident(&body.choice_name);
    let arms = body.forms.iter().map(|(vname, form)| {
        let v = ident(vname);
        let encode = encode_form(body, form);
        quote!(#name::#v(value) => #encode,)
    });
    quote!(match value { #(#arms)* })
}

/// The type behind aliases: what a parameter's value really is.
pub(super) fn unalias<'t>(api: &'t Api, mut t: &'t Ty) -> &'t Ty {
    for _ in 0..api.types.len() {
        match t {
            Ty::Named(id) => match &api.ty(*id).kind {
                TypeKind::Alias(inner) => t = inner,
                _ => return t,
            },
            _ => return t,
        }
    }
    t
}

/// Turns a parameter value (bound to `value`) into its text form.
fn param_text(api: &Api, t: &Ty) -> TokenStream {
    match unalias(api, t) {
        Ty::Scalar(Scalar::String) => quote!(value),
        // RFC 3339, as the value is written in JSON (not chrono's `Display`).
        Ty::Scalar(Scalar::DateTime) => quote!(crate::runtime::rfc3339(&value)),
        scalar if scalar.is_scalar() => quote!(value.to_string()),
        Ty::Named(id) if matches!(api.ty(*id).kind, TypeKind::Enum(_)) => quote!(value.to_string()),
        _ => quote!(crate::runtime::json_text(&value)?),
    }
}

/// Whether a parameter is written as it always was: a primitive or enum
/// (or, in a query, an array of them) in its location's default style, sent
/// by pushing its text. Anything else is written by the runtime's
/// `params` module.
fn plain(api: &Api, p: &Param) -> bool {
    let primitive = |t: &Ty| match unalias(api, t) {
        Ty::Named(id) => matches!(api.ty(*id).kind, TypeKind::Enum(_)),
        other => other.is_scalar(),
    };
    if p.encoding != ParamEncoding::default_for(p.location) {
        return false;
    }
    match (p.location, unalias(api, &p.ty)) {
        (ParamLocation::Cookie, _) => false,
        (ParamLocation::Query, Ty::Vec(item)) => primitive(item),
        (_, t) => primitive(t),
    }
}

/// The runtime's `ParamStyle` of an encoding.
fn style_tokens(encoding: &ParamEncoding) -> TokenStream {
    let base = match (encoding.style, encoding.explode) {
        (Style::Simple, false) => quote!(crate::runtime::ParamStyle::SIMPLE),
        (Style::Form, true) => quote!(crate::runtime::ParamStyle::FORM),
        (style, explode) => {
            let constructor = format_ident!(
                "{}",
                match style {
                    Style::Simple => "simple",
                    Style::Label => "label",
                    Style::Matrix => "matrix",
                    Style::Form => "form",
                    Style::SpaceDelimited => "space_delimited",
                    Style::PipeDelimited => "pipe_delimited",
                    Style::DeepObject => "deep_object",
                }
            );
            quote!(crate::runtime::ParamStyle::#constructor(#explode))
        }
    };
    if encoding.allow_reserved {
        quote!(#base.allow_reserved())
    } else {
        base
    }
}

/// The value of a parameter (`value`: an expression of its type) as the
/// runtime's `params` functions take it: a reference, or its JSON text.
fn styled_value(p: &Param, value: TokenStream) -> TokenStream {
    if p.encoding.json {
        quote!(&crate::runtime::json_text(&#value)?)
    } else {
        quote!(&#value)
    }
}

/// Writes one query, header or cookie parameter held in `value` into
/// `request`.
fn push_param(api: &Api, p: &Param) -> TokenStream {
    let wire = &p.wire;
    if !plain(api, p) {
        let style = style_tokens(&p.encoding);
        let value = styled_value(p, quote!(value));
        let method = match p.location {
            ParamLocation::Header => format_ident!("header_param"),
            ParamLocation::Cookie => format_ident!("cookie_param"),
            _ => format_ident!("query_param"),
        };
        return quote!(request.#method(#wire, #value, #style)?;);
    }
    let list = match p.location {
        ParamLocation::Header => format_ident!("headers"),
        _ => format_ident!("query"),
    };
    match unalias(api, &p.ty) {
        Ty::Vec(item) => {
            let text = param_text(api, item);
            quote! {
                for value in value {
                    request.#list.push((#wire, #text));
                }
            }
        }
        other => {
            let text = param_text(api, other);
            quote!(request.#list.push((#wire, #text));)
        }
    }
}

fn request_fn(api: &Api, op: &Operation) -> TokenStream {
    let id = &op.id;
    let method = &op.http_method;
    let template = &op.path;
    // The path: the template's placeholders filled, in order, with the
    // parameters' text (the runtime encodes each as one segment), or, when
    // one has a style of its own, with every parameter's encoded text.
    let path_param = |name: &str| {
        op.params
            .iter()
            .find(|p| p.location == ParamLocation::Path && p.wire == name)
    };
    let names = crate::model::template_names(template);
    let styled = names
        .iter()
        .any(|n| path_param(n).is_some_and(|p| !plain(api, p)));
    let mut values = Vec::new();
    let mut segments = Vec::new();
    for name in &names {
        match path_param(name) {
            Some(p) if !plain(api, p) => {
                let field = ident(&p.name);
                let segment = format_ident!("segment_{}", segments.len());
                let style = style_tokens(&p.encoding);
                let value = styled_value(p, quote!(self.#field));
                let wire = &p.wire;
                segments.push(quote! {
                    let #segment = crate::runtime::path_param(#wire, #value, #style)?;
                });
                values.push(quote!(&#segment));
            }
            Some(p) if *unalias(api, &p.ty) == Ty::Scalar(Scalar::String) && !styled => {
                let field = ident(&p.name);
                values.push(quote!(&self.#field));
            }
            Some(p) => {
                let field = ident(&p.name);
                let segment = format_ident!("segment_{}", segments.len());
                let text = param_text(api, &p.ty);
                let text = if styled {
                    quote!(crate::runtime::encode_path_segment(&#text))
                } else {
                    text
                };
                segments.push(quote! {
                    let #segment = {
                        let value = self.#field;
                        #text
                    };
                });
                values.push(quote!(&#segment));
            }
            // Undeclared (a diagnostic): sent as an empty segment.
            None => values.push(quote!("")),
        }
    }
    let path = if values.is_empty() {
        quote!(String::from(#template))
    } else if styled {
        quote!(crate::runtime::expand_path_encoded(OPERATION.path, &[#(#values),*]))
    } else {
        quote!(crate::runtime::expand_path(OPERATION.path, &[#(#values),*]))
    };
    let params: Vec<TokenStream> = op
        .params
        .iter()
        .filter(|p| p.location != ParamLocation::Path)
        .map(|p| {
            let field = ident(&p.name);
            let push = push_param(api, p);
            if p.required {
                quote! {
                    let value = self.#field;
                    #push
                }
            } else {
                quote! {
                    if let Some(value) = self.#field {
                        #push
                    }
                }
            }
        })
        .collect();
    let body = op.body.as_ref().map(|body| {
        let encode = encode_body(body);
        if body.required {
            quote! {
                let value = self.body;
                request.body = #encode;
            }
        } else {
            quote! {
                if let Some(value) = self.body {
                    request.body = #encode;
                }
            }
        }
    });
    // `security: []`: no credentials; a requirement: its credentials; an
    // operation with servers of its own: its server.
    let (security, security_static) = match super::access::security(api, op) {
        Some(value) if op.authenticated => (
            Some(quote!(.with_security(SECURITY))),
            Some(quote!(static SECURITY: crate::runtime::Security = #value;)),
        ),
        _ => (None, None),
    };
    let (server, server_static) = match &op.server {
        Some(s) => {
            let value = super::access::server(s);
            (
                Some(quote!(.with_server(&SERVER))),
                Some(quote!(static SERVER: crate::runtime::Server = #value;)),
            )
        }
        None => (None, None),
    };
    let without_auth = (!op.authenticated).then(|| quote!(.without_auth()));
    let redirect = op.redirect.then(|| quote!(.with_redirect_answer()));
    let without_auth = quote!(#without_auth #security #server #redirect);
    // Parameters and a body are written into the request; without them it
    // goes out as made.
    let mutable = (!params.is_empty() || body.is_some()).then(|| quote!(mut));
    let build = if mutable.is_some() {
        quote! {
            let mut request = crate::runtime::Request::new(&OPERATION, path)#without_auth;
            #(#params)*
            #body
            Ok(self.call.finish(request))
        }
    } else {
        quote!(Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)#without_auth)))
    };
    quote! {
        #[inline]
        fn request(self) -> crate::runtime::Prepared {
            static OPERATION: crate::runtime::Operation =
                crate::runtime::Operation::new(#id, #method, #template);
            #security_static
            #server_static
            #(#segments)*
            let path = #path;
            #build
        }
    }
}
