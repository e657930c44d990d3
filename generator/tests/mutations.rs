//! Hostile documents never crash the generator.
//!
//! Starting from the pinned spec (`spec/openapi.json`) and every fixture in
//! `tests/fixtures/`, proptest applies random structural edits (see
//! `tests/mutate/mod.rs`): deleted and retyped nodes, dangling `$ref`s, `$ref`
//! cycles, duplicate operationIds, keywords, unicode, digits-first, empty and
//! 10,000-character names, deep nesting. For every case the generator must
//! return either files that parse with `syn` and diagnostics whose JSON
//! pointers lead into the document, or a load error with a location; it must
//! not panic, overflow its 2 MiB stack or run longer than the time budget.
//!
//! Settings (environment variables):
//! - `MUTATION_CASES`: number of cases (default [`DEFAULT_CASES`], about two
//!   minutes of CPU time in a debug build).
//! - `MUTATION_SEED`: the RNG seed (default 0, so CI runs are reproducible).
//! - `MUTATION_TIMEOUT_SECS`: the time budget of one case (default 10).
//! - `MUTATION_THREADS`: worker threads sharing the cases (default: one per
//!   core); each has its own RNG stream.
//!
//! A long run: `MUTATION_CASES=20000 MUTATION_SEED=$RANDOM cargo test -p
//! generator --release --test mutations -- --nocapture`. The distinct
//! diagnostics and outcomes seen are printed at the end (`--nocapture`).

mod mutate;

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use generator::{generate, Error, Generated, LoadError, Options};
use mutate::{apply, Mutation, NAME_SITES};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner};
use serde_json::Value;

/// Cases run by default: about two minutes of CPU time in a debug build,
/// one minute on two idle cores.
const DEFAULT_CASES: u32 = 500;

/// The stack of the thread each case runs on: the default of spawned threads.
const STACK: usize = 2 << 20;

/// The command that puts the pinned spec where this test reads it.
const FETCH: &str =
    "cargo xtask fetch --from ../shared/specs/supabase-management-api/2026-05-22.json";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn env_number<T: std::str::FromStr>(name: &str, default: T) -> T {
    match std::env::var(name) {
        Ok(text) => text
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={text:?} is not a number")),
        Err(_) => default,
    }
}

/// A document to start from.
struct Seed {
    /// `spec/openapi.json` or `fixtures/<file>`.
    name: String,
    doc: Value,
}

/// The pinned spec first, then the fixtures in name order.
fn seeds() -> Vec<Seed> {
    let spec = root().join("spec/openapi.json");
    let text = std::fs::read_to_string(&spec).unwrap_or_else(|e| {
        panic!(
            "cannot read the pinned spec {}: {e}\nrun `{FETCH}` from the repository root first",
            spec.display()
        )
    });
    let mut seeds = vec![Seed {
        name: "spec/openapi.json".to_owned(),
        doc: serde_json::from_str(&text).expect("the pinned spec is JSON"),
    }];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures is readable")
        .map(|e| e.expect("tests/fixtures is readable").path())
        .filter(|p| {
            p.is_file()
                && matches!(
                    p.extension().and_then(|e| e.to_str()),
                    Some("yaml" | "json")
                )
        })
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("a fixture is readable");
        // YAML keys such as `200:` are numbers; serde_json turns them into strings.
        let yaml: serde_yaml::Value = serde_yaml::from_str(&text).expect("a fixture is YAML");
        let doc = serde_json::to_value(yaml).expect("a fixture is JSON-compatible");
        let name = format!(
            "fixtures/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        seeds.push(Seed { name, doc });
    }
    seeds
}

/// What one case did, for the summary.
#[derive(Default)]
struct Stats {
    cases: u64,
    outcomes: BTreeMap<String, u64>,
    constructs: BTreeMap<&'static str, u64>,
    slowest: (Duration, String),
}

static STATS: Mutex<Option<Stats>> = Mutex::new(None);

fn record(outcome: String, constructs: &[&'static str], took: Duration, name: &str) {
    let mut guard = STATS.lock().unwrap_or_else(|e| e.into_inner());
    let stats = guard.get_or_insert_with(Stats::default);
    stats.cases += 1;
    *stats.outcomes.entry(outcome).or_default() += 1;
    let mut distinct = constructs.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    for c in distinct {
        *stats.constructs.entry(c).or_default() += 1;
    }
    if took > stats.slowest.0 {
        stats.slowest = (took, name.to_owned());
    }
}

/// Why a case failed.
enum Crash {
    Panic(String),
    Hang(Duration),
}

/// Runs the generator on a thread with a [`STACK`]-sized stack, within `budget`.
fn run_guarded(
    text: String,
    source: String,
    budget: Duration,
) -> Result<Result<Generated, Error>, Crash> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("generate".to_owned())
        .stack_size(STACK)
        .spawn(move || {
            let result = catch_unwind(AssertUnwindSafe(|| {
                generate(&text, &source, &Options::default())
            }));
            let _ = tx.send(result.map_err(|payload| {
                payload
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a panic with a non-string payload".to_owned())
            }));
        })
        .expect("a thread can be spawned");
    match rx.recv_timeout(budget) {
        Ok(Ok(result)) => Ok(result),
        Ok(Err(message)) => Err(Crash::Panic(message)),
        // The thread keeps running; the test fails anyway.
        Err(RecvTimeoutError::Timeout) => Err(Crash::Hang(budget)),
        Err(RecvTimeoutError::Disconnected) => Err(Crash::Panic("the thread died".to_owned())),
    }
}

/// Whether a `#/a/b` pointer names a node of `doc`.
fn resolves(doc: &Value, pointer: &str) -> bool {
    pointer
        .strip_prefix('#')
        .is_some_and(|p| doc.pointer(p).is_some())
}

/// Checks what the generator returned for `doc`; on success, the outcome's name
/// and the constructs of its diagnostics.
fn check(
    doc: &Value,
    source: &str,
    result: Result<Generated, Error>,
) -> Result<(String, Vec<&'static str>), String> {
    match result {
        Ok(generated) => {
            for file in &generated.files {
                syn::parse_file(&file.contents)
                    .map_err(|e| format!("{} does not parse: {e}", file.path))?;
                if file.path.split('/').any(|name| name.len() > 255) {
                    return Err(format!("a file name no file system accepts: {}", file.path));
                }
            }
            let mut constructs = Vec::new();
            for d in &generated.diagnostics {
                if !resolves(doc, &d.pointer) {
                    return Err(format!(
                        "diagnostic at a pointer that is not in the document: {d}"
                    ));
                }
                constructs.push(d.construct);
            }
            let outcome = if constructs.is_empty() {
                "generated, no diagnostics"
            } else {
                "generated with diagnostics"
            };
            Ok((outcome.to_owned(), constructs))
        }
        Err(Error::Load(e)) => {
            let message = e.to_string();
            if !message.starts_with(source) {
                return Err(format!(
                    "a load error that does not name the document: {message}"
                ));
            }
            let outcome = match &e {
                LoadError::Syntax { line, column, .. } => {
                    if *line == 0 || *column == 0 {
                        return Err(format!("a syntax error without a location: {message}"));
                    }
                    "load error: syntax"
                }
                LoadError::Version { .. } => "load error: version",
                LoadError::Structure { pointer, .. } => {
                    if !pointer.starts_with('#') {
                        return Err(format!("a structure error without a pointer: {message}"));
                    }
                    "load error: structure"
                }
                // No overlay is given here.
                LoadError::Overlay(_) => {
                    return Err(format!("an overlay error without an overlay: {message}"))
                }
            };
            Ok((outcome.to_owned(), Vec::new()))
        }
        Err(e @ Error::Emit { .. }) => Err(format!("the emitter made invalid Rust: {e}")),
    }
}

/// The document a case describes, and its text.
fn build(seed: &Seed, mutations: &[Mutation], yaml: bool) -> (Value, String) {
    let mut doc = seed.doc.clone();
    for m in mutations {
        apply(&mut doc, m);
    }
    let text = if yaml {
        serde_yaml::to_string(&doc).expect("a JSON value is YAML")
    } else {
        serde_json::to_string_pretty(&doc).expect("a JSON value serializes")
    };
    (doc, text)
}

fn mutation() -> impl Strategy<Value = Mutation> {
    // Mostly depths the generator accepts, then around and far beyond its limits.
    let depth = prop_oneof![3 => 1u16..16, 1 => 16u16..40, 1 => 100u16..140, 1 => 190u16..=250];
    prop_oneof![
        1 => any::<u64>().prop_map(|node| Mutation::Delete { node }),
        1 => (any::<u64>(), any::<u8>()).prop_map(|(node, to)| Mutation::Retype { node, to }),
        1 => (any::<u64>(), any::<u64>()).prop_map(|(from, to)| Mutation::Transplant { from, to }),
        1 => (any::<u64>(), any::<u8>())
            .prop_map(|(site, target)| Mutation::DanglingRef { site, target }),
        1 => (any::<u64>(), any::<u64>(), any::<u8>())
            .prop_map(|(a, b, shape)| Mutation::RefCycle { a, b, shape }),
        1 => (any::<u64>(), any::<u64>())
            .prop_map(|(from, to)| Mutation::DuplicateOperationId { from, to }),
        2 => (0..NAME_SITES.len(), any::<u64>(), any::<u16>(), any::<bool>()).prop_map(
            |(site, which, name, consistent)| Mutation::Rename {
                site: NAME_SITES[site],
                which,
                name,
                consistent,
            }
        ),
        1 => (any::<u64>(), any::<u8>())
            .prop_map(|(node, pattern)| Mutation::LongString { node, pattern }),
        1 => (any::<u64>(), any::<u8>(), depth)
            .prop_map(|(node, shape, depth)| Mutation::DeepNesting { node, shape, depth }),
    ]
}

#[test]
fn mutated_documents_never_crash_the_generator() {
    let seeds = seeds();
    let cases = env_number("MUTATION_CASES", DEFAULT_CASES);
    let seed = env_number("MUTATION_SEED", 0u64);
    let budget = Duration::from_secs(env_number("MUTATION_TIMEOUT_SECS", 10u64));
    let workers = env_number(
        "MUTATION_THREADS",
        std::thread::available_parallelism().map_or(1, usize::from),
    )
    .max(1);
    let start = Instant::now();
    // Each worker runs its share of the cases with its own RNG stream.
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|worker| {
                let share =
                    cases / workers as u32 + u32::from((worker as u32) < cases % workers as u32);
                let seeds = &seeds;
                scope.spawn(move || run_worker(seeds, share, seed, worker, budget))
            })
            .collect();
        handles
            .into_iter()
            .filter_map(|h| match h.join() {
                Ok(result) => result.err(),
                Err(_) => Some("a mutation worker panicked".to_owned()),
            })
            .collect()
    });
    if let Some(first) = failures.first() {
        panic!("{first}");
    }
    print_summary(cases, seed, start.elapsed());
}

/// Runs `cases` cases on a runner seeded from `seed` and `worker`; a failure
/// is described with its minimized input.
fn run_worker(
    seeds: &[Seed],
    cases: u32,
    seed: u64,
    worker: usize,
    budget: Duration,
) -> Result<(), String> {
    let config = Config {
        cases,
        max_shrink_time: 120_000,
        failure_persistence: None,
        ..Config::default()
    };
    let mut rng_seed = [0u8; 32];
    rng_seed[..8].copy_from_slice(&seed.to_le_bytes());
    rng_seed[8..16].copy_from_slice(&(worker as u64).to_le_bytes());
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &rng_seed));
    // The pinned spec is the most realistic seed and the slowest: one case in four.
    let others = 1..seeds.len();
    let seed_index = prop_oneof![1 => Just(0usize), 3 => others];
    let strategy = (
        seed_index,
        proptest::collection::vec(mutation(), 1..=4),
        any::<bool>(),
    );
    let result = runner.run(&strategy, |(index, mutations, yaml)| {
        let seed = &seeds[index];
        let (doc, text) = build(seed, &mutations, yaml);
        let source = format!("mutated {}", seed.name);
        let began = Instant::now();
        let result = run_guarded(text, source.clone(), budget);
        let took = began.elapsed();
        let result = match result {
            Ok(result) => result,
            Err(Crash::Panic(message)) => {
                return Err(TestCaseError::fail(format!(
                    "the generator panicked: {message}"
                )))
            }
            Err(Crash::Hang(budget)) => {
                return Err(TestCaseError::fail(format!(
                    "the generator ran longer than {budget:?}"
                )))
            }
        };
        let (outcome, constructs) = check(&doc, &source, result).map_err(TestCaseError::fail)?;
        record(outcome, &constructs, took, &seed.name);
        Ok(())
    });
    let Err(error) = result else {
        return Ok(());
    };
    let (reason, (index, mutations, yaml)) = match error {
        TestError::Fail(reason, value) => (reason.to_string(), value),
        TestError::Abort(reason) => return Err(format!("the mutation run was aborted: {reason}")),
    };
    let seed = &seeds[index];
    let (_, text) = build(seed, &mutations, yaml);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("mutations");
    let file = dir.join(format!(
        "failure-{worker}.{}",
        if yaml { "yaml" } else { "json" }
    ));
    let saved = std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::write(&file, &text))
        .map_or_else(
            |e| format!("(could not save it: {e})"),
            |()| file.display().to_string(),
        );
    let shown = if text.len() <= 4_000 {
        text.as_str()
    } else {
        "(too long to show)"
    };
    Err(format!(
        "{reason}\n\nminimized input: {} with mutations {mutations:#?}\n\
         document saved to {saved}:\n{shown}",
        seed.name
    ))
}

fn print_summary(cases: u32, seed: u64, elapsed: Duration) {
    let guard = STATS.lock().unwrap_or_else(|e| e.into_inner());
    let Some(stats) = guard.as_ref() else {
        return;
    };
    println!(
        "mutations: {} cases (MUTATION_CASES={cases}, MUTATION_SEED={seed}) in {:.1} s; \
         slowest case {:.2} s ({})",
        stats.cases,
        elapsed.as_secs_f64(),
        stats.slowest.0.as_secs_f64(),
        stats.slowest.1
    );
    println!("outcomes:");
    for (outcome, n) in &stats.outcomes {
        println!("  {outcome}: {n}");
    }
    println!("distinct diagnostics (construct: cases):");
    for (construct, n) in &stats.constructs {
        println!("  {construct}: {n}");
    }
}

/// A minimal document with `schema` as component schema `Deep`.
fn document_with(schema: Value) -> Value {
    serde_json::json!({
        "openapi": "3.0.3",
        "info": { "title": "Deep", "version": "1" },
        "paths": {},
        "components": { "schemas": { "Deep": schema } },
    })
}

/// Objects and arrays nested in `value`, itself included.
fn nesting(value: &Value) -> usize {
    match value {
        Value::Object(map) => 1 + map.values().map(nesting).max().unwrap_or(0),
        Value::Array(items) => 1 + items.iter().map(nesting).max().unwrap_or(0),
        _ => 0,
    }
}

/// Every shape of nesting `mutate::deep` makes, from 1 to 40 levels and at
/// 200, in JSON and in YAML, on a 2 MiB stack (an overflow would abort the
/// test binary): the generator generates, or refuses the document with a
/// location (the parsers' recursion limit, or `load::MAX_DEPTH`). Each shape
/// generates up to that limit, so lowering and emitting the deepest schemas
/// it accepts are exercised.
#[test]
fn deep_nesting_is_generated_or_refused_on_a_2_mib_stack() {
    let budget = Duration::from_secs(30);
    for shape in 0..8u8 {
        let mut deepest = 0;
        for depth in (1..=40).chain([200]) {
            for yaml in [false, true] {
                let doc = document_with(mutate::deep(shape, depth));
                let text = if yaml {
                    serde_yaml::to_string(&doc).expect("a JSON value is YAML")
                } else {
                    serde_json::to_string(&doc).expect("a JSON value serializes")
                };
                let source = format!("deep (shape {shape}, {depth} levels)");
                let result = match run_guarded(text, source.clone(), budget) {
                    Ok(result) => result,
                    Err(Crash::Panic(message)) => panic!("{source}: panicked: {message}"),
                    Err(Crash::Hang(budget)) => panic!("{source}: took more than {budget:?}"),
                };
                let generated = result.is_ok();
                if let Err(message) = check(&doc, &source, result) {
                    panic!("{source}, yaml: {yaml}: {message}");
                }
                if generated {
                    deepest = deepest.max(nesting(&doc));
                }
                if depth == 200 {
                    assert!(!generated, "{source}: 200 levels generated");
                }
            }
        }
        // A level of a shape is one to three objects or arrays.
        assert!(
            deepest + 3 > generator::load::MAX_DEPTH,
            "shape {shape}: generated only up to {deepest} levels of objects and arrays"
        );
    }
}

/// `openapiv3` reads a schema that fails twice (once more for its message),
/// so a bad schema nested 28 deep used to take 2^28 tries: the loader checks
/// schemas innermost first and names the bad one.
#[test]
fn a_bad_schema_nested_deep_is_refused_at_once() {
    let mut schema = serde_json::json!({ "type": 5 });
    for _ in 0..28 {
        schema = serde_json::json!({ "type": "object", "additionalProperties": schema });
    }
    let text = serde_json::to_string(&document_with(schema)).expect("a JSON value serializes");
    let result = match run_guarded(text, "deep".to_owned(), Duration::from_secs(5)) {
        Ok(result) => result,
        Err(Crash::Panic(message)) => panic!("panicked: {message}"),
        Err(Crash::Hang(budget)) => panic!("took more than {budget:?}"),
    };
    let Err(Error::Load(LoadError::Structure { pointer, .. })) = result else {
        panic!("expected a structure error, got {result:?}");
    };
    // The innermost schema, the bad one.
    let inner = "/additionalProperties".repeat(28);
    assert_eq!(pointer, format!("#/components/schemas/Deep{inner}"));
}
