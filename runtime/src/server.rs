//! Server URLs with variables: a document's `servers` entry as static data
//! ([`Server`]), and the values a client gives its variables
//! ([`ServerVariables`]).

use std::collections::BTreeMap;
use std::fmt;

use super::error::{Error, Result};

/// A server URL template of the API, e.g. `https://{project}.example.com/v1`,
/// with its variables, emitted by the generator for the document's
/// top-level server and for each path or operation with servers of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Server {
    /// The URL template; `{name}` stands for a variable.
    pub url: &'static str,
    /// The variables the template uses.
    pub variables: &'static [ServerVariable],
}

/// One variable of a [`Server`] URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerVariable {
    /// Its name, as written between braces in the URL.
    pub name: &'static str,
    /// The value used when the client sets none.
    pub default: &'static str,
    /// The values allowed (`enum`); empty when any value is.
    pub values: &'static [&'static str],
}

impl Server {
    /// A server at the template `url` with `variables`.
    pub const fn new(url: &'static str, variables: &'static [ServerVariable]) -> Self {
        Self { url, variables }
    }

    /// The URL with every variable replaced by its value in `values`, or by
    /// its default. Fails, naming the variable, when a value is not one the
    /// variable allows or the template names a variable it does not declare.
    /// A trailing `/` is removed.
    pub fn resolve(&self, values: &ServerVariables) -> Result<String> {
        let mut url = String::with_capacity(self.url.len() + 16);
        let mut rest = self.url;
        while let Some(start) = rest.find('{') {
            let Some(len) = rest[start..].find('}') else {
                break;
            };
            url.push_str(&rest[..start]);
            let name = &rest[start + 1..start + len];
            let variable = self
                .variables
                .iter()
                .find(|v| v.name == name)
                .ok_or_else(|| {
                    Error::Config(format!(
                        "server {:?} uses the variable {name:?}, which it does not declare",
                        self.url
                    ))
                })?;
            url.push_str(variable.value(values)?);
            rest = &rest[start + len + 1..];
        }
        url.push_str(rest);
        Ok(url.trim_end_matches('/').to_owned())
    }
}

impl ServerVariable {
    /// A variable `name` with its `default` and allowed `values` (empty:
    /// any).
    pub const fn new(
        name: &'static str,
        default: &'static str,
        values: &'static [&'static str],
    ) -> Self {
        Self {
            name,
            default,
            values,
        }
    }

    /// The value `values` sets, or the default; an error when the value is
    /// not one of those allowed.
    fn value<'a>(&self, values: &'a ServerVariables) -> Result<&'a str> {
        let value = values.get(self.name).unwrap_or(self.default);
        if !self.values.is_empty() && !self.values.contains(&value) {
            return Err(Error::Config(format!(
                "server variable {:?} cannot be {value:?}; allowed: {}",
                self.name,
                self.values.join(", ")
            )));
        }
        Ok(value)
    }
}

/// Values of server variables, by name: a client resolves every server URL
/// it sends to (its base URL and those of operations with servers of their
/// own) with them; a variable given no value takes its default.
///
/// A generated client has a typed `ServerVariables` with a setter per
/// variable (an enum for a variable with `enum` values), convertible into
/// this one; [`ClientBuilder::server_variables`](super::ClientBuilder::server_variables)
/// takes either.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ServerVariables(BTreeMap<&'static str, String>);

impl ServerVariables {
    /// No values: every variable takes its default.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets variable `name` to `value` (checked against the variable's
    /// allowed values when a URL is resolved).
    pub fn set(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.0.insert(name, value.into());
        self
    }

    /// The value set for `name`, if any.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }

    /// Adds every value of `other`, replacing those of the same names.
    pub(crate) fn extend(&mut self, other: ServerVariables) {
        self.0.extend(other.0);
    }
}

impl fmt::Debug for ServerVariables {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.0.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::{Server, ServerVariable, ServerVariables};

    static TENANT: Server = Server::new(
        "https://{tenant}.example.com/api/{version}/",
        &[
            ServerVariable::new("tenant", "acme", &[]),
            ServerVariable::new("version", "v1", &["v1", "v2"]),
        ],
    );

    #[test]
    fn defaults_fill_the_variables_not_set() {
        let none = ServerVariables::new();
        assert_eq!(
            TENANT.resolve(&none).unwrap(),
            "https://acme.example.com/api/v1"
        );
        let some = ServerVariables::new().set("version", "v2");
        assert_eq!(
            TENANT.resolve(&some).unwrap(),
            "https://acme.example.com/api/v2"
        );
        let all = some.set("tenant", "zeta");
        assert_eq!(
            TENANT.resolve(&all).unwrap(),
            "https://zeta.example.com/api/v2"
        );
    }

    #[test]
    fn a_value_outside_the_enum_and_an_undeclared_variable_are_errors() {
        let bad = ServerVariables::new().set("version", "v3");
        let error = TENANT.resolve(&bad).unwrap_err().to_string();
        assert_eq!(
            error,
            "invalid configuration: server variable \"version\" cannot be \"v3\"; allowed: v1, v2"
        );
        static UNDECLARED: Server = Server::new("https://{region}.example.com", &[]);
        let error = UNDECLARED
            .resolve(&ServerVariables::new())
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("\"region\", which it does not declare"),
            "{error}"
        );
    }
}
