//! Credentials: a redacting string type and the hook that supplies tokens.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// An error from outside this crate, boxed (what a [`TokenProvider`] returns).
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// A boxed future, used where a trait object has to return one.
pub(crate) type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A string that never shows itself: `Debug` prints `"<redacted>"` and there
/// is no `Display`. Read it with [`SecretString::expose_secret`].
///
/// Cheap to clone (the text is shared).
#[derive(Clone, PartialEq, Eq)]
pub struct SecretString(Arc<str>);

impl SecretString {
    /// Wraps `secret`.
    pub fn new(secret: impl Into<String>) -> Self {
        Self(Arc::from(secret.into()))
    }

    /// The secret itself. Take care where it goes.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"<redacted>\"")
    }
}

impl From<String> for SecretString {
    fn from(secret: String) -> Self {
        Self::new(secret)
    }
}

impl From<&str> for SecretString {
    fn from(secret: &str) -> Self {
        Self(Arc::from(secret))
    }
}

impl From<&String> for SecretString {
    fn from(secret: &String) -> Self {
        Self::from(secret.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SecretString {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Supplies the bearer token for each request, so that a long-lived service
/// can refresh OAuth tokens without rebuilding its [`Client`](super::Client).
///
/// The client calls [`access_token`](TokenProvider::access_token) before every
/// attempt, so cache the token inside and refresh it only when needed. When the
/// API answers 401, the client calls
/// [`token_rejected`](TokenProvider::token_rejected) and, if that returns
/// `true`, sends the request once more with a fresh token.
///
/// A generated client may come with one for its API's OAuth refresh flow.
///
/// ```
/// use openapi_client_runtime::{BoxError, SecretString, TokenProvider};
///
/// struct FromEnv;
///
/// impl TokenProvider for FromEnv {
///     async fn access_token(&self) -> Result<SecretString, BoxError> {
///         Ok(std::env::var("API_ACCESS_TOKEN")?.into())
///     }
/// }
/// ```
pub trait TokenProvider: Send + Sync + 'static {
    /// The token to send now.
    fn access_token(&self) -> impl Future<Output = Result<SecretString, BoxError>> + Send;

    /// The API answered 401 to a request sent with `token`. Return `true` if
    /// the next [`access_token`](TokenProvider::access_token) call will give a
    /// different token worth one more try. The default returns `false`.
    fn token_rejected(&self, token: &SecretString) -> impl Future<Output = bool> + Send {
        let _ = token;
        std::future::ready(false)
    }
}

/// [`TokenProvider`] as a trait object (its methods return boxed futures).
pub(crate) trait DynTokenProvider: Send + Sync {
    fn access_token(&self) -> BoxFuture<'_, Result<SecretString, BoxError>>;
    fn token_rejected<'a>(&'a self, token: &'a SecretString) -> BoxFuture<'a, bool>;
}

impl<T: TokenProvider> DynTokenProvider for T {
    fn access_token(&self) -> BoxFuture<'_, Result<SecretString, BoxError>> {
        Box::pin(TokenProvider::access_token(self))
    }

    fn token_rejected<'a>(&'a self, token: &'a SecretString) -> BoxFuture<'a, bool> {
        Box::pin(TokenProvider::token_rejected(self, token))
    }
}

/// How a client authenticates.
#[derive(Clone)]
pub(crate) enum Auth {
    /// No `Authorization` header.
    None,
    /// A fixed bearer token (personal access token or OAuth access token).
    Static(SecretString),
    /// A token asked for before each attempt.
    Provider(Arc<dyn DynTokenProvider>),
}

impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Auth::None => "None",
            Auth::Static(_) => "Static(<redacted>)",
            Auth::Provider(_) => "Provider",
        })
    }
}

/// How a security scheme carries its credential, as far as the client
/// needs to know to pick one (see [`SecurityScheme`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SchemeKind {
    /// An API key in a header, query parameter or cookie.
    ApiKey,
    /// HTTP basic: a user name and password.
    Basic,
    /// A bearer token in `Authorization` (HTTP bearer, OAuth 2 and OpenID
    /// Connect): the client's [access token](super::ClientBuilder::access_token)
    /// serves when the scheme has no credential of its own.
    Bearer,
}

/// One security scheme of an operation's requirement, emitted by the
/// generator: its name in `components.securitySchemes` and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecurityScheme {
    /// The scheme's name in the document.
    pub name: &'static str,
    /// How it carries its credential.
    pub kind: SchemeKind,
}

impl SecurityScheme {
    /// The scheme `name` of `kind`.
    pub const fn new(name: &'static str, kind: SchemeKind) -> Self {
        Self { name, kind }
    }
}

/// What an operation accepts as credentials: alternatives, any one of which
/// suffices; within one, every scheme is needed. An empty alternative
/// (`{}` in the document) makes credentials optional.
pub type Security = &'static [&'static [SecurityScheme]];

/// Where an API key goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ApiKeyLocation {
    /// A request header of that name.
    Header,
    /// A query parameter of that name.
    Query,
    /// A cookie of that name.
    Cookie,
}

/// The credential of one security scheme. `Debug` shows its kind and where
/// it goes, never the secret (nor a basic user name).
#[derive(Clone)]
pub struct Credential(pub(crate) CredentialKind);

#[derive(Clone)]
pub(crate) enum CredentialKind {
    ApiKey {
        location: ApiKeyLocation,
        name: &'static str,
        key: SecretString,
    },
    Basic {
        username: SecretString,
        password: SecretString,
    },
    Bearer(Auth),
}

impl Credential {
    /// An API key sent as the header, query parameter or cookie `name`.
    pub fn api_key(
        location: ApiKeyLocation,
        name: &'static str,
        key: impl Into<SecretString>,
    ) -> Self {
        Self(CredentialKind::ApiKey {
            location,
            name,
            key: key.into(),
        })
    }

    /// HTTP basic authentication: `Authorization: Basic base64(username:password)`.
    pub fn basic(username: impl Into<String>, password: impl Into<SecretString>) -> Self {
        Self(CredentialKind::Basic {
            username: SecretString::new(username),
            password: password.into(),
        })
    }

    /// A fixed bearer token: `Authorization: Bearer <token>`.
    pub fn bearer(token: impl Into<SecretString>) -> Self {
        Self(CredentialKind::Bearer(Auth::Static(token.into())))
    }

    /// A bearer token asked of `provider` before each attempt (told when
    /// the API answers 401, like the client's own
    /// [token provider](super::ClientBuilder::token_provider)).
    pub fn bearer_provider(provider: impl TokenProvider) -> Self {
        Self(CredentialKind::Bearer(Auth::Provider(Arc::new(provider))))
    }
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            CredentialKind::ApiKey { location, name, .. } => {
                write!(f, "ApiKey({location:?} {name:?}, <redacted>)")
            }
            CredentialKind::Basic { .. } => f.write_str("Basic(<redacted>)"),
            CredentialKind::Bearer(auth) => write!(f, "Bearer({auth:?})"),
        }
    }
}

/// Credentials by security scheme name. A generated client has a typed
/// `Credentials` with a setter per scheme of its document, convertible
/// into this one; [`ClientBuilder::credentials`](super::ClientBuilder::credentials)
/// takes either. `Debug` shows the schemes and kinds, never a secret.
#[derive(Clone, Default)]
pub struct Credentials(pub(crate) std::collections::BTreeMap<&'static str, Credential>);

impl Credentials {
    /// No credentials.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the credential of the scheme named `scheme`.
    pub fn set(mut self, scheme: &'static str, credential: Credential) -> Self {
        self.0.insert(scheme, credential);
        self
    }

    /// Whether the scheme named `scheme` has a credential.
    pub fn contains(&self, scheme: &str) -> bool {
        self.0.contains_key(scheme)
    }

    /// Adds every credential of `other`, replacing those of the same schemes.
    pub(crate) fn extend(&mut self, other: Credentials) {
        self.0.extend(other.0);
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.0.iter()).finish()
    }
}
