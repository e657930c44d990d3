//! `v1-deploy-a-function` sends `multipart/form-data`, which Prism 5
//! cannot validate (see `exclusions.rs`). This test checks the body the
//! client sends for the same sample call against the pinned spec instead:
//! every part is a property of the body schema, every required property is
//! there, and each part is encoded as OpenAPI 3.0 says by default (binary
//! items as file parts, `application/octet-stream`, one part per array item;
//! objects as one `application/json` part whose JSON satisfies the
//! property's schema).

use std::path::Path;

use conformance::samples;
use conformance_samples::value::Sampler;
use serde_json::Value;
use supabase_management_api::Client;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const OPERATION: &str = "v1-deploy-a-function";

/// The pinned spec, fetched by `cargo xtask fetch` (and `cargo xtask test`).
fn spec() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/openapi.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; fetch the pinned spec with `cargo xtask fetch`",
            path.display()
        )
    });
    serde_json::from_str(&text).unwrap()
}

/// One part of a multipart body.
#[derive(Debug)]
struct Part {
    name: String,
    file_name: Option<String>,
    content_type: Option<String>,
    data: Vec<u8>,
}

/// Splits a `multipart/form-data` body on its boundary (RFC 7578).
fn parse_multipart(body: &[u8], boundary: &str) -> Vec<Part> {
    let delimiter = format!("--{boundary}").into_bytes();
    let mut parts = Vec::new();
    let mut rest = body;
    let find =
        |haystack: &[u8], needle: &[u8]| haystack.windows(needle.len()).position(|w| w == needle);
    let start = find(rest, &delimiter).expect("no first boundary");
    rest = &rest[start + delimiter.len()..];
    loop {
        if rest.starts_with(b"--") {
            break;
        }
        rest = rest.strip_prefix(b"\r\n").expect("CRLF after a boundary");
        let head_end = find(rest, b"\r\n\r\n").expect("part headers end");
        let head = String::from_utf8(rest[..head_end].to_vec()).unwrap();
        rest = &rest[head_end + 4..];
        let mut next = delimiter.clone();
        next.splice(0..0, *b"\r\n");
        let end = find(rest, &next).expect("closing boundary");
        let data = rest[..end].to_vec();
        rest = &rest[end + next.len()..];
        let mut part = Part {
            name: String::new(),
            file_name: None,
            content_type: None,
            data,
        };
        for line in head.split("\r\n") {
            let (name, value) = line.split_once(':').expect("a part header");
            match name.trim().to_ascii_lowercase().as_str() {
                "content-disposition" => {
                    assert!(value.trim().starts_with("form-data"), "{value}");
                    for param in value.split(';').skip(1) {
                        let (key, v) = param.trim().split_once('=').expect("a parameter");
                        let v = v.trim_matches('"').to_owned();
                        match key {
                            "name" => part.name = v,
                            "filename" => part.file_name = Some(v),
                            other => panic!("unexpected parameter {other}"),
                        }
                    }
                }
                "content-type" => part.content_type = Some(value.trim().to_owned()),
                other => panic!("unexpected part header {other}"),
            }
        }
        parts.push(part);
    }
    parts
}

#[tokio::test]
async fn the_deploy_body_is_the_multipart_the_spec_describes() {
    let spec = spec();
    let sampler = Sampler::new(&spec);
    let call = samples::CALLS.iter().find(|c| c.id == OPERATION).unwrap();
    let operation = &spec["paths"][call.path][call.method.to_ascii_lowercase()];
    let mut at = String::new();
    let schema = sampler.resolve(
        &operation["requestBody"]["content"]["multipart/form-data"]["schema"],
        &mut at,
    );
    let properties = schema["properties"].as_object().expect("an object body");
    let required: Vec<&str> = schema["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();

    // Answer with a valid success response (sampled from its schema).
    let status = call.status.unwrap();
    let response_schema =
        &operation["responses"][status.to_string()]["content"]["application/json"]["schema"];
    let mut sampler_for_response = Sampler::new(&spec);
    let response = sampler_for_response.sample(response_schema, "#", 0, 0);
    let server = MockServer::start().await;
    Mock::given(method(call.method))
        .and(path("/v1/projects/abcdefghijklmnopqrst/functions/deploy"))
        .respond_with(ResponseTemplate::new(status).set_body_json(response))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder("token")
        .base_url(server.uri())
        .allow_insecure_http(true)
        .build()
        .unwrap();
    samples::call(&client, OPERATION, &[])
        .await
        .unwrap()
        .unwrap_or_else(|e| panic!("{OPERATION}: {e}"));

    let requests = server.received_requests().await.unwrap();
    let request = &requests[0];
    let content_type = request.headers["content-type"].to_str().unwrap().to_owned();
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .unwrap_or_else(|| panic!("Content-Type {content_type}"));
    let parts = parse_multipart(&request.body, boundary);
    assert!(!parts.is_empty());

    for part in &parts {
        assert!(
            properties.contains_key(&part.name),
            "part {:?} is not a property of the body schema",
            part.name
        );
    }
    for name in &required {
        assert!(
            parts.iter().any(|p| p.name == *name),
            "required part {name} is missing"
        );
    }
    for (name, property) in properties {
        let mut at = String::new();
        let property = sampler.resolve(property, &mut at);
        let of_name: Vec<&Part> = parts.iter().filter(|p| p.name == *name).collect();
        let binary = |s: &Value| s["type"] == "string" && s["format"] == "binary";
        if property["type"] == "array" && binary(&property["items"]) {
            // One file part per item.
            assert!(!of_name.is_empty(), "{name}: the sample has files");
            for part in of_name {
                assert!(
                    part.file_name.is_some(),
                    "{name}: a file part has a file name"
                );
                assert_eq!(
                    part.content_type.as_deref(),
                    Some("application/octet-stream"),
                    "{name}"
                );
            }
        } else if binary(property) {
            assert!(of_name.len() <= 1, "{name}: one file");
            for part in of_name {
                assert!(
                    part.file_name.is_some(),
                    "{name}: a file part has a file name"
                );
            }
        } else if property["type"] == "object" || property.get("properties").is_some() {
            assert_eq!(of_name.len(), 1, "{name}: one JSON part");
            let part = of_name[0];
            assert_eq!(
                part.content_type.as_deref(),
                Some("application/json"),
                "{name}"
            );
            let value: Value = serde_json::from_slice(&part.data)
                .unwrap_or_else(|e| panic!("{name}: not JSON: {e}"));
            assert!(
                sampler.valid(&value, property),
                "{name}: {value} does not satisfy {property}"
            );
        } else {
            // Primitives are text (text/plain by default).
            assert!(of_name.len() <= 1, "{name}: one text part");
            for part in of_name {
                assert!(part.file_name.is_none(), "{name}: not a file");
                let text = String::from_utf8(part.data.clone()).unwrap();
                let value = match property["type"].as_str() {
                    Some("string") => Value::String(text),
                    _ => serde_json::from_str(&text).unwrap(),
                };
                assert!(sampler.valid(&value, property), "{name}: {value}");
            }
        }
    }
}
