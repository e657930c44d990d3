//! Every test fixture's generated client, compiled together with the real
//! runtime (`openapi-client-runtime`): a fixture whose output does not
//! compile, or compiles with warnings under `-D warnings`, fails the
//! workspace build.
//!
//! `build.rs` generates `../fixtures/<name>.yaml` into module `<name>`, with
//! its own `Client` type. The crate root names the runtime `runtime`, as a
//! generated crate's root does, so generated code finds it at `crate::runtime`.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

/// The runtime every fixture's client calls into.
pub use openapi_client_runtime as runtime;

// The runtime's items at the root, as a generated crate re-exports them.
pub use runtime::*;

include!(concat!(env!("OUT_DIR"), "/fixtures.rs"));
