//! `spec/lock.toml`: which version of the upstream spec the client is built from.

use std::path::Path;

use anyhow::{bail, Context, Result};

/// Where the Supabase Management API publishes its spec.
pub const PUBLISHED_URL: &str = "https://api.supabase.com/api/v1-json";

/// The pinned spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lock {
    /// Where `cargo xtask fetch` downloads it from by default.
    pub url: String,
    /// SHA-256 of the exact bytes, lowercase hex.
    pub sha256: String,
    /// The day it was pinned, `YYYY-MM-DD`.
    pub date: String,
    /// Operations (path + method pairs) in the document.
    pub operations: usize,
    /// Entries of `components.schemas`.
    pub schemas: usize,
    /// The overlays applied to the document, in order (`[[overlay]]` tables).
    pub overlays: Vec<LockedOverlay>,
}

/// An overlay the client is generated with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockedOverlay {
    /// Its path relative to the workspace root, with `/` separators.
    pub path: String,
    /// SHA-256 of its bytes, lowercase hex.
    pub sha256: String,
}

fn check_sha256(key: &str, sha256: &mut String) -> Result<()> {
    if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
        bail!("`{key}` must be 64 hex digits, got `{sha256}`");
    }
    sha256.make_ascii_lowercase();
    Ok(())
}

impl Lock {
    /// Reads and validates a lock file.
    pub fn read(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the spec lock {}", path.display()))?;
        Self::parse(&text).with_context(|| format!("invalid spec lock {}", path.display()))
    }

    /// Parses the text of a lock file.
    pub fn parse(text: &str) -> Result<Self> {
        let doc: toml_edit::DocumentMut = text.parse()?;
        let string = |key: &str| -> Result<String> {
            match doc.get(key).map(|item| item.as_str()) {
                Some(Some(value)) => Ok(value.to_owned()),
                Some(None) => bail!("`{key}` must be a string"),
                None => bail!("`{key}` is missing"),
            }
        };
        let count = |key: &str| -> Result<usize> {
            match doc.get(key).map(|item| item.as_integer()) {
                Some(Some(value)) => {
                    usize::try_from(value).with_context(|| format!("`{key}` must not be negative"))
                }
                Some(None) => bail!("`{key}` must be an integer"),
                None => bail!("`{key}` is missing"),
            }
        };
        let mut lock = Lock {
            url: string("url")?,
            sha256: string("sha256")?,
            date: string("date")?,
            operations: count("operations")?,
            schemas: count("schemas")?,
            overlays: Vec::new(),
        };
        check_sha256("sha256", &mut lock.sha256)?;
        match doc.get("overlay") {
            None => {}
            Some(item) => {
                let tables = item
                    .as_array_of_tables()
                    .context("`overlay` must be an array of tables (`[[overlay]]`)")?;
                for (i, table) in tables.iter().enumerate() {
                    let string = |key: &str| -> Result<String> {
                        match table.get(key).map(|item| item.as_str()) {
                            Some(Some(value)) => Ok(value.to_owned()),
                            Some(None) => bail!("`overlay[{i}].{key}` must be a string"),
                            None => bail!("`overlay[{i}].{key}` is missing"),
                        }
                    };
                    let mut overlay = LockedOverlay {
                        path: string("path")?,
                        sha256: string("sha256")?,
                    };
                    check_sha256(&format!("overlay[{i}].sha256"), &mut overlay.sha256)?;
                    lock.overlays.push(overlay);
                }
            }
        }
        crate::date::validate(&lock.date).context("`date`")?;
        Ok(lock)
    }

    /// The lock file's text. Deterministic: the same lock always renders the same.
    pub fn render(&self) -> String {
        let quote = |s: &str| toml_edit::Value::from(s).to_string();
        let mut text = format!(
            "# The upstream OpenAPI document the client is generated from.\n\
             # Written by `cargo xtask update`; `cargo xtask fetch` checks the download against it.\n\
             # The document itself goes to spec/openapi.json, which is not committed.\n\
             url = {}\n\
             sha256 = {}\n\
             date = {}\n\
             operations = {}\n\
             schemas = {}\n",
            quote(&self.url),
            quote(&self.sha256),
            quote(&self.date),
            self.operations,
            self.schemas,
        );
        if !self.overlays.is_empty() {
            text.push_str(
                "\n# Overlays applied to the document, in order (`cargo xtask generate --overlay`).\n",
            );
        }
        for overlay in &self.overlays {
            text.push_str(&format!(
                "\n[[overlay]]\npath = {}\nsha256 = {}\n",
                quote(&overlay.path),
                quote(&overlay.sha256)
            ));
        }
        text
    }

    /// Writes the lock file.
    pub fn write(&self, path: &Path) -> Result<()> {
        crate::spec::write_atomically(path, self.render().as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Lock {
        Lock {
            url: PUBLISHED_URL.to_owned(),
            sha256: "ab".repeat(32),
            date: "2026-05-22".to_owned(),
            operations: 164,
            schemas: 143,
            overlays: vec![LockedOverlay {
                path: "spec/overlays/fixes.yaml".to_owned(),
                sha256: "cd".repeat(32),
            }],
        }
    }

    #[test]
    fn round_trips() {
        let lock = sample();
        assert_eq!(Lock::parse(&lock.render()).unwrap(), lock);
        let without = Lock {
            overlays: Vec::new(),
            ..lock
        };
        assert_eq!(Lock::parse(&without.render()).unwrap(), without);
        assert!(!without.render().contains("overlay"));
    }

    #[test]
    fn rejects_bad_locks_with_the_key_named() {
        let text = sample().render();
        let cases = [
            (text.replace("sha256 = ", "sha = "), "`sha256` is missing"),
            (
                text.replace("schemas = 143", "schemas = \"143\""),
                "`schemas` must be an integer",
            ),
            (
                text.replace("operations = 164", "operations = -1"),
                "must not be negative",
            ),
            (text.replace(&"ab".repeat(32), "abc"), "64 hex digits"),
            (text.replace("2026-05-22", "2026-02-30"), "`date`"),
            ("url = ".to_owned(), "expected"),
            (
                text.replace(&"cd".repeat(32), "xyz"),
                "`overlay[0].sha256` must be 64 hex digits",
            ),
            (
                text.replace("path = ", "file = "),
                "`overlay[0].path` is missing",
            ),
        ];
        for (text, expected) in cases {
            let error = format!("{:#}", Lock::parse(&text).unwrap_err());
            assert!(
                error.contains(expected),
                "{error:?} should mention {expected:?}"
            );
        }
    }
}
