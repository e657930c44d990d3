//! Where a spec is read from: a local file or an `http(s)` URL.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result};

/// A spec's origin, as given to `--from` or `--spec`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file, relative to the current directory.
    Path(PathBuf),
    /// An `http://` or `https://` URL.
    Url(String),
}

impl Source {
    /// A URL when `text` starts with `http://` or `https://`, else a path.
    pub fn parse(text: &str) -> Self {
        let lower = text.to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") {
            Source::Url(text.to_owned())
        } else {
            Source::Path(PathBuf::from(text))
        }
    }

    /// Reads the whole document.
    pub fn read(&self) -> Result<Vec<u8>> {
        match self {
            Source::Path(path) => {
                std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))
            }
            Source::Url(url) => download(url),
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Path(path) => write!(f, "{}", path.display()),
            Source::Url(url) => f.write_str(url),
        }
    }
}

fn download(url: &str) -> Result<Vec<u8>> {
    let client = reqwest::blocking::Client::builder()
        .user_agent(concat!(
            "supabase-management-rs-xtask/",
            env!("CARGO_PKG_VERSION")
        ))
        .connect_timeout(Duration::from_secs(20))
        .timeout(Duration::from_secs(120))
        .build()
        .context("cannot set up the HTTP client")?;
    let response = client
        .get(url)
        .send()
        .with_context(|| format!("cannot download {url}"))?;
    let status = response.status();
    if !status.is_success() {
        anyhow::bail!("cannot download {url}: the server answered {status}");
    }
    let body = response
        .bytes()
        .with_context(|| format!("cannot read the response from {url}"))?;
    Ok(body.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_paths() {
        assert_eq!(
            Source::parse("https://api.supabase.com/api/v1-json"),
            Source::Url("https://api.supabase.com/api/v1-json".to_owned())
        );
        assert_eq!(
            Source::parse("HTTP://127.0.0.1:1/x"),
            Source::Url("HTTP://127.0.0.1:1/x".to_owned())
        );
        assert_eq!(
            Source::parse("../shared/specs/a.json"),
            Source::Path(PathBuf::from("../shared/specs/a.json"))
        );
    }
}
