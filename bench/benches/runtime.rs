//! The cost of one generated call against a hand-written reqwest + serde_json
//! call making the same request to the same loopback server, on the same
//! single-threaded tokio runtime.
//!
//! Run by `cargo xtask bench`, which reads the medians criterion saves and
//! the ratios of the paired measurement (`BENCH_PAIRED_OUT`, see `paired`).
//! Every call is made through the same boxed closure in both.
//! Responses are canned and made from the spec's schemas (every property
//! present), so they decode into the generated types:
//! - `list_projects_100`: `GET /v1/projects`, a list of 100 projects;
//! - `auth_config`: `GET /v1/projects/{ref}/config/auth`, the largest object.
//!
//! Each group has three functions:
//! - `handwritten`: the same request (bearer token and a user agent, as the
//!   generated client sends) from a default `reqwest::Client`, `bytes()`,
//!   `serde_json::from_slice` into the generated type;
//! - `handwritten_same_features`: the same plus the per-request timeout the
//!   generated client sets on every call;
//! - `generated`: `client.<operation>().await` with the client's defaults
//!   (retries, no rate limit, 60 s timeout, tracing without a subscriber).
//!
//! The server answers every connection on one thread of its own.

use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::time::{Duration, Instant};

use criterion::{criterion_group, Criterion};
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};
use supabase_management_api::{types, Client};

const TOKEN: &str = "sbp_0123456789abcdef0123456789abcdef01234567";
const PROJECT_REF: &str = "abcdefghijklmnopqrst";
const TIMEOUT: Duration = Duration::from_secs(60);

/// Answers every request on a connection with the canned body of its path
/// (404 for others), keeping connections alive. Loopback only.
///
/// All connections are served by one thread (a current-thread tokio
/// runtime of its own), so every variant's requests are answered by the same
/// thread: with a thread per connection, where the scheduler placed each
/// one (same core as the client or not) weighed on that variant alone.
fn serve(routes: Vec<(String, Vec<u8>)>) -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let addr = listener.local_addr().expect("local address");
    listener
        .set_nonblocking(true)
        .expect("non-blocking listener");
    let responses: Vec<(String, Vec<u8>)> = routes
        .into_iter()
        .map(|(path, body)| {
            let mut response = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                body.len()
            )
            .into_bytes();
            response.extend_from_slice(&body);
            (path, response)
        })
        .collect();
    let responses = std::sync::Arc::new(responses);
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .build()
            .expect("server runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
            while let Ok((stream, _)) = listener.accept().await {
                let responses = responses.clone();
                tokio::spawn(async move {
                    let _ = handle(stream, &responses).await;
                });
            }
        });
    });
    addr
}

async fn handle(
    stream: tokio::net::TcpStream,
    responses: &[(String, Vec<u8>)],
) -> std::io::Result<()> {
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};
    stream.set_nodelay(true)?;
    let mut reader = tokio::io::BufReader::new(stream);
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let path = line.split(' ').nth(1).unwrap_or("").to_owned();
        let mut length = 0usize;
        loop {
            line.clear();
            if reader.read_line(&mut line).await? == 0 {
                return Ok(());
            }
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().unwrap_or(0);
                }
            }
        }
        tokio::io::copy(
            &mut (&mut reader).take(length as u64),
            &mut tokio::io::sink(),
        )
        .await?;
        let writer = reader.get_mut();
        match responses.iter().find(|(p, _)| *p == path) {
            Some((_, response)) => writer.write_all(response).await?,
            None => {
                writer
                    .write_all(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n")
                    .await?
            }
        }
    }
}

/// A value for `schema` with every property present.
fn example(spec: &Value, schema: &Value, depth: usize) -> Value {
    if depth > 12 {
        return Value::Null;
    }
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let name = reference.trim_start_matches("#/components/schemas/");
        return example(spec, &spec["components"]["schemas"][name], depth + 1);
    }
    if let Some(first) = schema.get("enum").and_then(|e| e.get(0)) {
        return first.clone();
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(first) = schema.get(key).and_then(|v| v.get(0)) {
            return example(spec, first, depth + 1);
        }
    }
    if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
        let mut merged = Map::new();
        for part in parts {
            if let Value::Object(fields) = example(spec, part, depth + 1) {
                merged.extend(fields);
            }
        }
        return Value::Object(merged);
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("string") => match schema.get("format").and_then(Value::as_str) {
            Some("date-time") => json!("2026-01-02T03:04:05.678Z"),
            Some("uuid") => json!("7f0c0b6e-1c1f-4a8e-9a34-3c1f0c6e9b2a"),
            _ => json!("example-value"),
        },
        Some("integer") => json!(42),
        Some("number") => json!(1.5),
        Some("boolean") => json!(true),
        Some("array") => json!([example(spec, &schema["items"], depth + 1)]),
        _ => {
            let mut object = Map::new();
            if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
                for (name, property) in properties {
                    object.insert(name.clone(), example(spec, property, depth + 1));
                }
            }
            Value::Object(object)
        }
    }
}

fn spec() -> Value {
    let path = std::env::var("BENCH_SPEC").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/openapi.json").to_owned()
    });
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {path} (run `cargo xtask fetch`): {e}"));
    serde_json::from_str(&text).expect("the spec is JSON")
}

/// `body` must decode into `T`, or the benchmark would time an error path.
fn check<T: DeserializeOwned>(body: &[u8]) {
    if let Err(e) = serde_json::from_slice::<T>(body) {
        panic!("the canned body does not decode: {e}");
    }
}

struct Fixture {
    base: String,
    projects_path: String,
    auth_path: String,
}

fn fixture() -> Fixture {
    let spec = spec();
    let schemas = &spec["components"]["schemas"];
    let project = example(&spec, &schemas["V1ProjectWithDatabaseResponse"], 0);
    let projects: Vec<Value> = (0..100)
        .map(|i| {
            let mut p = project.clone();
            p["id"] = json!(format!("project-{i:03}"));
            p["ref"] = json!(format!("ref{i:017}"));
            p["name"] = json!(format!("Project number {i}"));
            p
        })
        .collect();
    let projects = serde_json::to_vec(&projects).expect("encode");
    check::<Vec<types::V1ProjectWithDatabaseResponse>>(&projects);
    let auth =
        serde_json::to_vec(&example(&spec, &schemas["AuthConfigResponse"], 0)).expect("encode");
    check::<types::AuthConfigResponse>(&auth);
    eprintln!(
        "canned bodies: projects {} bytes, auth config {} bytes",
        projects.len(),
        auth.len()
    );
    let projects_path = "/v1/projects".to_owned();
    let auth_path = format!("/v1/projects/{PROJECT_REF}/config/auth");
    let addr = serve(vec![
        (projects_path.clone(), projects),
        (auth_path.clone(), auth),
    ]);
    Fixture {
        base: format!("http://{addr}"),
        projects_path,
        auth_path,
    }
}

/// A value as JSON, to compare what two calls decoded.
fn same<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("encode")
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The hand-written call: what one writes with reqwest and serde_json alone.
async fn handwritten<T: DeserializeOwned>(
    http: &reqwest::Client,
    url: &str,
) -> Result<T, BoxError> {
    let response = http
        .get(url)
        .bearer_auth(TOKEN)
        .send()
        .await?
        .error_for_status()?;
    let body = response.bytes().await?;
    Ok(serde_json::from_slice(&body)?)
}

/// The hand-written call with the generated client's per-call features.
async fn handwritten_same_features<T: DeserializeOwned>(
    http: &reqwest::Client,
    url: &str,
) -> Result<T, BoxError> {
    let response = http
        .get(url)
        .bearer_auth(TOKEN)
        .timeout(TIMEOUT)
        .send()
        .await?
        .error_for_status()?;
    let body = response.bytes().await?;
    Ok(serde_json::from_slice(&body)?)
}

fn benches(c: &mut Criterion) {
    let fixture = fixture();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    // The generated client's user agent is its crate name and version: one
    // of the same length, so both requests are the same size.
    let user_agent = format!("supabase-management-api/{}", env!("CARGO_PKG_VERSION"));
    let plain = reqwest::Client::builder()
        .user_agent(user_agent.clone())
        .build()
        .expect("reqwest client");
    let featured = reqwest::Client::builder()
        .user_agent(user_agent)
        .connect_timeout(Duration::from_secs(10))
        .build()
        .expect("reqwest client");
    let client = runtime.block_on(async {
        Client::builder(TOKEN)
            .base_url(fixture.base.clone())
            .allow_insecure_http(true)
            .build()
            .expect("client")
    });
    let projects_url = format!("{}{}", fixture.base, fixture.projects_path);
    let auth_url = format!("{}{}", fixture.base, fixture.auth_path);

    // Every call must succeed before it is timed.
    runtime.block_on(async {
        let a: Vec<types::V1ProjectWithDatabaseResponse> = handwritten(&plain, &projects_url)
            .await
            .expect("handwritten list");
        let b = client.list_all_projects().await.expect("generated list");
        assert_eq!(same(&a), same(&b));
        let a: types::AuthConfigResponse = handwritten_same_features(&featured, &auth_url)
            .await
            .expect("handwritten auth");
        let b = client
            .get_auth_service_config(PROJECT_REF)
            .await
            .expect("generated auth");
        assert_eq!(same(&a), same(&b));
    });

    let list: Vec<Variant<'_>> = vec![
        (
            "handwritten",
            Box::new(|| {
                Box::pin(async {
                    handwritten::<Vec<types::V1ProjectWithDatabaseResponse>>(&plain, &projects_url)
                        .await
                        .expect("call");
                })
            }),
        ),
        (
            "handwritten_same_features",
            Box::new(|| {
                Box::pin(async {
                    handwritten_same_features::<Vec<types::V1ProjectWithDatabaseResponse>>(
                        &featured,
                        &projects_url,
                    )
                    .await
                    .expect("call");
                })
            }),
        ),
        (
            "generated",
            Box::new(|| {
                Box::pin(async {
                    client.list_all_projects().await.expect("call");
                })
            }),
        ),
    ];
    let auth: Vec<Variant<'_>> = vec![
        (
            "handwritten",
            Box::new(|| {
                Box::pin(async {
                    handwritten::<types::AuthConfigResponse>(&plain, &auth_url)
                        .await
                        .expect("call");
                })
            }),
        ),
        (
            "handwritten_same_features",
            Box::new(|| {
                Box::pin(async {
                    handwritten_same_features::<types::AuthConfigResponse>(&featured, &auth_url)
                        .await
                        .expect("call");
                })
            }),
        ),
        (
            "generated",
            Box::new(|| {
                Box::pin(async {
                    client
                        .get_auth_service_config(PROJECT_REF)
                        .await
                        .expect("call");
                })
            }),
        ),
    ];

    // The absolute times, each function on its own.
    for (group, variants) in [("list_projects_100", &list), ("auth_config", &auth)] {
        let mut group = c.benchmark_group(group);
        for (name, call) in variants {
            group.bench_function(*name, |b| b.to_async(&runtime).iter(call));
        }
        group.finish();
    }

    // The ratios, measured paired (see `paired`).
    let bench_mode = std::env::args().any(|arg| arg == "--bench");
    let rounds = if bench_mode { PAIRED_ROUNDS } else { 1 };
    let groups = [
        ("list_projects_100", paired(&runtime, &list, rounds)),
        ("auth_config", paired(&runtime, &auth, rounds)),
    ];
    let mut out = Map::new();
    for (group, ratios) in groups {
        let mut entry = Map::new();
        for (name, [q1, median, q3]) in ratios {
            // Test mode runs one round: the code runs, the figures mean nothing.
            if bench_mode {
                println!(
                    "paired {group}/{name}: {median:.3} of handwritten (quartiles {q1:.3} to {q3:.3})"
                );
            }
            entry.insert(
                name.to_owned(),
                json!({"q1": q1, "median": median, "q3": q3}),
            );
        }
        out.insert(group.to_owned(), Value::Object(entry));
    }
    if let (true, Ok(path)) = (bench_mode, std::env::var("BENCH_PAIRED_OUT")) {
        std::fs::write(&path, Value::Object(out).to_string())
            .unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
    }
}

/// One variant of a call, for `paired`: a name and a function starting one call.
type Variant<'a> = (
    &'static str,
    Box<dyn Fn() -> Pin<Box<dyn Future<Output = ()> + 'a>> + 'a>,
);

/// Calls per variant in a round of `paired`.
const PAIRED_CALLS: usize = 10;
/// Rounds of `paired` in a real run.
const PAIRED_ROUNDS: usize = 300;

/// The ratio of each variant's time to the first's, measured in paired
/// rounds: every round times `PAIRED_CALLS` calls of each variant, in an
/// order rotated every round, so a drift of the machine (the other core's
/// load, the clock frequency) falls on all variants alike; criterion's
/// medians, taken minutes apart, carry it into their ratios. Returns the
/// quartiles (first, median, third) of the per-round ratios of the other
/// variants.
fn paired(
    runtime: &tokio::runtime::Runtime,
    variants: &[Variant<'_>],
    rounds: usize,
) -> Vec<(&'static str, [f64; 3])> {
    let mut times: Vec<Vec<f64>> = vec![Vec::with_capacity(rounds); variants.len()];
    for round in 0..rounds {
        for k in 0..variants.len() {
            let i = (round + k) % variants.len();
            let call = &variants[i].1;
            let start = Instant::now();
            runtime.block_on(async {
                for _ in 0..PAIRED_CALLS {
                    call().await;
                }
            });
            times[i].push(start.elapsed().as_secs_f64());
        }
    }
    variants
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, (name, _))| {
            let mut ratios: Vec<f64> = times[i]
                .iter()
                .zip(&times[0])
                .map(|(t, base)| t / base)
                .collect();
            ratios.sort_by(f64::total_cmp);
            let at = |q: f64| ratios[((ratios.len() - 1) as f64 * q).round() as usize];
            (*name, [at(0.25), at(0.5), at(0.75)])
        })
        .collect()
}

criterion_group! {
    name = runtime;
    config = Criterion::default()
        .sample_size(60)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    targets = benches
}

/// `criterion_main!`, with criterion's files kept in the target directory.
///
/// Without `CRITERION_HOME` (which `cargo xtask bench` sets) criterion writes
/// under `CARGO_TARGET_DIR`, read from the bench's working directory, which
/// cargo sets to `bench/`: a relative `CARGO_TARGET_DIR` put its files in
/// the source tree. Cargo's scratch directory for benches is absolute and
/// inside the target directory.
fn main() {
    if std::env::var_os("CRITERION_HOME").is_none() {
        // Before any thread starts: nothing else reads the environment yet.
        std::env::set_var(
            "CRITERION_HOME",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("criterion"),
        );
    }
    runtime();
    Criterion::default().configure_from_args().final_summary();
}
