#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

// Formatted by the generator (prettyplease), not rustfmt.
#[rustfmt::skip]
mod generated;
mod runtime;

pub use generated::{operations, types, DEFAULT_BASE_URL};
pub use runtime::{
    encode_path_segment, ApiError, Authorization, BoxError, Call, Client, ClientBuilder, Clock,
    Decode, DecodeError, Error, FilePart, MultipartPart, Nullable, OAuthClient, OAuthTokenProvider,
    OAuthTokens, Operation, Pkce, RateLimit, RawResponse, Request, RequestBody, Result,
    RetryPolicy, SecretString, TokenProvider, TokioClock,
};

/// How a [`Call`] decodes the success response of an operation: the third
/// type parameter of the `Call` that `send()` returns.
pub mod decode {
    pub use crate::runtime::{Body, Header, Json, Raw, Text, Unit};
}

impl Client {
    /// A client for [`DEFAULT_BASE_URL`] authenticating with `access_token`
    /// (a personal access token or an OAuth access token), with the default
    /// settings.
    pub fn new(access_token: impl Into<SecretString>) -> Result<Self> {
        Self::builder(access_token).build()
    }

    /// A builder for a client of [`DEFAULT_BASE_URL`] authenticating with
    /// `access_token`, to change the base URL, timeouts, retries, rate limit
    /// or the HTTP client.
    pub fn builder(access_token: impl Into<SecretString>) -> ClientBuilder {
        ClientBuilder::with_token(DEFAULT_BASE_URL, access_token.into())
    }

    /// A builder for a client that asks `provider` for a token before each
    /// attempt (e.g. an [`OAuthTokenProvider`] that refreshes OAuth tokens).
    pub fn builder_with_token_provider(provider: impl TokenProvider) -> ClientBuilder {
        ClientBuilder::with_token_provider(DEFAULT_BASE_URL, provider)
    }

    /// A builder for a client that sends no credentials, e.g. for an
    /// [`OAuthClient`].
    pub fn builder_without_auth() -> ClientBuilder {
        ClientBuilder::without_auth(DEFAULT_BASE_URL)
    }
}
