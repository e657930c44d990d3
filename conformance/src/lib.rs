//! The conformance harness: one call of every operation of the generated
//! client against Prism, an independent mock server that validates each
//! request against the OpenAPI document and answers with responses made
//! from it. Run it with `cargo xtask conformance`, which installs the
//! pinned Prism first.
//!
//! - [`samples`] is generated (`cargo xtask generate`) from the same model
//!   as the client: one `async fn` per operation, with arguments that
//!   satisfy the spec's schemas, decoding the response with `send()`.
//! - [`prism`] starts and stops `prism mock`; [`proxy`] sits in front of it
//!   and records what went over the wire.
//! - [`harness`] runs every call in each mode and classifies the outcome;
//!   [`report`] prints the operation x mode table.
//! - [`exclusions`] lists the operations excluded for a Prism limitation,
//!   with the evidence.

#![warn(missing_docs)]

/// The client under test. The modules below name it `crate::api`, and take
/// how to build it and what to check from this crate's root, so that
/// another generated client reuses them (`cargo xtask conformance-auth`
/// builds a harness crate of its own around them).
pub use supabase_management_api as api;

pub use exclusions::EXCLUSIONS;

/// A builder of the client every call is made with, authenticating with
/// [`harness::TOKEN`].
pub fn client_builder() -> api::ClientBuilder<api::Client> {
    api::Client::builder(harness::TOKEN)
}

/// Whether the recording proxy checks each call's bearer token: the
/// Management API's spec declares no security scheme, so Prism does not.
pub const PROXY_CHECKS_BEARER: bool = true;

pub mod exclusions;
pub mod harness;
pub mod prism;
pub mod proxy;
pub mod report;

/// One sample call of every operation (generated; do not edit).
#[rustfmt::skip]
#[path = "generated/samples.rs"]
pub mod samples;
