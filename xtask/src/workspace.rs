//! Where things are in the repository.

use std::path::{Path, PathBuf};

/// Where a copy of each pinned spec is kept beside a clone of the repository
/// (for machines without internet, such as CI), relative to the repo root.
pub const LOCAL_SPECS_DIR: &str = "../shared/specs/supabase-management-api";

/// The repository checkout the tasks work on.
#[derive(Debug, Clone)]
pub struct Workspace {
    root: PathBuf,
}

impl Workspace {
    /// The workspace this `xtask` was built in.
    pub fn current() -> Self {
        let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        let root = manifest_dir.parent().unwrap_or(manifest_dir);
        Self::at(root)
    }

    /// A workspace rooted at `root` (tests use temporary directories).
    pub fn at(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// The repository root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// `spec/lock.toml`: which spec is pinned.
    pub fn lock_path(&self) -> PathBuf {
        self.root.join("spec").join("lock.toml")
    }

    /// `spec/openapi.json`: the fetched spec (ignored by git).
    pub fn spec_path(&self) -> PathBuf {
        self.root.join("spec").join("openapi.json")
    }

    /// The root `Cargo.toml`.
    pub fn root_manifest(&self) -> PathBuf {
        self.root.join("Cargo.toml")
    }

    /// The published crate's directory, `generated-client/`.
    pub fn client_dir(&self) -> PathBuf {
        self.root.join("generated-client")
    }

    /// The runtime crate's directory, `runtime/`.
    pub fn runtime_dir(&self) -> PathBuf {
        self.root.join("runtime")
    }

    /// Where the generator's files go, `generated-client/src/generated/`.
    pub fn generated_dir(&self) -> PathBuf {
        self.client_dir().join("src").join("generated")
    }

    /// The cargo target directory builds in this workspace use.
    pub fn target_dir(&self) -> PathBuf {
        match std::env::var_os("CARGO_TARGET_DIR") {
            // Cargo reads a relative `CARGO_TARGET_DIR` from the current directory.
            Some(dir) if !dir.is_empty() => {
                std::path::absolute(&dir).unwrap_or_else(|_| dir.into())
            }
            _ => self.root.join("target"),
        }
    }

    /// `path` relative to the root when it is inside it, for messages.
    pub fn display(&self, path: &Path) -> String {
        path.strip_prefix(&self.root)
            .unwrap_or(path)
            .display()
            .to_string()
    }
}

/// The command that fetches the pinned spec from the local copy of `date`.
pub fn fetch_hint(date: &str) -> String {
    format!("cargo xtask fetch --from {LOCAL_SPECS_DIR}/{date}.json")
}
