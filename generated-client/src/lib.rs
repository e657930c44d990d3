#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

// Formatted by the generator (prettyplease), not rustfmt.
#[rustfmt::skip]
mod generated;
mod oauth;

/// The generic runtime under this client (HTTP, auth, retries, rate limits,
/// timeouts, errors), the crate `openapi-client-runtime`. Generated code
/// reaches it as `crate::runtime`; its commonly used items are re-exported
/// at this crate's root.
pub use openapi_client_runtime as runtime;

pub use generated::{operations, types, Client, DEFAULT_BASE_URL};
pub use oauth::{Authorization, OAuthClient, OAuthTokenProvider, OAuthTokens, Pkce};
pub use runtime::{
    bytes, chrono, encode_path_segment, reqwest, serde, serde_json, uuid, ApiError, BoxError, Call,
    ClientBuilder, Clock, Decode, DecodeError, Error, FilePart, MultipartPart, Nullable, Operation,
    RateLimit, RawResponse, Request, RequestBody, Response, Result, RetryPolicy, SecretString,
    ServerRateLimit, TokenProvider, TokioClock,
};

/// How a [`Call`] decodes the success response of an operation: the third
/// type parameter of the `Call` that `send()` returns.
pub mod decode {
    pub use crate::runtime::{Body, Header, Json, Raw, Text, Unit, WithMetadata};
}
