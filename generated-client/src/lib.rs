#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod generated;
mod runtime;

pub use generated::{operations, types, DEFAULT_BASE_URL};
pub use runtime::{
    encode_path_segment, Client, ClientBuilder, Error, MultipartPart, Nullable, Operation,
    RawResponse, Request, RequestBody, Result,
};

impl Client {
    /// A client for [`DEFAULT_BASE_URL`] authenticating with `access_token`
    /// (a personal access token or an OAuth access token).
    pub fn new(access_token: impl Into<String>) -> Result<Self> {
        Self::builder(access_token).build()
    }

    /// A builder for a client of [`DEFAULT_BASE_URL`], to change the base URL,
    /// timeouts, retries or the HTTP client.
    pub fn builder(access_token: impl Into<String>) -> ClientBuilder {
        ClientBuilder::new(DEFAULT_BASE_URL, access_token)
    }
}
