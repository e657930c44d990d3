//! Operations excluded from the pass/fail verdict, each for a documented
//! limitation of Prism, with Prism's own output as evidence. Excluded
//! operations are still called and their outcome shown; the list is
//! printed with every summary. Remove an entry when Prism is fixed (the
//! summary says when an excluded call passes).

/// One excluded operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exclusion {
    /// The `operationId`.
    pub id: &'static str,
    /// The Prism limitation, named.
    pub reason: &'static str,
    /// What Prism answers (its validation messages), and how the request
    /// is checked instead.
    pub evidence: &'static str,
}

/// The excluded operations.
pub const EXCLUSIONS: &[Exclusion] = &[];

/// The exclusion of operation `id`, if any.
pub fn exclusion(id: &str) -> Option<&'static Exclusion> {
    EXCLUSIONS.iter().find(|e| e.id == id)
}
