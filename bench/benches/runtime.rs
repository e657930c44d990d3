//! The cost of one generated call against a hand-written reqwest + serde_json
//! call making the same request to the same loopback server, on the same
//! single-threaded tokio runtime.
//!
//! Run by `cargo xtask bench`, which reads the medians criterion saves.
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

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};
use supabase_management_api::{types, Client};

const TOKEN: &str = "sbp_0123456789abcdef0123456789abcdef01234567";
const PROJECT_REF: &str = "abcdefghijklmnopqrst";
const TIMEOUT: Duration = Duration::from_secs(60);

/// Answers every request on a connection with the canned body of its path
/// (404 for others), keeping connections alive. Loopback only.
fn serve(routes: Vec<(String, Vec<u8>)>) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let addr = listener.local_addr().expect("local address");
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
        for stream in listener.incoming().flatten() {
            let responses = responses.clone();
            std::thread::spawn(move || {
                let _ = handle(stream, &responses);
            });
        }
    });
    addr
}

fn handle(stream: TcpStream, responses: &[(String, Vec<u8>)]) -> std::io::Result<()> {
    stream.set_nodelay(true)?;
    let mut writer = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let path = line.split(' ').nth(1).unwrap_or("").to_owned();
        let mut length = 0usize;
        loop {
            line.clear();
            if reader.read_line(&mut line)? == 0 {
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
        std::io::copy(&mut (&mut reader).take(length as u64), &mut std::io::sink())?;
        match responses.iter().find(|(p, _)| *p == path) {
            Some((_, response)) => writer.write_all(response)?,
            None => writer.write_all(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n")?,
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
    let user_agent = format!("generated-client/{}", env!("CARGO_PKG_VERSION"));
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

    let mut group = c.benchmark_group("list_projects_100");
    group.bench_function("handwritten", |b| {
        b.to_async(&runtime).iter(|| async {
            handwritten::<Vec<types::V1ProjectWithDatabaseResponse>>(&plain, &projects_url)
                .await
                .expect("call")
        })
    });
    group.bench_function("handwritten_same_features", |b| {
        b.to_async(&runtime).iter(|| async {
            handwritten_same_features::<Vec<types::V1ProjectWithDatabaseResponse>>(
                &featured,
                &projects_url,
            )
            .await
            .expect("call")
        })
    });
    group.bench_function("generated", |b| {
        b.to_async(&runtime)
            .iter(|| async { client.list_all_projects().await.expect("call") })
    });
    group.finish();

    let mut group = c.benchmark_group("auth_config");
    group.bench_function("handwritten", |b| {
        b.to_async(&runtime).iter(|| async {
            handwritten::<types::AuthConfigResponse>(&plain, &auth_url)
                .await
                .expect("call")
        })
    });
    group.bench_function("handwritten_same_features", |b| {
        b.to_async(&runtime).iter(|| async {
            handwritten_same_features::<types::AuthConfigResponse>(&featured, &auth_url)
                .await
                .expect("call")
        })
    });
    group.bench_function("generated", |b| {
        b.to_async(&runtime).iter(|| async {
            client
                .get_auth_service_config(PROJECT_REF)
                .await
                .expect("call")
        })
    });
    group.finish();
}

criterion_group! {
    name = runtime;
    config = Criterion::default()
        .sample_size(60)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    targets = benches
}
criterion_main!(runtime);
