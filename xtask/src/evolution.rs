//! What an update changes for users: the report written to
//! `generated-client/API_CHANGES.md` and the crate's version bump.

use std::path::Path;

use anyhow::{Context, Result};
use generator::record::{self, ApiRecord, Changes};

use crate::workspace::Workspace;

/// The changelog of the client's API, newest first.
pub const CHANGES_FILE: &str = "API_CHANGES.md";

const CHANGES_HEADER: &str = "# API changes\n\n\
What each update of the pinned spec changed in the client's Rust API, newest first.\n\
Written by `cargo xtask update`.\n";

/// The record of an older spec generated on its own, for `update --old`.
pub fn record_of_spec(text: &str, source: &str) -> Result<ApiRecord> {
    Ok(
        crate::generate::generate_with(text, source, &crate::generate::client_options(None))?
            .record,
    )
}

/// Bumps the client's version for `changes`, prepends the report to the
/// changelog and returns the report.
pub fn apply(ws: &Workspace, changes: &Changes, title: &str) -> Result<String> {
    let manifest = ws.client_dir().join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest)
        .with_context(|| format!("cannot read {}", manifest.display()))?;
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .with_context(|| format!("{} is not valid TOML", manifest.display()))?;
    let version = doc["package"]["version"]
        .as_str()
        .context("the client's manifest has no package.version")?
        .to_owned();
    let next = record::bump(&version, changes);
    if next != version {
        doc["package"]["version"] = toml_edit::value(next.clone());
        crate::spec::write_atomically(&manifest, doc.to_string().as_bytes())?;
    }
    let report = record::report(title, changes, &version, &next);
    prepend(&ws.client_dir().join(CHANGES_FILE), &report)?;
    Ok(report)
}

/// Puts `section` after the changelog's header, above older sections.
fn prepend(path: &Path, section: &str) -> Result<()> {
    let existing = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => CHANGES_HEADER.to_owned(),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let older = existing.strip_prefix(CHANGES_HEADER).unwrap_or(&existing);
    let text = format!(
        "{CHANGES_HEADER}\n{section}{}{older}",
        if older.trim().is_empty() { "" } else { "\n" }
    );
    crate::spec::write_atomically(path, text.as_bytes())
}
