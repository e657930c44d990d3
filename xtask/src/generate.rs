//! Running the generator and writing its files.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use generator::overlay::{Mode as OverlayMode, Overlay};
use generator::record::ApiRecord;
use generator::{Generated, GeneratedFile, Options};

use crate::workspace::Workspace;

/// The base URL of the Supabase Management API: the spec declares no `servers`.
pub const SUPABASE_BASE_URL: &str = "https://api.supabase.com";

/// The command named in the header of every generated file.
pub const REGENERATE_COMMAND: &str = "cargo xtask generate";

/// The generation options of `supabase-management-api`, keeping the names (and
/// deprecated aliases) of the `previous` generation, with `overlays`.
pub fn client_options(
    previous: Option<ApiRecord>,
    overlays: &[Overlay],
    overlay_mode: OverlayMode,
) -> Options {
    let secrets = generator::secrets::Secrets {
        pointers: SECRET_POINTERS.iter().map(|p| (*p).to_owned()).collect(),
        ..generator::secrets::Secrets::default()
    };
    Options {
        default_base_url: Some(SUPABASE_BASE_URL.to_owned()),
        regenerate_command: REGENERATE_COMMAND.to_owned(),
        previous,
        overlays: overlays.to_vec(),
        overlay_mode,
        secrets,
        formats: generator::formats::Formats::typed(),
    }
}

/// Properties of the Supabase spec that hold secrets although neither their
/// schemas nor their names say so: the values of project secrets.
pub const SECRET_POINTERS: &[&str] = &[
    "#/components/schemas/CreateSecretBody/items/properties/value",
    "#/components/schemas/SecretResponse/properties/value",
];

/// The file, under the generated directory, that records the last
/// generation's names and API shape (see `generator::record`).
pub const RECORD_FILE: &str = "record.json";

/// The committed record of the last generation, if there is one.
pub fn read_record(ws: &Workspace) -> Result<Option<ApiRecord>> {
    let path = ws.generated_dir().join(RECORD_FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => ApiRecord::from_json(&text)
            .map(Some)
            .with_context(|| format!("{} is not a generation record", ws.display(&path))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// Generates the client from the pinned spec's text and `overlays`, in
/// memory, keeping the committed record's names; the new record is one of
/// the files.
pub fn run_generator(
    ws: &Workspace,
    text: &str,
    source: &str,
    overlays: &[Overlay],
) -> Result<Generated> {
    run_generator_with(
        text,
        source,
        read_record(ws)?,
        overlays,
        OverlayMode::Strict,
    )
}

/// [`run_generator`] with an explicit previous record and overlay mode.
pub fn run_generator_with(
    text: &str,
    source: &str,
    previous: Option<ApiRecord>,
    overlays: &[Overlay],
    overlay_mode: OverlayMode,
) -> Result<Generated> {
    let options = client_options(previous, overlays, overlay_mode);
    let mut generated = generate_with(text, source, &options)?;
    generated.files.push(GeneratedFile {
        path: RECORD_FILE.to_owned(),
        contents: generated.record.to_json(),
    });
    generated.files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(generated)
}

/// Runs the generator and checks that its file paths are safe to write.
pub fn generate_with(text: &str, source: &str, options: &Options) -> Result<Generated> {
    let generated = generator::generate(text, source, options)
        .with_context(|| format!("cannot generate a client from {source}"))?;
    for file in &generated.files {
        relative_path(&file.path)?;
    }
    Ok(generated)
}

/// A generated file's path as a relative path that stays inside its directory.
pub fn relative_path(path: &str) -> Result<PathBuf> {
    let relative = Path::new(path);
    let safe = !path.is_empty()
        && relative
            .components()
            .all(|c| matches!(c, Component::Normal(_)));
    if !safe {
        bail!("the generator produced a file with an unsafe path: {path:?}");
    }
    Ok(relative.to_path_buf())
}

/// What writing a set of files changed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WriteReport {
    /// Files created or rewritten, relative paths.
    pub written: Vec<String>,
    /// Files already up to date.
    pub unchanged: usize,
    /// Stale `.rs` files deleted, relative paths.
    pub removed: Vec<String>,
}

/// Makes `dir` hold exactly `files` as far as `.rs` files go: writes the
/// files whose contents differ (so unchanged files keep their timestamps),
/// deletes every other `.rs` file under `dir`, then empty directories.
pub fn write_tree(dir: &Path, files: &[GeneratedFile]) -> Result<WriteReport> {
    let mut report = WriteReport::default();
    let mut produced = BTreeSet::new();
    for file in files {
        let relative = relative_path(&file.path)?;
        let path = dir.join(&relative);
        produced.insert(relative);
        match std::fs::read(&path) {
            Ok(existing) if existing == file.contents.as_bytes() => report.unchanged += 1,
            _ => {
                crate::spec::write_atomically(&path, file.contents.as_bytes())?;
                report.written.push(file.path.clone());
            }
        }
    }
    for relative in rust_files(dir)? {
        if !produced.contains(&relative) {
            let path = dir.join(&relative);
            std::fs::remove_file(&path)
                .with_context(|| format!("cannot delete {}", path.display()))?;
            report.removed.push(slash_path(&relative));
        }
    }
    remove_empty_dirs(dir)?;
    Ok(report)
}

/// Every `.rs` file under `dir`, relative to it, sorted. None if `dir` is missing.
pub fn rust_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    if dir.is_dir() {
        collect_rust_files(dir, Path::new(""), &mut found)?;
    }
    found.sort();
    Ok(found)
}

fn collect_rust_files(dir: &Path, relative: &Path, found: &mut Vec<PathBuf>) -> Result<()> {
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("cannot list {}", dir.display()))?;
    for entry in entries {
        let entry = entry.with_context(|| format!("cannot list {}", dir.display()))?;
        let kind = entry.file_type()?;
        let name = relative.join(entry.file_name());
        if kind.is_dir() {
            collect_rust_files(&entry.path(), &name, found)?;
        } else if kind.is_file() && name.extension().is_some_and(|e| e == "rs") {
            found.push(name);
        }
    }
    Ok(())
}

/// Deletes empty directories below `dir` (not `dir` itself).
fn remove_empty_dirs(dir: &Path) -> Result<()> {
    if !dir.is_dir() {
        return Ok(());
    }
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            let path = entry.path();
            remove_empty_dirs(&path)?;
            if std::fs::read_dir(&path)?.next().is_none() {
                std::fs::remove_dir(&path)
                    .with_context(|| format!("cannot delete {}", path.display()))?;
            }
        }
    }
    Ok(())
}

/// A relative path with `/` separators, as the generator names files.
pub fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Writes the client's generated files and prints what changed and the
/// generator's diagnostics.
pub fn write_client(ws: &Workspace, generated: &Generated) -> Result<WriteReport> {
    let dir = ws.generated_dir();
    let report = write_tree(&dir, &generated.files)?;
    print_report(&ws.display(&dir), generated, &report);
    Ok(report)
}

/// Prints a summary of a generation run.
pub fn print_report(dir: &str, generated: &Generated, report: &WriteReport) {
    println!(
        "{} files in {dir}: {} written, {} unchanged, {} stale removed",
        generated.files.len(),
        report.written.len(),
        report.unchanged,
        report.removed.len()
    );
    for path in &report.removed {
        println!("  removed {path}");
    }
    print_diagnostics(generated);
}

/// Prints the diagnostics: their count, then one per line.
pub fn print_diagnostics(generated: &Generated) {
    println!("{} diagnostics", generated.diagnostics.len());
    for diagnostic in &generated.diagnostics {
        println!("  {diagnostic}");
    }
}

/// `cargo xtask generate` for the client: reads the pinned spec (fetching it
/// when missing), regenerates `generated-client/src/generated/` with the
/// lock's overlays, or with `overlays` when given (which the lock then
/// records). The lock records each overlay's current sha256.
pub fn generate_client(
    ws: &Workspace,
    from: Option<&crate::source::Source>,
    overlays: &[PathBuf],
) -> Result<()> {
    let start = Instant::now();
    let text = crate::spec::ensure_pinned(ws, from)?;
    let mut lock = crate::lock::Lock::read(&ws.lock_path())?;
    let read = match overlays {
        [] => crate::overlay::read_locked(ws, &lock, false)?,
        paths => crate::overlay::read_given(ws, paths)?,
    };
    let previous = read_record(ws)?;
    let generator_start = Instant::now();
    let generated = run_generator_with(
        &text,
        &ws.display(&ws.spec_path()),
        previous.clone(),
        &read.overlays,
        OverlayMode::Strict,
    )?;
    let generator_time = generator_start.elapsed();
    write_client(ws, &generated)?;
    print!("{}", crate::overlay::summary(&generated.overlays));
    crate::conformance::write_samples(ws, &text, &generated.api, &read.overlays)?;
    let changes = previous
        .map(|old| generator::record::diff(&old, &generated.record))
        .filter(|c| !c.changes.is_empty());
    if lock.overlays != read.locked {
        // New or edited overlays change the API like an update of the spec:
        // report it the same way.
        if let Some(changes) = changes {
            let title = format!(
                "{} (overlays changed; spec of {})",
                crate::date::today_utc(),
                lock.date
            );
            let section = crate::overlay::report_section(&generated.overlays);
            let bump = crate::evolution::apply(ws, &changes, &title, &section)?;
            println!("\n{}", bump.report);
        }
        lock.overlays = read.locked;
        lock.write(&ws.lock_path())?;
        println!("recorded the overlays in {}", ws.display(&ws.lock_path()));
    } else if let Some(changes) = changes {
        // The same spec and overlays with other names: a new naming policy
        // re-spelled them, a release of its own, reported the same way.
        let title = format!(
            "{} (regenerated with new names; spec of {})",
            crate::date::today_utc(),
            lock.date
        );
        let bump = crate::evolution::apply(ws, &changes, &title, "")?;
        println!("\n{}", bump.report);
    }
    println!(
        "generated in {} (generator {})",
        seconds(start.elapsed()),
        seconds(generator_time)
    );
    Ok(())
}

/// A duration as seconds with millisecond precision, e.g. `1.234 s`.
pub fn seconds(duration: Duration) -> String {
    format!("{:.3} s", duration.as_secs_f64())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, contents: &str) -> GeneratedFile {
        GeneratedFile {
            path: path.to_owned(),
            contents: contents.to_owned(),
        }
    }

    #[test]
    fn unsafe_paths_are_refused() {
        for path in ["", "../x.rs", "/etc/x.rs", "a/../../x.rs", "./x.rs"] {
            assert!(relative_path(path).is_err(), "{path:?} should be refused");
        }
        assert_eq!(
            relative_path("types/a.rs").unwrap(),
            Path::new("types/a.rs")
        );
    }

    #[test]
    fn write_tree_writes_changes_and_prunes_stale_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("old")).unwrap();
        std::fs::write(root.join("old/gone.rs"), "x").unwrap();
        std::fs::write(root.join("same.rs"), "same").unwrap();
        std::fs::write(root.join("notes.txt"), "kept").unwrap();

        let files = [
            file("same.rs", "same"),
            file("types/new.rs", "new"),
            file("mod.rs", "m"),
        ];
        let report = write_tree(root, &files).unwrap();
        assert_eq!(report.written, ["types/new.rs", "mod.rs"]);
        assert_eq!(report.unchanged, 1);
        assert_eq!(report.removed, ["old/gone.rs"]);
        assert!(!root.join("old").exists(), "empty directories are removed");
        assert!(root.join("notes.txt").exists(), "only .rs files are pruned");
        assert_eq!(
            std::fs::read_to_string(root.join("types/new.rs")).unwrap(),
            "new"
        );

        let again = write_tree(root, &files).unwrap();
        assert_eq!(
            again,
            WriteReport {
                unchanged: 3,
                ..WriteReport::default()
            }
        );
    }
}

#[cfg(test)]
mod secret_tests {
    use super::*;

    /// With the client's options, the pinned spec's secrets are redacted
    /// and its look-alikes are not (the pinned spec is fetched by
    /// `cargo xtask fetch`, as every test of the client needs it).
    #[test]
    fn the_pinned_specs_secrets_are_found() {
        let ws = Workspace::current();
        let text = crate::spec::load_pinned(&ws).expect("the pinned spec (cargo xtask fetch)");
        let generated = generate_with(
            &text,
            "spec/openapi.json",
            &client_options(None, &[], OverlayMode::Strict),
        )
        .expect("the pinned spec generates");
        let sensitive = |type_name: &str, wire: &str| -> bool {
            let def = generated
                .api
                .types
                .iter()
                .find(|t| t.name == type_name)
                .unwrap_or_else(|| panic!("no type {type_name}"));
            let generator::model::TypeKind::Struct(s) = &def.kind else {
                panic!("{type_name} is not a struct");
            };
            s.fields
                .iter()
                .find(|f| f.wire == wire)
                .unwrap_or_else(|| panic!("no field {type_name}.{wire}"))
                .sensitive
        };
        for (type_name, wire) in [
            ("V1CreateProjectBody", "db_pass"),
            ("AuthConfigResponse", "smtp_pass"),
            ("AuthConfigResponse", "external_github_secret"),
            ("AuthConfigResponse", "sms_messagebird_access_key"),
            ("AuthConfigResponse", "hook_send_sms_secrets"),
            ("PostgrestConfigWithJwtSecretResponse", "jwt_secret"),
            ("CreateSecretBodyItem", "value"),
            ("SecretResponse", "value"),
            ("CreateSigningKeyBody", "private_jwk"),
            ("OAuthTokenResponse", "access_token"),
            ("OAuthTokenResponse", "refresh_token"),
        ] {
            assert!(sensitive(type_name, wire), "{type_name}.{wire} is redacted");
        }
        for (type_name, wire) in [
            ("AuthConfigResponse", "password_min_length"),
            ("AuthConfigResponse", "rate_limit_token_refresh"),
            ("OAuthTokenResponse", "token_type"),
            ("SecretResponse", "name"),
        ] {
            assert!(!sensitive(type_name, wire), "{type_name}.{wire} is shown");
        }
    }
}
