//! Generates a typed, async Rust client from an OpenAPI 3.0 document.
//!
//! The pipeline is plain data from end to end (see `ARCHITECTURE.md`):
//!
//! 1. [`load`] parses JSON or YAML once into an [`openapiv3::OpenAPI`].
//! 2. [`lower`] resolves it into the generator's own [`model`]: types,
//!    operations and diagnostics (every `$ref` through [`resolve`]), and the
//!    naming pass ([`naming`]) settles every name at once. No tokens are
//!    built here.
//! 3. [`emit`] turns the model into `TokenStream`s, one small function per item,
//!    and [`format`](mod@format) pretty-prints each file with `prettyplease`.
//!
//! [`generate`] runs all of it. Nothing in this crate performs I/O.

pub mod diagnostics;
pub mod emit;
pub mod format;
pub mod formats;
pub mod load;
pub mod lower;
pub mod model;
pub mod naming;
pub mod overlay;
pub mod record;
pub mod resolve;
pub mod secrets;
mod styles;

pub use diagnostics::{Diagnostic, Severity};
pub use load::LoadError;

/// Why generation failed as a whole.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The document could not be read.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The emitter produced tokens that are not valid Rust (a generator bug).
    #[error("internal error while emitting {file}: {message}")]
    Emit {
        /// The generated file.
        file: String,
        /// What went wrong.
        message: String,
    },
}

/// Settings that are not in the document itself.
#[derive(Debug, Clone)]
pub struct Options {
    /// The base URL used when the document declares no `servers`.
    pub default_base_url: Option<String>,
    /// The command named in each generated file's header.
    pub regenerate_command: String,
    /// The record of the previous generation: its names are kept, and its
    /// deprecated aliases emitted again.
    pub previous: Option<record::ApiRecord>,
    /// Overlays applied, in order, to the document as it is read.
    pub overlays: Vec<overlay::Overlay>,
    /// How an overlay action that selects nothing is treated.
    pub overlay_mode: overlay::Mode,
    /// Which fields and parameters hold secrets (redacted in `Debug`).
    pub secrets: secrets::Secrets,
    /// The Rust type of each schema `type` and `format` (`uuid`,
    /// `date-time`, `uint64`...); [`formats::Formats::plain`] makes every
    /// string format a `String`.
    pub formats: formats::Formats,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            default_base_url: None,
            regenerate_command: "cargo xtask generate".to_owned(),
            previous: None,
            overlays: Vec::new(),
            overlay_mode: overlay::Mode::Strict,
            secrets: secrets::Secrets::default(),
            formats: formats::Formats::default(),
        }
    }
}

/// One generated file, its path relative to the crate's `src/generated/` directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Relative path with `/` separators, e.g. `types/project.rs`.
    pub path: String,
    /// The formatted file contents.
    pub contents: String,
}

/// The output of a generation run.
#[derive(Debug, Clone)]
pub struct Generated {
    /// The files, sorted by path.
    pub files: Vec<GeneratedFile>,
    /// Everything the generator could not express faithfully, sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// The resolved model the files were emitted from.
    pub api: model::Api,
    /// The record of this generation, for the next one (names and shape).
    pub record: record::ApiRecord,
    /// What each overlay action did, in the order applied.
    pub overlays: Vec<overlay::ActionOutcome>,
}

/// Runs the whole pipeline on a document's text. `source` names the document
/// in error messages (usually its path).
pub fn generate(text: &str, source: &str, options: &Options) -> Result<Generated, Error> {
    let load::Loaded {
        document,
        overlays,
        mut diagnostics,
        sources,
    } = load::load(text, source, &options.overlays, options.overlay_mode)?;
    let (mut api, lowered) = lower::lower(&document, options);
    diagnostics.extend(lowered);
    if !sources.is_empty() {
        // A 3.1 document's rewrite moved schemas: name the source's places.
        for d in &mut diagnostics {
            d.pointer = sources.source(&d.pointer);
        }
        for def in &mut api.types {
            def.pointer = sources.source(&def.pointer);
        }
    }
    diagnostics.sort();
    diagnostics.dedup();
    let aliases = record::live_aliases(&api, options.previous.as_ref());
    let files = emit::emit(&api, options, &aliases)?;
    let record = record::ApiRecord::of(&api, aliases);
    Ok(Generated {
        files,
        diagnostics,
        api,
        record,
        overlays,
    })
}
