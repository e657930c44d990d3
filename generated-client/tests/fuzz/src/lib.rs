//! The success type of every operation of `supabase-management-api`, for the
//! decoding fuzzer in `tests/fuzz_responses.rs`. `build.rs` finds them in the
//! committed generated code, so the list is never maintained by hand.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

use serde::de::DeserializeOwned;
use supabase_management_api::types;
// Generated code names the runtime `crate::runtime` (the types of typed
// formats, say `crate::runtime::uuid::Uuid`): a response type that is one
// resolves here as it does in the client.
#[allow(unused_imports)]
use supabase_management_api::runtime;

/// How the generated code decodes an operation's success body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decoding {
    /// `RawResponse::json`.
    Json,
    /// `RawResponse::text`.
    Text,
    /// Anything else: no body, or a value read from a header.
    Other,
}

/// Receives the success type of each operation.
pub trait Visitor {
    /// `T` is what `operation` decodes its success body into.
    fn visit<T: DeserializeOwned + std::fmt::Debug + 'static>(
        &mut self,
        operation: &'static str,
        decoding: Decoding,
    );
}

include!(concat!(env!("OUT_DIR"), "/responses.rs"));
