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

/// One segment of a JSON pointer, escaped per RFC 6901: `~` as `~0`, `/`
/// as `~1`.
pub fn escape_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// The segments of a pointer in URI-fragment form (`#/a/b~1c`: `a`,
/// `b/c`), unescaped.
pub fn pointer_segments(pointer: &str) -> Vec<String> {
    pointer
        .trim_start_matches('#')
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect()
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
        Pointer(format!("{}/{}", self.0, escape_segment(segment.as_ref())))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_segments_undo_escaping() {
        let pointer = Pointer::root().push("paths").push("/v1/{a~b}").push("get");
        assert_eq!(pointer.as_str(), "#/paths/~1v1~1{a~0b}/get");
        assert_eq!(
            pointer_segments(pointer.as_str()),
            ["paths", "/v1/{a~b}", "get"]
        );
        assert_eq!(escape_segment("~1/"), "~01~1");
        assert_eq!(pointer_segments("#/a~01"), ["a~1"]);
        assert!(pointer_segments("#").is_empty());
    }
}
