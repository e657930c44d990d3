//! Types: one function per kind of [`TypeDef`], each returning tokens.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{code, doc_attrs, lines, push_paragraph, schema_path};
use crate::model::{
    Api, Enum, Field, MultipartField, MultipartKind, OneOf, Presence, Spelling, Struct, Tagging,
    Ty, TypeDef, TypeKind, VariantPayload,
};
use crate::naming::ident;

/// The Rust type for a type expression, as seen from an `operations` file
/// (which imports the `types` module).
pub fn ty(api: &Api, ty: &Ty) -> TokenStream {
    ty_in(api, ty, true)
}

/// The Rust type for a type expression; named types are written
/// `types::Name` when `qualified`, else bare (for the `types` module, whose
/// files import what they use).
fn ty_in(api: &Api, ty: &Ty, qualified: bool) -> TokenStream {
    let text = ty.display(api, Spelling::Code { qualified }).to_string();
    // The text is made of names from `naming`: it always lexes.
    text.parse().unwrap_or_else(|e: proc_macro2::LexError| {
        let message = format!("internal error: type `{text}` does not lex: {e}");
        quote!(::core::compile_error!(#message))
    })
}

/// One named type with its docs and impls.
pub fn type_def(api: &Api, def: &TypeDef) -> TokenStream {
    let mut doc = lines(&def.docs);
    if def.deprecated {
        push_paragraph(&mut doc, "**Deprecated** in the API.");
    }
    push_paragraph(
        &mut doc,
        format!("Schema: `{}`", code(&schema_path(&def.pointer))),
    );
    let doc = doc_attrs(&doc);
    let name = ident(&def.name);
    match &def.kind {
        TypeKind::Struct(s) => struct_def(api, &name, doc, s, def.in_request),
        TypeKind::Enum(e) => enum_def(&name, doc, e),
        TypeKind::OneOf(o) => one_of_def(api, &name, doc, o, def.in_request),
        TypeKind::Multipart(parts) => multipart_def(api, &name, doc, parts),
        TypeKind::Alias(t) => {
            let t = ty_in(api, t, false);
            quote! {
                #doc
                pub type #name = #t;
            }
        }
    }
}

/// A struct, written inside `runtime::object!`, which adds its serde impls
/// (see the runtime's `items.rs`): the fields as a reader would write them,
/// a `#[wire(..)]` only where the key is not the field's name or an
/// `Option` field is always written, and the additional properties last.
fn struct_def(
    api: &Api,
    name: &proc_macro2::Ident,
    doc: TokenStream,
    s: &Struct,
    in_request: bool,
) -> TokenStream {
    let fields = s.fields.iter().map(|f| {
        let field = field(api, f, in_request);
        quote!(#field,)
    });
    let additional = s.additional.as_ref().map(|value| {
        let value = ty_in(api, value, false);
        let field_name = ident(&s.additional_field);
        quote! {
            #[additional]
            /// Properties not listed in the schema.
            pub #field_name: std::collections::BTreeMap<String, #value>,
        }
    });
    let derive_default = s.fields.iter().all(|f| {
        f.presence(in_request) != Presence::Required
            && f.presence(in_request) != Presence::RequiredNullable
    });
    let default = derive_default.then(|| quote!(, Default));
    let allow_missing_docs = s
        .fields
        .iter()
        .any(|f| lines(&f.docs).is_empty() && !f.deprecated)
        .then(|| quote!(#[allow(missing_docs)]));
    // A struct with a secret field gets a `Debug` that redacts it.
    let secret = s.fields.iter().any(|f| f.sensitive);
    let debug = (!secret).then(|| quote!(Debug,));
    let redacted_debug = secret.then(|| redacted_debug(name, s));
    quote! {
        crate::runtime::object! {
            #doc
            #allow_missing_docs
            #[derive(#debug Clone, PartialEq #default)]
            #[non_exhaustive]
            pub struct #name {
                #(#fields)*
                #additional
            }
        }

        #redacted_debug
    }
}

/// `#[allow(deprecated)]` for code that names every field of `s`, when one
/// of them is deprecated.
fn allow_deprecated(s: &Struct) -> Option<TokenStream> {
    s.fields
        .iter()
        .any(|f| f.deprecated)
        .then(|| quote!(#[allow(deprecated)]))
}

/// `Debug` for a struct with secret fields: like the derive, with each
/// secret shown as `[redacted]`.
fn redacted_debug(name: &proc_macro2::Ident, s: &Struct) -> TokenStream {
    let label = name.to_string();
    let fields = s.fields.iter().map(|f| {
        let field = ident(&f.name);
        let label = f.name.trim_start_matches("r#");
        if f.sensitive {
            quote!(.field(#label, &format_args!("[redacted]")))
        } else {
            quote!(.field(#label, &self.#field))
        }
    });
    let additional = s.additional.as_ref().map(|_| {
        let field = ident(&s.additional_field);
        let label = s.additional_field.as_str();
        quote!(.field(#label, &self.#field))
    });
    let allow_deprecated = allow_deprecated(s);
    quote! {
        #allow_deprecated
        impl std::fmt::Debug for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(#label)
                    #(#fields)*
                    #additional
                    .finish()
            }
        }
    }
}

/// A field of a struct (`public`, inside `runtime::object!`, so with a
/// `#[wire(..)]` where needed) or of a `oneOf` variant (private, derived
/// serde impls, so with serde attributes). Docs only when the spec has some.
fn field_tokens(api: &Api, f: &Field, in_request: bool, public: bool) -> TokenStream {
    let mut doc = lines(&f.docs);
    if f.deprecated {
        push_paragraph(&mut doc, "**Deprecated** in the API.");
    }
    let doc = doc_attrs(&doc);
    let name = ident(&f.name);
    let renamed = f.name.trim_start_matches("r#") != f.wire;
    let rename = (!public && renamed).then(|| {
        let wire = &f.wire;
        quote!(#[serde(rename = #wire)])
    });
    let inner = ty_in(api, &f.ty, false);
    let presence = f.presence(in_request);
    let (serde_attr, full) = match presence {
        Presence::Required => (quote!(), inner),
        Presence::RequiredNullable => (quote!(), quote!(Option<#inner>)),
        Presence::Optional => (
            quote!(#[serde(default, skip_serializing_if = "Option::is_none")]),
            quote!(Option<#inner>),
        ),
        Presence::OptionalNullable => (
            quote!(#[serde(default, skip_serializing_if = "crate::runtime::Nullable::is_absent")]),
            quote!(crate::runtime::Nullable<#inner>),
        ),
    };
    let attr = if public {
        // The macro takes a field's key from its name, and an `Option`
        // field as one that may be absent.
        let always = match presence {
            Presence::Required | Presence::RequiredNullable => true,
            Presence::Optional | Presence::OptionalNullable => false,
        };
        let wire = (f.name != f.wire).then(|| {
            let wire = &f.wire;
            quote!(#wire)
        });
        let required = always.then(|| quote!(required));
        let comma = (wire.is_some() && always).then(|| quote!(,));
        (wire.is_some() || always).then(|| quote!(#[wire(#wire #comma #required)]))
    } else {
        Some(serde_attr)
    };
    let vis = public.then(|| quote!(pub));
    let deprecated = f
        .deprecated
        .then(|| quote!(#[deprecated = "deprecated in the API"]));
    quote! {
        #doc
        #deprecated
        #rename
        #attr
        #vis #name: #full
    }
}

fn field(api: &Api, f: &Field, in_request: bool) -> TokenStream {
    field_tokens(api, f, in_request, true)
}

/// A string enum. An open one is written inside `runtime::open_enum!`,
/// which adds `Unknown(String)` and its impls (see the runtime's
/// `items.rs`); a closed one derives serde's impls. Values have no docs of
/// their own (a value's docs would only repeat it).
fn enum_def(name: &proc_macro2::Ident, doc: TokenStream, e: &Enum) -> TokenStream {
    let variant_names: Vec<_> = e.variants.iter().map(|v| ident(&v.name)).collect();
    let wires: Vec<&str> = e.variants.iter().map(|v| v.wire.as_str()).collect();
    if e.open {
        return quote! {
            crate::runtime::open_enum! {
                #doc
                #[allow(missing_docs)]
                pub enum #name {
                    #(#variant_names = #wires,)*
                }
            }
        };
    }
    let renames = wires.iter().map(|w| quote!(#[serde(rename = #w)]));
    quote! {
        #doc
        #[allow(missing_docs)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[non_exhaustive]
        pub enum #name {
            #(#renames #variant_names,)*
        }

        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &'static str {
                match self {
                    #(Self::#variant_names => #wires,)*
                }
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl crate::runtime::Field for #name {}
    }
}

fn one_of_def(
    api: &Api,
    name: &proc_macro2::Ident,
    doc: TokenStream,
    o: &OneOf,
    in_request: bool,
) -> TokenStream {
    if let Tagging::Dispatch { property } = &o.tagging {
        return dispatch_def(api, name, doc, o, property);
    }
    let tagging = match &o.tagging {
        Tagging::Dispatch { .. } => quote!(),
        Tagging::Internal { property } => quote!(#[serde(tag = #property)]),
        Tagging::Untagged => quote!(#[serde(untagged)]),
    };
    let variants = o.variants.iter().map(|v| {
        let doc = doc_attrs(&lines(&v.docs));
        let vname = ident(&v.name);
        let rename = v.tag.as_ref().map(|t| quote!(#[serde(rename = #t)]));
        let payload = match &v.payload {
            VariantPayload::Value(t) => {
                let t = ty_in(api, t, false);
                quote!((#t))
            }
            VariantPayload::Fields(fields) => {
                let fields = fields
                    .iter()
                    .map(|f| field_tokens(api, f, in_request, false));
                quote!({ #(#fields,)* })
            }
        };
        quote!(#doc #rename #vname #payload,)
    });
    // Responses may carry tags added after this crate was generated.
    let unknown = (matches!(o.tagging, Tagging::Internal { .. }) && !in_request).then(|| {
        quote! {
            /// A variant this version of the crate does not know (its fields are dropped).
            #[serde(other)]
            Unknown,
        }
    });
    let undocumented = o.variants.iter().any(|v| match &v.payload {
        VariantPayload::Value(_) => lines(&v.docs).is_empty(),
        VariantPayload::Fields(fields) => {
            lines(&v.docs).is_empty() || fields.iter().any(|f| lines(&f.docs).is_empty())
        }
    });
    let allow_missing_docs = undocumented.then(|| quote!(#[allow(missing_docs)]));
    let secret = o.variants.iter().any(|v| {
        matches!(&v.payload, VariantPayload::Fields(fields) if fields.iter().any(|f| f.sensitive))
    });
    let debug = (!secret).then(|| quote!(Debug,));
    let redacted_debug = secret.then(|| redacted_enum_debug(name, o, unknown.is_some()));
    quote! {
        #doc
        #allow_missing_docs
        #[derive(#debug Clone, PartialEq, Serialize, Deserialize)]
        #tagging
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            #unknown
        }

        impl crate::runtime::Field for #name {}
        #redacted_debug
    }
}

/// `Debug` for a `oneOf` whose struct variants have secret fields: like the
/// derive, with each secret shown as `[redacted]`.
fn redacted_enum_debug(name: &proc_macro2::Ident, o: &OneOf, unknown: bool) -> TokenStream {
    let arms = o.variants.iter().map(|v| {
        let vname = ident(&v.name);
        let label = v.name.as_str();
        match &v.payload {
            VariantPayload::Value(_) => quote! {
                Self::#vname(value) => f.debug_tuple(#label).field(value).finish(),
            },
            VariantPayload::Fields(fields) => {
                let names: Vec<_> = fields.iter().map(|f| ident(&f.name)).collect();
                let shown = fields.iter().zip(&names).map(|(field, id)| {
                    let label = field.name.trim_start_matches("r#");
                    if field.sensitive {
                        quote!(.field(#label, &format_args!("[redacted]")))
                    } else {
                        quote!(.field(#label, #id))
                    }
                });
                quote! {
                    #[allow(unused_variables)]
                    Self::#vname { #(#names),* } => f.debug_struct(#label) #(#shown)* .finish(),
                }
            }
        }
    });
    let unknown = unknown.then(|| quote!(Self::Unknown => f.write_str("Unknown"),));
    let deprecated = o.variants.iter().any(|v| {
        matches!(&v.payload, VariantPayload::Fields(fields) if fields.iter().any(|f| f.deprecated))
    });
    let allow_deprecated = deprecated.then(|| quote!(#[allow(deprecated)]));
    quote! {
        #allow_deprecated
        impl std::fmt::Debug for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self {
                    #(#arms)*
                    #unknown
                }
            }
        }
    }
}

/// The named types a type definition mentions, for the file's imports.
pub fn referenced(def: &TypeDef, out: &mut Vec<crate::model::TypeId>) {
    let mut add = |t: &Ty| t.collect_named(out);
    match &def.kind {
        TypeKind::Struct(s) => {
            s.fields.iter().for_each(|f| add(&f.ty));
            s.additional.iter().for_each(&mut add);
        }
        TypeKind::OneOf(o) => {
            for v in &o.variants {
                match &v.payload {
                    VariantPayload::Value(t) => add(t),
                    VariantPayload::Fields(fields) => fields.iter().for_each(|f| add(&f.ty)),
                }
            }
        }
        TypeKind::Alias(t) => add(t),
        TypeKind::Multipart(parts) => {
            for part in parts {
                if let MultipartKind::Json(t) = &part.kind {
                    add(t);
                }
            }
        }
        TypeKind::Enum(_) => {}
    }
}

/// Whether a value of `t` is always a JSON object (a struct or a map).
fn is_object(api: &Api, t: &Ty) -> bool {
    match super::operations::unalias(api, t) {
        Ty::Map(_) => true,
        Ty::Named(id) => matches!(api.ty(*id).kind, TypeKind::Struct(_)),
        _ => false,
    }
}

/// A `multipart/form-data` body: a struct of parts and its conversion to
/// the runtime's parts, in field order.
fn multipart_def(
    api: &Api,
    name: &proc_macro2::Ident,
    doc: TokenStream,
    parts: &[MultipartField],
) -> TokenStream {
    let fields = parts.iter().map(|p| {
        let d = doc_attrs(&lines(&p.docs));
        let field = ident(&p.name);
        let inner = match &p.kind {
            MultipartKind::File => quote!(crate::runtime::FilePart),
            MultipartKind::Files => quote!(Vec<crate::runtime::FilePart>),
            MultipartKind::Text => quote!(String),
            MultipartKind::Json(t) => ty_in(api, t, false),
        };
        let full = if p.required || matches!(p.kind, MultipartKind::Files) {
            inner
        } else {
            quote!(Option<#inner>)
        };
        quote!(#d pub #field: #full,)
    });
    let pushes = parts.iter().map(|p| {
        let field = ident(&p.name);
        let wire = &p.wire;
        let content_type = p.content_type.as_deref();
        let (part, add) = match (&p.kind, content_type) {
            (MultipartKind::File | MultipartKind::Files, None) => {
                (quote!(value.into_part(#wire)), quote!(push))
            }
            // The file's own content type, or the `encoding`'s.
            (MultipartKind::File | MultipartKind::Files, Some(ct)) => {
                (quote!(value.into_part_typed(#wire, #ct)), quote!(push))
            }
            (MultipartKind::Text, None) => (
                quote!(crate::runtime::MultipartPart::text(#wire, value)),
                quote!(push),
            ),
            (MultipartKind::Text, Some(ct)) => (
                quote!(crate::runtime::MultipartPart::text(#wire, value).with_content_type(#ct)),
                quote!(push),
            ),
            // An object is one JSON part whatever it holds.
            (MultipartKind::Json(t), None) if is_object(api, t) => (
                quote!(crate::runtime::MultipartPart::json(#wire, &value)?),
                quote!(push),
            ),
            (MultipartKind::Json(_), ct) => {
                let ct = match ct {
                    Some(ct) => quote!(Some(#ct)),
                    None => quote!(None),
                };
                (
                    quote!(crate::runtime::MultipartPart::values(#wire, &value, #ct)?),
                    quote!(extend),
                )
            }
        };
        if matches!(p.kind, MultipartKind::Files) {
            quote!(for value in self.#field { parts.#add(#part); })
        } else if p.required {
            quote!(let value = self.#field; parts.#add(#part);)
        } else {
            quote!(if let Some(value) = self.#field { parts.#add(#part); })
        }
    });
    let default = parts
        .iter()
        .all(|p| !p.required || matches!(p.kind, MultipartKind::Files))
        .then(|| quote!(Default,));
    let allow_missing_docs = parts
        .iter()
        .any(|p| lines(&p.docs).is_empty())
        .then(|| quote!(#[allow(missing_docs)]));
    // Like `object!`'s: the required parts as arguments, the others empty.
    let required = |p: &&MultipartField| p.required && !matches!(p.kind, MultipartKind::Files);
    let args = parts.iter().filter(required).map(|p| {
        let field = ident(&p.name);
        let ty = match &p.kind {
            MultipartKind::File | MultipartKind::Files => quote!(crate::runtime::FilePart),
            MultipartKind::Text => quote!(String),
            MultipartKind::Json(t) => ty_in(api, t, false),
        };
        quote!(#field: impl Into<#ty>)
    });
    let inits = parts.iter().map(|p| {
        let field = ident(&p.name);
        if required(&p) {
            quote!(#field: #field.into())
        } else {
            quote!(#field: Default::default())
        }
    });
    quote! {
        #doc
        #allow_missing_docs
        #[derive(Debug, Clone, #default)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
        }

        impl #name {
            /// A value with the required parts given and every other part empty.
            #[allow(clippy::too_many_arguments)]
            pub fn new(#(#args),*) -> Self {
                Self { #(#inits,)* }
            }

            /// The body as `multipart/form-data` parts.
            pub fn into_parts(self) -> crate::runtime::Result<Vec<crate::runtime::MultipartPart>> {
                let mut parts = Vec::new();
                #(#pushes)*
                Ok(parts)
            }
        }
    }
}

/// A `oneOf` whose variants keep their tag property: serde reads the whole
/// value, then decodes it as the variant its tag names.
fn dispatch_def(
    api: &Api,
    name: &proc_macro2::Ident,
    doc: TokenStream,
    o: &OneOf,
    property: &str,
) -> TokenStream {
    let names: Vec<_> = o.variants.iter().map(|v| ident(&v.name)).collect();
    let tags: Vec<&str> = o
        .variants
        .iter()
        .map(|v| v.tag.as_deref().unwrap_or_default())
        .collect();
    let types = o.variants.iter().map(|v| match &v.payload {
        VariantPayload::Value(t) => ty_in(api, t, false),
        VariantPayload::Fields(_) => quote!(serde_json::Value),
    });
    let docs = tags.iter().map(|t| {
        let text = format!(" `{}` is `{}`.", code(property), code(t));
        quote!(#[doc = #text])
    });
    let unknown_doc = format!(
        " A value whose `{property}` this version of the crate does not know, as received."
    );
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum #name {
            #(#docs #names(#types),)*
            #[doc = #unknown_doc]
            Unknown(serde_json::Value),
        }

        impl crate::runtime::Field for #name {}

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #(Self::#names(value) => value.serialize(serializer),)*
                    Self::Unknown(value) => value.serialize(serializer),
                }
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = serde_json::Value::deserialize(deserializer)?;
                let tag = value.get(#property).and_then(serde_json::Value::as_str).map(str::to_owned);
                match tag.as_deref() {
                    #(Some(#tags) => serde_json::from_value(value).map(Self::#names).map_err(serde::de::Error::custom),)*
                    _ => Ok(Self::Unknown(value)),
                }
            }
        }
    }
}
