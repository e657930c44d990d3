//! Servers and credentials in the generated `mod.rs`: the base URL's
//! template (`SERVER`), the typed `ServerVariables` (a setter per variable,
//! an enum per variable with `enum` values) and `Credentials` (a setter per
//! security scheme), each convertible into the runtime's type that the
//! client builder takes. Nothing is emitted for a document without server
//! variables or security schemes.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{code, doc_attrs, lines};
use crate::model::{Api, ApiKeyLocation, Operation, SchemeKind, Server, VariableSetter};
use crate::naming::ident;

/// The items of `mod.rs` for the API's servers and security schemes.
pub fn items(api: &Api) -> TokenStream {
    let server = api.server.as_ref().map(|s| {
        let value = server(s);
        let doc = format!(
            " The template of the API's base URL, `{}`: the client resolves it with its server variables.",
            code(&s.url)
        );
        quote! {
            #[doc = #doc]
            pub static SERVER: crate::runtime::Server = #value;
        }
    });
    let variables = (!api.variables.is_empty()).then(|| variables(&api.variables));
    let credentials = (!api.security_schemes.is_empty()).then(|| credentials(api));
    quote! {
        #server
        #variables
        #credentials
    }
}

/// A server as a `crate::runtime::Server` expression (constant).
pub fn server(server: &Server) -> TokenStream {
    let url = &server.url;
    let variables = server.variables.iter().map(|v| {
        let (name, default) = (&v.name, &v.default);
        let values = &v.values;
        quote!(crate::runtime::ServerVariable::new(#name, #default, &[#(#values),*]))
    });
    quote!(crate::runtime::Server::new(#url, &[#(#variables),*]))
}

/// The operation's security requirement as a `crate::runtime::Security`
/// expression (constant), `None` without one.
pub fn security(api: &Api, op: &Operation) -> Option<TokenStream> {
    let alternatives = op.security.as_ref()?.iter().map(|names| {
        let schemes = names.iter().filter_map(|name| {
            let scheme = api.security_schemes.iter().find(|s| s.name == *name)?;
            let kind = match scheme.kind {
                SchemeKind::ApiKey { .. } => quote!(ApiKey),
                SchemeKind::Basic => quote!(Basic),
                SchemeKind::Bearer => quote!(Bearer),
            };
            Some(quote!(crate::runtime::SecurityScheme::new(#name, crate::runtime::SchemeKind::#kind)))
        });
        quote!(&[#(#schemes),*])
    });
    Some(quote!(&[#(#alternatives),*]))
}

fn variables(setters: &[VariableSetter]) -> TokenStream {
    let methods = setters.iter().map(|v| {
        let (method, name) = (ident(&v.method), &v.name);
        let mut doc = vec![format!("Sets server variable `{}`.", code(name))];
        let more = lines(&v.docs);
        if !more.is_empty() {
            doc.push(String::new());
            doc.extend(more);
        }
        doc.push(String::new());
        doc.push(format!("Default: `{}`.", code(&v.default)));
        let doc = doc_attrs(&doc);
        match &v.values {
            Some((ty, _)) => {
                let ty = ident(ty);
                quote! {
                    #doc
                    pub fn #method(self, value: #ty) -> Self {
                        Self(self.0.set(#name, value.as_str()))
                    }
                }
            }
            None => quote! {
                #doc
                pub fn #method(self, value: impl Into<String>) -> Self {
                    Self(self.0.set(#name, value))
                }
            },
        }
    });
    let enums = setters.iter().filter_map(|v| {
        let (ty, variants) = v.values.as_ref()?;
        let ty = ident(ty);
        let doc = format!(" The values of server variable `{}`.", code(&v.name));
        let names: Vec<_> = variants.iter().map(|x| ident(&x.name)).collect();
        let wires: Vec<_> = variants.iter().map(|x| &x.wire).collect();
        let decls = variants.iter().map(|x| {
            let name = ident(&x.name);
            let doc = format!(" `{}`", code(&x.wire));
            let default = (x.wire == v.default).then(|| quote!(#[default]));
            quote! {
                #[doc = #doc]
                #default
                #name
            }
        });
        let derive_default = variants
            .iter()
            .any(|x| x.wire == v.default)
            .then(|| quote!(Default,));
        Some(quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, #derive_default)]
            pub enum #ty {
                #(#decls,)*
            }

            impl #ty {
                /// The value as written in the URL.
                pub fn as_str(&self) -> &'static str {
                    match self {
                        #(Self::#names => #wires,)*
                    }
                }
            }
        })
    });
    quote! {
        /// Values of the variables of the API's server URLs, for the client
        /// builder's `server_variables`: every server with a variable of that
        /// name uses the value; a variable not set takes its default.
        #[derive(Debug, Clone, Default)]
        pub struct ServerVariables(crate::runtime::ServerVariables);

        impl ServerVariables {
            /// Every variable at its default.
            pub fn new() -> Self {
                Self::default()
            }

            #(#methods)*
        }

        impl From<ServerVariables> for crate::runtime::ServerVariables {
            fn from(variables: ServerVariables) -> Self {
                variables.0
            }
        }

        #(#enums)*
    }
}

fn credentials(api: &Api) -> TokenStream {
    let methods = api.security_schemes.iter().map(|s| {
        let (method, name) = (ident(&s.method), &s.name);
        let what = match &s.kind {
            SchemeKind::ApiKey { location, name } => format!(
                "an API key sent as {} `{}`",
                match location {
                    ApiKeyLocation::Header => "header",
                    ApiKeyLocation::Query => "query parameter",
                    ApiKeyLocation::Cookie => "cookie",
                },
                code(name)
            ),
            SchemeKind::Basic => "HTTP basic authentication".to_owned(),
            SchemeKind::Bearer => "a bearer token".to_owned(),
        };
        let mut doc = vec![format!("Security scheme `{}`: {what}.", code(name))];
        let more = lines(&s.docs);
        if !more.is_empty() {
            doc.push(String::new());
            doc.extend(more);
        }
        let doc = doc_attrs(&doc);
        match &s.kind {
            SchemeKind::ApiKey { location, name: key_name } => {
                let location = match location {
                    ApiKeyLocation::Header => quote!(Header),
                    ApiKeyLocation::Query => quote!(Query),
                    ApiKeyLocation::Cookie => quote!(Cookie),
                };
                quote! {
                    #doc
                    pub fn #method(self, key: impl Into<crate::runtime::SecretString>) -> Self {
                        Self(self.0.set(#name, crate::runtime::Credential::api_key(
                            crate::runtime::ApiKeyLocation::#location, #key_name, key,
                        )))
                    }
                }
            }
            SchemeKind::Basic => quote! {
                #doc
                pub fn #method(
                    self,
                    username: impl Into<String>,
                    password: impl Into<crate::runtime::SecretString>,
                ) -> Self {
                    Self(self.0.set(#name, crate::runtime::Credential::basic(username, password)))
                }
            },
            SchemeKind::Bearer => {
                let provider = s.provider_method.as_deref().map(|provider| {
                    let provider = ident(provider);
                    let doc = format!(
                        " Security scheme `{}`: a bearer token asked of `provider` before each attempt.",
                        code(name)
                    );
                    quote! {
                        #[doc = #doc]
                        pub fn #provider(self, provider: impl crate::runtime::TokenProvider) -> Self {
                            Self(self.0.set(#name, crate::runtime::Credential::bearer_provider(provider)))
                        }
                    }
                });
                quote! {
                    #doc
                    pub fn #method(self, token: impl Into<crate::runtime::SecretString>) -> Self {
                        Self(self.0.set(#name, crate::runtime::Credential::bearer(token)))
                    }

                    #provider
                }
            }
        }
    });
    quote! {
        /// Credentials for the API's security schemes, for the client
        /// builder's `credentials`. An operation sends those of the first
        /// alternative of its security requirement that has them all; a
        /// bearer scheme without its own takes the client's access token.
        /// `Debug` never shows a secret.
        #[derive(Debug, Clone, Default)]
        pub struct Credentials(crate::runtime::Credentials);

        impl Credentials {
            /// No credentials.
            pub fn new() -> Self {
                Self::default()
            }

            #(#methods)*
        }

        impl From<Credentials> for crate::runtime::Credentials {
            fn from(credentials: Credentials) -> Self {
                credentials.0
            }
        }
    }
}
