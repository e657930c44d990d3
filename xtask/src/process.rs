//! The orchestrating commands: `test` and `package-check`.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context, Result};

use crate::generate::seconds;
use crate::source::Source;
use crate::standalone::{generate_standalone, StandaloneOptions};
use crate::workspace::{Workspace, LOCAL_SPECS_DIR};

/// The older spec that `package-check` generates a standalone crate from.
pub const OLDER_SPEC: &str = "2024-11-25.yaml";

/// A `cargo` command (the one running this xtask, if any).
pub fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// Runs `command`, echoing it first; fails when it does not succeed.
pub fn run(command: &mut Command) -> Result<()> {
    let shown = format!("{command:?}").replace('"', "");
    println!("$ {shown}");
    let start = Instant::now();
    let status = command
        .status()
        .with_context(|| format!("cannot run {shown}"))?;
    if !status.success() {
        bail!("`{shown}` failed ({status})");
    }
    println!("({shown}: {})", seconds(start.elapsed()));
    Ok(())
}

/// `cargo xtask test`: makes sure the pinned spec and the semver oracle
/// (cargo-semver-checks, compiled into `.tools/` on first use) are there,
/// then runs every test of the workspace (unit, integration and doc tests;
/// the xtask tests include the staleness check, the API surface snapshot
/// and the oracle's fixture pairs). It does not stop at the first failing
/// test binary, so one run reports every failure.
pub fn test(ws: &Workspace, from: Option<&Source>, cargo_args: &[String]) -> Result<()> {
    crate::spec::ensure_pinned(ws, from)?;
    crate::semver::install(ws)?;
    run(cargo()
        .current_dir(ws.root())
        .args(["test", "--workspace", "--no-fail-fast"])
        .args(cargo_args))
}

/// The runtime crate's package name.
const RUNTIME_PACKAGE: &str = "openapi-client-runtime";
/// The package of the Supabase client (folder `generated-client/`).
pub const CLIENT_PACKAGE: &str = "supabase-management-api";

/// `cargo xtask package-check`: the runtime crate and the client crate
/// pass `cargo publish --dry-run`, the client builds as a dependency, and a
/// standalone crate generated from another spec builds against the runtime.
pub fn package_check(ws: &Workspace) -> Result<()> {
    let start = Instant::now();
    // The dry run packages both crates (the client against the packaged
    // runtime, which is not on the registry yet) and builds each package's
    // sources on their own: the only check that a package holds every file
    // its crate needs (README.md, the generated modules).
    let packages = crate::release::release_packages(ws)?;
    crate::release::forget_unpacked(&packages)?;
    let mut publish = cargo();
    publish
        .current_dir(ws.root())
        .args(["publish", "--dry-run", "--allow-dirty"]);
    for package in &packages {
        publish.args(["-p", &package.name]);
    }
    run(&mut publish)?;

    let scratch = tempfile::Builder::new()
        .prefix("xtask-package-check-")
        .tempdir()
        .context("cannot create a temporary directory")?;
    let user = scratch.path().join("uses-client");
    write_user_crate(ws, &user)?;
    run(&mut outside_build(ws, &user)?)?;

    let older = ws.root().join(LOCAL_SPECS_DIR).join(OLDER_SPEC);
    let out = scratch.path().join("older-spec-client");
    generate_standalone(
        ws,
        &StandaloneOptions {
            spec: Source::Path(older),
            out: out.clone(),
            name: Some("older-spec-client".to_owned()),
            base_url: Some(crate::generate::SUPABASE_BASE_URL.to_owned()),
            overlays: Vec::new(),
            plain_formats: false,
        },
    )?;
    // The standalone crate depends on the runtime by version, as it would
    // in any directory; until that version is published, this build alone
    // takes it from the workspace (a command-line setting: the crate's
    // files stay as written).
    let runtime = toml_edit::Value::from(ws.runtime_dir().display().to_string());
    let patch = format!("patch.crates-io.{RUNTIME_PACKAGE}.path={runtime}");
    run(outside_build(ws, &out)?.args(["--config", &patch]))?;
    println!("package-check passed in {}", seconds(start.elapsed()));
    Ok(())
}

/// A build of a crate outside the workspace with the workspace's
/// `Cargo.lock` and target directory. Like the package verification, it
/// builds with the default profile and the client's features only, so the
/// builds of `package-check` share their dependencies.
fn outside_build(ws: &Workspace, dir: &Path) -> Result<Command> {
    std::fs::copy(ws.root().join("Cargo.lock"), dir.join("Cargo.lock"))
        .context("cannot copy Cargo.lock")?;
    let mut command = cargo();
    command
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", ws.target_dir())
        .args(["build", "--quiet"]);
    Ok(command)
}

/// A crate that depends on the client (`supabase-management-api`) by path and calls it in code
/// that is compiled, not run.
fn write_user_crate(ws: &Workspace, dir: &Path) -> Result<()> {
    let client = ws.client_dir();
    let manifest = format!(
        "[package]\nname = \"uses-client\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\n{CLIENT_PACKAGE} = {{ path = {} }}\n\n[workspace]\n",
        toml_edit::Value::from(client.display().to_string())
    );
    crate::spec::write_atomically(&dir.join("Cargo.toml"), manifest.as_bytes())?;
    crate::spec::write_atomically(&dir.join("src/lib.rs"), USER_CRATE_SOURCE.as_bytes())?;
    Ok(())
}

/// The user crate's code: what a user of the published crate writes.
pub const USER_CRATE_SOURCE: &str = r#"//! Uses the published crate as a dependency would.
use std::time::Duration;

use supabase_management_api::{types, Client, Result};

/// Compiled, never run: it needs a token and the network.
pub async fn use_client(token: &str) -> Result<usize> {
    let client = Client::builder(token).build()?;
    let projects: Vec<types::V1ProjectWithDatabaseResponse> = client.list_all_projects().await?;
    let _logs = client
        .get_project_logs("abcdefghijklmnopqrst")
        .sql("select 1")
        .timeout(Duration::from_secs(30))
        .send()
        .await?;
    Ok(projects.len())
}

/// Calls can be spawned on a multi-threaded runtime.
pub fn calls_are_send(client: Client) {
    fn assert_send<T: Send>(_: T) {}
    assert_send(async move { client.list_all_projects().await });
}
"#;
