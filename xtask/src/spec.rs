//! The pinned spec: fetching, verifying, pinning a new one.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};

use crate::lock::{Lock, PUBLISHED_URL};
use crate::source::Source;
use crate::workspace::{fetch_hint, Workspace};

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What the lock records about a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    /// SHA-256 of the bytes.
    pub sha256: String,
    /// Operations: (path, method) pairs.
    pub operations: usize,
    /// Entries of `components.schemas`.
    pub schemas: usize,
}

/// HTTP methods that make an operation in an OpenAPI path item.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Checks that `bytes` is an OpenAPI 3.0 or 3.1 JSON document and counts what it holds.
pub fn inspect(bytes: &[u8], source: &str) -> Result<Facts> {
    let document: serde_json::Value = serde_json::from_slice(bytes).with_context(|| {
        format!("{source} is not JSON (the pinned spec is the published JSON document)")
    })?;
    match document.get("openapi").and_then(|v| v.as_str()) {
        Some(version) if version.starts_with("3.0") || generator::load::oas31::is_31(version) => {}
        Some(version) => {
            bail!("{source} is OpenAPI {version}; the generator reads OpenAPI 3.0.x and 3.1.x")
        }
        None => bail!("{source} has no `openapi` version field; is it an OpenAPI document?"),
    }
    let operations = document
        .get("paths")
        .and_then(|p| p.as_object())
        .map_or(0, |paths| {
            paths
                .values()
                .filter_map(|item| item.as_object())
                .map(|item| {
                    item.keys()
                        .filter(|k| METHODS.contains(&k.as_str()))
                        .count()
                })
                .sum()
        });
    let schemas = document
        .pointer("/components/schemas")
        .and_then(|s| s.as_object())
        .map_or(0, |s| s.len());
    Ok(Facts {
        sha256: sha256_hex(bytes),
        operations,
        schemas,
    })
}

/// Writes `bytes` to `path` through a temporary file beside it, so that an
/// interrupted write never leaves half a file at `path`. The temporary file
/// has a name of its own (two writers of one path never share it) and is
/// removed if the write fails; the file gets the mode of the file it replaces,
/// or a plain write's.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write as _;
    let dir = path
        .parent()
        .with_context(|| format!("{} has no parent directory", path.display()))?;
    let name = path
        .file_name()
        .with_context(|| format!("{} has no file name", path.display()))?;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut prefix = std::ffi::OsString::from(".");
    prefix.push(name);
    prefix.push(".");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".xtask-tmp");
    // The mode a plain write gives (tempfile's own is owner-only), or the
    // replaced file's.
    if let Ok(metadata) = std::fs::metadata(path) {
        builder.permissions(metadata.permissions());
    } else {
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    }
    let mut temporary = builder
        .tempfile_in(dir)
        .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    temporary
        .write_all(bytes)
        .with_context(|| format!("cannot write {}", temporary.path().display()))?;
    temporary
        .persist(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// `cargo xtask fetch`: downloads (or copies) the pinned spec, checks it
/// against the lock and writes `spec/openapi.json`.
pub fn fetch(ws: &Workspace, from: Option<&Source>) -> Result<Vec<u8>> {
    let lock = Lock::read(&ws.lock_path())?;
    let source = from
        .cloned()
        .unwrap_or_else(|| Source::Url(lock.url.clone()));
    let bytes = source.read().map_err(|e| {
        anyhow::anyhow!(
            "{e:#}\nWithout internet, fetch the pinned spec from a local copy: `{}`",
            fetch_hint(&lock.date)
        )
    })?;
    let sha256 = sha256_hex(&bytes);
    if sha256 != lock.sha256 {
        let moved_on = if from.is_none() {
            "The published spec has moved on since it was pinned. "
        } else {
            ""
        };
        bail!(
            "{source} does not match spec/lock.toml: its sha256 is {sha256}, the lock pins {} \
             (the spec of {}).\n{moved_on}To pin the new document and regenerate the client, run \
             `cargo xtask update{}`; to get the pinned one instead, run `{}`.",
            lock.sha256,
            lock.date,
            from.map(|s| format!(" --from {s}")).unwrap_or_default(),
            fetch_hint(&lock.date),
        );
    }
    write_atomically(&ws.spec_path(), &bytes)?;
    println!(
        "fetched {source} ({} bytes, sha256 {sha256}) to {}",
        bytes.len(),
        ws.display(&ws.spec_path())
    );
    Ok(bytes)
}

/// The pinned spec's text, or an error saying what to run when
/// `spec/openapi.json` is missing or is not the pinned document.
pub fn load_pinned(ws: &Workspace) -> Result<String> {
    let lock = Lock::read(&ws.lock_path())?;
    let path = ws.spec_path();
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(
            "{} is missing: run `{}` (or `cargo xtask fetch` with internet)",
            ws.display(&path),
            fetch_hint(&lock.date)
        ),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    if sha256_hex(&bytes) != lock.sha256 {
        bail!(
            "{} is not the spec pinned in spec/lock.toml (of {}): run `{}`",
            ws.display(&path),
            lock.date,
            fetch_hint(&lock.date)
        );
    }
    String::from_utf8(bytes).with_context(|| format!("{} is not UTF-8", path.display()))
}

/// The pinned spec's text, fetching it (from `from` or the lock's URL) when
/// `spec/openapi.json` is missing or does not match the lock.
pub fn ensure_pinned(ws: &Workspace, from: Option<&Source>) -> Result<String> {
    let lock = Lock::read(&ws.lock_path())?;
    let path = ws.spec_path();
    let bytes = match std::fs::read(&path) {
        Ok(bytes) if sha256_hex(&bytes) == lock.sha256 => bytes,
        Ok(_) => {
            println!(
                "{} is not the spec pinned in spec/lock.toml; fetching it again",
                ws.display(&path)
            );
            fetch(ws, from)?
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => fetch(ws, from)?,
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    String::from_utf8(bytes).with_context(|| format!("{} is not UTF-8", path.display()))
}

/// Options of `cargo xtask update`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpdateOptions {
    /// Where the new spec comes from; the lock's URL when `None`.
    pub from: Option<Source>,
    /// The date to record; today (UTC) when `None`.
    pub date: Option<String>,
    /// A new URL to record as the spec's home.
    pub url: Option<String>,
    /// The previous spec document, to compare with directly (otherwise the
    /// committed record of the last generation is the baseline).
    pub old: Option<Source>,
    /// Where to write the body of the pull request of a changed spec
    /// ([`crate::evolution::pr_body`]); nothing is written for an unchanged one.
    pub pr_body: Option<PathBuf>,
    /// Overlays to apply (`--overlay`, in order); the lock's when empty.
    pub overlays: Vec<std::path::PathBuf>,
}

/// `cargo xtask update`: pins a new spec, writes it to `spec/openapi.json`
/// and regenerates the client. Nothing is written unless the new spec
/// generates, and a spec whose sha256 is the pinned one changes no
/// committed file (not even the lock's date): only `spec/openapi.json`, the
/// local copy, is written when it differs.
pub fn update(ws: &Workspace, options: &UpdateOptions) -> Result<Lock> {
    let old = match ws.lock_path().exists() {
        true => Some(Lock::read(&ws.lock_path())?),
        false => None,
    };
    let url = options
        .url
        .clone()
        .or_else(|| old.as_ref().map(|l| l.url.clone()))
        .unwrap_or_else(|| PUBLISHED_URL.to_owned());
    let date = match &options.date {
        Some(date) => {
            crate::date::validate(date).context("--date")?;
            date.clone()
        }
        None => crate::date::today_utc(),
    };
    let source = options
        .from
        .clone()
        .unwrap_or_else(|| Source::Url(url.clone()));
    let bytes = source.read()?;
    let facts = inspect(&bytes, &source.to_string())?;
    if let Some(old) = old.as_ref().filter(|old| old.sha256 == facts.sha256) {
        return unchanged(ws, old, &url, &bytes, &source);
    }
    let text = String::from_utf8(bytes).with_context(|| format!("{source} is not UTF-8"))?;
    let spec_name = ws.display(&ws.spec_path());
    let overlays = match (&options.overlays[..], &old) {
        ([], Some(old)) => crate::overlay::read_locked(ws, old, false)?,
        ([], None) => crate::overlay::Overlays::default(),
        (paths, _) => crate::overlay::read_given(ws, paths)?,
    };
    // Names are kept from the committed record; the baseline of the report
    // is the old document when given, else that record.
    let previous = crate::generate::read_record(ws)?;
    let baseline = match &options.old {
        Some(old_source) => {
            let old_text = String::from_utf8(old_source.read()?)
                .with_context(|| format!("{old_source} is not UTF-8"))?;
            Some(crate::evolution::record_of_spec(
                &old_text,
                &old_source.to_string(),
                &overlays.overlays,
            )?)
        }
        None => previous.clone(),
    };
    // An obsolete action is reported, not an error: the new spec may have
    // fixed what it fixed.
    let run = |previous: Option<generator::record::ApiRecord>| {
        crate::generate::run_generator_with(
            &text,
            &spec_name,
            previous,
            &overlays.overlays,
            generator::overlay::Mode::Update,
        )
    };
    let mut generated = run(previous.clone())?;
    let changes = baseline.map(|old| generator::record::diff(&old, &generated.record));
    // Renamed items keep their old names, deprecated, until the next update.
    let aliases = changes
        .as_ref()
        .map(|c| c.aliases.clone())
        .unwrap_or_default();
    if previous.as_ref().map(|p| &p.aliases) != Some(&aliases) {
        let mut with_aliases = previous.clone().unwrap_or_default();
        with_aliases.aliases = aliases;
        generated = run(Some(with_aliases))?;
    }

    let lock = Lock {
        url,
        sha256: facts.sha256,
        date,
        operations: facts.operations,
        schemas: facts.schemas,
        overlays: overlays.locked.clone(),
    };
    write_atomically(&ws.spec_path(), text.as_bytes())?;
    lock.write(&ws.lock_path())?;
    match &old {
        Some(old) => println!(
            "pinned {source} ({} operations, {} schemas; was {} and {} on {})",
            lock.operations, lock.schemas, old.operations, old.schemas, old.date
        ),
        None => println!(
            "pinned {source} ({} operations, {} schemas)",
            lock.operations, lock.schemas
        ),
    }
    // The oracle compares the client's public API before and after; the
    // report may find more breaking changes, never fewer.
    let oracle = match (&changes, crate::semver::installed(ws)) {
        (Some(_), Some(bin)) => Some((bin, crate::semver::client_rustdoc(ws, "baseline")?)),
        (Some(_), None) => {
            println!("{}; the report is not checked", crate::semver::missing());
            None
        }
        (None, _) => None,
    };
    crate::generate::write_client(ws, &generated)?;
    if let (Some((bin, baseline)), Some(changes)) = (&oracle, &changes) {
        let current = crate::semver::client_rustdoc(ws, "current")?;
        let verdict = crate::semver::check(bin, baseline, &current)?;
        let report = crate::semver::Level::of(changes);
        if verdict.level > report {
            bail!(
                "cargo-semver-checks requires a {} version bump where the report's is {}: \
                 the crate's version and API_CHANGES.md are left as they were (the \
                 generated files are written).\n{}",
                verdict.level.as_str(),
                report.as_str(),
                verdict.output
            );
        }
    }
    print!("{}", crate::overlay::summary(&generated.overlays));
    crate::conformance::write_samples(ws, &text, &generated.api, &overlays.overlays)?;
    let obsolete = crate::overlay::obsolete(&generated.overlays);
    if !obsolete.is_empty() {
        println!(
            "\n{} overlay action(s) no longer change the spec: it may now be fixed upstream. \
             Check each, then delete it from its overlay:",
            obsolete.len()
        );
        for outcome in obsolete {
            println!("  {}", outcome.name());
        }
    }
    let mut applied = None;
    if let Some(changes) = &changes {
        let since = old.as_ref().map_or_else(
            || "the last generation".to_owned(),
            |l| format!("the spec of {}", l.date),
        );
        let title = format!(
            "{} (spec of {}, compared with {since})",
            lock.date, lock.date
        );
        let overlay_section = crate::overlay::report_section(&generated.overlays);
        let bump = crate::evolution::apply(ws, changes, &title, &overlay_section)?;
        println!("\n{}", bump.report);
        applied = Some(bump);
    }
    if let Some(path) = &options.pr_body {
        let body = crate::evolution::pr_body(old.as_ref(), &lock, applied.as_ref());
        write_atomically(path, body.as_bytes())?;
        println!("pull request body written to {}", path.display());
    }
    Ok(lock)
}

/// `update` with the spec already pinned: the lock and the generated files
/// stay as they are (a new `--url` is recorded, the date kept).
fn unchanged(ws: &Workspace, old: &Lock, url: &str, bytes: &[u8], source: &Source) -> Result<Lock> {
    if std::fs::read(ws.spec_path()).ok().as_deref() != Some(bytes) {
        write_atomically(&ws.spec_path(), bytes)?;
    }
    let mut lock = old.clone();
    if lock.url != url {
        lock.url = url.to_owned();
        lock.write(&ws.lock_path())?;
        println!(
            "{source} is the spec already pinned (of {}): recorded its URL {url}",
            lock.date
        );
    } else {
        println!(
            "{source} is the spec already pinned (of {}): nothing changed",
            lock.date
        );
    }
    Ok(lock)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_operations_and_schemas() {
        let doc = br#"{"openapi":"3.0.3","paths":{
            "/a":{"get":{},"post":{},"parameters":[],"summary":"x"},
            "/b":{"head":{}}},
            "components":{"schemas":{"A":{},"B":{}}}}"#;
        let facts = inspect(doc, "doc").unwrap();
        assert_eq!((facts.operations, facts.schemas), (3, 2));
        assert_eq!(facts.sha256, sha256_hex(doc));
        assert!(inspect(br#"{"openapi":"3.1.1"}"#, "doc").is_ok());
    }

    #[test]
    fn rejects_what_is_not_openapi_3_0_or_3_1_json() {
        let cases: [(&[u8], &str); 3] = [
            (b"openapi: 3.0.0", "not JSON"),
            (br#"{"openapi":"3.2.0"}"#, "OpenAPI 3.2.0"),
            (br#"{"swagger":"2.0"}"#, "no `openapi`"),
        ];
        for (doc, expected) in cases {
            let error = inspect(doc, "doc").unwrap_err().to_string();
            assert!(
                error.contains(expected),
                "{error:?} should mention {expected:?}"
            );
        }
    }

    #[test]
    fn sha256_of_empty_input() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn atomic_write_replaces_the_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("file.txt");
        write_atomically(&path, b"first").unwrap();
        write_atomically(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        assert_eq!(names, ["file.txt"]);
        // The mode a plain write gives.
        let plain = dir.path().join("plain.txt");
        std::fs::write(&plain, b"plain").unwrap();
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions(),
            std::fs::metadata(&plain).unwrap().permissions()
        );
    }

    #[test]
    fn atomic_write_into_a_file_path_fails_with_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("file");
        std::fs::write(&file, "x").unwrap();
        let error = write_atomically(&file.join("inside"), b"y").unwrap_err();
        assert!(format!("{error:#}").contains("file"), "{error:#}");
    }
}
