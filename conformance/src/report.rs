//! The summary: an operation x mode table, the failures in detail, the
//! exclusions, and the totals.

use std::fmt::Write as _;

use crate::exclusions::{excused, is_excluded};
use crate::harness::{Mode, ModeResult, Outcome};
use crate::samples::SampleCall;
use crate::EXCLUSIONS;

/// What one cell of the table says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// Passed.
    Pass,
    /// Passed; an exclusion names the operation.
    PassExcluded,
    /// Failed exactly as an exclusion documents.
    Excluded,
    /// Failed.
    Fail,
    /// Not run in this mode.
    NotRun,
}

impl Cell {
    fn text(self) -> &'static str {
        match self {
            Cell::Pass => "pass",
            Cell::PassExcluded => "pass*",
            Cell::Excluded => "excl",
            Cell::Fail => "FAIL",
            Cell::NotRun => "-",
        }
    }
}

/// The cell of operation `id` in `result`.
pub fn cell(id: &str, result: &ModeResult) -> Cell {
    match result.outcomes.iter().find(|(i, _)| *i == id) {
        None => Cell::NotRun,
        Some((_, Outcome::Pass)) if is_excluded(id) => Cell::PassExcluded,
        Some((_, Outcome::Pass)) => Cell::Pass,
        Some((_, Outcome::Fail(problems))) if excused(id, result.mode, problems) => Cell::Excluded,
        Some((_, Outcome::Fail(_))) => Cell::Fail,
    }
}

/// The summary of all runs, and whether they pass: every failure is one
/// an exclusion documents.
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
        let _ = write!(out, "{:width$}", call.id);
        for result in results {
            let cell = cell(call.id, result);
            ok &= cell != Cell::Fail;
            let _ = write!(out, "  {:>column$}", cell.text());
        }
        out.push('\n');
    }
    out.push_str(
        "(pass* = passed, the operation has an exclusion; excl = failed exactly as its exclusion documents)\n",
    );

    let mut failures = String::new();
    for result in results {
        for (id, outcome) in &result.outcomes {
            let Outcome::Fail(problems) = outcome else {
                continue;
            };
            let tag = match cell(id, result) {
                Cell::Excluded => " (excluded)",
                _ => "",
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

    out.push_str("\nexclusions (known Prism limitations; the calls are still made):\n");
    if EXCLUSIONS.is_empty() {
        out.push_str("  none\n");
    }
    for e in EXCLUSIONS {
        let modes = match e.modes {
            crate::exclusions::Modes::Static => "static mode",
            crate::exclusions::Modes::Dynamic => "dynamic mode",
            crate::exclusions::Modes::All => "every mode",
        };
        let _ = writeln!(
            out,
            "  {} ({modes}; {}, codes {}):",
            e.id,
            e.kind,
            e.codes.join(", ")
        );
        let _ = writeln!(out, "    limitation: {}", e.limitation);
        for line in e.evidence.lines() {
            let _ = writeln!(out, "    {line}");
        }
        let covered: Vec<&ModeResult> = results.iter().filter(|r| e.modes.covers(r.mode)).collect();
        let all_pass = !covered.is_empty()
            && covered
                .iter()
                .all(|r| r.outcomes.iter().any(|(id, o)| *id == e.id && o.passed()));
        if all_pass {
            let _ = writeln!(
                out,
                "    note: passed in every mode this exclusion covers; is it still needed?"
            );
        }
    }

    out.push_str("\ntotals:\n");
    for result in results {
        let mut counts = [0usize; 3];
        for (id, _) in &result.outcomes {
            match cell(id, result) {
                Cell::Pass | Cell::PassExcluded => counts[0] += 1,
                Cell::Excluded => counts[1] += 1,
                Cell::Fail => counts[2] += 1,
                Cell::NotRun => {}
            }
        }
        let label = match result.mode {
            Mode::Static => "static".to_owned(),
            Mode::Dynamic(seed) => format!("dynamic, seed {seed}"),
        };
        let _ = writeln!(
            out,
            "  {label:>16}: {} of {} pass, {} excluded, {} fail ({:.1} s; Prism log {})",
            counts[0],
            result.outcomes.len(),
            counts[1],
            counts[2],
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
