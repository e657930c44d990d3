//! Generates every fixture in `../fixtures/` into `$OUT_DIR/<fixture>/` and
//! writes `$OUT_DIR/fixtures.rs`, which declares one module per fixture.
//!
//! Documents that must be rejected live in `../fixtures/invalid/` and are not
//! read here. A fixture that fails to generate stops the build with the
//! generator's error.
//!
//! Then [`MUTANTS`] fixtures mutated as in `../mutations.rs` (the shared
//! `../mutate/mod.rs`, driven by fixed seeds) are generated and compiled the
//! same way, as modules `mutant_<n>`: a sample of the hostile documents that
//! test only checks to parse.

#[path = "../mutate/mod.rs"]
mod mutate;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::exit;

use serde_json::Value;

/// How many mutated fixtures are compiled with the fixtures.
const MUTANTS: u64 = 3;

/// Mutations applied to each mutated fixture.
const MUTATIONS: usize = 4;

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
    println!(
        "cargo:rerun-if-changed={}",
        manifest_dir.join("../mutate").display()
    );
    println!("cargo:rerun-if-env-changed=FIXTURE_COMPILE_ALL");
    let all = std::env::var_os("FIXTURE_COMPILE_ALL").is_some_and(|v| v == "1");
    let out_dir = PathBuf::from(env_var("OUT_DIR"));

    let mut build = Build {
        out_dir,
        modules: String::new(),
        samples: String::new(),
    };
    let files = fixture_files(&fixtures);
    for path in &files {
        let file_name = path.file_name().unwrap().to_string_lossy().into_owned();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        if !all && KNOWN_BROKEN.iter().any(|(name, _)| *name == stem) {
            continue;
        }
        let text = fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{file_name}: {e}")));
        let source = format!("generator/tests/fixtures/{file_name}");
        let generated = generator::generate(&text, &source, &generator::Options::default())
            .unwrap_or_else(|e| fail(&format!("{file_name}: generation failed: {e}")));
        let module = stem.replace(['-', '.'], "_");
        build.add(&module, &text, &source, &generated, true);
    }
    for mutant in mutants(&files) {
        let _ = writeln!(build.modules, "{}", mutant.doc);
        build.add(
            &mutant.module,
            &mutant.text,
            &mutant.source,
            &mutant.generated,
            // Sample calls are the conformance harness's: not what the mutants test.
            false,
        );
    }
    let Build {
        out_dir,
        mut modules,
        samples,
        ..
    } = build;
    let _ = writeln!(
        modules,
        "/// One sample call of every operation, per fixture (as `cargo xtask conformance` makes them).\npub mod samples {{\n{samples}}}"
    );
    let target = out_dir.join("fixtures.rs");
    fs::write(&target, modules).unwrap_or_else(|e| fail(&format!("{}: {e}", target.display())));
}

/// The modules written so far.
struct Build {
    out_dir: PathBuf,
    modules: String,
    /// The conformance harness's sample calls of each fixture's operations.
    samples: String,
}

impl Build {
    /// Writes a generated client into `$OUT_DIR/<module>/`, and its samples
    /// when `samples`, and declares them.
    fn add(
        &mut self,
        module: &str,
        text: &str,
        source: &str,
        generated: &generator::Generated,
        samples: bool,
    ) {
        let dir = self.out_dir.join(module);
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
            self.modules,
            "#[path = {:?}]\npub mod {module};",
            mod_rs.to_string_lossy()
        );
        if !samples {
            return;
        }
        let samples_rs = write_samples(text, source, generated, module, &dir);
        let _ = writeln!(
            self.samples,
            "#[path = {:?}]\npub mod {module};",
            samples_rs.to_string_lossy()
        );
    }
}

/// A mutated fixture that generates.
struct Mutant {
    module: String,
    source: String,
    text: String,
    generated: generator::Generated,
    /// Doc comment lines saying what it is.
    doc: String,
}

/// The first [`MUTANTS`] seeds (from 0) whose mutated fixture generates
/// without a load error. The seed picks the fixture and [`MUTATIONS`]
/// mutations.
fn mutants(files: &[PathBuf]) -> Vec<Mutant> {
    let docs: Vec<(String, Value)> = files
        .iter()
        .map(|path| {
            let text = fs::read_to_string(path)
                .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
            let yaml: serde_yaml::Value = serde_yaml::from_str(&text)
                .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
            let doc = serde_json::to_value(yaml)
                .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                doc,
            )
        })
        .collect();
    let mut found = Vec::new();
    for seed in 0..1_000 {
        if found.len() as u64 == MUTANTS || docs.is_empty() {
            break;
        }
        let mut rng = mutate::SplitMix64(seed);
        let (file_name, doc) = &docs[(rng.next_u64() % docs.len() as u64) as usize];
        let mutations: Vec<mutate::Mutation> = (0..MUTATIONS).map(|_| rng.mutation()).collect();
        let mut doc = doc.clone();
        for m in &mutations {
            mutate::apply(&mut doc, m);
        }
        let n = found.len() + 1;
        let Ok(text) = serde_json::to_string_pretty(&doc) else {
            continue;
        };
        let source = format!("{file_name} mutated (seed {seed})");
        let Ok(generated) = generator::generate(&text, &source, &generator::Options::default())
        else {
            continue;
        };
        let doc = format!(
            "/// `{file_name}` with the mutations of seed {seed}:\n/// ```text\n{}/// ```",
            format!("{mutations:#?}")
                .lines()
                .map(|l| format!("/// {l}\n"))
                .collect::<String>()
        );
        found.push(Mutant {
            module: format!("mutant_{n}"),
            source,
            text,
            generated,
            doc,
        });
    }
    found
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
    let samples = conformance_samples::samples(&document, &generated.api);
    let options = conformance_samples::SamplesOptions {
        client_path: "crate".to_owned(),
        generated_path: format!("crate::{module}"),
        regenerate_command: "cargo build -p fixture-compile".to_owned(),
    };
    let file = conformance_samples::samples_file(&generated.api, &samples, &options)
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
