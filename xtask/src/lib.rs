//! The project's tasks, run as `cargo xtask <command>` (see [`cli::USAGE`]).
//!
//! Everything is a library function taking a [`Workspace`], so the tests can
//! run the same code against a temporary directory; `main.rs` only parses
//! the arguments and prints errors.

pub mod bench;
pub mod check;
pub mod cli;
pub mod conformance;
pub mod date;
pub mod evolution;
pub mod generate;
pub mod lock;
pub mod manifest;
pub mod overlay;
pub mod process;
pub mod release;
pub mod semver;
pub mod source;
pub mod spec;
pub mod standalone;
pub mod workspace;

pub use workspace::Workspace;
