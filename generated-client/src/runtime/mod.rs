//! The hand-written runtime that every generated operation calls into.
//!
//! Nothing in here knows about a specific operation: generated code describes a
//! call as a [`Request`] (with static [`Operation`] metadata) and hands it to
//! [`Client::execute`], which is one non-generic path for auth, retries, rate
//! limits, timeouts, tracing and error mapping. Decoding the body into a typed
//! value is the only generic step ([`RawResponse::json`]).

mod client;
mod error;
mod nullable;
mod request;

pub use client::{Client, ClientBuilder};
pub use error::{Error, Result};
pub use nullable::Nullable;
pub use request::{encode_path_segment, MultipartPart, Operation, RawResponse, Request, RequestBody};
