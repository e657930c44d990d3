//! `bench-gen`: the generator under a stopwatch, for `cargo xtask bench`
//! (which builds it in release mode and reads what it prints).
//!
//! ```text
//! bench-gen stages SPEC OUT RUNS
//!     RUNS times: load, lower, emit (tokens) and format on one thread, then
//!     the real pipeline (`generator::generate`, which formats in parallel)
//!     and writing its files under OUT. One JSON object of nanoseconds per
//!     run, on its own line.
//! bench-gen peak SPEC OUT
//!     The real pipeline once, writing under OUT, in a fresh process; prints
//!     {"wall_ns": .., "peak_rss_kib": ..} (peak RSS from /proc, 0 where
//!     there is none).
//! ```
//!
//! The options are the client's (`cargo xtask generate`), so the files are
//! the committed ones when SPEC is the pinned spec.

use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use generator::{GeneratedFile, Options};

/// The generator allocates many small tokens and syntax nodes; mimalloc
/// serves them faster than the system allocator. `cargo xtask` uses it too,
/// so the figures are those of the real command.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn options() -> Options {
    Options {
        default_base_url: Some("https://api.supabase.com".to_owned()),
        regenerate_command: "cargo xtask generate".to_owned(),
        ..Options::default()
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["stages", spec, out, runs] => runs
            .parse()
            .map_err(|e| format!("RUNS: {e}"))
            .and_then(|runs| stages(Path::new(spec), Path::new(out), runs)),
        ["peak", spec, out] => peak(Path::new(spec), Path::new(out)),
        _ => Err("usage: bench-gen stages SPEC OUT RUNS | bench-gen peak SPEC OUT".to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("bench-gen: {error}");
            ExitCode::FAILURE
        }
    }
}

fn ns(d: Duration) -> u128 {
    d.as_nanos()
}

fn stages(spec: &Path, out: &Path, runs: usize) -> Result<(), String> {
    let source = spec.display().to_string();
    let options = options();
    for run in 0..runs {
        // The stages one at a time, on this thread: wall time, and the
        // thread's CPU time, which other processes on the machine disturb less.
        let cpu = [thread_cpu_ns(); 5];
        let mut cpu = cpu;
        let start = Instant::now();
        let text = read(spec)?;
        let document = generator::load::parse(&text, &source).map_err(|e| e.to_string())?;
        let loaded = Instant::now();
        cpu[1] = thread_cpu_ns();
        let (api, _diagnostics) = generator::lower::lower(&document, &options);
        let lowered = Instant::now();
        cpu[2] = thread_cpu_ns();
        let tokens = generator::emit::emit_tokens(&api, &options);
        let emitted = Instant::now();
        cpu[3] = thread_cpu_ns();
        let mut bytes = 0;
        for (path, tokens) in tokens {
            bytes += generator::format::format_file(tokens)
                .map_err(|e| format!("{path}: {e}"))?
                .len();
        }
        let formatted = Instant::now();
        cpu[4] = thread_cpu_ns();
        drop((document, api));

        // The real pipeline, as `cargo xtask generate` runs it.
        let start_e2e = Instant::now();
        let text = read(spec)?;
        let generated = generator::generate(&text, &source, &options).map_err(|e| e.to_string())?;
        let generated_at = Instant::now();
        let dir = out.join(format!("run-{run}"));
        write(&dir, &generated.files)?;
        let written = Instant::now();
        let _ = std::fs::remove_dir_all(&dir);
        println!(
            "{{\"load\":{},\"lower\":{},\"emit\":{},\"format\":{},\"generate\":{},\"write\":{},\"total\":{},\"files\":{},\"bytes\":{},\"load_cpu\":{},\"lower_cpu\":{},\"emit_cpu\":{},\"format_cpu\":{}}}",
            ns(loaded - start),
            ns(lowered - loaded),
            ns(emitted - lowered),
            ns(formatted - emitted),
            ns(generated_at - start_e2e),
            ns(written - generated_at),
            ns(written - start_e2e),
            generated.files.len(),
            bytes,
            cpu[1] - cpu[0],
            cpu[2] - cpu[1],
            cpu[3] - cpu[2],
            cpu[4] - cpu[3],
        );
    }
    Ok(())
}

fn peak(spec: &Path, out: &Path) -> Result<(), String> {
    let start = Instant::now();
    let text = read(spec)?;
    let generated = generator::generate(&text, &spec.display().to_string(), &options())
        .map_err(|e| e.to_string())?;
    write(out, &generated.files)?;
    let wall = start.elapsed();
    println!(
        "{{\"wall_ns\":{},\"peak_rss_kib\":{}}}",
        ns(wall),
        peak_rss_kib()
    );
    Ok(())
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Writes every file under `dir`, as `cargo xtask generate` does for a fresh tree.
fn write(dir: &Path, files: &[GeneratedFile]) -> Result<(), String> {
    for file in files {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, &file.contents)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// Nanoseconds this thread has run on a CPU (`/proc/thread-self/schedstat`);
/// 0 where there is no such file.
fn thread_cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// The process's peak resident set (`VmHWM`), in KiB; 0 where `/proc` is missing.
fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status.lines().find_map(|line| {
                line.strip_prefix("VmHWM:")?
                    .trim()
                    .trim_end_matches("kB")
                    .trim()
                    .parse()
                    .ok()
            })
        })
        .unwrap_or(0)
}
