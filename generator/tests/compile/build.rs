//! Generates every fixture in `../fixtures/` into `$OUT_DIR/<fixture>/` and
//! writes `$OUT_DIR/fixtures.rs`, which declares one module per fixture.
//!
//! Documents that must be rejected live in `../fixtures/invalid/` and are not
//! read here. A fixture that fails to generate stops the build with the
//! generator's error.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::exit;

/// Fixtures whose output is known not to compile because of a generator bug.
/// They are skipped unless `FIXTURE_COMPILE_ALL=1` is set (then the build
/// shows the errors). Remove an entry once the bug is fixed.
const KNOWN_BROKEN: &[(&str, &str)] = &[];

fn main() {
    let manifest_dir = PathBuf::from(env_var("CARGO_MANIFEST_DIR"));
    let fixtures = manifest_dir.join("../fixtures");
    let generator_src = manifest_dir.join("../../src");
    println!("cargo:rerun-if-changed={}", fixtures.display());
    println!("cargo:rerun-if-changed={}", generator_src.display());
    println!("cargo:rerun-if-env-changed=FIXTURE_COMPILE_ALL");
    let all = std::env::var_os("FIXTURE_COMPILE_ALL").is_some_and(|v| v == "1");
    let out_dir = PathBuf::from(env_var("OUT_DIR"));

    let mut modules = String::new();
    // The conformance harness's sample calls of each fixture's operations.
    let mut samples = String::new();
    // Every fixture adds methods to the same `Client`: they must not collide.
    let mut methods: BTreeMap<String, String> = BTreeMap::new();
    for path in fixture_files(&fixtures) {
        let file_name = path.file_name().unwrap().to_string_lossy().into_owned();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        if !all && KNOWN_BROKEN.iter().any(|(name, _)| *name == stem) {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("{file_name}: {e}")));
        let source = format!("generator/tests/fixtures/{file_name}");
        let generated = generator::generate(&text, &source, &generator::Options::default())
            .unwrap_or_else(|e| fail(&format!("{file_name}: generation failed: {e}")));
        for op in &generated.api.operations {
            if let Some(other) = methods.insert(op.method_name.clone(), file_name.clone()) {
                fail(&format!(
                    "{file_name} and {other} both generate `Client::{}`; every fixture adds \
                     methods to the same Client, so give their operations distinct operationIds",
                    op.method_name
                ));
            }
        }
        let module = stem.replace(['-', '.'], "_");
        let dir = out_dir.join(&module);
        if dir.exists() {
            fs::remove_dir_all(&dir).unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())));
        }
        for file in &generated.files {
            let target = dir.join(&file.path);
            fs::create_dir_all(target.parent().unwrap())
                .and_then(|()| fs::write(&target, &file.contents))
                .unwrap_or_else(|e| fail(&format!("{}: {e}", target.display())));
        }
        let mod_rs = dir.join("mod.rs");
        let _ = writeln!(
            modules,
            "#[path = {:?}]\npub mod {module};",
            mod_rs.to_string_lossy()
        );
        let samples_rs = write_samples(&text, &source, &generated, &module, &dir);
        let _ = writeln!(
            samples,
            "#[path = {:?}]\npub mod {module};",
            samples_rs.to_string_lossy()
        );
    }
    let _ = writeln!(
        modules,
        "/// One sample call of every operation, per fixture (as `cargo xtask conformance` makes them).\npub mod samples {{\n{samples}}}"
    );
    let target = out_dir.join("fixtures.rs");
    fs::write(&target, modules).unwrap_or_else(|e| fail(&format!("{}: {e}", target.display())));
}

/// Writes the sample calls of a fixture's operations next to its client
/// (`<dir>/samples.rs`) and returns the file's path.
fn write_samples(
    text: &str,
    source: &str,
    generated: &generator::Generated,
    module: &str,
    dir: &Path,
) -> PathBuf {
    let document =
        generator::load::parse(text, source).unwrap_or_else(|e| fail(&format!("{source}: {e}")));
    let samples = generator::samples::samples(&document, &generated.api);
    let options = generator::emit::SamplesOptions {
        client_path: "crate".to_owned(),
        generated_path: format!("crate::{module}"),
        regenerate_command: "cargo build -p fixture-compile".to_owned(),
    };
    let file = generator::emit::samples_file(&generated.api, &samples, &options)
        .unwrap_or_else(|e| fail(&format!("{source}: samples: {e}")));
    let target = dir.join(&file.path);
    fs::write(&target, &file.contents)
        .unwrap_or_else(|e| fail(&format!("{}: {e}", target.display())));
    target
}

/// The fixture documents directly in `dir`, sorted.
fn fixture_files(dir: &Path) -> Vec<PathBuf> {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())));
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.unwrap_or_else(|e| fail(&e.to_string())).path())
        .filter(|p| p.is_file())
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml" | "json")
            )
        })
        .collect();
    files.sort();
    files
}

fn env_var(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| fail(&format!("{name} is not set")))
}

fn fail(message: &str) -> ! {
    eprintln!("fixture-compile: {message}");
    exit(1)
}
