//! What an update changes for users: the report written to
//! `generated-client/API_CHANGES.md` and the crate's version bump.

use std::path::Path;

use anyhow::{Context, Result};
use generator::overlay::{Mode as OverlayMode, Overlay};
use generator::record::{self, ApiRecord, Changes};

use crate::lock::Lock;
use crate::workspace::Workspace;

/// The changelog of the client's API, newest first.
pub const CHANGES_FILE: &str = "API_CHANGES.md";

const CHANGES_HEADER: &str = "# API changes\n\n\
What each update of the pinned spec changed in the client's Rust API, newest first.\n\
Written by `cargo xtask update`.\n";

/// The record of an older spec generated on its own with `overlays`
/// (leniently: it need not be the spec they were written for), for
/// `update --old`.
pub fn record_of_spec(text: &str, source: &str, overlays: &[Overlay]) -> Result<ApiRecord> {
    let options = crate::generate::client_options(None, overlays, OverlayMode::Update);
    Ok(crate::generate::generate_with(text, source, &options)?.record)
}

/// What [`apply`] did: the crate's version before and after, and the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bump {
    /// The version before the update.
    pub from: String,
    /// The version after it (equal to `from` when nothing changed).
    pub to: String,
    /// The report prepended to the changelog (Markdown).
    pub report: String,
}

/// Bumps the client's version for `changes`, prepends the report (with
/// `overlays`, the section on what the overlays changed) to the changelog
/// and returns what it did.
pub fn apply(ws: &Workspace, changes: &Changes, title: &str, overlays: &str) -> Result<Bump> {
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
    let mut report = record::report(title, changes, &version, &next);
    report.push_str(overlays);
    prepend(&ws.client_dir().join(CHANGES_FILE), &report)?;
    Ok(Bump {
        from: version,
        to: next,
        report,
    })
}

/// The body of the pull request of a spec update (Markdown): the spec
/// before and after (date, sha256, operation and schema counts), the crate's
/// version bump, and the change report with its breaking and additive
/// sections. `old` is `None` for a first pin, `bump` when there was no
/// previous generation to compare with.
pub fn pr_body(old: Option<&Lock>, new: &Lock, bump: Option<&Bump>) -> String {
    let mut out = format!(
        "Pins the spec published at {} on {} and regenerates the client \
         (`cargo xtask update`).\n\n",
        new.url, new.date
    );
    let short = |sha: &str| format!("`{}`", &sha[..sha.len().min(12)]);
    let before = |f: &dyn Fn(&Lock) -> String| old.map_or_else(|| "-".to_owned(), f);
    out.push_str("| | before | after |\n|---|---|---|\n");
    let rows: [(&str, String, String); 4] = [
        ("spec of", before(&|l| l.date.clone()), new.date.clone()),
        ("sha256", before(&|l| short(&l.sha256)), short(&new.sha256)),
        (
            "operations",
            before(&|l| l.operations.to_string()),
            new.operations.to_string(),
        ),
        (
            "schemas",
            before(&|l| l.schemas.to_string()),
            new.schemas.to_string(),
        ),
    ];
    for (name, was, is) in rows {
        out.push_str(&format!("| {name} | {was} | {is} |\n"));
    }
    match bump {
        Some(bump) => {
            out.push_str(&format!(
                "| crate version | {} | {} |\n\n",
                bump.from, bump.to
            ));
            // The report's own heading is the changelog's; one level down here.
            for line in bump.report.lines() {
                if line.starts_with('#') {
                    out.push('#');
                }
                out.push_str(line);
                out.push('\n');
            }
        }
        None => out.push_str(
            "\nNo record of a previous generation to compare with: no report of the API changes.\n",
        ),
    }
    out
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
