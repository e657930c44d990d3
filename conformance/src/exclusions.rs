//! Known Prism limitations, each excusing one symptom of one operation in
//! some modes, with Prism's own output as evidence.
//!
//! An exclusion is narrow: it excuses a failure only when the failure is of
//! its kind and every validation message Prism gave carries one of its
//! codes. Any other failure of the same operation still fails the run.
//! Excluded operations are still called, their cells show `excl` (failed
//! as documented) or `pass*`, and the list is printed with every summary.
//! Remove an entry when Prism is fixed: the summary says when an excluded
//! operation passes in every mode its exclusion covers.

use crate::harness::{FailKind, Mode};

/// The modes an exclusion covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modes {
    /// Static mode only.
    Static,
    /// Every dynamic seed.
    Dynamic,
    /// Every mode.
    All,
}

impl Modes {
    /// Whether `mode` is covered.
    pub fn covers(self, mode: Mode) -> bool {
        matches!(
            (self, mode),
            (Modes::All, _) | (Modes::Static, Mode::Static) | (Modes::Dynamic, Mode::Dynamic(_))
        )
    }
}

/// One excluded symptom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exclusion {
    /// The `operationId`.
    pub id: &'static str,
    /// Where Prism shows the limitation.
    pub modes: Modes,
    /// The kind of failure excused.
    pub kind: FailKind,
    /// The validation codes (`[code]` at the end of each of Prism's
    /// messages) excused; every message must carry one of them.
    pub codes: &'static [&'static str],
    /// The Prism limitation, named (with its upstream issues).
    pub limitation: &'static str,
    /// What Prism answers, and how the operation is checked instead.
    pub evidence: &'static str,
}

const MULTIPART: &str =
    "Prism 5 validates multipart/form-data parts as plain strings: a JSON part \
(Content-Type: application/json) is not parsed, and a single part of an array property is not \
an array (stoplightio/prism#2008, #2380, #2654).";

const MULTIPART_EVIDENCE: &str = "422 from Prism 5.14.2:\n\
body.file: Request body property file must be array [type]\n\
body.metadata: Request body property metadata must be object [type]\n\
Checked instead by conformance/tests/deploy_function_multipart.rs, which parses the body the \
client sends and validates each part against the spec's FunctionDeployBody.";

const STATIC_PATTERN: &str = "Prism 5's static mode answers \"string\" for a string property \
without an example whatever its `pattern`, then its own --errors check rejects that response \
(stoplightio/prism#2243, #2698).";

const STATIC_PATTERN_EVIDENCE: &str = "500 VIOLATIONS from Prism 5.14.2, static mode:\n\
response.body.statement_timeout: Response body property statement_timeout must match pattern \
\"^(-?[0-9]+(?:\\.[0-9]+)?)(us|ms|s|min|h|d)?$\" [pattern]\n\
(likewise wal_sender_timeout, checkpoint_timeout). The dynamic seeds, which honour `pattern`, \
decode this response.";

const EXCLUSIVE_MINIMUM: &str = "Prism 5's dynamic generator ignores OpenAPI 3.0's boolean \
`exclusiveMinimum: true` and may generate the minimum itself, which its own --errors check then \
rejects (stoplightio/prism#2082).";

const EXCLUSIVE_MINIMUM_EVIDENCE: &str = "500 VIOLATIONS from Prism 5.14.2, dynamic mode (some seeds):\n\
response.body.db_port: Response body property db_port must be > 0 [exclusiveMinimum]\n\
response.body.attributes.size_gb: Response body property attributes.size_gb must be > 0 \
[exclusiveMinimum] (and, as a consequence, [oneOf] and [enum] for the other variant)\n\
response.body.growth_percent: Response body property growth_percent must be > 0 [exclusiveMinimum]\n\
Static mode and the other seeds decode these responses.";

const ONE_OF_OVERLAP: &str = "Prism 5's dynamic generator picks a `oneOf` variant without \
checking that the value matches no other; here the spec's variants overlap (variant 0, \
{enabled}, accepts any object with `enabled`), so every value of variants 1 and 2 matches two \
variants and Prism's own --errors check rejects it. A spec defect Prism's generator cannot avoid.";

const ONE_OF_OVERLAP_EVIDENCE: &str =
    "500 VIOLATIONS from Prism 5.14.2, dynamic mode (some seeds):\n\
response.body.entitlements.1.config: Response body property entitlements.1.config must match \
exactly one schema in oneOf [oneOf]\n\
...must have required property 'value' / 'unlimited' / 'unit' [required]\n\
Static mode and the other seeds decode this response; the client's untagged `config` tries the \
most specific variant first.";

/// The excluded symptoms.
pub const EXCLUSIONS: &[Exclusion] = &[
    Exclusion {
        id: "v1-deploy-a-function",
        modes: Modes::All,
        kind: FailKind::Rejected,
        codes: &["type"],
        limitation: MULTIPART,
        evidence: MULTIPART_EVIDENCE,
    },
    Exclusion {
        id: "v1-get-postgres-config",
        modes: Modes::Static,
        kind: FailKind::MockResponse,
        codes: &["pattern"],
        limitation: STATIC_PATTERN,
        evidence: STATIC_PATTERN_EVIDENCE,
    },
    Exclusion {
        id: "v1-update-postgres-config",
        modes: Modes::Static,
        kind: FailKind::MockResponse,
        codes: &["pattern"],
        limitation: STATIC_PATTERN,
        evidence: STATIC_PATTERN_EVIDENCE,
    },
    Exclusion {
        id: "v1-get-a-branch-config",
        modes: Modes::Dynamic,
        kind: FailKind::MockResponse,
        codes: &["exclusiveMinimum"],
        limitation: EXCLUSIVE_MINIMUM,
        evidence: EXCLUSIVE_MINIMUM_EVIDENCE,
    },
    Exclusion {
        id: "v1-get-database-disk",
        modes: Modes::Dynamic,
        kind: FailKind::MockResponse,
        codes: &["exclusiveMinimum", "oneOf", "enum"],
        limitation: EXCLUSIVE_MINIMUM,
        evidence: EXCLUSIVE_MINIMUM_EVIDENCE,
    },
    Exclusion {
        id: "v1-get-project-disk-autoscale-config",
        modes: Modes::Dynamic,
        kind: FailKind::MockResponse,
        codes: &["exclusiveMinimum"],
        limitation: EXCLUSIVE_MINIMUM,
        evidence: EXCLUSIVE_MINIMUM_EVIDENCE,
    },
    Exclusion {
        id: "v1-get-organization-entitlements",
        modes: Modes::Dynamic,
        kind: FailKind::MockResponse,
        codes: &["oneOf", "required"],
        limitation: ONE_OF_OVERLAP,
        evidence: ONE_OF_OVERLAP_EVIDENCE,
    },
];

/// Whether any exclusion names operation `id`.
pub fn is_excluded(id: &str) -> bool {
    crate::EXCLUSIONS.iter().any(|e| e.id == id)
}

/// Whether every problem of a failed call of `id` in `mode` is excused by
/// an exclusion.
pub fn excused(id: &str, mode: Mode, problems: &[(FailKind, String)]) -> bool {
    !problems.is_empty()
        && problems.iter().all(|(kind, detail)| {
            crate::EXCLUSIONS.iter().any(|e| {
                e.id == id
                    && e.modes.covers(mode)
                    && e.kind == *kind
                    && detail.lines().all(|line| {
                        e.codes
                            .iter()
                            .any(|code| line.trim_end().ends_with(&format!("[{code}]")))
                    })
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_documented_symptom_is_excused() {
        let multipart = vec![(
            FailKind::Rejected,
            "body.file: Request body property file must be array [type]".to_owned(),
        )];
        assert!(excused("v1-deploy-a-function", Mode::Static, &multipart));
        assert!(excused(
            "v1-deploy-a-function",
            Mode::Dynamic(3),
            &multipart
        ));
        // Another operation, another code, another kind: not excused.
        assert!(!excused("v1-get-project", Mode::Static, &multipart));
        let other_code = vec![(
            FailKind::Rejected,
            "body.file: must be string [format]".to_owned(),
        )];
        assert!(!excused("v1-deploy-a-function", Mode::Static, &other_code));
        let decode = vec![(FailKind::Decode, "at `x`: invalid type".to_owned())];
        assert!(!excused("v1-deploy-a-function", Mode::Static, &decode));
        // A mode the exclusion does not cover.
        let pattern = vec![(
            FailKind::MockResponse,
            "response.body.statement_timeout: must match pattern [pattern]".to_owned(),
        )];
        assert!(excused("v1-get-postgres-config", Mode::Static, &pattern));
        assert!(!excused(
            "v1-get-postgres-config",
            Mode::Dynamic(1),
            &pattern
        ));
    }
}
