//! `cargo xtask bench`: generation speed, compile time of the generated crate
//! and per-call overhead, ours side by side with other generators (the
//! [`peers`]: progenitor, openapi-to-rust), in one run on one machine. Writes
//! a Markdown report to `target/bench/report.md`.
//!
//! The timed work runs in child processes built for it: `bench-gen` (the
//! `bench` crate's binary, release build in `target/bench/build`), `cargo
//! build` of each generated crate and of a small program calling three
//! operations through it, each in its own target directory, and the
//! criterion bench `bench/benches/runtime.rs`. Nothing here is asserted:
//! targets are reported as met or not. A peer that fails to install,
//! generate or build is reported with the step and its first error lines;
//! the run goes on.

pub mod peers;
pub mod synth;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

use anyhow::{bail, Context, Result};
use serde_json::Value;

use crate::process::cargo;
use crate::source::Source;
use crate::standalone::{generate_standalone, StandaloneOptions};
use crate::workspace::Workspace;

use peers::{Peer, PEERS};
pub use peers::{OPENAPI_TO_RUST_VERSION, PROGENITOR_VERSION};

/// Target: generation of the pinned spec, end to end, in milliseconds.
pub const TARGET_GENERATION_MS: f64 = 100.0;
/// Target: clean debug compile of ours over progenitor's.
pub const TARGET_COMPILE_RATIO: f64 = 0.5;
/// Our clean debug build, at most this times the client of
/// [`BASELINE_COMMIT`]'s.
pub const TARGET_BASELINE_RATIO: f64 = 1.1;
/// Target: Rust lines of the generated code of the pinned spec (the
/// client's `src/generated/`).
pub const TARGET_GENERATED_LINES: usize = 26_000;
/// Target: a generated call over the hand-written one.
pub const TARGET_CALL_RATIO: f64 = 1.05;

/// What `cargo xtask bench` runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenchOptions {
    /// Each stage once on small inputs, debug builds, no peers (CI).
    pub smoke: bool,
    /// Compare with the peers (each installed on first use into `.tools/`).
    pub peers: bool,
    /// Runs of each timed generation (the compile runs are fewer).
    pub runs: usize,
    /// Clean builds timed per profile and tool.
    pub compile_runs: usize,
}

impl Default for BenchOptions {
    fn default() -> Self {
        Self {
            smoke: false,
            peers: true,
            runs: 15,
            compile_runs: 3,
        }
    }
}

impl BenchOptions {
    /// The options of `--smoke`.
    pub fn smoke() -> Self {
        Self {
            smoke: true,
            peers: false,
            runs: 1,
            compile_runs: 1,
        }
    }
}

/// Where the benchmark keeps its builds, inputs and report.
struct Dirs {
    /// `target/bench`.
    root: PathBuf,
    /// The release target directory of `bench-gen` and the criterion bench.
    build: PathBuf,
    specs: PathBuf,
    scratch: PathBuf,
}

/// Runs the benchmark and writes the report; returns the report's path.
pub fn run(ws: &Workspace, options: &BenchOptions) -> Result<PathBuf> {
    let start = Instant::now();
    crate::spec::ensure_pinned(ws, None)?;
    let spec_path = ws.spec_path();
    let root = ws.target_dir().join("bench");
    let dirs = Dirs {
        build: root.join("build"),
        specs: root.join("specs"),
        scratch: root.join("scratch"),
        root,
    };
    for dir in [&dirs.specs, &dirs.scratch] {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let spec: Value = serde_json::from_slice(&std::fs::read(&spec_path)?)
        .context("the pinned spec is not JSON")?;
    let mut report = Report::new(ws, options);

    section("building bench-gen");
    let bench_gen = build_bench_gen(ws, &dirs, options)?;

    section("generation of the pinned spec, by stage");
    let stages = generation_stages(&bench_gen, &spec_path, &dirs, options.runs)?;
    let ours_wall = process_wall(
        |out| {
            let mut command = Command::new(&bench_gen);
            command.arg("peak").arg(&spec_path).arg(out);
            command
        },
        &dirs.scratch.join("ours-generated"),
        options.runs.min(7),
    )?;
    report.generation(&stages, ours_wall);

    section("scaling");
    let factors: &[usize] = if options.smoke { &[1, 2] } else { &[1, 4, 16] };
    let mut rows = Vec::new();
    for &factor in factors {
        let scaled = synth::scale(&spec, factor)?;
        let path = dirs.specs.join(format!("scale-{factor}x.json"));
        std::fs::write(&path, serde_json::to_vec(&scaled)?)?;
        let runs = if options.smoke {
            1
        } else {
            (options.runs / factor).clamp(3, 9)
        };
        let stages = generation_stages(&bench_gen, &path, &dirs, runs)?;
        let peak = peak(&bench_gen, &path, &dirs.scratch.join("peak"))?;
        rows.push(ScaleRow {
            factor,
            counts: synth::counts(&scaled),
            total_ms: stages.median("total"),
            bytes: stages.median("bytes"),
            peak_rss_mib: peak,
        });
    }
    report.scaling(&rows);

    section("compile time of the generated crate");
    let ours_dir = dirs.root.join("compile").join("ours");
    generate_ours(ws, &spec_path, &ours_dir)?;
    let ours_src = ours_dir.join("crate").join("src");
    let ours_code = code_lines(&ours_src)?;
    let ours_generated = code_lines(&ours_src.join("generated"))?;
    // A smoke run shares the workspace's target directory, whose dependencies
    // the tests and `package-check` have built already.
    let ours_target = if options.smoke {
        ws.target_dir()
    } else {
        ours_dir.join("target")
    };
    let ours_compile = compile_times(
        &ours_dir.join("crate"),
        &ours_target,
        &["bench-ours", RUNTIME_PACKAGE],
        Path::new("src/generated/operations/projects.rs"),
        options,
    )?;
    let baseline = if options.smoke {
        None
    } else {
        section(&format!("the client of commit {BASELINE_COMMIT}"));
        Some(baseline_compile(ws, &dirs, options))
    };
    section("sample program of ours");
    let ours_sample = sample(
        &ours_dir,
        "ours",
        "bench-ours",
        peers::OURS_SAMPLE,
        // A smoke run builds it in the workspace's target directory, in
        // debug: it checks that the program compiles, and times nothing.
        options.smoke.then(|| ws.target_dir()),
    )?;

    let mut peer_runs = Vec::new();
    if options.peers {
        for peer in PEERS {
            section(peer.name);
            peer_runs.push(run_peer(ws, peer, &spec, &dirs, options));
        }
    }
    report.compile(&ours_compile, ours_code, &ours_sample, &peer_runs, options);
    report.code(ours_generated);
    if let Some(baseline) = &baseline {
        report.baseline(&ours_compile, baseline);
    }
    // The sections so far, kept should the last one fail.
    let path = dirs.root.join("report.md");
    std::fs::write(&path, &report.text)
        .with_context(|| format!("cannot write {}", path.display()))?;

    section("runtime overhead");
    let runtime = runtime_overhead(ws, &dirs, &spec_path, options)?;
    report.runtime(runtime.as_ref());

    report.finish(start.elapsed());
    std::fs::write(&path, &report.text)
        .with_context(|| format!("cannot write {}", path.display()))?;
    println!("\n{}", report.text);
    println!("report written to {}", ws.display(&path));
    Ok(path)
}

fn section(name: &str) {
    println!("\n=== bench: {name}");
}

/// Builds `bench-gen`: release in its own target directory, or debug in the
/// workspace's for a smoke run.
fn build_bench_gen(ws: &Workspace, dirs: &Dirs, options: &BenchOptions) -> Result<PathBuf> {
    let mut command = cargo();
    command
        .current_dir(ws.root())
        .args(["build", "--quiet", "-p", "bench", "--bin", "bench-gen"]);
    let dir = if options.smoke {
        ws.target_dir().join("debug")
    } else {
        command
            .arg("--release")
            .env("CARGO_TARGET_DIR", &dirs.build);
        dirs.build.join("release")
    };
    crate::process::run(&mut command)?;
    Ok(dir.join(format!("bench-gen{}", std::env::consts::EXE_SUFFIX)))
}

/// Per-run stage timings from `bench-gen stages`.
struct Stages {
    runs: Vec<Value>,
}

impl Stages {
    /// The median of a field over the runs, in milliseconds for times.
    fn median(&self, key: &str) -> f64 {
        let scale = if matches!(key, "files" | "bytes") {
            1.0
        } else {
            1e-6
        };
        median(
            self.runs
                .iter()
                .filter_map(|r| r[key].as_f64())
                .map(|v| v * scale)
                .collect(),
        )
    }
}

fn generation_stages(bench_gen: &Path, spec: &Path, dirs: &Dirs, runs: usize) -> Result<Stages> {
    // One more run than asked, dropped: it warms the page cache and allocator.
    let output = output(
        Command::new(bench_gen)
            .arg("stages")
            .arg(spec)
            .arg(dirs.scratch.join("stages"))
            .arg((runs + 1).to_string()),
    )?;
    let mut all = Vec::new();
    for line in output.lines().filter(|l| l.starts_with('{')) {
        all.push(serde_json::from_str::<Value>(line).context("bench-gen printed bad JSON")?);
    }
    if all.len() != runs + 1 {
        bail!("bench-gen printed {} runs, not {}", all.len(), runs + 1);
    }
    all.remove(0);
    let stages = Stages { runs: all };
    println!(
        "{}: total {:.1} ms (median of {runs})",
        spec.display(),
        stages.median("total")
    );
    Ok(stages)
}

/// The peak RSS of one generation in a fresh process, in MiB.
fn peak(bench_gen: &Path, spec: &Path, out: &Path) -> Result<f64> {
    let _ = std::fs::remove_dir_all(out);
    let output = output(Command::new(bench_gen).arg("peak").arg(spec).arg(out))?;
    let value: Value = serde_json::from_str(output.trim()).context("bench-gen printed bad JSON")?;
    Ok(value["peak_rss_kib"].as_f64().unwrap_or(0.0) / 1024.0)
}

/// The median wall time in milliseconds of the command `make(OUT)`, with a
/// fresh OUT each time, as a user runs it.
fn process_wall(make: impl Fn(&Path) -> Command, out: &Path, runs: usize) -> Result<f64> {
    let mut times = Vec::new();
    for _ in 0..runs.max(1) {
        let _ = std::fs::remove_dir_all(out);
        let mut command = make(out);
        let start = Instant::now();
        output(&mut command)?;
        times.push(start.elapsed().as_secs_f64() * 1e3);
    }
    Ok(median(times))
}

/// Runs `command` and returns its standard output; fails with its stderr.
fn output(command: &mut Command) -> Result<String> {
    let shown = format!("{command:?}").replace('"', "");
    let out = command
        .output()
        .with_context(|| format!("cannot run {shown}"))?;
    if !out.status.success() {
        bail!(
            "`{shown}` failed ({}):\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn median(mut values: Vec<f64>) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    }
}

struct ScaleRow {
    factor: usize,
    counts: (usize, usize),
    total_ms: f64,
    bytes: f64,
    peak_rss_mib: f64,
}

/// The generated crate of the pinned spec, as `cargo xtask generate --spec
/// --out` writes it, with the workspace's lock so it builds the same
/// dependency versions.
fn generate_ours(ws: &Workspace, spec: &Path, dir: &Path) -> Result<()> {
    let krate = dir.join("crate");
    generate_standalone(
        ws,
        &StandaloneOptions {
            spec: Source::Path(spec.to_path_buf()),
            out: krate.clone(),
            name: Some("bench-ours".to_owned()),
            base_url: Some(crate::generate::SUPABASE_BASE_URL.to_owned()),
            overlays: Vec::new(),
            plain_formats: false,
        },
    )?;
    std::fs::copy(ws.root().join("Cargo.lock"), krate.join("Cargo.lock"))
        .context("cannot copy Cargo.lock")?;
    Ok(())
}

/// The runtime crate's package, rebuilt with our generated crate.
const RUNTIME_PACKAGE: &str = "openapi-client-runtime";

/// The commit whose client (generated code and runtime in one crate, the
/// hand-expanded form) our clean build is compared with.
pub const BASELINE_COMMIT: &str = "82eafb0";

/// The package of the client at [`BASELINE_COMMIT`].
const BASELINE_PACKAGE: &str = "generated-client";

/// Compile times of the client of [`BASELINE_COMMIT`], built in its own
/// workspace (extracted with `git archive` under
/// `target/bench/compile/baseline/`, with its lock) like ours.
fn baseline_compile(
    ws: &Workspace,
    dirs: &Dirs,
    options: &BenchOptions,
) -> std::result::Result<CompileTimes, String> {
    let dir = dirs.root.join("compile").join("baseline");
    let tree = dir.join("workspace");
    let extract = || -> Result<()> {
        if tree.join("Cargo.toml").is_file() {
            return Ok(());
        }
        std::fs::create_dir_all(&tree)?;
        let tar = Command::new("git")
            .current_dir(ws.root())
            .args(["archive", "--format=tar", BASELINE_COMMIT])
            .output()
            .context("cannot run git archive")?;
        if !tar.status.success() {
            bail!(
                "git archive {BASELINE_COMMIT} failed (a clone with that commit is needed): {}",
                String::from_utf8_lossy(&tar.stderr).trim()
            );
        }
        let mut untar = Command::new("tar")
            .current_dir(&tree)
            .arg("-x")
            .stdin(std::process::Stdio::piped())
            .spawn()
            .context("cannot run tar")?;
        std::io::Write::write_all(
            untar.stdin.as_mut().context("tar has no stdin")?,
            &tar.stdout,
        )?;
        drop(untar.stdin.take());
        if !untar.wait()?.success() {
            bail!("tar could not extract the archive of {BASELINE_COMMIT}");
        }
        Ok(())
    };
    extract()
        .and_then(|()| {
            compile_times(
                &tree.join("generated-client"),
                &dir.join("target"),
                &[BASELINE_PACKAGE],
                Path::new("src/generated/operations/projects.rs"),
                options,
            )
        })
        .map_err(|e| first_error_lines(&format!("{e:#}"), 20))
}

/// Compile times of one generated crate, in seconds (medians).
struct CompileTimes {
    debug: f64,
    release: Option<f64>,
    incremental: Option<f64>,
}

/// Builds `packages[0]` in the folder `krate` with `target` (dependencies
/// first, untimed), then times `cargo build` after `cargo clean -p` of
/// each of `packages` (the crate and its runtime): debug, release, and a
/// debug rebuild after touching `touched`. Cargo's profile defaults apply
/// (the dev profile is incremental). A timed build that compiles any other
/// package is an error rather than a figure.
fn compile_times(
    krate: &Path,
    target: &Path,
    packages: &[&str],
    touched: &Path,
    options: &BenchOptions,
) -> Result<CompileTimes> {
    let package = packages[0];
    // Times one cargo command; with `expected`, a build that compiled any
    // other package fails: its time would not be the crate's alone.
    let build_checked = |args: &[&str], expected: Option<&[&str]>| -> Result<f64> {
        let start = Instant::now();
        // Output captured: a failure reports the compiler's errors.
        let out = output(
            cargo()
                .current_dir(krate)
                .env("CARGO_TARGET_DIR", target)
                .env_remove("CARGO_INCREMENTAL")
                .env_remove("RUSTFLAGS")
                .args(args)
                .args(expected.map_or(&[][..], |_| &["--message-format=json"][..])),
        )?;
        let elapsed = start.elapsed().as_secs_f64();
        if let Some(expected) = expected {
            let others: Vec<String> = compiled_packages(&out)
                .into_iter()
                .filter(|name| !expected.contains(&name.as_str()))
                .collect();
            if !others.is_empty() {
                bail!(
                    "`cargo build` of {package} in {} also compiled {}, whose files \
                     `cargo clean -p {}` removed (a target of a cleaned package named \
                     like a dependency, such as a test file `tracing.rs`, does this): \
                     the time would not be the crate's alone",
                    krate.display(),
                    others.join(", "),
                    expected.join(" -p "),
                );
            }
        }
        Ok(elapsed)
    };
    let build = |args: &[&str]| build_checked(args, None);
    let profiles: &[&[&str]] = if options.smoke {
        &[&[]]
    } else {
        &[&[], &["--release"]]
    };
    let mut medians = Vec::new();
    for profile in profiles {
        let mut args = vec!["build", "--quiet", "-p", package];
        args.extend_from_slice(profile);
        // Dependencies first, untimed (a smoke run times them along).
        if !options.smoke {
            build(&args)?;
        }
        let mut times = Vec::new();
        // Release builds take minutes here: one timed run.
        let runs = if profile.is_empty() {
            options.compile_runs.max(1)
        } else {
            1
        };
        for _ in 0..runs {
            let mut clean = vec!["clean", "--quiet"];
            for package in packages {
                clean.extend(["-p", package]);
            }
            clean.extend_from_slice(profile);
            build(&clean)?;
            // A smoke run builds the dependencies here too.
            let expected = (!options.smoke).then_some(packages);
            times.push(build_checked(&args, expected)?);
        }
        let m = median(times);
        println!("{package} {profile:?}: {m:.1} s");
        medians.push(m);
    }
    let incremental = if options.smoke {
        None
    } else {
        let mut times = Vec::new();
        for _ in 0..options.compile_runs.max(1) {
            let path = krate.join(touched);
            std::fs::File::options()
                .append(true)
                .open(&path)
                .and_then(|f| f.set_modified(SystemTime::now()))
                .with_context(|| format!("cannot touch {}", path.display()))?;
            times.push(build_checked(
                &["build", "--quiet", "-p", package],
                Some(&[package]),
            )?);
        }
        Some(median(times))
    };
    Ok(CompileTimes {
        debug: medians[0],
        release: medians.get(1).copied(),
        incremental,
    })
}

/// The packages that cargo's JSON messages (`--message-format=json`) say
/// were compiled rather than found fresh, each once, in order.
fn compiled_packages(messages: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for line in messages.lines().filter(|l| l.starts_with('{')) {
        let Ok(message) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        if message["reason"] != "compiler-artifact" || message["fresh"] != false {
            continue;
        }
        if let Some(name) = message["package_id"].as_str().and_then(package_name) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// The package name in a cargo package id: `registry+https://..#name@1.0.0`
/// or `path+file:///../dir#name@0.1.0`, or `path+file:///../name#0.1.0`
/// when the folder is named like the package.
fn package_name(id: &str) -> Option<String> {
    let (source, fragment) = id.rsplit_once('#')?;
    match fragment.split_once('@') {
        Some((name, _)) => Some(name.to_owned()),
        None => source.rsplit('/').next().map(str::to_owned),
    }
}

/// The Rust lines of the `.rs` files under a folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct CodeLines {
    lines: usize,
    /// Lines over 100 columns that a break could shorten (see
    /// [`generator::format::overlong_lines`]).
    overlong: usize,
}

fn code_lines(dir: &Path) -> Result<CodeLines> {
    let mut total = CodeLines {
        lines: 0,
        overlong: 0,
    };
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("cannot list {}", dir.display()))?;
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            let inner = code_lines(&path)?;
            total.lines += inner.lines;
            total.overlong += inner.overlong;
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            total.lines += text.lines().count();
            total.overlong += generator::format::overlong_lines(&text).len();
        }
    }
    Ok(total)
}

/// A peer's figures, as far as it got.
struct PeerRun {
    peer: &'static Peer,
    /// Seconds `cargo install` took, or `None` when it was installed already.
    install_s: Option<f64>,
    edits: Vec<String>,
    generation_ms: Option<f64>,
    /// Lines of its generated crate's `src/`.
    code: Option<CodeLines>,
    compile: Option<CompileTimes>,
    sample: Option<Sample>,
    /// The step that failed and its first error lines.
    failure: Option<(&'static str, String)>,
}

/// Installs `peer`, generates its client for the pinned spec, builds it and
/// its sample program. A failing step ends the peer's run, not the bench's.
fn run_peer(
    ws: &Workspace,
    peer: &'static Peer,
    spec: &Value,
    dirs: &Dirs,
    options: &BenchOptions,
) -> PeerRun {
    let mut run = PeerRun {
        peer,
        install_s: None,
        edits: Vec::new(),
        generation_ms: None,
        code: None,
        compile: None,
        sample: None,
        failure: None,
    };
    if let Err((step, error)) = peer_steps(ws, peer, spec, dirs, options, &mut run) {
        let text = format!("{error:#}");
        println!("{} failed at {step}:\n{text}", peer.name);
        run.failure = Some((step, first_error_lines(&text, 20)));
    }
    run
}

/// The steps of [`run_peer`]; an error names the step that failed.
fn peer_steps(
    ws: &Workspace,
    peer: &'static Peer,
    spec: &Value,
    dirs: &Dirs,
    options: &BenchOptions,
    run: &mut PeerRun,
) -> std::result::Result<(), (&'static str, anyhow::Error)> {
    let (bin, install_s) = install_peer(ws, peer).map_err(|e| ("install", e))?;
    run.install_s = install_s;
    let mut edited = spec.clone();
    run.edits = (peer.edits)(&mut edited).map_err(|e| ("edit the spec", e))?;
    let path = dirs.specs.join(format!("{}.json", peer.name));
    serde_json::to_vec_pretty(&edited)
        .map_err(anyhow::Error::from)
        .and_then(|bytes| {
            std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))
        })
        .map_err(|e| ("edit the spec", e))?;
    let dir = dirs.root.join("compile").join(peer.name);
    let krate = dir.join("crate");
    // Keep the crate's lock and target directory between runs.
    let _ = std::fs::remove_dir_all(&krate);
    output(&mut (peer.generate)(&bin, &path, &krate)).map_err(|e| ("generate", e))?;
    (peer.wrap)(&krate).map_err(|e| ("make a crate of the output", e))?;
    run.code = Some(code_lines(&krate.join("src")).map_err(|e| ("count its lines", e))?);
    let generation_ms = process_wall(
        |out| (peer.generate)(&bin, &path, out),
        &dirs.scratch.join(format!("{}-generated", peer.name)),
        options.runs.min(7),
    )
    .map_err(|e| ("generate", e))?;
    println!("{} generation: {generation_ms:.0} ms", peer.name);
    run.generation_ms = Some(generation_ms);
    let mut packages = vec![peer.crate_package];
    packages.extend_from_slice(peer.runtime_packages);
    let compile = compile_times(
        &krate,
        &dir.join("target"),
        &packages,
        Path::new(peer.touched),
        options,
    )
    .map_err(|e| ("build the generated crate", e))?;
    run.compile = Some(compile);
    let sample = sample(&dir, peer.name, peer.crate_package, peer.sample, None)
        .map_err(|e| ("build the sample program", e))?;
    run.sample = Some(sample);
    Ok(())
}

/// The distinct packages `cargo tree --prefix none` lists (name and
/// version; a package shown again ends in `(*)`).
fn tree_packages(tree: &str) -> usize {
    let mut seen: Vec<(&str, &str)> = tree
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            Some((words.next()?, words.next()?))
        })
        .collect();
    seen.sort_unstable();
    seen.dedup();
    seen.len()
}

/// The first lines of a failure worth reading: from the first line that
/// starts with `error` (a compiler or cargo error), else from the start.
fn first_error_lines(text: &str, max: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let from = lines
        .iter()
        .position(|l| l.trim_start().starts_with("error"))
        .unwrap_or(0);
    let mut shown: Vec<&str> = lines[from..].iter().take(max).copied().collect();
    if lines.len() - from > max {
        shown.push("...");
    }
    shown.join("\n")
}

/// `peer`'s binary, installed from crates.io into `.tools/<name>` when
/// missing (no peer is a dependency of the project); with the seconds the
/// install took, `None` when it was there already.
fn install_peer(ws: &Workspace, peer: &Peer) -> Result<(PathBuf, Option<f64>)> {
    let root = ws.root().join(".tools").join(peer.name);
    let bin = root
        .join("bin")
        .join(format!("{}{}", peer.bin, std::env::consts::EXE_SUFFIX));
    let there = bin.is_file();
    let start = Instant::now();
    // A no-op when that version is installed already.
    output(
        cargo()
            .args([
                "install",
                peer.package,
                "--locked",
                "--version",
                peer.version,
            ])
            .arg("--root")
            .arg(&root)
            .env(
                "CARGO_TARGET_DIR",
                ws.target_dir().join("bench").join("install"),
            ),
    )?;
    if !bin.is_file() {
        bail!(
            "`cargo install {}` installed no {}",
            peer.package,
            bin.display()
        );
    }
    Ok((bin, (!there).then(|| start.elapsed().as_secs_f64())))
}

/// The user-level figure: a clean build, whole dependency tree, of a small
/// program calling three operations through the generated crate.
struct Sample {
    /// Seconds of the clean build (release; debug for a smoke run).
    build_s: f64,
    /// Size of the program's binary, in bytes.
    binary_bytes: u64,
    /// Packages in its dependency tree (normal and build), itself included.
    packages: usize,
}

/// Writes the sample program `main` next to `dir/crate` (in `dir/sample`),
/// and builds it: in release in an empty target directory of its own, or,
/// given `shared`, in debug there (a smoke run).
fn sample(
    dir: &Path,
    name: &str,
    package: &str,
    main: &str,
    shared: Option<PathBuf>,
) -> Result<Sample> {
    let sample = dir.join("sample");
    std::fs::create_dir_all(sample.join("src"))
        .with_context(|| format!("cannot create {}", sample.display()))?;
    std::fs::write(
        sample.join("Cargo.toml"),
        peers::sample_manifest(name, package),
    )?;
    std::fs::write(sample.join("src").join("main.rs"), main)?;
    // The generated crate's lock, so both build the same versions.
    let lock = dir.join("crate").join("Cargo.lock");
    if lock.is_file() {
        std::fs::copy(&lock, sample.join("Cargo.lock")).context("cannot copy Cargo.lock")?;
    }
    let release = shared.is_none();
    let target = shared.unwrap_or_else(|| sample.join("target"));
    if release {
        let _ = std::fs::remove_dir_all(&target);
    }
    let mut command = cargo();
    command
        .current_dir(&sample)
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("CARGO_INCREMENTAL")
        .env_remove("RUSTFLAGS")
        .args(["build", "--quiet"]);
    if release {
        command.arg("--release");
    }
    let start = Instant::now();
    output(&mut command)?;
    let build_s = start.elapsed().as_secs_f64();
    let binary = target
        .join(if release { "release" } else { "debug" })
        .join(format!("sample-{name}{}", std::env::consts::EXE_SUFFIX));
    let binary_bytes = std::fs::metadata(&binary)
        .with_context(|| format!("no binary {}", binary.display()))?
        .len();
    let tree = output(cargo().current_dir(&sample).args([
        "tree",
        "--quiet",
        "--prefix",
        "none",
        "-e",
        "normal,build",
    ]))?;
    let packages = tree_packages(&tree);
    println!(
        "sample-{name}: {build_s:.1} s, {:.1} MiB, {packages} packages",
        binary_bytes as f64 / (1024.0 * 1024.0)
    );
    Ok(Sample {
        build_s,
        binary_bytes,
        packages,
    })
}

/// Criterion medians in nanoseconds: `[group][function]`.
struct Runtime {
    /// Per group: criterion's median of each function, in ns.
    groups: Vec<(String, Vec<(String, f64)>)>,
    /// The paired ratios (`paired.json` of the bench): group, then function,
    /// then `q1`, `median`, `q3` of its time over `handwritten`'s.
    paired: Value,
}

const RUNTIME_GROUPS: &[&str] = &["list_projects_100", "auth_config"];
const RUNTIME_FUNCTIONS: &[&str] = &["handwritten", "handwritten_same_features", "generated"];

fn runtime_overhead(
    ws: &Workspace,
    dirs: &Dirs,
    spec: &Path,
    options: &BenchOptions,
) -> Result<Option<Runtime>> {
    let criterion = dirs.root.join("criterion");
    let mut command = cargo();
    command
        .current_dir(ws.root())
        .env("BENCH_SPEC", spec)
        .env("CRITERION_HOME", &criterion);
    if options.smoke {
        // Test mode: every benchmark once, debug build.
        command.args(["test", "--quiet", "-p", "bench", "--bench", "runtime"]);
        crate::process::run(&mut command)?;
        return Ok(None);
    }
    let paired_path = dirs.root.join("paired.json");
    command
        .env("CARGO_TARGET_DIR", &dirs.build)
        .env("BENCH_PAIRED_OUT", &paired_path)
        .args([
            "bench", "-p", "bench", "--bench", "runtime", "--", "--noplot",
        ]);
    crate::process::run(&mut command)?;
    let mut groups = Vec::new();
    for group in RUNTIME_GROUPS {
        let mut functions = Vec::new();
        for function in RUNTIME_FUNCTIONS {
            let path = criterion
                .join(group)
                .join(function)
                .join("new")
                .join("estimates.json");
            let estimates: Value = serde_json::from_slice(
                &std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?,
            )?;
            let ns = estimates["median"]["point_estimate"]
                .as_f64()
                .with_context(|| format!("{} has no median", path.display()))?;
            functions.push(((*function).to_owned(), ns));
        }
        groups.push(((*group).to_owned(), functions));
    }
    let paired = serde_json::from_slice(
        &std::fs::read(&paired_path)
            .with_context(|| format!("cannot read {}", paired_path.display()))?,
    )?;
    Ok(Some(Runtime { groups, paired }))
}

/// The Markdown report, built section by section.
struct Report {
    text: String,
    ours_wall_ms: Option<f64>,
}

fn met(ok: bool) -> &'static str {
    if ok {
        "met"
    } else {
        "**not met**"
    }
}

impl Report {
    fn new(ws: &Workspace, options: &BenchOptions) -> Self {
        let mut text = String::from("# Benchmarks\n\n");
        let cpu = std::fs::read_to_string("/proc/cpuinfo")
            .ok()
            .and_then(|s| {
                s.lines().find_map(|l| {
                    l.strip_prefix("model name")
                        .map(|m| m.trim_start_matches([' ', '\t', ':']).to_owned())
                })
            })
            .unwrap_or_else(|| "unknown CPU".to_owned());
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        // Other work on the machine slows every figure: say how busy it was.
        let load = std::fs::read_to_string("/proc/loadavg")
            .ok()
            .and_then(|l| l.split_whitespace().next().map(str::to_owned))
            .map_or(String::new(), |l| {
                format!(", load average {l} at the start")
            });
        let rustc = Command::new("rustc")
            .arg("--version")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            .unwrap_or_default();
        let _ = writeln!(
            text,
            "Machine: {cpu}, {threads} threads{load}; {rustc}. Spec: `{}`.{}\n",
            ws.display(&ws.spec_path()),
            if options.smoke {
                " **Smoke run**: one run each, debug builds, small inputs: the figures are not benchmarks."
            } else {
                ""
            }
        );
        Self {
            text,
            ours_wall_ms: None,
        }
    }

    fn generation(&mut self, stages: &Stages, ours_wall_ms: f64) {
        let t = &mut self.text;
        let _ = writeln!(
            t,
            "## 1. Generation of the pinned spec\n\n\
             Medians of {} runs in one process (`bench-gen stages`, release), in ms. \
             The stages run one at a time on one thread (their thread CPU time is \
             less disturbed by other processes); `generate` is the real pipeline, \
             which emits and formats files on every core.\n",
            stages.runs.len()
        );
        let _ = writeln!(t, "| stage | wall ms | thread CPU ms |\n|---|---:|---:|");
        for (name, key) in [
            ("load (read + parse)", "load"),
            ("lower", "lower"),
            ("emit (tokens)", "emit"),
            ("format (syn + prettyplease)", "format"),
            (
                "generate (load + lower + emit + format, parallel)",
                "generate",
            ),
            ("write files", "write"),
            ("**end to end** (read, generate, write)", "total"),
        ] {
            let cpu = stages.median(&format!("{key}_cpu"));
            let cpu = if cpu.is_nan() {
                String::new()
            } else {
                format!("{cpu:.1}")
            };
            let _ = writeln!(t, "| {name} | {:.1} | {cpu} |", stages.median(key));
        }
        let total = stages.median("total");
        let _ = writeln!(
            t,
            "\n{} files, {:.0} KiB. Target end to end ≤ {TARGET_GENERATION_MS:.0} ms: {}. \
             As a process (`bench-gen peak`, start to exit): {ours_wall_ms:.0} ms.\n",
            stages.median("files"),
            stages.median("bytes") / 1024.0,
            met(total <= TARGET_GENERATION_MS),
        );
        self.ours_wall_ms = Some(ours_wall_ms);
    }

    fn scaling(&mut self, rows: &[ScaleRow]) {
        let t = &mut self.text;
        let _ = writeln!(
            t,
            "## 2. Scaling\n\n\
             Synthetic specs: the pinned one plus renamed copies of its paths, operation \
             ids, schemas and references. End to end (read, generate, write), median; peak \
             RSS of one run in a fresh process.\n"
        );
        let _ = writeln!(
            t,
            "| spec | operations | schemas | output KiB | ms | ms per 100 operations | peak RSS MiB |\n|---|---:|---:|---:|---:|---:|---:|"
        );
        for row in rows {
            let _ = writeln!(
                t,
                "| {}x | {} | {} | {:.0} | {:.1} | {:.1} | {:.0} |",
                row.factor,
                row.counts.0,
                row.counts.1,
                row.bytes / 1024.0,
                row.total_ms,
                row.total_ms * 100.0 / row.counts.0.max(1) as f64,
                row.peak_rss_mib
            );
        }
        t.push('\n');
    }

    /// The size and width of our generated code against its targets.
    fn code(&mut self, generated: CodeLines) {
        let _ = writeln!(
            self.text,
            "### Generated code\n\n\
             Target generated Rust lines (`src/generated/`) ≤ {TARGET_GENERATED_LINES}: {} \
             ({} lines). Target no line over 100 columns that a break could shorten (a \
             doc line may be longer only for a word longer than the line, such as a URL, \
             a heading, a table row or a code block line): {} ({}).\n",
            met(generated.lines <= TARGET_GENERATED_LINES),
            generated.lines,
            met(generated.overlong == 0),
            generated.overlong,
        );
    }

    /// Our clean build against the client of [`BASELINE_COMMIT`].
    fn baseline(
        &mut self,
        ours: &CompileTimes,
        baseline: &std::result::Result<CompileTimes, String>,
    ) {
        let t = &mut self.text;
        let _ = writeln!(
            t,
            "### Against the client of commit {BASELINE_COMMIT}\n\n\
             The same measure for the client of {BASELINE_COMMIT} (generated code and \
             runtime in one crate, hand-expanded serde impls), built in its own workspace \
             with its own lock; ours includes the runtime crate.\n"
        );
        match baseline {
            Ok(base) => {
                let row = |name: &str, ours: Option<f64>, base: Option<f64>| match (ours, base) {
                    (Some(o), Some(b)) => {
                        format!("| {name} | {o:.1} s | {b:.1} s | {:.2} |\n", o / b)
                    }
                    _ => format!("| {name} | — | — | — |\n"),
                };
                t.push_str(&format!("| | ours | {BASELINE_COMMIT} | ours / {BASELINE_COMMIT} |\n|---|---:|---:|---:|\n"));
                t.push_str(&row(
                    "clean debug build",
                    Some(ours.debug),
                    Some(base.debug),
                ));
                t.push_str(&row("clean release build", ours.release, base.release));
                t.push_str(&row(
                    "incremental debug rebuild",
                    ours.incremental,
                    base.incremental,
                ));
                let _ = writeln!(
                    t,
                    "\nTarget clean debug build ≤ {TARGET_BASELINE_RATIO} × {BASELINE_COMMIT}'s: {}.\n",
                    met(ours.debug <= TARGET_BASELINE_RATIO * base.debug)
                );
            }
            Err(lines) => {
                let _ = writeln!(t, "It did not build:\n\n```text\n{lines}\n```\n");
            }
        }
    }

    fn compile(
        &mut self,
        ours: &CompileTimes,
        ours_code: CodeLines,
        ours_sample: &Sample,
        peers: &[PeerRun],
        options: &BenchOptions,
    ) {
        let ours_wall = self.ours_wall_ms.unwrap_or(f64::NAN);
        let t = &mut self.text;
        let names: Vec<String> = PEERS
            .iter()
            .map(|p| format!("{} {}", p.name, p.version))
            .collect();
        let _ = writeln!(
            t,
            "## 3. Side by side with {}\n\n\
             Generation: wall time of the process from start to exit, files written (ours: \
             `bench-gen peak`; progenitor: `cargo progenitor`, which also writes its \
             Cargo.toml; openapi-to-rust: `openapi-to-rust generate`, which writes a module \
             and `REQUIRED_DEPS.toml`, made into a crate with those dependencies). Compile: \
             `cargo build` of the generated crate alone with the runtime its generator \
             ships (ours: `openapi-client-runtime`; progenitor: `progenitor-client`; \
             openapi-to-rust has none), their other dependencies already built, after \
             `cargo clean -p` of both (median; one run for release), and a rebuild \
             after touching one generated file; cargo's profile defaults. Sample program: \
             a binary calling the same three operations ({}) through each client, built \
             {}.\n",
            names.join(" and "),
            peers::SAMPLE_OPERATIONS
                .map(|o| format!("`{o}`"))
                .join(", "),
            if options.smoke {
                "in debug in the workspace's target directory (smoke run: not from scratch)"
            } else {
                "in release from an empty target directory, whole dependency tree"
            },
        );
        let _ = write!(t, "| | ours |");
        for peer in PEERS {
            let _ = write!(t, " {} |", peer.name);
        }
        for peer in PEERS {
            let _ = write!(t, " ours / {} |", peer.name);
        }
        let _ = writeln!(t, "\n|---|---:|{}", "---:|".repeat(2 * PEERS.len()));
        let ratio = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) if b > 0.0 => format!("{:.2}", a / b),
            _ => "—".to_owned(),
        };
        /// A row: its name, ours, a peer's figure, and how to show one.
        type Row = (
            &'static str,
            Option<f64>,
            fn(&PeerRun) -> Option<f64>,
            fn(f64) -> String,
        );
        let rows: [Row; 9] = [
            (
                "generation (process)",
                Some(ours_wall),
                |p| p.generation_ms,
                |v| format!("{v:.0} ms"),
            ),
            (
                "generated Rust lines (the crate's `src/`)",
                Some(ours_code.lines as f64),
                |p| p.code.map(|c| c.lines as f64),
                |v| format!("{v:.0}"),
            ),
            (
                "lines over 100 columns",
                Some(ours_code.overlong as f64),
                |p| p.code.map(|c| c.overlong as f64),
                |v| format!("{v:.0}"),
            ),
            (
                "clean debug build",
                Some(ours.debug),
                |p| p.compile.as_ref().map(|c| c.debug),
                |v| format!("{v:.1} s"),
            ),
            (
                "clean release build",
                ours.release,
                |p| p.compile.as_ref().and_then(|c| c.release),
                |v| format!("{v:.1} s"),
            ),
            (
                "incremental debug rebuild",
                ours.incremental,
                |p| p.compile.as_ref().and_then(|c| c.incremental),
                |v| format!("{v:.1} s"),
            ),
            (
                "sample program: clean build, whole tree",
                Some(ours_sample.build_s),
                |p| p.sample.as_ref().map(|s| s.build_s),
                |v| format!("{v:.1} s"),
            ),
            (
                "sample program: binary size",
                Some(ours_sample.binary_bytes as f64),
                |p| p.sample.as_ref().map(|s| s.binary_bytes as f64),
                |v| format!("{:.2} MiB", v / (1024.0 * 1024.0)),
            ),
            (
                "sample program: packages in its tree",
                Some(ours_sample.packages as f64),
                |p| p.sample.as_ref().map(|s| s.packages as f64),
                |v| format!("{v:.0}"),
            ),
        ];
        for (name, ours_value, figure, show) in rows {
            let _ = write!(
                t,
                "| {name} | {} |",
                ours_value.map_or("—".to_owned(), show)
            );
            let cells: Vec<Option<f64>> = PEERS
                .iter()
                .map(|peer| {
                    peers
                        .iter()
                        .find(|r| std::ptr::eq(r.peer, peer))
                        .and_then(figure)
                })
                .collect();
            for (peer, cell) in PEERS.iter().zip(&cells) {
                let failed = peers
                    .iter()
                    .any(|r| std::ptr::eq(r.peer, peer) && r.failure.is_some());
                let text = match cell {
                    Some(v) => show(*v),
                    None if failed => "failed".to_owned(),
                    None => "—".to_owned(),
                };
                let _ = write!(t, " {text} |");
            }
            for cell in &cells {
                let _ = write!(t, " {} |", ratio(ours_value, *cell));
            }
            t.push('\n');
        }
        if peers.is_empty() {
            let _ = writeln!(t, "\nPeers not run (`--no-peers` or `--smoke`).\n");
            return;
        }
        if let Some(progenitor) = peers
            .iter()
            .find(|r| r.peer.name == peers::PROGENITOR.name)
            .and_then(|r| r.compile.as_ref())
        {
            let _ = writeln!(
                t,
                "\nTarget clean debug build ≤ {TARGET_COMPILE_RATIO} × progenitor's: {}.",
                met(ours.debug <= TARGET_COMPILE_RATIO * progenitor.debug)
            );
            if let (Some(ours), Some(theirs)) = (ours.incremental, progenitor.incremental) {
                let _ = writeln!(
                    t,
                    "Target incremental debug rebuild ≤ {TARGET_COMPILE_RATIO} × progenitor's: {}.",
                    met(ours <= TARGET_COMPILE_RATIO * theirs)
                );
            }
        }
        t.push('\n');
        for run in peers {
            let peer = run.peer;
            let _ = writeln!(
                t,
                "**{} {}** (`cargo install {} --version {}` into `.tools/{}/`): {}.",
                peer.name,
                peer.version,
                peer.package,
                peer.version,
                peer.name,
                match run.install_s {
                    Some(s) => format!("installed in this run in {s:.0} s"),
                    None if run
                        .failure
                        .as_ref()
                        .is_some_and(|(step, _)| *step == "install") =>
                    {
                        "not installed".to_owned()
                    }
                    None => "installed already".to_owned(),
                }
            );
            if run.edits.is_empty() {
                let _ = writeln!(t, "It ran on the unedited spec.");
            } else {
                let _ = writeln!(
                    t,
                    "Edits made to a copy of the spec for it, without which it fails:\n"
                );
                for edit in &run.edits {
                    let _ = writeln!(t, "- {edit}");
                }
            }
            if let Some((step, lines)) = &run.failure {
                let _ = writeln!(
                    t,
                    "\n**Failed at step \"{step}\"**; its figures after that step are missing. \
                     First lines of the error:\n\n```text\n{lines}\n```"
                );
            }
            t.push('\n');
        }
    }

    fn runtime(&mut self, runtime: Option<&Runtime>) {
        let t = &mut self.text;
        let _ = writeln!(
            t,
            "## 4. Runtime overhead\n\n\
             Criterion medians of one call to a loopback server answering canned bytes, on \
             one current-thread tokio runtime. `handwritten`: the same request (bearer token, \
             user agent) with reqwest, and `serde_json::from_slice` into the same generated \
             types. `handwritten_same_features`: plus a per-request timeout, as the generated \
             client sets (tokio registers a timer for it on every call). \
             `generated`: the client's defaults (retries, timeout, tracing spans, no rate \
             limit), `client.<operation>().await`.\n"
        );
        let Some(runtime) = runtime else {
            let _ = writeln!(t, "Smoke run: each benchmark ran once, untimed.\n");
            return;
        };
        let _ = writeln!(
            t,
            "Ratios: the paired measurement of the same bench (300 rounds, each timing 10 \
             calls of every function in a rotating order, so that a drift of the machine falls \
             on all alike): median of the per-round ratios, quartiles in brackets. Criterion's \
             medians, measured minutes apart, are shown for the absolute times.\n"
        );
        let _ = writeln!(
            t,
            "| response | handwritten µs | same features µs | generated µs | same features / handwritten | generated / handwritten |\n|---|---:|---:|---:|---:|---:|"
        );
        for (group, functions) in &runtime.groups {
            let get = |name: &str| {
                functions
                    .iter()
                    .find(|(f, _)| f == name)
                    .map_or(f64::NAN, |(_, v)| *v)
            };
            let ratio = |name: &str| {
                let r = &runtime.paired[group][name];
                let q = |k: &str| r[k].as_f64().unwrap_or(f64::NAN);
                (q("q1"), q("median"), q("q3"))
            };
            let (same_q1, same, same_q3) = ratio("handwritten_same_features");
            let (gen_q1, generated, gen_q3) = ratio("generated");
            let _ = writeln!(
                t,
                "| {group} | {:.1} | {:.1} | {:.1} | {same:.3} ({same_q1:.3}–{same_q3:.3}) | {generated:.3} ({gen_q1:.3}–{gen_q3:.3}) ({}) |",
                get("handwritten") / 1e3,
                get("handwritten_same_features") / 1e3,
                get("generated") / 1e3,
                met(generated <= TARGET_CALL_RATIO),
            );
        }
        let _ = writeln!(
            t,
            "\nTarget: generated ≤ {TARGET_CALL_RATIO} × handwritten (paired median).\n"
        );
    }

    fn finish(&mut self, took: Duration) {
        let _ = writeln!(self.text, "Benchmark run took {:.0} s.", took.as_secs_f64());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), 2.5);
        assert!(median(Vec::new()).is_nan());
    }

    #[test]
    fn tree_packages_counts_each_package_once() {
        let tree = "sample-ours v0.1.0 (/x/sample)\nclient v0.1.0 (/x/crate)\n\
                    serde v1.0.228\nserde_derive v1.0.228 (proc-macro)\ntokio v1.49.0\n\
                    serde v1.0.228 (*)\n\nsyn v1.0.0\nsyn v2.0.1\n";
        assert_eq!(tree_packages(tree), 7);
    }

    #[test]
    fn compiled_packages_are_read_from_cargo_messages() {
        let messages = [
            r#"{"reason":"compiler-artifact","package_id":"registry+https://github.com/rust-lang/crates.io-index#tracing@0.1.44","fresh":false}"#,
            r#"{"reason":"compiler-artifact","package_id":"registry+https://github.com/rust-lang/crates.io-index#serde@1.0.0","fresh":true}"#,
            r#"{"reason":"compiler-message","package_id":"path+file:///w/runtime#openapi-client-runtime@0.2.0"}"#,
            r#"{"reason":"compiler-artifact","package_id":"path+file:///w/runtime#openapi-client-runtime@0.2.0","fresh":false}"#,
            r#"{"reason":"compiler-artifact","package_id":"path+file:///w/bench-ours#0.1.0","fresh":false}"#,
            r#"{"reason":"compiler-artifact","package_id":"path+file:///w/bench-ours#0.1.0","fresh":false}"#,
            r#"{"reason":"build-finished","success":true}"#,
            "   Compiling tracing v0.1.44",
        ]
        .join("\n");
        assert_eq!(
            super::compiled_packages(&messages),
            ["tracing", "openapi-client-runtime", "bench-ours"]
        );
    }

    #[test]
    fn first_error_lines_start_at_the_first_error() {
        let text = "`cargo build` failed (exit status: 101):\n   Compiling x\n\
                    error[E0425]: cannot find value `y`\n --> src/lib.rs:1:1\nerror: aborting";
        assert_eq!(
            first_error_lines(text, 2),
            "error[E0425]: cannot find value `y`\n --> src/lib.rs:1:1\n..."
        );
        assert_eq!(first_error_lines("no such file", 5), "no such file");
    }
}
