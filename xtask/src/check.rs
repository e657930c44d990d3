//! `cargo xtask check`: are the committed generated files what the generator makes now?

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{bail, Context, Result};
use generator::GeneratedFile;

use crate::generate::{relative_path, run_generator, rust_files, slash_path};
use crate::workspace::Workspace;

/// At most this many diff lines are printed per file; the rest are counted.
pub const MAX_DIFF_LINES_PER_FILE: usize = 120;

/// One way a directory differs from the generator's output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// The committed file differs; `diff` is unified, committed -> generated.
    Changed {
        /// Relative path.
        path: String,
        /// Unified diff.
        diff: String,
    },
    /// The generator makes a file that is not there.
    Missing {
        /// Relative path.
        path: String,
    },
    /// A `.rs` file is there that the generator no longer makes.
    Extra {
        /// Relative path.
        path: String,
    },
}

impl Mismatch {
    /// The file's relative path.
    pub fn path(&self) -> &str {
        match self {
            Mismatch::Changed { path, .. }
            | Mismatch::Missing { path }
            | Mismatch::Extra { path } => path,
        }
    }
}

/// Compares `dir` with `files`, returning mismatches sorted by path.
pub fn compare(dir: &Path, files: &[GeneratedFile]) -> Result<Vec<Mismatch>> {
    let mut expected = BTreeMap::new();
    for file in files {
        expected.insert(relative_path(&file.path)?, file);
    }
    let mut mismatches = Vec::new();
    for (relative, file) in &expected {
        let path = dir.join(relative);
        match std::fs::read(&path) {
            Ok(bytes) if bytes == file.contents.as_bytes() => {}
            Ok(bytes) => {
                let committed = String::from_utf8_lossy(&bytes);
                mismatches.push(Mismatch::Changed {
                    path: file.path.clone(),
                    diff: unified_diff(&committed, &file.contents, &file.path),
                });
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                mismatches.push(Mismatch::Missing {
                    path: file.path.clone(),
                })
            }
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
        }
    }
    for relative in rust_files(dir)? {
        if !expected.contains_key(&relative) {
            mismatches.push(Mismatch::Extra {
                path: slash_path(&relative),
            });
        }
    }
    mismatches.sort_by(|a, b| a.path().cmp(b.path()));
    Ok(mismatches)
}

/// A unified diff from `old` to `new` with 3 lines of context, cut after
/// [`MAX_DIFF_LINES_PER_FILE`] lines.
pub fn unified_diff(old: &str, new: &str, path: &str) -> String {
    let diff = similar::TextDiff::from_lines(old, new);
    let full = diff
        .unified_diff()
        .context_radius(3)
        .header(&format!("committed/{path}"), &format!("generated/{path}"))
        .to_string();
    let lines: Vec<&str> = full.lines().collect();
    if lines.len() <= MAX_DIFF_LINES_PER_FILE {
        return full;
    }
    let mut cut = lines[..MAX_DIFF_LINES_PER_FILE].join("\n");
    let _ = write!(
        cut,
        "\n... {} more diff lines\n",
        lines.len() - MAX_DIFF_LINES_PER_FILE
    );
    cut
}

/// A readable report of `mismatches` under `dir_name`.
pub fn report(dir_name: &str, mismatches: &[Mismatch], files_total: usize) -> String {
    let mut out = format!("{dir_name} is not what the generator makes now:\n");
    for mismatch in mismatches {
        match mismatch {
            Mismatch::Changed { diff, .. } => out.push_str(diff),
            Mismatch::Missing { path } => {
                let _ = writeln!(out, "missing: {dir_name}/{path} is generated but not there");
            }
            Mismatch::Extra { path } => {
                let _ = writeln!(out, "extra: {dir_name}/{path} is not generated any more");
            }
        }
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    let count = |f: fn(&Mismatch) -> bool| mismatches.iter().filter(|m| f(m)).count();
    let _ = write!(
        out,
        "{dir_name} is stale: {} changed, {} missing, {} extra (of {files_total} generated files).\n\
         Run `cargo xtask generate` and commit the result.",
        count(|m| matches!(m, Mismatch::Changed { .. })),
        count(|m| matches!(m, Mismatch::Missing { .. })),
        count(|m| matches!(m, Mismatch::Extra { .. })),
    );
    out
}

/// Regenerates the client in memory from the pinned spec and compares it
/// with the committed files. `Ok` holds the number of files checked.
pub fn check(ws: &Workspace) -> Result<usize> {
    let text = crate::spec::load_pinned(ws)?;
    let overlays = crate::overlay::pinned(ws)?;
    let generated = run_generator(ws, &text, &ws.display(&ws.spec_path()), &overlays)?;
    let dir = ws.generated_dir();
    let mismatches = compare(&dir, &generated.files)?;
    if !mismatches.is_empty() {
        bail!(
            "{}",
            report(&ws.display(&dir), &mismatches, generated.files.len())
        );
    }
    // The conformance harness's sample calls are generated from the same model.
    let source = ws.display(&ws.spec_path());
    let samples = crate::conformance::sample_files(&text, &source, &generated.api, &overlays)?;
    let samples_dir = crate::conformance::samples_dir(ws);
    let mismatches = compare(&samples_dir, &samples)?;
    if !mismatches.is_empty() {
        bail!(
            "{}",
            report(&ws.display(&samples_dir), &mismatches, samples.len())
        );
    }
    Ok(generated.files.len() + samples.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, contents: &str) -> GeneratedFile {
        GeneratedFile {
            path: path.to_owned(),
            contents: contents.to_owned(),
        }
    }

    #[test]
    fn finds_changed_missing_and_extra_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("types")).unwrap();
        std::fs::write(root.join("mod.rs"), "pub mod types;\n").unwrap();
        std::fs::write(root.join("types/a.rs"), "pub struct A;\nfn x() {}\n").unwrap();
        std::fs::write(root.join("types/old.rs"), "").unwrap();
        std::fs::write(root.join("README.txt"), "not Rust, ignored").unwrap();

        let files = [
            file("mod.rs", "pub mod types;\n"),
            file("types/a.rs", "pub struct A { pub b: u8 }\nfn x() {}\n"),
            file("types/new.rs", "pub struct New;\n"),
        ];
        let mismatches = compare(root, &files).unwrap();
        let paths: Vec<&str> = mismatches.iter().map(Mismatch::path).collect();
        assert_eq!(paths, ["types/a.rs", "types/new.rs", "types/old.rs"]);
        let Mismatch::Changed { diff, .. } = &mismatches[0] else {
            panic!("expected a changed file, got {:?}", mismatches[0]);
        };
        assert_eq!(
            diff,
            "--- committed/types/a.rs\n+++ generated/types/a.rs\n@@ -1,2 +1,2 @@\n\
             -pub struct A;\n+pub struct A { pub b: u8 }\n fn x() {}\n"
        );
        assert!(matches!(&mismatches[1], Mismatch::Missing { .. }));
        assert!(matches!(&mismatches[2], Mismatch::Extra { .. }));

        let text = report("gen", &mismatches, 3);
        assert!(
            text.starts_with(
                "gen is not what the generator makes now:\n--- committed/types/a.rs\n"
            ),
            "{text}"
        );
        assert!(text.contains("missing: gen/types/new.rs"), "{text}");
        assert!(text.contains("extra: gen/types/old.rs"), "{text}");
        assert!(text.ends_with(
            "gen is stale: 1 changed, 1 missing, 1 extra (of 3 generated files).\n\
             Run `cargo xtask generate` and commit the result."
        ));
    }

    #[test]
    fn identical_directories_match() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("mod.rs"), "x").unwrap();
        assert_eq!(compare(dir.path(), &[file("mod.rs", "x")]).unwrap(), []);
    }

    #[test]
    fn long_diffs_are_cut() {
        let old: String = (0..500).map(|i| format!("{i}\n")).collect();
        let diff = unified_diff(&old, "", "a.rs");
        assert_eq!(diff.lines().count(), MAX_DIFF_LINES_PER_FILE + 1);
        assert!(diff.ends_with("... 383 more diff lines\n"), "{diff}");
    }
}
