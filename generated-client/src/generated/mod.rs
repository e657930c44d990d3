//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! The generated client: types and operations.

/// The API's base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.supabase.com";

pub mod operations;
pub mod types;

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
    pub fn new(
        access_token: impl Into<crate::runtime::SecretString>,
    ) -> crate::runtime::Result<Self> {
        Self::builder(access_token).build()
    }

    /// A builder for a client of [`DEFAULT_BASE_URL`] authenticating
    /// with `access_token`, to change the base URL, timeouts, retries,
    /// rate limit or the HTTP client.
    pub fn builder(
        access_token: impl Into<crate::runtime::SecretString>,
    ) -> crate::runtime::ClientBuilder<Self> {
        Self::builder_without_auth().access_token(access_token)
    }

    /// A builder for a client that asks `provider` for a token before
    /// each attempt (e.g. one that refreshes OAuth tokens).
    pub fn builder_with_token_provider(
        provider: impl crate::runtime::TokenProvider,
    ) -> crate::runtime::ClientBuilder<Self> {
        Self::builder_without_auth().token_provider(provider)
    }

    /// A builder for a client of [`DEFAULT_BASE_URL`] that sends no
    /// credentials. Its `User-Agent` is this crate's name and version.
    pub fn builder_without_auth() -> crate::runtime::ClientBuilder<Self> {
        crate::runtime::ClientBuilder::new(DEFAULT_BASE_URL)
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
