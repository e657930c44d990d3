//! The overlays the client is generated with: read from the files the lock
//! names (or given with `--overlay`), checked against the lock's sha256,
//! and what their actions did, for the console and the change report.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use generator::overlay::{ActionOutcome, Obsolete, Overlay};

use crate::lock::{Lock, LockedOverlay};
use crate::spec::sha256_hex;
use crate::workspace::Workspace;

/// Overlays as read, with what the lock should record about each.
#[derive(Debug, Clone, Default)]
pub struct Overlays {
    /// Path (relative to the workspace root) and sha256 of each.
    pub locked: Vec<LockedOverlay>,
    /// The parsed overlays, in the same order.
    pub overlays: Vec<Overlay>,
}

/// Reads one overlay file; `name` is how the lock and messages name it.
fn read_one(path: &Path, name: &str) -> Result<(LockedOverlay, Overlay)> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read the overlay {name}"))?;
    let text = std::str::from_utf8(&bytes).with_context(|| format!("{name} is not UTF-8"))?;
    let overlay = Overlay::parse(text, name)?;
    Ok((
        LockedOverlay {
            path: name.to_owned(),
            sha256: sha256_hex(&bytes),
        },
        overlay,
    ))
}

/// Reads overlays given on the command line (relative to the current
/// directory). The client's overlays must be inside the workspace, so the
/// lock can name them by a relative path.
pub fn read_given(ws: &Workspace, paths: &[PathBuf]) -> Result<Overlays> {
    let root = std::fs::canonicalize(ws.root())
        .with_context(|| format!("cannot resolve {}", ws.root().display()))?;
    let mut read = Overlays::default();
    for path in paths {
        let absolute = std::fs::canonicalize(path)
            .with_context(|| format!("cannot read the overlay {}", path.display()))?;
        let Ok(relative) = absolute.strip_prefix(&root) else {
            bail!(
                "the overlay {} is outside the repository ({}): the lock names overlays by \
                 their path in it",
                path.display(),
                root.display()
            );
        };
        let name = crate::generate::slash_path(relative);
        let (locked, overlay) = read_one(&absolute, &name)?;
        read.locked.push(locked);
        read.overlays.push(overlay);
    }
    Ok(read)
}

/// Reads overlay files for a standalone crate (any path, not locked).
pub fn read_files(paths: &[PathBuf]) -> Result<Vec<Overlay>> {
    paths
        .iter()
        .map(|path| read_one(path, &path.display().to_string()).map(|(_, overlay)| overlay))
        .collect()
}

/// Reads the overlays the lock names. With `must_match`, a file whose
/// sha256 differs from the lock's is an error (`check`); otherwise the
/// returned [`Overlays::locked`] hold the files' current sha256, for the
/// caller to record (`generate`).
pub fn read_locked(ws: &Workspace, lock: &Lock, must_match: bool) -> Result<Overlays> {
    let mut read = Overlays::default();
    for entry in &lock.overlays {
        let relative = Path::new(&entry.path);
        if relative.is_absolute() || relative.components().any(|c| c.as_os_str() == "..") {
            bail!(
                "spec/lock.toml names the overlay {:?}: overlays are named by a path inside the \
                 repository",
                entry.path
            );
        }
        let (locked, overlay) = read_one(&ws.root().join(relative), &entry.path)?;
        if must_match && locked.sha256 != entry.sha256 {
            bail!(
                "the overlay {} has changed since spec/lock.toml recorded it (sha256 {}, the \
                 lock has {}): run `cargo xtask generate` to regenerate the client with it and \
                 record it",
                entry.path,
                locked.sha256,
                entry.sha256
            );
        }
        read.locked.push(locked);
        read.overlays.push(overlay);
    }
    Ok(read)
}

/// The lock's overlays, which must match it (for checks).
pub fn pinned(ws: &Workspace) -> Result<Vec<Overlay>> {
    let lock = Lock::read(&ws.lock_path())?;
    Ok(read_locked(ws, &lock, true)?.overlays)
}

/// One line per action: what it changed, or that it is obsolete.
pub fn summary(outcomes: &[ActionOutcome]) -> String {
    let mut out = String::new();
    for outcome in outcomes {
        let _ = match outcome.obsolete {
            Some(why) => writeln!(out, "OBSOLETE {}: {}", outcome.name(), obsolete_text(why)),
            None => writeln!(
                out,
                "overlay {} actions[{}] ({}): {}{}",
                outcome.overlay,
                outcome.index,
                outcome.kind,
                outcome.changed_items().join(", "),
                reached(outcome)
            ),
        };
    }
    out
}

fn obsolete_text(why: Obsolete) -> &'static str {
    match why {
        Obsolete::AlreadyPresent => {
            "every node it selects already has its update; the spec may now be fixed upstream: \
             check, then delete the action"
        }
        Obsolete::TargetAbsent => {
            "what it removes is no longer in the spec; the spec may now be fixed upstream: \
             check, then delete the action"
        }
    }
}

/// The obsolete actions, for `update`'s console and report.
pub fn obsolete(outcomes: &[ActionOutcome]) -> Vec<&ActionOutcome> {
    outcomes.iter().filter(|o| o.obsolete.is_some()).collect()
}

/// The change report's section on overlays: the operations each action
/// changed, and the obsolete ones. Empty without overlays.
pub fn report_section(outcomes: &[ActionOutcome]) -> String {
    if outcomes.is_empty() {
        return String::new();
    }
    let mut out = String::from("\n### Overlays\n\n");
    let obsolete = obsolete(outcomes);
    if !obsolete.is_empty() {
        out.push_str("Obsolete actions (the spec may now be fixed upstream):\n\n");
        for outcome in obsolete {
            let why = match outcome.obsolete {
                Some(Obsolete::AlreadyPresent) => "its update is already in the spec",
                _ => "what it removes is no longer in the spec",
            };
            let _ = writeln!(out, "- {}: {why}", markdown_name(outcome));
        }
        out.push('\n');
    }
    out.push_str("What each action changes (schemas and the operations using them):\n\n");
    for outcome in outcomes.iter().filter(|o| o.obsolete.is_none()) {
        let items: Vec<String> = outcome
            .changed_items()
            .iter()
            .map(|i| format!("`{i}`"))
            .collect();
        let _ = writeln!(
            out,
            "- {} ({}): {}{}",
            markdown_name(outcome),
            outcome.kind,
            items.join(", "),
            reached(outcome)
        );
    }
    out
}

/// `; operations: GET /a, POST /b` when the change reaches operations other
/// than the items it changed.
fn reached(outcome: &ActionOutcome) -> String {
    let items = outcome.changed_items();
    let others: Vec<&str> = outcome
        .operations
        .iter()
        .filter(|o| !items.contains(o))
        .map(String::as_str)
        .collect();
    match others.as_slice() {
        [] => String::new(),
        others => format!("; operations: {}", others.join(", ")),
    }
}

fn markdown_name(outcome: &ActionOutcome) -> String {
    let description = outcome
        .description
        .as_deref()
        .map(|d| format!(" {}", d.split_whitespace().collect::<Vec<_>>().join(" ")))
        .unwrap_or_default();
    format!(
        "`{}` actions[{}]{description}",
        outcome.overlay, outcome.index
    )
}
