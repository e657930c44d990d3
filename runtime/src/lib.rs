#![doc = include_str!("../README.md")]
//!
//! ## Inside
//!
//! The runtime of generated OpenAPI clients: everything a generated
//! operation calls into, and nothing specific to one API.
//!
//! A generated crate defines its own client type over [`Client`] (Rust
//! allows inherent methods only in the crate that defines a type), adds one
//! method per operation to it, and refers to this crate as `crate::runtime`.
//! Nothing in here knows about a specific operation or API. Generated code describes
//! a call as a [`Request`] (with static [`Operation`] metadata) and hands it to
//! [`Client::execute`]. That is one non-generic path, read top-down in
//! `client.rs`:
//!
//! 1. open a `tracing` span (operation id, method, path template, attempt,
//!    status; never a credential);
//! 2. for each attempt: wait for the budget the server reported for the
//!    operation's limit group (`pacing.rs`), then for the limiter
//!    (`limiter.rs`: client-side rate limit, or a 429 that blocks the whole
//!    client), ask the auth source (`auth.rs`) for the credentials of the
//!    operation's security requirement (or the bearer token), send,
//!    read the body up to the size limit, within the attempt's timeout
//!    (shortened to what is left of the call's deadline); the response's
//!    `x-ratelimit-*` headers update the budgets;
//! 3. let the retry policy (`retry.rs`) decide whether to try again and how long
//!    to wait (429 always; 5xx, timeouts and connection errors only when the
//!    request is replayable); a wait that would pass the call's deadline ends
//!    the call at once;
//! 4. map the outcome to a [`RawResponse`] or an [`Error`] (`error.rs`).
//!
//! Decoding the body into a typed value is the only generic step
//! ([`RawResponse::json`], in `response.rs`: plain `serde_json`, with the
//! JSON path of a failure found afterwards by `json_path.rs`). Every
//! generated call is the same future, [`Call`] (`call.rs`), with a
//! per-operation decoding function. `clock.rs` is the seam
//! that lets tests observe waits without sleeping. `params.rs` writes
//! parameters (and form-body fields) in their OpenAPI `style`. `parts.rs` holds the small
//! conversions generated code uses to build multipart bodies and parameters.
//! `formats.rs` holds what the types of typed formats (`uuid`, `date-time`,
//! `date`, unsigned integers) need: the [`uuid`] and [`chrono`] crates are
//! re-exported, so generated code names them through this crate.
//! `items.rs` holds the macros generated types are written with
//! (`object!`, `open_enum!`), over `ser.rs`, `de.rs` and `slot.rs`, and
//! the one request builders share (`call!`).

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod auth;
mod call;
mod client;
mod clock;
mod de;
mod error;
mod formats;
mod items;
mod json_path;
mod limiter;
mod nullable;
mod pacing;
mod params;
mod parts;
mod request;
mod response;
mod retry;
mod ser;
mod server;
mod slot;

pub use auth::{
    ApiKeyLocation, BoxError, Credential, Credentials, SchemeKind, SecretString, Security,
    SecurityScheme, TokenProvider,
};
pub use call::{
    Body, Call, CallOptions, Decode, Header, Json, Prepared, Raw, Text, Unit, WithMetadata,
};
pub use client::{Client, ClientBuilder};
pub use clock::{Clock, TokioClock};
#[doc(hidden)]
pub use de::{deserialize_object, zero_object, Fields, FromFields};
pub use error::{ApiError, DecodeError, Error, Result};
pub use formats::rfc3339;
pub use limiter::RateLimit;
pub use nullable::Nullable;
pub use params::{path_param, ParamStyle, Style};
pub use parts::json_text;
pub use parts::FilePart;
pub use request::{
    encode_path_segment, expand_path, expand_path_encoded, MultipartPart, Operation, Request,
    RequestBody,
};
pub use response::{RawResponse, Response, ServerRateLimit};
pub use retry::RetryPolicy;
pub use ser::{serialize_object, FieldWriter, ToFields};
pub use server::{Server, ServerVariable, ServerVariables};
#[doc(hidden)]
pub use slot::{missing_field, present, Field};

// Crates whose types appear in this crate's public API, so that users need
// not depend on the same versions themselves: `reqwest` (and through it the
// `http` types `StatusCode`, `HeaderMap`, `Method` and `Url`), `bytes`, and
// `serde` and `serde_json`, whose traits generated types implement and whose
// `Value` they hold.
pub use bytes;
pub use reqwest;
pub use serde;
pub use serde_json;
// The types of `uuid`, `date-time` and `date` values (`formats.rs`).
pub use chrono;
pub use uuid;

#[doc(hidden)]
pub use serde as __serde;

/// `Serialize` and `Deserialize` for a generated struct that implements
/// [`ToFields`] and [`FromFields`]: the same two short impls for every struct,
/// written once here (serde's traits are foreign, so a blanket impl over the
/// runtime's traits is not allowed).
#[macro_export]
macro_rules! object_serde {
    ($name:ident) => {
        impl $crate::__serde::Serialize for $name {
            fn serialize<S: $crate::__serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::serialize_object(self, serializer)
            }
        }

        impl<'de> $crate::__serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::deserialize_object(deserializer)
            }
        }
    };
}
