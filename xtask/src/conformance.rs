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
        .args(["run", "--quiet", "-p", "conformance", "--"]);
    harness_args(
        &mut command,
        &spec,
        &prism,
        &ws.target_dir().join("conformance"),
        options,
    );
    run(&mut command)
}

/// The arguments of a conformance harness run: the spec Prism serves, the
/// Prism binary, the folder of its logs, and the modes, seeds and
/// operations of `options`.
fn harness_args(
    command: &mut std::process::Command,
    spec: &std::path::Path,
    prism: &std::path::Path,
    logs: &std::path::Path,
    options: &ConformanceOptions,
) {
    command
        .arg("--spec")
        .arg(spec)
        .arg("--prism")
        .arg(prism)
        .arg("--logs")
        .arg(logs);
    if !options.static_mode {
        command.arg("--no-static");
    }
    for seed in &options.seeds {
        command.arg("--seed").arg(seed.to_string());
    }
    for id in &options.only {
        command.arg("--only").arg(id);
    }
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

/// The Supabase Auth spec of the second conformance run, beside the
/// workspace (`.ci/fetch-specs` downloads it where it is missing).
pub const AUTH_SPEC: &str = "../shared/specs/supabase-auth/openapi.yaml";

/// The sha256 of [`AUTH_SPEC`]: the run refuses any other document.
pub const AUTH_SPEC_SHA256: &str =
    "2e2a74a7459f377dd37e1c0e4c926e39a5be9e6a140fcf6dc1fd0c3ec8a0e621";

/// The package of the Auth client generated for the run.
const AUTH_PACKAGE: &str = "supabase-auth-client";

/// The API key the Auth run sends (its `apikey` scheme); the bearer
/// schemes take the harness's token.
pub const AUTH_API_KEY: &str = "conformance-anon-key";

/// The root of the Auth run's harness crate: the Management run's modules
/// (`conformance/src/`) around the Auth client, named `crate::api`.
const AUTH_LIB_RS: &str = r#"//! The conformance harness around the Supabase Auth client: the modules of
//! `conformance/src/`, with the client generated from the Auth spec.
//! Written by `cargo xtask conformance-auth`; do not edit.

pub use supabase_auth_client as api;

/// Prism checks the Auth spec's security schemes itself.
pub const PROXY_CHECKS_BEARER: bool = false;

#[path = "CONFORMANCE/auth/exclusions.rs"]
mod auth_exclusions;
pub use auth_exclusions::EXCLUSIONS;

/// The client: the harness's token for the bearer schemes (`UserAuth`,
/// `AdminAuth`) and an API key for `APIKeyAuth`.
pub fn client_builder() -> api::ClientBuilder<api::Client> {
    api::Client::builder(harness::TOKEN)
        .credentials(api::Credentials::new().api_key_auth("API_KEY"))
}

#[path = "CONFORMANCE/src/exclusions.rs"]
pub mod exclusions;
#[path = "CONFORMANCE/src/harness.rs"]
pub mod harness;
#[path = "CONFORMANCE/src/prism.rs"]
pub mod prism;
#[path = "CONFORMANCE/src/proxy.rs"]
pub mod proxy;
#[path = "CONFORMANCE/src/report.rs"]
pub mod report;
#[rustfmt::skip]
pub mod samples;
"#;

/// `cargo xtask conformance-auth`: the Supabase Auth spec (checked against
/// [`AUTH_SPEC_SHA256`]) generated into a standalone crate under
/// `target/conformance-auth/`, with its sample calls and a harness crate
/// around the modules of `conformance/src/`, run against Prism like the
/// Management API's. Nothing of it is committed: the crate is generated on
/// every run.
pub fn conformance_auth(ws: &Workspace, options: &ConformanceOptions) -> Result<()> {
    let source = match &options.from {
        None => Source::Path(ws.root().join(AUTH_SPEC)),
        Some(source) => source.clone(),
    };
    let bytes = source.read().with_context(|| {
        format!("cannot read the Auth spec {source} (`.ci/fetch-specs` downloads it)")
    })?;
    let sha256 = crate::spec::sha256_hex(&bytes);
    if sha256 != AUTH_SPEC_SHA256 {
        bail!("{source} has sha256 {sha256}, expected {AUTH_SPEC_SHA256}");
    }
    let text = String::from_utf8(bytes).with_context(|| format!("{source} is not UTF-8"))?;
    let dir = ws.target_dir().join("conformance-auth");
    // A downloaded spec is kept beside the run, for Prism and the generator.
    let path = match source {
        Source::Path(path) => path,
        Source::Url(_) => {
            let path = dir.join("openapi.yaml");
            crate::spec::write_atomically(&path, text.as_bytes())?;
            path
        }
    };
    let client_dir = dir.join("client");
    crate::standalone::generate_standalone(
        ws,
        &crate::standalone::StandaloneOptions {
            spec: Source::Path(path.clone()),
            out: client_dir.clone(),
            name: Some(AUTH_PACKAGE.to_owned()),
            base_url: None,
            overlays: Vec::new(),
            plain_formats: false,
        },
    )?;
    let harness = dir.join("harness");
    write_auth_harness(
        ws,
        &text,
        &path.display().to_string(),
        &harness,
        &client_dir,
    )?;
    let prism = install_prism(ws)?;
    std::fs::copy(ws.root().join("Cargo.lock"), harness.join("Cargo.lock"))
        .context("cannot copy Cargo.lock")?;
    let mut command = cargo();
    command
        .current_dir(&harness)
        .env("CARGO_TARGET_DIR", ws.target_dir())
        .args(["run", "--quiet", "--"]);
    harness_args(&mut command, &path, &prism, &dir.join("logs"), options);
    run(&mut command)
}

/// Writes the harness crate of the Auth run into `harness`: its manifest
/// (the Auth client at `client` by path, the binary the Management run's
/// `conformance/src/main.rs`), its root ([`AUTH_LIB_RS`]) and the sample
/// calls of the Auth spec `text`.
fn write_auth_harness(
    ws: &Workspace,
    text: &str,
    source: &str,
    harness: &Path,
    client: &Path,
) -> Result<()> {
    let generated = generator::generate(text, source, &generator::Options::default())
        .with_context(|| format!("cannot generate the client of {source}"))?;
    let document =
        generator::load::parse(text, source).with_context(|| format!("cannot read {source}"))?;
    let samples = conformance_samples::samples(&document, &generated.api);
    let crate_name = AUTH_PACKAGE.replace('-', "_");
    let file = samples_file(
        &generated.api,
        &samples,
        &SamplesOptions {
            client_path: crate_name.clone(),
            generated_path: crate_name,
            regenerate_command: "cargo xtask conformance-auth".to_owned(),
        },
    )
    .with_context(|| format!("cannot emit the sample calls for {source}"))?;
    let conformance = ws.root().join("conformance");
    let quoted = |p: &Path| toml_edit::Value::from(p.display().to_string()).to_string();
    let manifest = format!(
        "# Written by `cargo xtask conformance-auth`; do not edit.\n\
         [package]\nname = \"conformance-auth\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [lib]\nname = \"conformance\"\npath = \"src/lib.rs\"\n\n\
         [[bin]]\nname = \"conformance-auth\"\npath = {}\n\n\
         [dependencies]\n{AUTH_PACKAGE} = {{ path = {} }}\n\
         serde = {{ version = \"1\", features = [\"derive\"] }}\nserde_json = \"1\"\nanyhow = \"1\"\n\
         reqwest = {{ version = \"0.12\", default-features = false }}\n\
         tokio = {{ version = \"1\", features = [\"rt\", \"rt-multi-thread\", \"net\", \"io-util\", \"time\", \"sync\", \"macros\"] }}\n\
         libc = \"0.2\"\n\n[workspace]\n",
        quoted(&conformance.join("src").join("main.rs")),
        quoted(client),
    );
    let lib = AUTH_LIB_RS
        .replace("CONFORMANCE", &conformance.display().to_string())
        .replace("API_KEY", AUTH_API_KEY);
    crate::spec::write_atomically(&harness.join("Cargo.toml"), manifest.as_bytes())?;
    crate::spec::write_atomically(&harness.join("src").join("lib.rs"), lib.as_bytes())?;
    crate::spec::write_atomically(
        &harness.join("src").join("samples.rs"),
        file.contents.as_bytes(),
    )?;
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
    fn ci_fetches_the_auth_spec_with_its_checksum() {
        let ws = Workspace::current();
        let script = std::fs::read_to_string(ws.root().join(".ci").join("fetch-specs")).unwrap();
        assert!(
            script.contains(&format!(
                "github_file supabase/auth openapi.yaml 2026-08-12 \\\n    {AUTH_SPEC_SHA256} openapi.yaml"
            )),
            "{script}"
        );
        assert!(AUTH_SPEC.ends_with("supabase-auth/openapi.yaml"));
    }

    #[test]
    fn the_auth_harness_names_every_module_of_the_conformance_crate() {
        let ws = Workspace::current();
        let lib = std::fs::read_to_string(ws.root().join("conformance/src/lib.rs")).unwrap();
        for line in lib.lines().filter(|l| l.starts_with("pub mod ")) {
            let module = line.trim_start_matches("pub mod ").trim_end_matches(';');
            assert!(
                AUTH_LIB_RS.contains(&format!("pub mod {module};")),
                "the Auth harness lacks module {module}"
            );
        }
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
