//! Turning `generated-client/Cargo.toml` into the manifest of a standalone crate.

use anyhow::{bail, Context, Result};
use toml_edit::{DocumentMut, InlineTable, Item, Table, Value};

/// Package keys that describe the Supabase client in particular and are
/// dropped from a client generated for another spec.
const PROJECT_SPECIFIC_KEYS: [&str; 5] = [
    "repository",
    "homepage",
    "documentation",
    "keywords",
    "categories",
];

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

/// The manifest of a crate that builds on its own: `crate_manifest` with
/// everything it inherits from the workspace (`key.workspace = true`)
/// resolved from `root_manifest`, the Supabase-specific metadata dropped and an empty `[workspace]` table added
/// so that Cargo does not look for an enclosing workspace.
pub fn standalone(
    root_manifest: &str,
    crate_manifest: &str,
    info: &CrateInfo<'_>,
) -> Result<String> {
    let root: DocumentMut = root_manifest
        .parse()
        .context("cannot parse the root Cargo.toml")?;
    let mut doc: DocumentMut = crate_manifest
        .parse()
        .context("cannot parse the crate's Cargo.toml")?;
    let workspace = root
        .get("workspace")
        .and_then(Item::as_table_like)
        .context("the root Cargo.toml has no [workspace]")?;
    let empty = Table::new();
    let package_defaults = workspace
        .get("package")
        .and_then(Item::as_table_like)
        .unwrap_or(&empty);
    let dependency_defaults = workspace
        .get("dependencies")
        .and_then(Item::as_table_like)
        .unwrap_or(&empty);

    let package = doc
        .get_mut("package")
        .and_then(Item::as_table_like_mut)
        .context("the crate's Cargo.toml has no [package]")?;
    let inherited: Vec<String> = package
        .iter()
        .filter(|(_, item)| inherits(item))
        .map(|(key, _)| key.to_owned())
        .collect();
    for key in inherited {
        let value = package_defaults
            .get(&key)
            .and_then(Item::as_value)
            .with_context(|| {
                format!("package.{key} is inherited but [workspace.package] has no `{key}`")
            })?;
        package.insert(&key, Item::Value(value.clone()));
    }
    for key in PROJECT_SPECIFIC_KEYS {
        package.remove(key);
    }
    package.insert("name", toml_edit::value(info.name));
    package.insert("description", toml_edit::value(info.description));

    // Only the library's sources are copied: drop targets and files that
    // would point at anything else.
    for key in ["bin", "example", "test", "bench"] {
        doc.remove(key);
    }
    if let Some(package) = doc.get_mut("package").and_then(Item::as_table_like_mut) {
        package.remove("build");
        package.remove("license-file");
    }

    if let Some(lib) = doc.get_mut("lib").and_then(Item::as_table_like_mut) {
        // The library is named after the package.
        lib.remove("name");
        if lib.is_empty() {
            doc.remove("lib");
        }
    }

    for table in dependency_tables(&mut doc) {
        resolve_dependencies(table, dependency_defaults)?;
    }

    if doc.get("lints").is_some_and(inherits) {
        let lints = workspace
            .get("lints")
            .context("lints are inherited but the root Cargo.toml has no [workspace.lints]")?;
        doc.insert("lints", lints.clone());
    }
    doc.insert("workspace", Item::Table(Table::new()));
    doc.decor_mut().set_prefix(info.header);
    Ok(doc.to_string())
}

/// `key.workspace = true` or `key = { workspace = true }`.
fn inherits(item: &Item) -> bool {
    item.as_table_like()
        .and_then(|t| t.get("workspace"))
        .and_then(Item::as_bool)
        == Some(true)
}

/// `[dependencies]`, `[dev-dependencies]`, `[build-dependencies]` and their
/// `[target.'cfg(..)'.*]` counterparts.
fn dependency_tables(doc: &mut DocumentMut) -> Vec<&mut dyn toml_edit::TableLike> {
    const KINDS: [&str; 3] = ["dependencies", "dev-dependencies", "build-dependencies"];
    let mut tables = Vec::new();
    for (key, item) in doc.as_table_mut().iter_mut() {
        if KINDS.contains(&key.get()) {
            tables.extend(item.as_table_like_mut());
        } else if key.get() == "target" {
            if let Some(targets) = item.as_table_like_mut() {
                for (_, target) in targets.iter_mut() {
                    if let Some(target) = target.as_table_like_mut() {
                        for (kind, deps) in target.iter_mut() {
                            if KINDS.contains(&kind.get()) {
                                tables.extend(deps.as_table_like_mut());
                            }
                        }
                    }
                }
            }
        }
    }
    tables
}

fn resolve_dependencies(
    table: &mut dyn toml_edit::TableLike,
    defaults: &dyn toml_edit::TableLike,
) -> Result<()> {
    let names: Vec<String> = table
        .iter()
        .filter(|(_, item)| inherits(item))
        .map(|(name, _)| name.to_owned())
        .collect();
    for name in names {
        let own = table
            .get(&name)
            .and_then(Item::as_table_like)
            .map(table_entries);
        let base = defaults.get(&name).with_context(|| {
            format!("dependency `{name}` is inherited but [workspace.dependencies] has no `{name}`")
        })?;
        let mut resolved = match base {
            Item::Value(Value::String(version)) => {
                let mut t = InlineTable::new();
                t.insert("version", Value::from(version.value().as_str()));
                t
            }
            other => {
                let entries = other.as_table_like().map(table_entries).with_context(|| {
                    format!("workspace dependency `{name}` is neither a version nor a table")
                })?;
                entries.into_iter().collect()
            }
        };
        if resolved.contains_key("path") {
            bail!(
                "dependency `{name}` is a path in the workspace; a standalone crate cannot use it"
            );
        }
        for (key, value) in own.unwrap_or_default() {
            match key.as_str() {
                "workspace" => {}
                "features" => {
                    let mut features: Vec<String> = string_array(resolved.get("features"));
                    features.extend(string_array(Some(&value)));
                    features.sort();
                    features.dedup();
                    resolved.insert(
                        "features",
                        features
                            .iter()
                            .map(String::as_str)
                            .collect::<toml_edit::Array>()
                            .into(),
                    );
                }
                _ => {
                    resolved.insert(&key, value);
                }
            }
        }
        table.insert(&name, Item::Value(Value::InlineTable(resolved)));
    }
    Ok(())
}

fn table_entries(table: &dyn toml_edit::TableLike) -> Vec<(String, Value)> {
    table
        .iter()
        .filter_map(|(key, item)| Some((key.to_owned(), item.as_value()?.clone())))
        .map(|(key, mut value)| {
            value.decor_mut().clear();
            (key, value)
        })
        .collect()
}

fn string_array(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
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
license = "MIT"
repository = "https://example.com/repo"

[workspace.dependencies]
serde = { version = "1", features = ["derive"] }
reqwest = { version = "0.12", default-features = false }
anyhow = "1"
local = { path = "local" }

[profile.dev.package."*"]
debug = false
"#;

    const CRATE: &str = r#"[package]
name = "client"
version = "0.1.0"
description = "old"
edition.workspace = true
license = { workspace = true }
repository.workspace = true
keywords = ["supabase"]

[lib]
name = "client_lib"

[dependencies]
serde.workspace = true
reqwest = { workspace = true, features = ["rustls-tls", "json"], optional = true }
bytes = "1"

[target.'cfg(unix)'.dev-dependencies]
anyhow = { workspace = true }

[[example]]
name = "demo"
path = "examples/demo.rs"
"#;

    fn info() -> CrateInfo<'static> {
        CrateInfo {
            name: "petstore",
            description: "A client.",
            header: "# generated\n",
        }
    }

    #[test]
    fn resolves_inheritance_and_stands_alone() {
        let manifest = standalone(ROOT, CRATE, &info()).unwrap();
        assert!(!manifest.contains("workspace = true"), "{manifest}");
        assert!(!manifest.contains(".workspace"), "{manifest}");
        let doc: DocumentMut = manifest.parse().unwrap();
        let package = &doc["package"];
        assert_eq!(package["name"].as_str(), Some("petstore"));
        assert_eq!(package["description"].as_str(), Some("A client."));
        assert_eq!(package["edition"].as_str(), Some("2021"));
        assert_eq!(package["license"].as_str(), Some("MIT"));
        assert!(package.get("repository").is_none());
        assert!(package.get("keywords").is_none());
        assert!(
            doc.get("lib").is_none(),
            "the library takes the package's name"
        );
        assert_eq!(doc["dependencies"]["bytes"].as_str(), Some("1"));
        assert_eq!(
            doc["dependencies"]["serde"].to_string().trim(),
            r#"{ version = "1", features = ["derive"] }"#
        );
        assert_eq!(
            doc["dependencies"]["reqwest"].to_string().trim(),
            r#"{ version = "0.12", default-features = false, features = ["json", "rustls-tls"], optional = true }"#
        );
        assert_eq!(
            doc["target"]["cfg(unix)"]["dev-dependencies"]["anyhow"]
                .to_string()
                .trim(),
            r#"{ version = "1" }"#
        );
        assert!(
            doc.get("profile").is_none(),
            "the workspace's profiles stay there"
        );
        assert!(doc["workspace"].as_table().is_some_and(Table::is_empty));
        assert!(manifest.starts_with("# generated\n"), "{manifest}");
    }

    #[test]
    fn missing_or_path_inheritance_is_an_error() {
        let missing = CRATE.replace("bytes = \"1\"", "nothere.workspace = true");
        let error = standalone(ROOT, &missing, &info()).unwrap_err().to_string();
        assert!(error.contains("`nothere`"), "{error}");

        let path = CRATE.replace("bytes = \"1\"", "local.workspace = true");
        let error = standalone(ROOT, &path, &info()).unwrap_err().to_string();
        assert!(error.contains("path"), "{error}");

        let rust_version = CRATE.replace("edition.workspace", "rust-version.workspace");
        let error = standalone(ROOT, &rust_version, &info())
            .unwrap_err()
            .to_string();
        assert!(error.contains("rust-version"), "{error}");
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
