//! The generators compared with ours. Each is a [`Peer`]: where it comes
//! from, how it runs on the pinned spec, how its output becomes a crate, and
//! a small program calling the same three operations through it. One code
//! path (`run_peer` in the parent module) installs, generates, builds and
//! reports every peer alike.

use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context, Result};
use serde_json::Value;

use super::synth;

/// A generator the benchmark compares ours with.
pub struct Peer {
    /// Its name in the report and its folder under `target/bench/compile/`.
    pub name: &'static str,
    /// The crates.io package installed with `cargo install`.
    pub package: &'static str,
    /// The version pinned.
    pub version: &'static str,
    /// The binary the package installs and the benchmark runs.
    pub bin: &'static str,
    /// The package name of the crate made of its output.
    pub crate_package: &'static str,
    /// The packages of its runtime, which the generated code needs and
    /// the generator ships: rebuilt with the crate in a clean build (the
    /// crate "alone" is the generated code and its runtime).
    pub runtime_packages: &'static [&'static str],
    /// Edits made to a copy of the spec before it runs (what each did).
    pub edits: fn(&mut Value) -> Result<Vec<String>>,
    /// The command that writes its output for `spec` into the crate `krate`.
    pub generate: fn(bin: &Path, spec: &Path, krate: &Path) -> Command,
    /// Makes a buildable crate of what `generate` wrote into `krate`.
    pub wrap: fn(krate: &Path) -> Result<()>,
    /// The generated file touched for the incremental rebuild, in the crate.
    pub touched: &'static str,
    /// `src/main.rs` of the sample program; it reaches the crate as `client`.
    pub sample: &'static str,
}

/// Every peer, in report order.
pub const PEERS: &[Peer] = &[PROGENITOR, OPENAPI_TO_RUST];

/// The version of progenitor compared against.
pub const PROGENITOR_VERSION: &str = "0.15.1";
/// The version of openapi-to-rust compared against.
pub const OPENAPI_TO_RUST_VERSION: &str = "0.23.0";

/// The three operations every sample program calls, by operation id.
pub const SAMPLE_OPERATIONS: [&str; 3] = [
    "v1-list-all-projects",
    "v1-get-project",
    "v1-list-all-organizations",
];

/// The sample program of ours (the crate `bench-ours`).
pub const OURS_SAMPLE: &str = r#"#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let token = std::env::var("SUPABASE_ACCESS_TOKEN").unwrap_or_default();
    let client = client::Client::new(token)?;
    let projects = client.list_all_projects().await?;
    let project = client.get_project("abcdefghijklmnopqrst").await?;
    let organizations = client.list_all_organizations().await?;
    println!("{projects:?}\n{project:?}\n{organizations:?}");
    Ok(())
}
"#;

/// progenitor's CLI, `cargo progenitor`: writes a whole crate.
pub const PROGENITOR: Peer = Peer {
    name: "progenitor",
    package: "cargo-progenitor",
    version: PROGENITOR_VERSION,
    bin: "cargo-progenitor",
    crate_package: "bench-progenitor",
    runtime_packages: &["progenitor-client"],
    edits: synth::progenitor_edits,
    generate: |bin, spec, krate| {
        let mut command = Command::new(bin);
        command
            .arg("progenitor")
            .arg("-i")
            .arg(spec)
            .args(["-n", "bench-progenitor", "-v", "0.1.0", "-o"])
            .arg(krate);
        command
    },
    wrap: |krate| standalone_manifest(&krate.join("Cargo.toml")),
    touched: "src/lib.rs",
    sample: r#"#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = client::Client::new("https://api.supabase.com");
    let projects = client.v1_list_all_projects().await?;
    // The project ref is a pattern-checked newtype.
    let project_ref: client::types::V1GetProjectRef = "abcdefghijklmnopqrst"
        .parse()
        .map_err(|e| format!("{e:?}"))?;
    let project = client.v1_get_project(&project_ref).await?;
    let organizations = client.v1_list_all_organizations().await?;
    println!("{projects:?}\n{project:?}\n{organizations:?}");
    Ok(())
}
"#,
};

/// openapi-to-rust: writes a module (`mod.rs`, `client.rs`, `types.rs`) and
/// `REQUIRED_DEPS.toml`, the dependencies to add to a crate.
pub const OPENAPI_TO_RUST: Peer = Peer {
    name: "openapi-to-rust",
    package: "openapi-to-rust",
    version: OPENAPI_TO_RUST_VERSION,
    bin: "openapi-to-rust",
    crate_package: "bench-openapi-to-rust",
    // Its output depends on well-known crates only.
    runtime_packages: &[],
    edits: |_| Ok(Vec::new()),
    generate: |bin, spec, krate| {
        let mut command = Command::new(bin);
        command
            .arg("generate")
            .arg(spec)
            .arg("--output-dir")
            .arg(krate.join("src").join("api"))
            .args(["--module-name", "api"]);
        command
    },
    wrap: wrap_openapi_to_rust,
    touched: "src/api/types.rs",
    sample: r#"#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let token = std::env::var("SUPABASE_ACCESS_TOKEN").unwrap_or_default();
    let client = client::api::client::HttpClient::new()
        .with_base_url("https://api.supabase.com")
        .with_api_key(token);
    let projects = client.v1_list_all_projects().await?;
    let project = client.v1_get_project("abcdefghijklmnopqrst").await?;
    let organizations = client.v1_list_all_organizations().await?;
    println!("{projects:?}\n{project:?}\n{organizations:?}");
    Ok(())
}
"#,
};

/// Appends an empty `[workspace]` to a generated manifest lacking one: under
/// `target/` of this repository cargo would take the crate for a member of
/// ours.
pub fn standalone_manifest(manifest: &Path) -> Result<()> {
    let mut text = std::fs::read_to_string(manifest)
        .with_context(|| format!("cannot read {}", manifest.display()))?;
    if !text.contains("[workspace]") {
        text.push_str("\n[workspace]\n");
        std::fs::write(manifest, text)
            .with_context(|| format!("cannot write {}", manifest.display()))?;
    }
    Ok(())
}

/// The crate around openapi-to-rust's module: `src/lib.rs` declares it, the
/// manifest takes the dependencies of `REQUIRED_DEPS.toml` as they are.
fn wrap_openapi_to_rust(krate: &Path) -> Result<()> {
    let module = krate.join("src").join("api");
    let deps_path = module.join("REQUIRED_DEPS.toml");
    let deps = std::fs::read_to_string(&deps_path)
        .with_context(|| format!("openapi-to-rust wrote no {}", deps_path.display()))?;
    let manifest = openapi_to_rust_manifest(&deps)?;
    std::fs::write(krate.join("Cargo.toml"), manifest).context("cannot write Cargo.toml")?;
    if !module.join("mod.rs").is_file() {
        bail!(
            "openapi-to-rust wrote no {}",
            module.join("mod.rs").display()
        );
    }
    std::fs::write(krate.join("src").join("lib.rs"), "pub mod api;\n")
        .context("cannot write src/lib.rs")?;
    Ok(())
}

/// The manifest of the openapi-to-rust crate: a package header, then the
/// fragment it asks to append (checked to be TOML with dependencies).
fn openapi_to_rust_manifest(deps: &str) -> Result<String> {
    let parsed: toml_edit::DocumentMut = deps
        .parse()
        .context("REQUIRED_DEPS.toml of openapi-to-rust is not TOML")?;
    if parsed.get("dependencies").is_none() {
        bail!("REQUIRED_DEPS.toml of openapi-to-rust has no [dependencies]");
    }
    Ok(format!(
        "[package]\nname = \"{}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
         [lib]\npath = \"src/lib.rs\"\n\n{deps}\n[workspace]\n",
        OPENAPI_TO_RUST.crate_package
    ))
}

/// The manifest of a sample program using the crate `package` in `../crate`.
pub fn sample_manifest(peer_name: &str, package: &str) -> String {
    format!(
        "[package]\nname = \"sample-{peer_name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nclient = {{ package = \"{package}\", path = \"../crate\" }}\n\
         tokio = {{ version = \"1\", features = [\"rt\", \"macros\"] }}\n\n[workspace]\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peers_have_distinct_names_and_packages() {
        let mut names: Vec<_> = PEERS.iter().map(|p| p.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), PEERS.len());
        let mut packages: Vec<_> = PEERS.iter().map(|p| p.crate_package).collect();
        packages.sort_unstable();
        packages.dedup();
        assert_eq!(packages.len(), PEERS.len());
    }

    #[test]
    fn openapi_to_rust_manifest_keeps_the_fragment() {
        let manifest = openapi_to_rust_manifest(
            "# note\n[dependencies]\nserde = { version = \"1\", features = [\"derive\"] }\n",
        )
        .unwrap();
        let parsed: toml_edit::DocumentMut = manifest.parse().unwrap();
        assert_eq!(
            parsed["package"]["name"].as_str(),
            Some("bench-openapi-to-rust")
        );
        assert_eq!(
            parsed["dependencies"]["serde"]["version"].as_str(),
            Some("1")
        );
        assert!(parsed.get("workspace").is_some());
    }

    #[test]
    fn openapi_to_rust_manifest_rejects_a_fragment_without_dependencies() {
        let err = openapi_to_rust_manifest("[features]\n").unwrap_err();
        assert!(err.to_string().contains("no [dependencies]"), "{err}");
        assert!(openapi_to_rust_manifest("[dependencies\n").is_err());
    }

    #[test]
    fn sample_manifest_names_the_crate_as_client() {
        let parsed: toml_edit::DocumentMut = sample_manifest("ours", "bench-ours").parse().unwrap();
        assert_eq!(
            parsed["dependencies"]["client"]["package"].as_str(),
            Some("bench-ours")
        );
        assert_eq!(
            parsed["dependencies"]["client"]["path"].as_str(),
            Some("../crate")
        );
    }

    #[test]
    fn every_sample_calls_the_three_operations() {
        let snake = |id: &str| id.replace('-', "_");
        for peer in PEERS {
            for op in SAMPLE_OPERATIONS {
                assert!(
                    peer.sample.contains(&snake(op)),
                    "{} misses {op}",
                    peer.name
                );
            }
        }
        for op in SAMPLE_OPERATIONS {
            let ours = snake(op.trim_start_matches("v1-"));
            assert!(OURS_SAMPLE.contains(&ours), "ours misses {op}");
        }
    }
}
