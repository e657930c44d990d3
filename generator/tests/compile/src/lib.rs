//! Every test fixture's generated client, compiled together with the real
//! runtime from `generated-client`: a fixture whose output does not compile,
//! or compiles with warnings under `-D warnings`, fails the workspace build.
//!
//! `build.rs` generates `../fixtures/<name>.yaml` into module `<name>`. The
//! crate root mirrors `generated-client/src/lib.rs`, so generated code sees
//! the same `crate::runtime` and `crate::Client` it does there.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[path = "../../../../generated-client/src/runtime/mod.rs"]
mod runtime;

// `generated-client/src/lib.rs` re-exports the runtime's public items one by
// one; a glob keeps this crate in step when the runtime gains one.
pub use runtime::*;

/// The base URL of the clients built by [`Client::new`] and the builders.
pub const DEFAULT_BASE_URL: &str = "https://fixtures.invalid";

// The same constructors as `generated-client`: generated methods must not
// collide with them.
impl Client {
    /// A client for [`DEFAULT_BASE_URL`] authenticating with `access_token`.
    pub fn new(access_token: impl Into<SecretString>) -> Result<Self> {
        Self::builder(access_token).build()
    }

    /// A builder for a client of [`DEFAULT_BASE_URL`] authenticating with `access_token`.
    pub fn builder(access_token: impl Into<SecretString>) -> ClientBuilder {
        ClientBuilder::with_token(DEFAULT_BASE_URL, access_token.into())
    }

    /// A builder for a client that asks `provider` for a token before each attempt.
    pub fn builder_with_token_provider(provider: impl TokenProvider) -> ClientBuilder {
        ClientBuilder::with_token_provider(DEFAULT_BASE_URL, provider)
    }

    /// A builder for a client that sends no credentials.
    pub fn builder_without_auth() -> ClientBuilder {
        ClientBuilder::without_auth(DEFAULT_BASE_URL)
    }
}

include!(concat!(env!("OUT_DIR"), "/fixtures.rs"));
