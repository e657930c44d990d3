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
