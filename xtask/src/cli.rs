//! Argument parsing. Hand-written: eight flags do not need a parser crate,
//! and `cargo xtask` stays quick to build.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};

use crate::bench::BenchOptions;
use crate::source::Source;
use crate::spec::UpdateOptions;
use crate::standalone::StandaloneOptions;
use crate::workspace::Workspace;

/// `cargo xtask help`.
pub const USAGE: &str = "\
usage: cargo xtask <command> [flags]

commands:
  fetch [--from PATH|URL]
      Download the spec pinned in spec/lock.toml (from its URL, or from
      --from), check its sha256 and write spec/openapi.json.
  update [--from PATH|URL] [--date YYYY-MM-DD] [--url URL] [--old PATH|URL]
         [--pr-body FILE] [--overlay FILE]..
      Pin a new spec (default: the lock's URL): rewrite spec/lock.toml
      (--date defaults to today, UTC; --url changes the recorded URL), write
      spec/openapi.json and regenerate the client. The spec already pinned
      changes nothing. --pr-body writes the body of the update's pull
      request (spec before and after, version bump, change report).
      Overlays: the lock's, or those given (in order); actions that no
      longer change the spec are named as obsolete.
  generate [--from PATH|URL] [--overlay FILE]..
      Regenerate generated-client/src/generated/ from spec/openapi.json,
      fetching it first (from --from) when it is missing, with the lock's
      overlays or those given (which the lock then records, with sha256).
  generate --spec PATH|URL --out DIR [--name CRATE] [--base-url URL]
           [--overlay FILE].. [--plain-formats]
      Write a standalone crate for any OpenAPI 3.0 document (JSON or YAML),
      with OpenAPI Overlay 1.0 documents applied in order.
      --base-url is needed when the document declares no `servers`.
      --plain-formats: `uuid`, `date-time`, `date` and every other string
      format as String (by default: uuid::Uuid, chrono::DateTime<Utc>,
      chrono::NaiveDate, re-exported by the runtime).
  check [--from PATH|URL]
      Fail with a diff when the committed generated files are not what the
      generator makes from the pinned spec (fetched first when missing).
  test [--from PATH|URL] [-- CARGO TEST ARGS]
      Fetch the pinned spec when missing, then run
      `cargo test --workspace --no-fail-fast [CARGO TEST ARGS]`.
  bench [--smoke] [--no-peers] [--runs N] [--compile-runs N]
      Time generation (by stage, and on 1x/4x/16x synthetic specs), the
      generated crate's compile, a small program's clean build and one call
      against hand-written reqwest, side by side with progenitor and
      openapi-to-rust (installed into .tools/ on first use) and the client
      of commit 82eafb0 (git archive; a clone with that commit); write
      target/bench/report.md.
      --smoke: each stage once on small inputs, debug builds, no peers.
  conformance [--static | --dynamic] [--seeds N,N,..] [--only OPERATION_ID]..
              [--from PATH|URL]
      Install the pinned Prism (npm, into .tools/prism/), then call every
      operation with its generated sample arguments against `prism mock` on
      the pinned spec: once answering from examples (static) and once per
      seed generating responses (dynamic, seeds 1-5 by default). Prints an
      operation x mode table; fails on any rejected request, undecodable
      response or missing token.
  conformance-auth [--static | --dynamic] [--seeds N,N,..] [--only OPERATION_ID]..
                   [--from PATH|URL]
      The same run for the Supabase Auth spec (../shared/specs/supabase-auth/
      openapi.yaml, or --from; its sha256 is checked): its client is generated
      into target/conformance-auth/ at every run, with a harness crate around
      conformance/src/, and Prism checks its security schemes.
  package-check
      `cargo publish --dry-run` the runtime and the client, build a crate
      that depends on the client, and generate and build a standalone crate
      from the older spec against the runtime.
  semver-checks --install
      Install cargo-semver-checks (the pinned version, compiled from source:
      many minutes) into .tools/cargo-semver-checks/. `update` then checks
      its change report against it, and so does the oracle test.
  release --dry-run
      Check that the client's version is the one the newest section of its
      API_CHANGES.md bumps to, and that `cargo publish --dry-run` packages
      that version of every crate of the release. Uploads nothing.
  help
      Show this.
";

/// A parsed command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `fetch`
    Fetch {
        /// `--from`
        from: Option<Source>,
    },
    /// `update`
    Update(UpdateOptions),
    /// `generate` for the client.
    Generate {
        /// `--from`
        from: Option<Source>,
        /// `--overlay`, repeatable (the lock's overlays when none).
        overlays: Vec<PathBuf>,
    },
    /// `generate --spec --out`
    GenerateStandalone(StandaloneOptions),
    /// `check`
    Check {
        /// `--from`
        from: Option<Source>,
    },
    /// `test`
    Test {
        /// `--from`
        from: Option<Source>,
        /// Arguments after `--`, passed to `cargo test`.
        cargo_args: Vec<String>,
    },
    /// `package-check`
    PackageCheck,
    /// `release --dry-run`
    ReleaseDryRun,
    /// `semver-checks --install`
    SemverChecksInstall,
    /// `conformance`
    Conformance(crate::conformance::ConformanceOptions),
    /// `conformance-auth`
    ConformanceAuth(crate::conformance::ConformanceOptions),
    /// `bench`
    Bench(BenchOptions),
    /// `help`
    Help,
}

/// Flags that may be given more than once.
const REPEATABLE: [&str; 1] = ["overlay"];

/// Flags that take no value: present or not.
const SWITCHES: [&str; 1] = ["plain-formats"];

/// Flags of one command: `--name value` or `--name=value`, or a switch
/// ([`SWITCHES`]) alone.
struct Flags {
    values: Vec<(String, String)>,
    rest: Vec<String>,
}

impl Flags {
    fn parse(command: &str, args: &[String], allowed: &[&str], allow_rest: bool) -> Result<Self> {
        let mut values: Vec<(String, String)> = Vec::new();
        let mut rest = Vec::new();
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            if arg == "--" && allow_rest {
                rest.extend(iter.by_ref().cloned());
                break;
            }
            let Some(flag) = arg.strip_prefix("--").filter(|f| !f.is_empty()) else {
                bail!("`{command}` takes no argument `{arg}`\n\n{USAGE}");
            };
            let (name, value) = match flag.split_once('=') {
                Some((name, _)) if SWITCHES.contains(&name) => {
                    bail!("--{name} takes no value")
                }
                Some((name, value)) => (name.to_owned(), value.to_owned()),
                None if SWITCHES.contains(&flag) => (flag.to_owned(), "yes".to_owned()),
                None => {
                    let value = iter
                        .next()
                        .filter(|v| !v.starts_with("--"))
                        .with_context(|| format!("--{flag} needs a value"))?;
                    (flag.to_owned(), value.clone())
                }
            };
            if !allowed.contains(&name.as_str()) {
                bail!("`{command}` has no flag --{name}\n\n{USAGE}");
            }
            if values.iter().any(|(n, _)| *n == name) && !REPEATABLE.contains(&name.as_str()) {
                bail!("--{name} is given twice");
            }
            if value.is_empty() {
                bail!("--{name} needs a value");
            }
            values.push((name, value));
        }
        Ok(Self { values, rest })
    }

    fn get(&self, name: &str) -> Option<String> {
        self.values
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    }

    /// Every value of a repeatable flag, in order.
    fn all(&self, name: &str) -> Vec<PathBuf> {
        self.values
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| PathBuf::from(v))
            .collect()
    }

    fn source(&self, name: &str) -> Option<Source> {
        self.get(name).as_deref().map(Source::parse)
    }
}

/// Parses the arguments after `cargo xtask`.
pub fn parse(args: &[String]) -> Result<Command> {
    let Some((command, args)) = args.split_first() else {
        return Ok(Command::Help);
    };
    let flags = |allowed: &[&str]| Flags::parse(command, args, allowed, false);
    Ok(match command.as_str() {
        "fetch" => Command::Fetch {
            from: flags(&["from"])?.source("from"),
        },
        "update" => {
            let f = flags(&["from", "date", "url", "old", "pr-body", "overlay"])?;
            Command::Update(UpdateOptions {
                from: f.source("from"),
                date: f.get("date"),
                url: f.get("url"),
                old: f.source("old"),
                pr_body: f.get("pr-body").map(PathBuf::from),
                overlays: f.all("overlay"),
            })
        }
        "generate" => {
            let f = flags(&[
                "from",
                "spec",
                "out",
                "name",
                "base-url",
                "overlay",
                "plain-formats",
            ])?;
            match (f.source("spec"), f.get("out")) {
                (None, None) => {
                    if let Some(flag) = ["name", "base-url", "plain-formats"]
                        .iter()
                        .find(|n| f.get(n).is_some())
                    {
                        bail!("--{flag} is for `generate --spec FILE --out DIR`");
                    }
                    Command::Generate {
                        from: f.source("from"),
                        overlays: f.all("overlay"),
                    }
                }
                (Some(spec), Some(out)) => {
                    if f.get("from").is_some() {
                        bail!("--from is for the client's pinned spec; with --out, give the document with --spec");
                    }
                    Command::GenerateStandalone(StandaloneOptions {
                        spec,
                        out: PathBuf::from(out),
                        name: f.get("name"),
                        base_url: f.get("base-url"),
                        overlays: f.all("overlay"),
                        plain_formats: f.get("plain-formats").is_some(),
                    })
                }
                (Some(_), None) => bail!(
                    "--spec needs --out DIR: the client itself is generated from the pinned spec"
                ),
                (None, Some(_)) => bail!("--out needs --spec FILE"),
            }
        }
        "check" => Command::Check {
            from: flags(&["from"])?.source("from"),
        },
        "test" => {
            let f = Flags::parse(command, args, &["from"], true)?;
            Command::Test {
                from: f.source("from"),
                cargo_args: f.rest.clone(),
            }
        }
        "bench" => parse_bench(args)?,
        "conformance" => Command::Conformance(crate::conformance::parse_options(args)?),
        "conformance-auth" => Command::ConformanceAuth(crate::conformance::parse_options(args)?),
        "package-check" => {
            flags(&[])?;
            Command::PackageCheck
        }
        "release" => match args {
            [flag] if flag == "--dry-run" => Command::ReleaseDryRun,
            _ => bail!(
                "`release` takes --dry-run: it checks a release; publish with \
                 `cargo publish` once it passes\n\n{USAGE}"
            ),
        },
        "semver-checks" => match args {
            [flag] if flag == "--install" => Command::SemverChecksInstall,
            _ => bail!("`semver-checks` takes --install\n\n{USAGE}"),
        },
        "help" | "--help" | "-h" => Command::Help,
        other => bail!("unknown command `{other}`\n\n{USAGE}"),
    })
}

/// `bench` flags: two switches, and counts.
fn parse_bench(args: &[String]) -> Result<Command> {
    let mut options = BenchOptions::default();
    let mut smoke = false;
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--smoke" => smoke = true,
            "--no-peers" => options.peers = false,
            "--runs" | "--compile-runs" => {
                let value = iter
                    .next()
                    .with_context(|| format!("{arg} needs a value"))?;
                let n: usize = value
                    .parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .with_context(|| format!("{arg} needs a positive number, not {value:?}"))?;
                counts.push((arg, n));
            }
            other => bail!("`bench` has no flag {other}\n\n{USAGE}"),
        }
    }
    if smoke {
        options = BenchOptions::smoke();
    }
    for (flag, n) in counts {
        match flag {
            "--runs" => options.runs = n,
            _ => options.compile_runs = n,
        }
    }
    Ok(Command::Bench(options))
}

/// Parses and runs a command in the current workspace.
pub fn run(args: &[String]) -> Result<()> {
    let ws = Workspace::current();
    match parse(args)? {
        Command::Fetch { from } => crate::spec::fetch(&ws, from.as_ref()).map(drop),
        Command::Update(options) => crate::spec::update(&ws, &options).map(drop),
        Command::Generate { from, overlays } => {
            crate::generate::generate_client(&ws, from.as_ref(), &overlays)
        }
        Command::GenerateStandalone(options) => {
            crate::standalone::generate_standalone(&ws, &options).map(drop)
        }
        Command::Check { from } => {
            if !ws.spec_path().exists() {
                crate::spec::fetch(&ws, from.as_ref())?;
            }
            let files = crate::check::check(&ws)?;
            println!("{files} generated files are up to date");
            Ok(())
        }
        Command::Test { from, cargo_args } => crate::process::test(&ws, from.as_ref(), &cargo_args),
        Command::PackageCheck => crate::process::package_check(&ws),
        Command::ReleaseDryRun => crate::release::dry_run(&ws),
        Command::SemverChecksInstall => crate::semver::install(&ws).map(drop),
        Command::Conformance(options) => crate::conformance::conformance(&ws, &options),
        Command::ConformanceAuth(options) => crate::conformance::conformance_auth(&ws, &options),
        Command::Bench(options) => crate::bench::run(&ws, &options).map(drop),
        Command::Help => {
            print!("{USAGE}");
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(line: &str) -> Result<Command> {
        let args: Vec<String> = line.split_whitespace().map(str::to_owned).collect();
        parse(&args)
    }

    #[test]
    fn commands_and_flags() {
        assert_eq!(parse_str("").unwrap(), Command::Help);
        assert_eq!(
            parse_str("fetch --from ../x.json").unwrap(),
            Command::Fetch {
                from: Some(Source::Path("../x.json".into()))
            }
        );
        assert_eq!(
            parse_str("update --from=https://h/x --date 2026-01-02 --old old.yaml").unwrap(),
            Command::Update(UpdateOptions {
                from: Some(Source::Url("https://h/x".into())),
                date: Some("2026-01-02".into()),
                url: None,
                old: Some(Source::Path("old.yaml".into())),
                pr_body: None,
                overlays: Vec::new(),
            })
        );
        assert_eq!(
            parse_str("update --pr-body target/body.md").unwrap(),
            Command::Update(UpdateOptions {
                pr_body: Some("target/body.md".into()),
                ..UpdateOptions::default()
            })
        );
        assert_eq!(
            parse_str("release --dry-run").unwrap(),
            Command::ReleaseDryRun
        );
        assert_eq!(
            parse_str("semver-checks --install").unwrap(),
            Command::SemverChecksInstall
        );
        assert!(parse_str("semver-checks").is_err());
        assert_eq!(
            parse_str("generate").unwrap(),
            Command::Generate {
                from: None,
                overlays: Vec::new()
            }
        );
        assert_eq!(
            parse_str("generate --overlay a.yaml --overlay=b.json").unwrap(),
            Command::Generate {
                from: None,
                overlays: vec!["a.yaml".into(), "b.json".into()]
            }
        );
        assert_eq!(
            parse_str("generate --spec a.yaml --out /tmp/o --name pets --base-url http://h")
                .unwrap(),
            Command::GenerateStandalone(StandaloneOptions {
                spec: Source::Path("a.yaml".into()),
                out: "/tmp/o".into(),
                name: Some("pets".into()),
                base_url: Some("http://h".into()),
                overlays: Vec::new(),
                plain_formats: false,
            })
        );
        assert_eq!(
            parse_str("generate --spec a.yaml --plain-formats --out /tmp/o").unwrap(),
            Command::GenerateStandalone(StandaloneOptions {
                spec: Source::Path("a.yaml".into()),
                out: "/tmp/o".into(),
                name: None,
                base_url: None,
                overlays: Vec::new(),
                plain_formats: true,
            })
        );
        assert_eq!(
            parse_str("test --from a.json -- --nocapture -q").unwrap(),
            Command::Test {
                from: Some(Source::Path("a.json".into())),
                cargo_args: vec!["--nocapture".into(), "-q".into()],
            }
        );
        assert_eq!(parse_str("package-check").unwrap(), Command::PackageCheck);
        assert_eq!(
            parse_str("bench").unwrap(),
            Command::Bench(BenchOptions::default())
        );
        assert_eq!(
            parse_str("bench --smoke").unwrap(),
            Command::Bench(BenchOptions::smoke())
        );
        assert_eq!(
            parse_str("bench --no-peers --runs 5").unwrap(),
            Command::Bench(BenchOptions {
                peers: false,
                runs: 5,
                ..BenchOptions::default()
            })
        );
    }

    #[test]
    fn mistakes_are_explained() {
        let cases = [
            ("frobnicate", "unknown command `frobnicate`"),
            ("fetch --form x", "`fetch` has no flag --form"),
            ("fetch --from", "--from needs a value"),
            ("fetch --from --date", "--from needs a value"),
            ("fetch --from a --from b", "--from is given twice"),
            ("fetch extra", "`fetch` takes no argument `extra`"),
            ("generate --spec a.json", "--spec needs --out"),
            ("generate --out d", "--out needs --spec"),
            ("generate --name x", "--name is for `generate --spec"),
            (
                "generate --plain-formats",
                "--plain-formats is for `generate --spec",
            ),
            (
                "generate --spec a --out d --plain-formats=yes",
                "--plain-formats takes no value",
            ),
            (
                "fetch --plain-formats",
                "`fetch` has no flag --plain-formats",
            ),
            (
                "generate --spec a --out d --from b",
                "--from is for the client",
            ),
            ("package-check --from x", "has no flag --from"),
            ("check -- x", "takes no argument `--`"),
            ("bench --runs 0", "--runs needs a positive number"),
            ("bench --fast", "`bench` has no flag --fast"),
            ("release", "`release` takes --dry-run"),
            ("release --publish", "`release` takes --dry-run"),
        ];
        for (line, expected) in cases {
            let error = parse_str(line).unwrap_err().to_string();
            assert!(
                error.contains(expected),
                "{line}: {error:?} should contain {expected:?}"
            );
        }
    }
}
