//! `cargo xtask release --dry-run`: whether a release of the client would
//! agree with itself. The crate's version must be the one the newest section
//! of `API_CHANGES.md` bumped to, and `cargo publish --dry-run` must package
//! that same version of every crate the release publishes (the client and
//! the workspace crates it depends on by path). Nothing is uploaded.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};

use crate::evolution::CHANGES_FILE;
use crate::process::cargo;
use crate::workspace::Workspace;

/// A crate the release publishes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    /// The package name.
    pub name: String,
    /// Its version.
    pub version: String,
}

/// Runs the checks; `Ok` when the release agrees with itself. The working
/// tree is what is checked, committed or not (the spec sync checks an
/// update before committing it).
pub fn dry_run(ws: &Workspace) -> Result<()> {
    let client = check_changelog(ws)?;
    let packages = published_packages(ws, &client)?;
    forget_unpacked(&packages)?;
    let mut command = cargo();
    command
        .current_dir(ws.root())
        .env("CARGO_TERM_COLOR", "never")
        .args(["publish", "--dry-run", "--locked", "--allow-dirty"]);
    for package in &packages {
        command.args(["-p", &package.name]);
    }
    let names: Vec<&str> = packages.iter().map(|p| p.name.as_str()).collect();
    println!(
        "$ cargo publish --dry-run --locked --allow-dirty -p {}",
        names.join(" -p ")
    );
    let output = command
        .output()
        .context("cannot run `cargo publish --dry-run`")?;
    // Cargo reports on stderr.
    let log = String::from_utf8_lossy(&output.stderr);
    eprint!("{log}");
    if !output.status.success() {
        bail!("`cargo publish --dry-run` failed");
    }
    for package in &packages {
        let line = format!("Packaging {} v{} ", package.name, package.version);
        if !log.lines().any(|l| l.trim_start().starts_with(&line)) {
            bail!(
                "`cargo publish --dry-run` did not package {} {}",
                package.name,
                package.version
            );
        }
    }
    let list: Vec<String> = packages
        .iter()
        .map(|p| format!("{} {}", p.name, p.version))
        .collect();
    println!("release dry run passed: {}", list.join(", "));
    Ok(())
}

/// The client's package, once its version is found to be the one the
/// newest section of its changelog bumps to (any version when there is no
/// changelog yet).
pub fn check_changelog(ws: &Workspace) -> Result<Package> {
    let client = read_package(&ws.client_dir().join("Cargo.toml"))?;
    let changes_path = ws.client_dir().join(CHANGES_FILE);
    match std::fs::read_to_string(&changes_path) {
        Ok(text) => {
            let newest = newest_version(&text)
                .with_context(|| format!("{} names no crate version", ws.display(&changes_path)))?;
            if newest != client.version {
                bail!(
                    "{} is at version {}, but the newest section of {} bumps it to {newest}: \
                     the version was changed by hand, or the changelog was",
                    client.name,
                    client.version,
                    ws.display(&changes_path)
                );
            }
            println!(
                "{} {}: the newest section of {} bumps to this version",
                client.name,
                client.version,
                ws.display(&changes_path)
            );
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => println!(
            "{} {}: no {} yet (no update since the first pin)",
            client.name,
            client.version,
            ws.display(&changes_path)
        ),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", changes_path.display())),
    }
    Ok(client)
}

/// The version the newest section of a changelog bumps the crate to: the
/// `to` of its first `Crate version FROM -> TO` line.
pub fn newest_version(changelog: &str) -> Option<String> {
    changelog.lines().find_map(|line| {
        let rest = line.trim().strip_prefix("Crate version ")?;
        let (_, to) = rest.split_once("->")?;
        let to = to.trim().split([':', ' ']).next()?.trim_end_matches('.');
        (!to.is_empty()).then(|| to.to_owned())
    })
}

/// The name and version of the package of a manifest.
fn read_package(manifest: &std::path::Path) -> Result<Package> {
    let text = std::fs::read_to_string(manifest)
        .with_context(|| format!("cannot read {}", manifest.display()))?;
    let doc: toml_edit::DocumentMut = text
        .parse()
        .with_context(|| format!("{} is not valid TOML", manifest.display()))?;
    let field = |key: &str| {
        doc.get("package")
            .and_then(|p| p.get(key))
            .and_then(|v| v.as_str())
            .map(str::to_owned)
            .with_context(|| format!("{} has no package.{key}", manifest.display()))
    };
    Ok(Package {
        name: field("name")?,
        version: field("version")?,
    })
}

/// The crates a release of the client publishes: the client and the
/// workspace crates it depends on by path.
pub fn release_packages(ws: &Workspace) -> Result<Vec<Package>> {
    let client = read_package(&ws.client_dir().join("Cargo.toml"))?;
    published_packages(ws, &client)
}

/// Removes what earlier dry runs unpacked of these packages.
///
/// `cargo publish --dry-run` of several packages builds each against the
/// others through a local registry in the target directory, and unpacks
/// them under `$CARGO_HOME/registry/src/<that registry>/<name>-<version>/`.
/// Cargo never unpacks a name and version again once it is there, so when
/// the sources change and the version does not (between two commits, or
/// two runs in the same directory), the next dry run would build against
/// the old sources and fail with errors that have nothing to do with the
/// change. Local registries' folders start with `-` (a registry with an
/// index URL starts with its host), so only the unpacked copies of these
/// packages made by dry runs are removed; cargo unpacks them again.
pub fn forget_unpacked(packages: &[Package]) -> Result<()> {
    match cargo_home() {
        Some(home) => forget_unpacked_in(&home.join("registry").join("src"), packages),
        None => Ok(()),
    }
}

/// [`forget_unpacked`] in this `registry/src` folder.
fn forget_unpacked_in(src: &std::path::Path, packages: &[Package]) -> Result<()> {
    let Ok(registries) = std::fs::read_dir(src) else {
        return Ok(());
    };
    for registry in registries.flatten() {
        if !registry.file_name().to_string_lossy().starts_with('-') {
            continue;
        }
        for package in packages {
            let unpacked = registry
                .path()
                .join(format!("{}-{}", package.name, package.version));
            if unpacked.is_dir() {
                std::fs::remove_dir_all(&unpacked)
                    .with_context(|| format!("cannot remove {}", unpacked.display()))?;
            }
        }
    }
    Ok(())
}

/// Cargo's home: `$CARGO_HOME`, else `~/.cargo`.
fn cargo_home() -> Option<PathBuf> {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
}

/// The client and the workspace crates it depends on by path (a runtime
/// crate of its own), each publishable: the crates of one release.
fn published_packages(ws: &Workspace, client: &Package) -> Result<Vec<Package>> {
    let manifest = ws.client_dir().join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest)
        .with_context(|| format!("cannot read {}", manifest.display()))?;
    let doc: toml_edit::DocumentMut = text.parse()?;
    let root: toml_edit::DocumentMut = std::fs::read_to_string(ws.root_manifest())?.parse()?;
    let mut dirs: Vec<PathBuf> = Vec::new();
    if let Some(deps) = doc.get("dependencies").and_then(|d| d.as_table_like()) {
        for (name, dep) in deps.iter() {
            let path = if dep.get("workspace").and_then(|w| w.as_bool()) == Some(true) {
                root.get("workspace")
                    .and_then(|w| w.get("dependencies"))
                    .and_then(|d| d.get(name))
                    .and_then(|d| d.get("path"))
                    .and_then(|p| p.as_str())
                    .map(|p| ws.root().join(p))
            } else {
                dep.get("path")
                    .and_then(|p| p.as_str())
                    .map(|p| ws.client_dir().join(p))
            };
            dirs.extend(path);
        }
    }
    let mut packages = Vec::new();
    for dir in dirs {
        packages.push(read_package(&dir.join("Cargo.toml"))?);
    }
    packages.sort_by(|a, b| a.name.cmp(&b.name));
    packages.push(client.clone());
    Ok(packages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_dry_run_copies_of_the_released_versions_are_forgotten() {
        let src = tempfile::tempdir().unwrap();
        let dirs = [
            "-0123abcd/client-1.0.0",
            "-0123abcd/client-0.9.0",
            "-0123abcd/other-1.0.0",
            "index.crates.io-1949cf8c6b5b557f/client-1.0.0",
        ];
        for dir in dirs {
            std::fs::create_dir_all(src.path().join(dir).join("src")).unwrap();
        }
        let packages = [Package {
            name: "client".to_owned(),
            version: "1.0.0".to_owned(),
        }];
        forget_unpacked_in(src.path(), &packages).unwrap();
        let left: Vec<bool> = dirs.iter().map(|d| src.path().join(d).exists()).collect();
        assert_eq!(left, [false, true, true, true]);
        // No registry folder yet: nothing to do.
        forget_unpacked_in(&src.path().join("missing"), &packages).unwrap();
    }

    #[test]
    fn the_newest_section_gives_the_version() {
        let changelog = "# API changes\n\nIntro.\n\n## 2027-02-01 (spec of 2027-02-01)\n\n\
            Crate version 0.4.2 -> 0.5.0: 1 breaking and 0 additive change(s).\n\n\
            ## 2027-01-01\n\nCrate version 0.4.1 -> 0.4.2: 0 breaking and 1 additive change(s).\n";
        assert_eq!(newest_version(changelog).as_deref(), Some("0.5.0"));
        assert_eq!(newest_version("# API changes\n"), None);
    }
}
