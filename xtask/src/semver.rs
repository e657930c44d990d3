//! The independent check of the change report: cargo-semver-checks, which
//! compares the public API of two builds of a crate (their rustdoc JSON)
//! and finds what the Cargo SemVer rules call breaking. It is not a
//! dependency of the project: `cargo xtask semver-checks --install`
//! installs the pinned version into `.tools/cargo-semver-checks/` (it
//! compiles from source, which takes many minutes).
//!
//! The report may call more changes breaking than the oracle finds (the
//! oracle does not compare field or parameter types), never fewer.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context, Result};

use crate::generate::seconds;
use crate::process::cargo;
use crate::workspace::Workspace;

/// The pinned version.
pub const VERSION: &str = "0.51.0";

/// The command that installs it.
pub const INSTALL_COMMAND: &str = "cargo xtask semver-checks --install";

/// Where it is installed (`cargo install --root`).
pub fn root(ws: &Workspace) -> PathBuf {
    ws.root().join(".tools").join("cargo-semver-checks")
}

fn binary(ws: &Workspace) -> PathBuf {
    root(ws).join("bin").join(format!(
        "cargo-semver-checks{}",
        std::env::consts::EXE_SUFFIX
    ))
}

/// The installed binary, when it is the pinned version.
pub fn installed(ws: &Workspace) -> Option<PathBuf> {
    let bin = binary(ws);
    let output = Command::new(&bin).arg("--version").output().ok()?;
    let version = String::from_utf8_lossy(&output.stdout);
    (output.status.success() && version.split_whitespace().any(|word| word == VERSION))
        .then_some(bin)
}

/// Why the oracle cannot run, and what to run.
pub fn missing() -> String {
    format!(
        "cargo-semver-checks {VERSION} is not installed in .tools/cargo-semver-checks/: \
         run `{INSTALL_COMMAND}` (it compiles from source: many minutes)"
    )
}

/// The installed binary, or the error saying how to install it.
pub fn require(ws: &Workspace) -> Result<PathBuf> {
    installed(ws).with_context(missing)
}

/// Installs the pinned version unless it is there, and returns the binary.
pub fn install(ws: &Workspace) -> Result<PathBuf> {
    if let Some(bin) = installed(ws) {
        println!(
            "cargo-semver-checks {VERSION} is installed: {}",
            bin.display()
        );
        return Ok(bin);
    }
    crate::process::run(
        cargo()
            .args(["install", "cargo-semver-checks", "--locked", "--version"])
            .arg(VERSION)
            .arg("--root")
            .arg(root(ws))
            .env(
                "CARGO_TARGET_DIR",
                ws.target_dir().join("tools").join("cargo-semver-checks"),
            ),
    )?;
    require(ws)
}

/// The rustdoc JSON of the library of the package at `manifest`, built in
/// `target_dir` (rustdoc writes JSON on a stable toolchain only with
/// `RUSTC_BOOTSTRAP`, as cargo-semver-checks itself builds it), copied to
/// `out`.
pub fn rustdoc_json(manifest: &Path, target_dir: &Path, out: &Path) -> Result<()> {
    let metadata = cargo()
        .args([
            "metadata",
            "--no-deps",
            "--format-version",
            "1",
            "--manifest-path",
        ])
        .arg(manifest)
        .output()
        .context("cannot run cargo metadata")?;
    if !metadata.status.success() {
        bail!(
            "cargo metadata failed for {}: {}",
            manifest.display(),
            String::from_utf8_lossy(&metadata.stderr)
        );
    }
    let metadata: serde_json::Value =
        serde_json::from_slice(&metadata.stdout).context("cargo metadata's output")?;
    let manifest_path = std::path::absolute(manifest)?;
    let package = metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| p["manifest_path"].as_str().map(Path::new) == Some(manifest_path.as_path()))
        .with_context(|| format!("no package at {}", manifest.display()))?;
    let name = package["name"].as_str().unwrap_or_default().to_owned();
    let lib = package["targets"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|t| {
            t["kind"]
                .as_array()
                .is_some_and(|k| k.iter().any(|k| k == "lib"))
        })
        .and_then(|t| t["name"].as_str())
        .with_context(|| format!("{name} has no library"))?
        .replace('-', "_");
    let status = cargo()
        .args(["rustdoc", "--quiet", "--lib", "--manifest-path"])
        .arg(manifest)
        .args([
            "-p",
            &name,
            "--",
            "-Z",
            "unstable-options",
            "--output-format",
            "json",
        ])
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_TARGET_DIR", target_dir)
        .status()
        .context("cannot run cargo rustdoc")?;
    if !status.success() {
        bail!("cargo rustdoc failed for {} ({status})", manifest.display());
    }
    let json = target_dir.join("doc").join(format!("{lib}.json"));
    std::fs::copy(&json, out)
        .with_context(|| format!("cannot copy {} to {}", json.display(), out.display()))?;
    Ok(())
}

/// The rustdoc JSON of the client crate as it is now on disk, as
/// `target/semver-checks/<label>.json`.
pub fn client_rustdoc(ws: &Workspace, label: &str) -> Result<PathBuf> {
    let dir = ws.target_dir().join("semver-checks");
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let out = dir.join(format!("{label}.json"));
    rustdoc_json(
        &ws.client_dir().join("Cargo.toml"),
        &dir.join("build"),
        &out,
    )?;
    Ok(out)
}

/// What cargo-semver-checks found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// The version bump it requires.
    pub level: Level,
    /// Its output (the failed checks and the summary).
    pub output: String,
}

/// A version bump, in the report's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// No check failed.
    None,
    /// Only checks that need a minor version of a 1.x crate failed (such
    /// as an item newly `#[deprecated]`): code that compiled still
    /// compiles, which the report calls additive (a patch while 0.x).
    Additive,
    /// A check that needs a major version failed: code that compiled may
    /// not compile now.
    Breaking,
}

impl Level {
    /// The level of a change report: what its version bump says.
    pub fn of(changes: &generator::record::Changes) -> Level {
        if changes.is_breaking() {
            Level::Breaking
        } else if changes.changes.is_empty() {
            Level::None
        } else {
            Level::Additive
        }
    }

    /// As the report's tables write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Additive => "additive",
            Level::Breaking => "breaking",
        }
    }
}

/// Compares two rustdoc JSON files of the same crate.
pub fn check(bin: &Path, baseline: &Path, current: &Path) -> Result<Verdict> {
    let start = Instant::now();
    let output = Command::new(bin)
        .args(["semver-checks", "check-release", "--color", "never"])
        .arg("--baseline-rustdoc")
        .arg(baseline)
        .arg("--current-rustdoc")
        .arg(current)
        // Judged as a patch release: every failed check counts.
        .args(["--release-type", "patch"])
        .output()
        .with_context(|| format!("cannot run {}", bin.display()))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let level = if text.contains("semver requires new major version") {
        Level::Breaking
    } else if text.contains("semver requires new minor version") {
        Level::Additive
    } else if text.contains("no semver update required") && output.status.success() {
        Level::None
    } else {
        bail!(
            "cargo-semver-checks gave no verdict ({}):\n{text}",
            output.status
        );
    };
    println!(
        "(cargo-semver-checks: {} in {})",
        level.as_str(),
        seconds(start.elapsed())
    );
    Ok(Verdict {
        level,
        output: text,
    })
}
