//! Servers and security: the document's server URL and its variables,
//! path- and operation-level `servers`, `components.securitySchemes` and
//! each operation's security requirement.
//!
//! The setters of server variables and of scheme credentials are methods of
//! two types of their own in the generated `mod.rs` (`ServerVariables`,
//! `Credentials`), a scope no other name shares; they are named here, by
//! naming's policy functions, from the variable and scheme names alone.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{APIKeyLocation, ReferenceOr};

use super::{docs, path_item_operation, Lowerer};
use crate::diagnostics::Pointer;
use crate::model::{
    ApiKeyLocation, Operation, ParamLocation, SchemeKind, SecurityScheme, Server, ServerVariable,
    VariableSetter, Variant,
};
use crate::naming;

/// What lowering servers and security gives the [`Api`](crate::model::Api).
pub(super) struct Access {
    /// The document's first server with its variables' defaults filled in.
    pub base_url: Option<String>,
    /// That server's template, when it has variables.
    pub server: Option<Server>,
    pub variables: Vec<VariableSetter>,
    pub schemes: Vec<SecurityScheme>,
}

/// Names of the generated `mod.rs` an enum of a server variable must not take.
const ROOT_NAMES: &[&str] = &[
    "Client",
    "Credentials",
    "Server",
    "ServerRateLimit",
    "ServerVariable",
    "ServerVariables",
];

/// Names a setter of `ServerVariables` or `Credentials` must not take: their
/// constructor, and `default`, which an inherent method would shadow.
const SETTER_RESERVED: &[&str] = &["new", "default"];

impl<'a> Lowerer<'a> {
    /// Lowers servers and security, and sets each operation's server,
    /// security requirement and auth header parameters.
    pub(super) fn access(&mut self, operations: &mut [(Pointer, Operation)]) -> Access {
        let schemes = self.security_schemes();
        let root = Pointer::root().push("servers").push("0");
        let server = self.doc.servers.first().map(|s| self.server(s, &root));
        let mut declared: Vec<&Server> = server.iter().collect();
        let mut op_servers = Vec::new();
        for (ptr, op) in operations.iter_mut() {
            let Some(item) = self
                .doc
                .paths
                .paths
                .get(&op.path)
                .and_then(ReferenceOr::as_item)
            else {
                continue;
            };
            let Some(source) = path_item_operation(item, &op.http_method) else {
                continue;
            };
            // The operation's own servers win over its path's.
            let own = match (source.servers.first(), item.servers.first()) {
                (Some(s), _) => Some(self.server(s, &ptr.push("servers").push("0"))),
                (None, Some(s)) => {
                    let item_ptr = ptr.as_str().rsplit_once('/').map_or("#", |(p, _)| p);
                    Some(self.server(s, &Pointer::from_ref(item_ptr).push("servers").push("0")))
                }
                (None, None) => None,
            };
            op.server = own.filter(|s| Some(s) != server.as_ref());
            op_servers.push(op.server.clone());
            op.security = requirement(self.doc, source, &schemes);
            op.redirect = answered_by_redirect(source);
            defer_auth_headers(op, &schemes);
        }
        declared.extend(op_servers.iter().flatten());
        let variables = setters(&declared);
        let base_url = server.as_ref().map(|s| {
            let mut url = s.url.clone();
            for v in &s.variables {
                url = url.replace(&format!("{{{}}}", v.name), &v.default);
            }
            url.trim_end_matches('/').to_owned()
        });
        Access {
            base_url,
            server: server.filter(|s| !s.variables.is_empty()),
            variables,
            schemes,
        }
    }

    /// A `servers` entry: its template and variables, sorted by name; a
    /// variable the URL uses without declaring it gets an empty default,
    /// and a default outside its `enum` is allowed (both reported).
    fn server(&mut self, server: &openapiv3::Server, at: &Pointer) -> Server {
        let mut variables: Vec<ServerVariable> = Vec::new();
        for (name, v) in server.variables.iter().flatten() {
            let mut values = v.enumeration.clone();
            if !values.is_empty() && !values.contains(&v.default) {
                self.diags.spec_problem(
                    &at.push("variables").push(name),
                    "server-variable-default",
                    format!(
                        "the default `{}` of server variable `{name}` is not one of its `enum` values; it is allowed too",
                        v.default
                    ),
                );
                values.push(v.default.clone());
            }
            variables.push(ServerVariable {
                name: name.clone(),
                default: v.default.clone(),
                values,
                docs: docs(None, v.description.as_ref()),
            });
        }
        for name in crate::model::template_names(&server.url) {
            if !variables.iter().any(|v| v.name == name) {
                self.diags.spec_problem(
                    at,
                    "undeclared-server-variable",
                    format!(
                        "the server URL uses `{{{name}}}` but declares no such variable; it is empty unless set on the client builder"
                    ),
                );
                variables.push(ServerVariable {
                    name: name.to_owned(),
                    default: String::new(),
                    values: Vec::new(),
                    docs: Default::default(),
                });
            }
        }
        variables.sort_by(|a, b| a.name.cmp(&b.name));
        // Only the variables the URL uses.
        let used = crate::model::template_names(&server.url);
        variables.retain(|v| used.contains(&v.name.as_str()));
        Server {
            url: server.url.trim_end_matches('/').to_owned(),
            variables,
        }
    }

    /// The security schemes a credential can be sent for, sorted by name.
    fn security_schemes(&mut self) -> Vec<SecurityScheme> {
        let Some(components) = &self.doc.components else {
            return Vec::new();
        };
        let mut entries: Vec<(&String, &ReferenceOr<openapiv3::SecurityScheme>)> =
            components.security_schemes.iter().collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        let mut schemes = Vec::new();
        let mut claimed: BTreeSet<String> =
            SETTER_RESERVED.iter().map(|s| (*s).to_owned()).collect();
        for (name, scheme) in entries {
            let at = Pointer::root()
                .push("components")
                .push("securitySchemes")
                .push(name);
            let scheme = match self.refs.item(scheme, &at) {
                Ok((scheme, _)) => scheme,
                Err(error) => {
                    let (what, at) = match error {
                        crate::resolve::RefError::Dangling { reference, at } => {
                            (format!("`{reference}` names no security scheme"), at)
                        }
                        crate::resolve::RefError::Cycle { at } => {
                            ("the `$ref`s form a cycle".to_owned(), at)
                        }
                    };
                    self.diags.spec_problem(
                        &at,
                        "security-scheme-ref",
                        format!("{what}; no credential is sent for this scheme"),
                    );
                    continue;
                }
            };
            let (kind, description) = match scheme {
                openapiv3::SecurityScheme::APIKey {
                    location,
                    name,
                    description,
                    ..
                } => {
                    let location = match location {
                        APIKeyLocation::Header => ApiKeyLocation::Header,
                        APIKeyLocation::Query => ApiKeyLocation::Query,
                        APIKeyLocation::Cookie => ApiKeyLocation::Cookie,
                    };
                    let valid = match location {
                        ApiKeyLocation::Header => reqwest_header_name(name),
                        ApiKeyLocation::Cookie => {
                            !name.is_empty()
                                && name.bytes().all(|b| {
                                    b.is_ascii_graphic() && !b"()<>@,;:\\\"/[]?={}".contains(&b)
                                })
                        }
                        ApiKeyLocation::Query => !name.is_empty(),
                    };
                    if !valid {
                        self.diags.spec_problem(
                            &at.push("name"),
                            "security-scheme-name",
                            format!("`{name}` cannot name an API key's {location:?}; no credential is sent for this scheme"),
                        );
                        continue;
                    }
                    (
                        SchemeKind::ApiKey {
                            location,
                            name: name.clone(),
                        },
                        description,
                    )
                }
                openapiv3::SecurityScheme::HTTP {
                    scheme,
                    description,
                    ..
                } => match scheme.to_ascii_lowercase().as_str() {
                    "basic" => (SchemeKind::Basic, description),
                    "bearer" => (SchemeKind::Bearer, description),
                    other => {
                        self.diags.unsupported(
                            &at.push("scheme"),
                            "http-auth-scheme",
                            format!("HTTP authentication scheme `{other}` is not supported; no credential is sent for it"),
                        );
                        continue;
                    }
                },
                openapiv3::SecurityScheme::OAuth2 { description, .. }
                | openapiv3::SecurityScheme::OpenIDConnect { description, .. } => {
                    (SchemeKind::Bearer, description)
                }
            };
            let method = claim(&mut claimed, naming::field_name(name));
            if kind == SchemeKind::Bearer {
                claimed.insert(format!("{method}_provider"));
            }
            schemes.push(SecurityScheme {
                name: name.clone(),
                provider_method: (kind == SchemeKind::Bearer).then(|| format!("{method}_provider")),
                method,
                kind,
                docs: docs(None, description.as_ref()),
            });
        }
        // A bearer scheme's `<method>_provider` may have been claimed after
        // another scheme took that name: such a scheme is renamed.
        let providers: BTreeSet<String> = schemes
            .iter()
            .filter(|s| s.kind == SchemeKind::Bearer)
            .map(|s| format!("{}_provider", s.method))
            .collect();
        for scheme in &mut schemes {
            if providers.contains(&scheme.method) {
                scheme.method = claim(&mut claimed, format!("{}_credential", scheme.method));
                if scheme.kind == SchemeKind::Bearer {
                    let provider = claim(&mut claimed, format!("{}_provider", scheme.method));
                    scheme.provider_method = Some(provider);
                }
            }
        }
        schemes
    }
}

/// Whether `name` is a valid HTTP header name (an RFC 9110 token).
fn reqwest_header_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// `name`, or `name_2`, `name_3`... when taken; claimed.
fn claim(claimed: &mut BTreeSet<String>, name: String) -> String {
    let mut candidate = name.clone();
    let mut n = 2;
    while claimed.contains(&candidate) {
        candidate = format!("{name}_{n}");
        n += 1;
    }
    claimed.insert(candidate.clone());
    candidate
}

/// Whether `op` declares 3xx responses and no 2xx one.
fn answered_by_redirect(op: &openapiv3::Operation) -> bool {
    use openapiv3::StatusCode;
    let codes = op.responses.responses.keys();
    let success = codes.clone().any(|code| match code {
        StatusCode::Code(c) => (200..300).contains(c),
        StatusCode::Range(r) => *r == 2,
    });
    let redirect = codes.clone().any(|code| match code {
        StatusCode::Code(c) => (300..400).contains(c),
        StatusCode::Range(r) => *r == 3,
    });
    !success && redirect
}

/// An operation's requirement when the document defines schemes: its own
/// `security`, else the document's; alternatives naming a scheme that
/// cannot be sent are dropped (reported where the scheme is). `None` (the
/// client's bearer token) without schemes, without a requirement, with
/// `security: []` (the operation is then sent without credentials) or when
/// no alternative is left.
fn requirement(
    doc: &openapiv3::OpenAPI,
    op: &openapiv3::Operation,
    schemes: &[SecurityScheme],
) -> Option<Vec<Vec<String>>> {
    let defined = doc
        .components
        .as_ref()
        .is_some_and(|c| !c.security_schemes.is_empty());
    if !defined {
        return None;
    }
    let requirements = op.security.as_ref().or(doc.security.as_ref())?;
    let alternatives: Vec<Vec<String>> = requirements
        .iter()
        .filter_map(|req| {
            let mut names: Vec<String> = req.keys().cloned().collect();
            names.sort();
            names
                .iter()
                .all(|n| schemes.iter().any(|s| s.name == *n))
                .then_some(names)
        })
        .collect();
    (!alternatives.is_empty()).then_some(alternatives)
}

/// A header parameter that names a header the operation's credentials set
/// (`Authorization`, an API key's header) defers to the client's
/// credential: optional, secret, and when given it replaces the
/// credential's header for that call (a request never carries two).
fn defer_auth_headers(op: &mut Operation, schemes: &[SecurityScheme]) {
    if !op.authenticated {
        return;
    }
    let headers: BTreeSet<String> = match &op.security {
        None => ["authorization".to_owned()].into(),
        Some(alternatives) => alternatives
            .iter()
            .flatten()
            .filter_map(|name| schemes.iter().find(|s| s.name == *name))
            .filter_map(|s| match &s.kind {
                SchemeKind::ApiKey {
                    location: ApiKeyLocation::Header,
                    name,
                } => Some(name.to_ascii_lowercase()),
                SchemeKind::ApiKey { .. } => None,
                SchemeKind::Basic | SchemeKind::Bearer => Some("authorization".to_owned()),
            })
            .collect(),
    };
    for param in &mut op.params {
        if param.location == ParamLocation::Header
            && headers.contains(&param.wire.to_ascii_lowercase())
        {
            param.required = false;
            param.sensitive = true;
            let note = "The client's credentials set this header; a value given here replaces theirs for this call.";
            param.docs.description = Some(match param.docs.description.take() {
                Some(d) => format!("{d}\n\n{note}"),
                None => note.to_owned(),
            });
        }
    }
}

/// One setter per variable name of `servers`: the default and docs of its
/// first declaration; an enum when every declaration lists the same values.
fn setters(servers: &[&Server]) -> Vec<VariableSetter> {
    let mut by_name: BTreeMap<&str, Vec<&ServerVariable>> = BTreeMap::new();
    for server in servers {
        for v in &server.variables {
            by_name.entry(&v.name).or_default().push(v);
        }
    }
    let mut methods: BTreeSet<String> = SETTER_RESERVED.iter().map(|s| (*s).to_owned()).collect();
    let mut types: BTreeSet<String> = ROOT_NAMES.iter().map(|s| (*s).to_owned()).collect();
    by_name
        .into_iter()
        .map(|(name, decls)| {
            let first = decls[0];
            let same = decls.iter().all(|d| d.values == first.values);
            let values = (same && !first.values.is_empty()).then(|| {
                let ty = claim_type(&mut types, format!("Server{}", naming::upper_camel(name)));
                let mut names = BTreeSet::new();
                let variants = first
                    .values
                    .iter()
                    .map(|value| Variant {
                        name: claim_type(&mut names, naming::upper_camel(value)),
                        wire: value.clone(),
                    })
                    .collect();
                (ty, variants)
            });
            VariableSetter {
                name: name.to_owned(),
                method: claim(&mut methods, naming::field_name(name)),
                default: first.default.clone(),
                values,
                docs: first.docs.clone(),
            }
        })
        .collect()
}

/// A type or variant name, `Name2`, `Name3`... when taken; claimed.
fn claim_type(claimed: &mut BTreeSet<String>, name: String) -> String {
    let mut candidate = name.clone();
    let mut n = 2;
    while claimed.contains(&candidate) {
        candidate = format!("{name}{n}");
        n += 1;
    }
    claimed.insert(candidate.clone());
    candidate
}
