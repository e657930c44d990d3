//! Diagnostics: what the generator could not express faithfully, each tied
//! to the JSON pointer of the construct in the input document.

use std::fmt;

/// What a diagnostic is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// A construct the generator cannot express faithfully; what it emitted
    /// instead is weaker than the spec.
    Unsupported,
    /// The document contradicts itself (a dangling `$ref`, an undefined
    /// security scheme); the generated code does the sensible thing.
    SpecProblem,
}

/// One finding about the input document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Diagnostic {
    /// JSON pointer into the document, e.g. `#/paths/~1v1~1projects/get`.
    pub pointer: String,
    /// Whether the generator or the document is at fault.
    pub severity: Severity,
    /// A short, stable name of the construct (used to group diagnostics).
    pub construct: &'static str,
    /// What happened and what the generator did instead.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Unsupported => "unsupported",
            Severity::SpecProblem => "spec problem",
        };
        write!(
            f,
            "{}: {kind} [{}]: {}",
            self.pointer, self.construct, self.message
        )
    }
}

/// A JSON pointer under construction, rendered in URI-fragment form (`#/a/b~1c`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pointer(String);

impl Pointer {
    /// The document root, `#`.
    pub fn root() -> Self {
        Pointer("#".to_owned())
    }

    /// Parses a local `$ref` such as `#/components/schemas/Foo`.
    pub fn from_ref(reference: &str) -> Self {
        Pointer(reference.to_owned())
    }

    /// This pointer extended by one segment, escaped per RFC 6901.
    pub fn push(&self, segment: impl AsRef<str>) -> Self {
        let escaped = segment.as_ref().replace('~', "~0").replace('/', "~1");
        Pointer(format!("{}/{}", self.0, escaped))
    }

    /// The pointer as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Collects diagnostics during lowering.
#[derive(Debug, Default)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    /// Records a construct the generator cannot express faithfully.
    pub fn unsupported(
        &mut self,
        pointer: &Pointer,
        construct: &'static str,
        message: impl Into<String>,
    ) {
        self.push(pointer, Severity::Unsupported, construct, message.into());
    }

    /// Records an inconsistency in the document.
    pub fn spec_problem(
        &mut self,
        pointer: &Pointer,
        construct: &'static str,
        message: impl Into<String>,
    ) {
        self.push(pointer, Severity::SpecProblem, construct, message.into());
    }

    fn push(
        &mut self,
        pointer: &Pointer,
        severity: Severity,
        construct: &'static str,
        message: String,
    ) {
        self.0.push(Diagnostic {
            pointer: pointer.to_string(),
            severity,
            construct,
            message,
        });
    }

    /// All diagnostics, sorted and without duplicates.
    pub fn finish(mut self) -> Vec<Diagnostic> {
        self.0.sort();
        self.0.dedup();
        self.0
    }
}
