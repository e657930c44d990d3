//! The summary: an operation x mode table, the failures in detail, the
//! exclusions, and the totals.

use std::fmt::Write as _;

use crate::exclusions::{exclusion, EXCLUSIONS};
use crate::harness::{ModeResult, Outcome};
use crate::samples::SampleCall;

/// The summary of all runs, and whether they pass: no failure outside the
/// exclusions.
pub fn summary(calls: &[&SampleCall], results: &[ModeResult]) -> (String, bool) {
    let mut out = String::new();
    let width = calls.iter().map(|c| c.id.len()).max().unwrap_or(9).max(9);
    let modes: Vec<String> = results.iter().map(|r| r.mode.to_string()).collect();
    let column = modes.iter().map(String::len).max().unwrap_or(6).max(6);
    let _ = write!(out, "{:width$}", "operation");
    for mode in &modes {
        let _ = write!(out, "  {mode:>column$}");
    }
    out.push('\n');
    let mut ok = true;
    for call in calls {
        let excluded = exclusion(call.id).is_some();
        let _ = write!(out, "{:width$}", call.id);
        for result in results {
            let cell = match result.outcomes.iter().find(|(id, _)| *id == call.id) {
                None => "-",
                Some((_, Outcome::Pass)) if excluded => "pass*",
                Some((_, Outcome::Pass)) => "pass",
                Some((_, Outcome::Fail(_))) if excluded => "excl",
                Some((_, Outcome::Fail(_))) => {
                    ok = false;
                    "FAIL"
                }
            };
            let _ = write!(out, "  {cell:>column$}");
        }
        out.push('\n');
    }

    let mut failures = String::new();
    for result in results {
        for (id, outcome) in &result.outcomes {
            let Outcome::Fail(problems) = outcome else {
                continue;
            };
            let tag = if exclusion(id).is_some() {
                " (excluded)"
            } else {
                ""
            };
            let _ = writeln!(failures, "{id} [{}]{tag}:", result.mode);
            for (kind, detail) in problems {
                let _ = writeln!(failures, "  {kind}:");
                for line in detail.lines() {
                    let _ = writeln!(failures, "    {line}");
                }
            }
            if let Some(call) = calls.iter().find(|c| c.id == *id) {
                for note in call.notes {
                    let _ = writeln!(failures, "  sample note: {note}");
                }
            }
        }
    }
    if !failures.is_empty() {
        out.push_str("\nfailures:\n");
        out.push_str(&failures);
    }

    out.push_str("\nexclusions (Prism limitations; still called, not counted):\n");
    if EXCLUSIONS.is_empty() {
        out.push_str("  none\n");
    }
    for e in EXCLUSIONS {
        let _ = writeln!(out, "  {}: {}", e.id, e.reason);
        for line in e.evidence.lines() {
            let _ = writeln!(out, "    {line}");
        }
        let passing: Vec<String> = results
            .iter()
            .filter(|r| r.outcomes.iter().any(|(id, o)| *id == e.id && o.passed()))
            .map(|r| r.mode.to_string())
            .collect();
        if !passing.is_empty() {
            let _ = writeln!(
                out,
                "    note: passes in {}; is the exclusion still needed?",
                passing.join(", ")
            );
        }
    }

    out.push_str("\ntotals:\n");
    for result in results {
        let excluded = result
            .outcomes
            .iter()
            .filter(|(id, _)| exclusion(id).is_some())
            .count();
        let counted = result.outcomes.len() - excluded;
        let passed = result
            .outcomes
            .iter()
            .filter(|(id, o)| exclusion(id).is_none() && o.passed())
            .count();
        let _ = writeln!(
            out,
            "  {:>column$}: {passed}/{counted} pass, {} fail, {excluded} excluded ({} calls in {:.1} s; Prism log {})",
            result.mode.to_string(),
            counted - passed,
            result.outcomes.len(),
            result.elapsed.as_secs_f64(),
            result.log.display()
        );
    }
    let _ = writeln!(
        out,
        "\n{}",
        if ok {
            "conformance passed"
        } else {
            "conformance FAILED"
        }
    );
    (out, ok)
}
