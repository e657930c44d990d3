//! The manifest of a standalone crate: a package that depends on the
//! runtime crate, with the workspace's edition, Rust version and license.

use anyhow::{bail, Context, Result};
use toml_edit::{value, Array, DocumentMut, InlineTable, Item, Table, Value};

/// What the standalone manifest says about the crate.
#[derive(Debug, Clone)]
pub struct CrateInfo<'a> {
    /// The package name.
    pub name: &'a str,
    /// The package description.
    pub description: &'a str,
    /// A comment put at the top of the file.
    pub header: &'a str,
}

/// Where a standalone crate gets the runtime crate from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuntimeSource {
    /// The published version only: a crate outside this workspace never
    /// points into the checkout.
    Registry,
    /// A path (relative to the crate) beside the version: a crate generated
    /// inside this workspace builds against the runtime next to it.
    Path(String),
}

/// Dependencies of every generated crate besides the runtime, with the
/// features generated code needs: it names `serde` (derives), `serde_json`
/// and `bytes`.
const GENERATED_CODE_DEPENDENCIES: [(&str, &[&str]); 3] =
    [("bytes", &[]), ("serde", &["derive"]), ("serde_json", &[])];

/// The manifest of a crate that builds on its own: its package metadata
/// from `[workspace.package]` of `root_manifest`, the runtime crate of
/// `runtime_manifest` at its version (and path, per `runtime`), the other
/// dependencies of generated code as the workspace declares them, and an
/// empty `[workspace]` table so that Cargo does not look for an enclosing
/// workspace.
pub fn standalone(
    root_manifest: &str,
    runtime_manifest: &str,
    runtime: &RuntimeSource,
    info: &CrateInfo<'_>,
) -> Result<String> {
    let root: DocumentMut = root_manifest
        .parse()
        .context("cannot parse the root Cargo.toml")?;
    let runtime_doc: DocumentMut = runtime_manifest
        .parse()
        .context("cannot parse the runtime's Cargo.toml")?;
    let runtime_package = runtime_doc
        .get("package")
        .and_then(Item::as_table_like)
        .context("the runtime's Cargo.toml has no [package]")?;
    let runtime_name = string_key(runtime_package, "name", "the runtime's package")?;
    let runtime_version = string_key(runtime_package, "version", "the runtime's package")?;
    let workspace = root
        .get("workspace")
        .and_then(Item::as_table_like)
        .context("the root Cargo.toml has no [workspace]")?;
    let package_defaults = workspace
        .get("package")
        .and_then(Item::as_table_like)
        .context("the root Cargo.toml has no [workspace.package]")?;
    let dependency_defaults = workspace
        .get("dependencies")
        .and_then(Item::as_table_like)
        .context("the root Cargo.toml has no [workspace.dependencies]")?;

    let mut package = Table::new();
    package.insert("name", value(info.name));
    package.insert("version", value("0.1.0"));
    package.insert("description", value(info.description));
    for key in ["edition", "rust-version", "license"] {
        package.insert(
            key,
            value(string_key(package_defaults, key, "[workspace.package]")?),
        );
    }
    package.insert("readme", value("README.md"));

    let mut dependencies = Table::new();
    let mut runtime_dependency = InlineTable::new();
    if let RuntimeSource::Path(path) = runtime {
        runtime_dependency.insert("path", Value::from(path.as_str()));
    }
    runtime_dependency.insert("version", Value::from(runtime_version));
    dependencies.insert(
        runtime_name,
        Item::Value(Value::InlineTable(runtime_dependency)),
    );
    for (name, features) in GENERATED_CODE_DEPENDENCIES {
        dependencies.insert(
            name,
            Item::Value(registry_dependency(name, features, dependency_defaults)?),
        );
    }

    let mut doc = DocumentMut::new();
    doc.insert("package", Item::Table(package));
    doc.insert("dependencies", Item::Table(dependencies));
    doc.insert("workspace", Item::Table(Table::new()));
    doc.decor_mut().set_prefix(info.header);
    Ok(doc.to_string())
}

fn string_key<'a>(table: &'a dyn toml_edit::TableLike, key: &str, what: &str) -> Result<&'a str> {
    table
        .get(key)
        .and_then(Item::as_str)
        .with_context(|| format!("{what} has no `{key}` string"))
}

/// `name` at the version the workspace declares (version 1 when it does
/// not; never a path), with the features the workspace asks for and
/// `features`: a version alone when there are none.
fn registry_dependency(
    name: &str,
    features: &[&str],
    defaults: &dyn toml_edit::TableLike,
) -> Result<Value> {
    let mut all: Vec<String> = Vec::new();
    let version = match defaults.get(name) {
        None => "1",
        Some(declared) => match declared.as_str() {
            Some(version) => version,
            None => {
                let table = declared.as_table_like().with_context(|| {
                    format!("workspace dependency `{name}` is neither a version nor a table")
                })?;
                if let Some(declared) = table.get("features").and_then(Item::as_array) {
                    all.extend(
                        declared
                            .iter()
                            .filter_map(|f| f.as_str())
                            .map(str::to_owned),
                    );
                }
                string_key(table, "version", &format!("workspace dependency `{name}`"))?
            }
        },
    };
    for feature in features {
        if !all.iter().any(|f| f == feature) {
            all.push((*feature).to_owned());
        }
    }
    if all.is_empty() {
        return Ok(Value::from(version));
    }
    let mut out = InlineTable::new();
    out.insert("version", Value::from(version));
    out.insert("features", Value::Array(all.iter().collect::<Array>()));
    Ok(Value::InlineTable(out))
}

/// A crate name derived from a spec's title: `Supabase API (v1)` -> `supabase-api-v1`.
pub fn crate_name_from_title(title: &str) -> String {
    let mut name = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c.to_ascii_lowercase());
        } else if !name.is_empty() && !name.ends_with('-') {
            name.push('-');
        }
    }
    let name = name.trim_end_matches('-');
    match name.chars().next() {
        None => "openapi-client".to_owned(),
        Some(c) if c.is_ascii_digit() => format!("api-{name}"),
        Some(_) => name.to_owned(),
    }
}

/// Checks that `name` can name a package (and, with `-` as `_`, a library).
pub fn validate_crate_name(name: &str) -> Result<()> {
    let valid_chars = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    let starts_with_letter = name.starts_with(|c: char| c.is_ascii_alphabetic());
    if !valid_chars || !starts_with_letter || name.len() > 64 {
        bail!(
            "`{name}` is not a valid crate name: use ASCII letters, digits, `-` and `_`, \
             starting with a letter, at most 64 characters"
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOT: &str = r#"
[workspace]
members = ["a"]

[workspace.package]
edition = "2021"
rust-version = "1.85"
license = "MIT"
repository = "https://example.com/repo"

[workspace.dependencies]
serde = "1"
serde_json = { version = "1", features = ["std"] }
local = { path = "local" }
"#;

    const RUNTIME: &str = r#"[package]
name = "the-runtime"
version = "0.3.1"
edition.workspace = true
"#;

    fn info() -> CrateInfo<'static> {
        CrateInfo {
            name: "petstore",
            description: "A client.",
            header: "# generated\n",
        }
    }

    #[test]
    fn depends_on_the_runtime_by_version_and_stands_alone() {
        let manifest = standalone(ROOT, RUNTIME, &RuntimeSource::Registry, &info()).unwrap();
        let doc: DocumentMut = manifest.parse().unwrap();
        let package = &doc["package"];
        assert_eq!(package["name"].as_str(), Some("petstore"));
        assert_eq!(package["description"].as_str(), Some("A client."));
        assert_eq!(package["edition"].as_str(), Some("2021"));
        assert_eq!(package["rust-version"].as_str(), Some("1.85"));
        assert_eq!(package["license"].as_str(), Some("MIT"));
        assert!(package.get("repository").is_none(), "{manifest}");
        let dependencies = &doc["dependencies"];
        assert_eq!(
            dependencies["the-runtime"].to_string().trim(),
            r#"{ version = "0.3.1" }"#
        );
        assert_eq!(
            dependencies["serde"].to_string().trim(),
            r#"{ version = "1", features = ["derive"] }"#
        );
        assert_eq!(
            dependencies["serde_json"].to_string().trim(),
            r#"{ version = "1", features = ["std"] }"#
        );
        assert_eq!(dependencies["bytes"].as_str(), Some("1"));
        assert!(!manifest.contains("path"), "{manifest}");
        assert!(!manifest.contains("workspace ="), "{manifest}");
        assert!(doc["workspace"].as_table().is_some_and(Table::is_empty));
        assert!(manifest.starts_with("# generated\n"), "{manifest}");
    }

    #[test]
    fn inside_the_workspace_the_runtime_is_a_path_too() {
        let source = RuntimeSource::Path("../runtime".to_owned());
        let manifest = standalone(ROOT, RUNTIME, &source, &info()).unwrap();
        let doc: DocumentMut = manifest.parse().unwrap();
        assert_eq!(
            doc["dependencies"]["the-runtime"].to_string().trim(),
            r#"{ path = "../runtime", version = "0.3.1" }"#
        );
    }

    #[test]
    fn missing_metadata_is_an_error() {
        let no_license = ROOT.replace("license = \"MIT\"\n", "");
        let error = standalone(&no_license, RUNTIME, &RuntimeSource::Registry, &info())
            .unwrap_err()
            .to_string();
        assert!(error.contains("license"), "{error}");
        let no_version = RUNTIME.replace("version = \"0.3.1\"\n", "");
        let error = standalone(ROOT, &no_version, &RuntimeSource::Registry, &info())
            .unwrap_err()
            .to_string();
        assert!(error.contains("version"), "{error}");
        let path_only = ROOT.replace(
            "serde_json = { version = \"1\", features = [\"std\"] }",
            "serde_json = { path = \"x\" }",
        );
        let error = standalone(&path_only, RUNTIME, &RuntimeSource::Registry, &info())
            .unwrap_err()
            .to_string();
        assert!(error.contains("serde_json"), "{error}");
    }

    #[test]
    fn names_from_titles() {
        assert_eq!(
            crate_name_from_title("Supabase API (v1)"),
            "supabase-api-v1"
        );
        assert_eq!(crate_name_from_title("  Pet--Store!  "), "pet-store");
        assert_eq!(crate_name_from_title("2048 game"), "api-2048-game");
        assert_eq!(crate_name_from_title("Ünïcödé"), "n-c-d");
        assert_eq!(crate_name_from_title("???"), "openapi-client");
        for name in [
            "supabase-api-v1",
            "api-2048-game",
            "n-c-d",
            "openapi-client",
        ] {
            validate_crate_name(name).unwrap();
        }
        for bad in ["", "1abc", "a b", "a/b", "-a"] {
            assert!(validate_crate_name(bad).is_err(), "{bad:?}");
        }
    }
}
