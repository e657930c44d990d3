//! `cargo xtask conformance`: every operation of the client, called with
//! sample arguments against a Prism mock server built from the pinned spec.
//!
//! This module writes the sample calls (`conformance/src/generated/`, kept
//! up to date by `generate` and `check` like the client's files), installs
//! the pinned Prism with npm into `.tools/prism/`, and runs the harness
//! binary of the `conformance` crate, which starts Prism, makes the calls and
//! prints the summary.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use conformance_samples::{samples_file, SamplesOptions};
use generator::model::Api;
use generator::overlay::{Mode as OverlayMode, Overlay};
use generator::GeneratedFile;

use crate::generate::REGENERATE_COMMAND;
use crate::process::{cargo, run};
use crate::source::Source;
use crate::workspace::Workspace;

/// The Prism version the harness runs: the newest 5.x whose `engines`
/// accepts Node 20 (5.15 and later ask for Node 24).
pub const PRISM_VERSION: &str = "5.14.2";

/// Seeds of the dynamic runs: Prism generates each response from its seed,
/// so a failure reproduces.
pub const DEFAULT_SEEDS: [u64; 5] = [1, 2, 3, 4, 5];

/// The directory of the generated sample calls.
pub fn samples_dir(ws: &Workspace) -> PathBuf {
    ws.root().join("conformance").join("src").join("generated")
}

/// The committed npm manifest and lock that pin Prism.
fn prism_manifest_dir(ws: &Workspace) -> PathBuf {
    ws.root().join("conformance").join("prism")
}

/// Where Prism is installed (ignored by git).
pub fn prism_install_dir(ws: &Workspace) -> PathBuf {
    ws.root().join(".tools").join("prism")
}

/// The sample calls for the client generated from the spec `text` with `overlays`.
pub fn sample_files(
    text: &str,
    source: &str,
    api: &Api,
    overlays: &[Overlay],
) -> Result<Vec<GeneratedFile>> {
    // The generation that made `api` has checked the overlays already.
    let (document, _) =
        generator::load::parse_with_overlays(text, source, overlays, OverlayMode::Update)
            .with_context(|| format!("cannot read {source}"))?;
    let samples = conformance_samples::samples(&document, api);
    let options = SamplesOptions {
        client_path: "supabase_management_api".to_owned(),
        generated_path: "supabase_management_api".to_owned(),
        regenerate_command: REGENERATE_COMMAND.to_owned(),
    };
    let file = samples_file(api, &samples, &options)
        .with_context(|| format!("cannot emit the sample calls for {source}"))?;
    Ok(vec![file])
}

/// Writes the sample calls into [`samples_dir`] (stale files removed).
pub fn write_samples(ws: &Workspace, text: &str, api: &Api, overlays: &[Overlay]) -> Result<()> {
    let files = sample_files(text, &ws.display(&ws.spec_path()), api, overlays)?;
    let dir = samples_dir(ws);
    let report = crate::generate::write_tree(&dir, &files)?;
    println!(
        "{} files in {}: {} written, {} unchanged, {} stale removed",
        files.len(),
        ws.display(&dir),
        report.written.len(),
        report.unchanged,
        report.removed.len()
    );
    Ok(())
}

/// `conformance` flags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConformanceOptions {
    /// `--from`: where to fetch the pinned spec from when it is missing.
    pub from: Option<Source>,
    /// Run the static mode (responses from examples).
    pub static_mode: bool,
    /// Seeds of the dynamic runs (none: no dynamic run).
    pub seeds: Vec<u64>,
    /// Only these operation ids (all when empty).
    pub only: Vec<String>,
}

impl Default for ConformanceOptions {
    fn default() -> Self {
        Self {
            from: None,
            static_mode: true,
            seeds: DEFAULT_SEEDS.to_vec(),
            only: Vec::new(),
        }
    }
}

/// Parses the flags of `conformance`: `--static` or `--dynamic` alone
/// selects one mode (both run by default), `--seeds 1,2,3`, `--only ID`
/// (repeatable), `--from PATH|URL`.
pub fn parse_options(args: &[String]) -> Result<ConformanceOptions> {
    let mut options = ConformanceOptions::default();
    let (mut only_static, mut only_dynamic) = (false, false);
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let mut value = |flag: &str| {
            iter.next()
                .filter(|v| !v.starts_with("--"))
                .cloned()
                .with_context(|| format!("{flag} needs a value"))
        };
        match arg.as_str() {
            "--static" => only_static = true,
            "--dynamic" => only_dynamic = true,
            "--from" => options.from = Some(Source::parse(&value("--from")?)),
            "--only" => options.only.push(value("--only")?),
            "--seeds" => {
                let list = value("--seeds")?;
                options.seeds = list
                    .split(',')
                    .map(|s| {
                        s.trim()
                            .parse()
                            .with_context(|| format!("--seeds: {s:?} is not a number"))
                    })
                    .collect::<Result<_>>()?;
            }
            other => bail!("`conformance` has no flag {other}\n\n{}", crate::cli::USAGE),
        }
    }
    if only_static && !only_dynamic {
        options.seeds.clear();
    }
    if only_dynamic && !only_static {
        options.static_mode = false;
    }
    if options.seeds.is_empty() && !options.static_mode {
        bail!("--dynamic needs at least one seed");
    }
    Ok(options)
}

/// The pinned spec with the lock's overlays applied, written as JSON under
/// the target directory for Prism to mock: the client is generated from it.
pub fn write_overlaid_spec(ws: &Workspace, text: &str) -> Result<PathBuf> {
    let overlays = crate::overlay::pinned(ws)?;
    let path = ws.target_dir().join("conformance").join("openapi.json");
    let source = ws.display(&ws.spec_path());
    let (value, _) = generator::load::overlaid_value(text, &source, &overlays, OverlayMode::Strict)
        .with_context(|| format!("cannot apply the overlays to {source}"))?;
    let json = serde_json::to_vec(&value).context("cannot write the overlaid spec")?;
    crate::spec::write_atomically(&path, &json)?;
    Ok(path)
}

/// `cargo xtask conformance`.
pub fn conformance(ws: &Workspace, options: &ConformanceOptions) -> Result<()> {
    let text = crate::spec::ensure_pinned(ws, options.from.as_ref())?;
    let spec = write_overlaid_spec(ws, &text)?;
    let prism = install_prism(ws)?;
    let mut command = cargo();
    command
        .current_dir(ws.root())
        .args(["run", "--quiet", "-p", "conformance", "--"])
        .arg("--spec")
        .arg(&spec)
        .arg("--prism")
        .arg(&prism)
        .arg("--logs")
        .arg(ws.target_dir().join("conformance"));
    if !options.static_mode {
        command.arg("--no-static");
    }
    for seed in &options.seeds {
        command.arg("--seed").arg(seed.to_string());
    }
    for id in &options.only {
        command.arg("--only").arg(id);
    }
    run(&mut command)
}

/// Installs the pinned Prism into `.tools/prism/` (unless it is there
/// already) and returns the path of its `prism` command.
pub fn install_prism(ws: &Workspace) -> Result<PathBuf> {
    let manifests = prism_manifest_dir(ws);
    let dir = prism_install_dir(ws);
    let bin = dir.join("node_modules").join(".bin").join("prism");
    let lock = std::fs::read(manifests.join("package-lock.json"))
        .with_context(|| format!("cannot read {}", manifests.display()))?;
    let installed = std::fs::read(dir.join("package-lock.json")).ok();
    if bin.exists() && installed.as_deref() == Some(lock.as_slice()) {
        check_version(&bin)?;
        return Ok(bin);
    }
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for name in ["package.json", "package-lock.json"] {
        std::fs::copy(manifests.join(name), dir.join(name))
            .with_context(|| format!("cannot copy {name} to {}", dir.display()))?;
    }
    // `npm ci` installs exactly the lock's versions, checking their hashes.
    run(std::process::Command::new("npm")
        .arg("ci")
        .arg("--prefix")
        .arg(&dir)
        .args(["--no-audit", "--no-fund", "--loglevel=error"]))
    .context("cannot install Prism with npm (are Node and npm installed?)")?;
    check_version(&bin)?;
    Ok(bin)
}

/// Fails unless `prism --version` is [`PRISM_VERSION`].
fn check_version(bin: &Path) -> Result<()> {
    let output = std::process::Command::new(bin)
        .arg("--version")
        .output()
        .with_context(|| format!("cannot run {}", bin.display()))?;
    let version = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    if version != PRISM_VERSION {
        bail!(
            "{} is Prism {version:?}, expected {PRISM_VERSION}",
            bin.display()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<ConformanceOptions> {
        let args: Vec<String> = line.split_whitespace().map(str::to_owned).collect();
        parse_options(&args)
    }

    #[test]
    fn flags() {
        assert_eq!(parse("").unwrap(), ConformanceOptions::default());
        let only_static = parse("--static --only v1-get-project").unwrap();
        assert!(only_static.static_mode && only_static.seeds.is_empty());
        assert_eq!(only_static.only, ["v1-get-project"]);
        let dynamic = parse("--dynamic --seeds 7,8").unwrap();
        assert!(!dynamic.static_mode);
        assert_eq!(dynamic.seeds, [7, 8]);
        assert!(parse("--seeds x").is_err());
        assert!(parse("--fast").is_err());
    }

    #[test]
    fn the_lock_pins_the_prism_version() {
        let ws = Workspace::current();
        let lock =
            std::fs::read_to_string(prism_manifest_dir(&ws).join("package-lock.json")).unwrap();
        let lock: serde_json::Value = serde_json::from_str(&lock).unwrap();
        let pinned = &lock["packages"]["node_modules/@stoplight/prism-cli"]["version"];
        assert_eq!(pinned, PRISM_VERSION);
    }
}
