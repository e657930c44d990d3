//! `conformance --spec FILE --prism BIN [--logs DIR] [--no-static]
//! [--seed N].. [--only OPERATION_ID]..`: run by `cargo xtask conformance`,
//! which installs Prism and passes these.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use conformance::harness::{run_mode, Mode};
use conformance::prism::PrismConfig;
use conformance::samples::{SampleCall, CALLS};

struct Args {
    spec: PathBuf,
    prism: PathBuf,
    logs: PathBuf,
    modes: Vec<Mode>,
    only: Vec<String>,
}

fn parse(args: &[String]) -> Result<Args> {
    let mut spec = None;
    let mut prism = None;
    let mut logs = PathBuf::from("target/conformance");
    let mut static_mode = true;
    let mut seeds = Vec::new();
    let mut only = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let mut value = || {
            iter.next()
                .cloned()
                .with_context(|| format!("{arg} needs a value"))
        };
        match arg.as_str() {
            "--spec" => spec = Some(PathBuf::from(value()?)),
            "--prism" => prism = Some(PathBuf::from(value()?)),
            "--logs" => logs = PathBuf::from(value()?),
            "--no-static" => static_mode = false,
            "--seed" => seeds.push(value()?.parse::<u64>().context("--seed needs a number")?),
            "--only" => only.push(value()?),
            other => bail!("unknown argument {other:?}"),
        }
    }
    let mut modes = Vec::new();
    if static_mode {
        modes.push(Mode::Static);
    }
    modes.extend(seeds.into_iter().map(Mode::Dynamic));
    if modes.is_empty() {
        bail!("nothing to run: --no-static and no --seed");
    }
    Ok(Args {
        spec: spec.context("--spec is required")?,
        prism: prism.context("--prism is required")?,
        logs,
        modes,
        only,
    })
}

fn run(args: &Args) -> Result<bool> {
    for id in &args.only {
        if !CALLS.iter().any(|c| c.id == id) {
            bail!("--only {id}: no such operation");
        }
    }
    let calls: Vec<&'static SampleCall> = CALLS
        .iter()
        .filter(|c| args.only.is_empty() || args.only.iter().any(|id| id == c.id))
        .collect();
    std::fs::create_dir_all(&args.logs)
        .with_context(|| format!("cannot create {}", args.logs.display()))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let mut results = Vec::new();
    for mode in &args.modes {
        let log_name = match mode {
            Mode::Static => "prism-static.log".to_owned(),
            Mode::Dynamic(seed) => format!("prism-seed-{seed}.log"),
        };
        let config = PrismConfig {
            bin: args.prism.clone(),
            spec: args.spec.clone(),
            log: args.logs.join(log_name),
            seed: match mode {
                Mode::Static => None,
                Mode::Dynamic(seed) => Some(*seed),
            },
        };
        let result = run_mode(&runtime, &config, *mode, &calls)
            .with_context(|| format!("the {mode} run failed"))?;
        let passed = result.outcomes.iter().filter(|(_, o)| o.passed()).count();
        println!(
            "{mode}: {passed}/{} calls passed in {:.1} s",
            result.outcomes.len(),
            result.elapsed.as_secs_f64()
        );
        results.push(result);
    }
    let (summary, ok) = conformance::report::summary(&calls, &results);
    println!("\n{summary}");
    Ok(ok)
}

fn main() -> ExitCode {
    conformance::prism::stop_on_signals();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse(&args).and_then(|a| run(&a)) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
