//! What failures look like: API errors, decode errors, timeouts, body limits.

mod common;

use std::time::Duration;

use common::{builder, client, get_answered_with, get_thing, serve, TestClock};
use openapi_client_runtime::{Error, RawResponse, RetryPolicy};
use serde::Deserialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wiremock::ResponseTemplate;

#[tokio::test]
async fn an_api_error_carries_status_request_id_and_json_body() {
    let error = get_answered_with(
        ResponseTemplate::new(404)
            .insert_header("x-request-id", "req-123")
            .set_body_json(serde_json::json!({"message": "Project not found"})),
    )
    .await
    .unwrap_err();

    let Error::Api(api) = &error else {
        panic!("expected an API error, got {error:?}");
    };
    assert_eq!(api.status, 404);
    assert_eq!(api.operation.id, "test-get-thing");
    assert_eq!(api.request_id(), Some("req-123"));
    assert_eq!(api.message(), Some("Project not found"));
    assert_eq!(api.body.as_ref().unwrap()["message"], "Project not found");
    assert_eq!(api.attempts, 1);
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    assert!(!error.is_retryable());
    assert_eq!(
        error.to_string(),
        "GET /v1/things/{id} (test-get-thing) returned 404 Not Found: Project not found [request id req-123]"
    );
}

#[tokio::test]
async fn a_non_json_error_body_is_kept_as_a_bounded_excerpt() {
    let response = ResponseTemplate::new(400).set_body_string("x".repeat(10_000));
    let error = get_answered_with(response).await.unwrap_err();

    let api = error.api_error().unwrap();
    assert!(api.body.is_none());
    assert!(
        api.excerpt.len() <= 520,
        "excerpt of {} bytes",
        api.excerpt.len()
    );
    assert!(api.excerpt.ends_with("..."));
    assert!(error.to_string().len() < 700);
}

#[derive(Debug, Deserialize)]
struct ProjectList {
    #[allow(dead_code)]
    projects: Vec<Project>,
}

#[derive(Debug, Deserialize)]
struct Project {
    #[allow(dead_code)]
    id: String,
    status: Status,
}

/// Like a generated enum: unknown values fall back instead of failing.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
enum Status {
    ActiveHealthy,
    ComingUp,
    #[serde(other)]
    Unknown,
}

fn project(id: &str, status: serde_json::Value) -> serde_json::Value {
    serde_json::json!({"id": id, "status": status})
}

#[tokio::test]
async fn malformed_json_is_a_decode_error_naming_the_json_path() {
    let body = serde_json::json!({"projects": [
        project("a", "ACTIVE_HEALTHY".into()),
        project("b", "COMING_UP".into()),
        project("c", "ACTIVE_HEALTHY".into()),
        project("d", 42.into()),
    ]});
    let response = get_answered_with(ResponseTemplate::new(200).set_body_json(body))
        .await
        .unwrap();
    let error = response.json::<ProjectList>().unwrap_err();

    let Error::Decode(decode) = &error else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(decode.path, "projects[3].status");
    assert_eq!(decode.status, 200);
    assert_eq!(decode.operation.id, "test-get-thing");
    assert!(decode.excerpt.starts_with("{\"projects\""));
    let message = error.to_string();
    assert!(message.contains("`projects[3].status`"), "{message}");
    assert!(message.contains("test-get-thing"), "{message}");
}

#[tokio::test]
async fn trailing_garbage_is_a_decode_error() {
    let body = "{\"projects\": []} trailing";
    let response = get_answered_with(ResponseTemplate::new(200).set_body_string(body))
        .await
        .unwrap();

    assert!(matches!(
        response.json::<ProjectList>(),
        Err(Error::Decode(_))
    ));
}

#[tokio::test]
async fn an_unknown_enum_value_still_decodes() {
    let body = serde_json::json!({"projects": [
        project("a", "ACTIVE_HEALTHY".into()),
        project("b", "SOME_NEW_STATUS".into()),
    ]});
    let list: ProjectList = get_answered_with(ResponseTemplate::new(200).set_body_json(body))
        .await
        .unwrap()
        .json()
        .unwrap();

    let statuses: Vec<_> = list.projects.iter().map(|p| &p.status).collect();
    assert_eq!(statuses, [&Status::ActiveHealthy, &Status::Unknown]);
}

#[tokio::test]
async fn a_slow_server_is_a_timeout_error() {
    let server = serve(ResponseTemplate::new(200).set_delay(Duration::from_secs(5))).await;
    let client = builder(&server.uri(), &TestClock::advancing())
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap();

    let error = client
        .execute(get_thing().with_attempt_timeout(Duration::from_millis(50)))
        .await
        .unwrap_err();

    assert!(error.is_timeout(), "{error:?}");
    assert!(matches!(
        error,
        Error::Timeout { timeout: Some(t), attempts: 1, .. } if t == Duration::from_millis(50)
    ));
    assert!(error.is_retryable());
}

#[tokio::test]
async fn a_timed_out_get_is_retried() {
    let server = serve(ResponseTemplate::new(200).set_delay(Duration::from_secs(5))).await;
    let clock = TestClock::advancing();
    let client = builder(&server.uri(), &clock)
        .attempt_timeout(Some(Duration::from_millis(50)))
        .build()
        .unwrap();

    let error = client.execute(get_thing()).await.unwrap_err();

    assert!(
        matches!(error, Error::Timeout { attempts: 3, .. }),
        "{error:?}"
    );
    assert_eq!(
        clock.waits(),
        [Duration::from_millis(500), Duration::from_secs(1)]
    );
}

#[tokio::test]
async fn the_per_call_attempt_timeout_overrides_the_clients() {
    let server = serve(ResponseTemplate::new(200).set_delay(Duration::from_millis(300))).await;
    let client = builder(&server.uri(), &TestClock::advancing())
        .attempt_timeout(Some(Duration::from_millis(50)))
        .build()
        .unwrap();

    let response = client
        .execute(get_thing().with_attempt_timeout(Duration::from_secs(10)))
        .await
        .unwrap();

    assert_eq!(response.status, 200);
}

/// A call answered with a body of `length` bytes, by a client accepting
/// bodies up to 1,000 bytes.
async fn call_with_body_of(length: usize) -> Result<RawResponse, Error> {
    let server = serve(ResponseTemplate::new(200).set_body_string("y".repeat(length))).await;
    let client = builder(&server.uri(), &TestClock::advancing())
        .max_response_body(1_000)
        .build()
        .unwrap();
    client.execute(get_thing()).await
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused() {
    let error = call_with_body_of(2_000).await.unwrap_err();

    assert!(
        matches!(error, Error::BodyTooLarge { limit: 1_000, .. }),
        "{error:?}"
    );
    assert!(error
        .to_string()
        .contains("exceeds the limit of 1000 bytes"));
}

#[tokio::test]
async fn a_body_at_the_limit_is_accepted() {
    let response = call_with_body_of(1_000).await.unwrap();

    assert_eq!(response.body.len(), 1_000);
}

/// A server that answers one request with a chunked body of `chunks` chunks
/// of 400 bytes and no `Content-Length`, so only streaming can catch it.
async fn chunked_server(chunks: usize) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut request = Vec::new();
        let mut buffer = [0u8; 1024];
        while !request.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = socket.read(&mut buffer).await.unwrap();
            if n == 0 {
                return;
            }
            request.extend_from_slice(&buffer[..n]);
        }
        let head =
            "HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ntransfer-encoding: chunked\r\n\r\n";
        if socket.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        for i in 0..chunks {
            let letter = char::from(b'a' + (i % 26) as u8);
            let chunk = format!("190\r\n{}\r\n", letter.to_string().repeat(400));
            if socket.write_all(chunk.as_bytes()).await.is_err() {
                return;
            }
            let _ = socket.flush().await;
            // Separate reads on the client, so the body arrives in chunks.
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        let _ = socket.write_all(b"0\r\n\r\n").await;
    });
    format!("http://{address}")
}

#[tokio::test]
async fn the_body_limit_is_enforced_while_streaming() {
    let uri = chunked_server(10).await;
    let client = builder(&uri, &TestClock::advancing())
        .max_response_body(1_000)
        .build()
        .unwrap();

    let error = client.execute(get_thing()).await.unwrap_err();

    assert!(
        matches!(error, Error::BodyTooLarge { limit: 1_000, .. }),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_chunked_body_under_the_limit_is_read_whole() {
    let uri = chunked_server(3).await;
    let client = builder(&uri, &TestClock::advancing())
        .max_response_body(1_500)
        .build()
        .unwrap();

    let response = client.execute(get_thing()).await.unwrap();

    let expected = ["a", "b", "c"].map(|letter| letter.repeat(400)).concat();
    assert_eq!(response.body, expected.as_bytes());
}

#[tokio::test]
async fn error_for_status_turns_a_raw_non_2xx_into_the_same_error() {
    let server = serve(
        ResponseTemplate::new(403)
            .set_body_json(serde_json::json!({"message": "Forbidden resource"})),
    )
    .await;
    let client = client(&server.uri(), &TestClock::advancing());

    let raw = client.execute_raw(get_thing()).await.unwrap();
    assert_eq!(raw.status, 403);
    let error = raw.error_for_status().unwrap_err();

    assert!(matches!(&error, Error::Api(e) if e.status == 403));
    assert_eq!(
        error.api_error().and_then(|e| e.message()),
        Some("Forbidden resource")
    );
}

#[tokio::test]
async fn a_header_valued_result_is_parsed_or_a_decode_error() {
    let response =
        get_answered_with(ResponseTemplate::new(200).insert_header("X-Total-Count", "42"))
            .await
            .unwrap();

    assert_eq!(response.header::<i64>("x-total-count").unwrap(), 42);
    assert_eq!(response.header::<String>("X-Total-Count").unwrap(), "42");
    let not_a_bool = response.header::<bool>("X-Total-Count").unwrap_err();
    assert!(matches!(&not_a_bool, Error::Decode(e) if e.path == "header X-Total-Count"));
    let missing = response.header::<i64>("X-Other").unwrap_err();
    assert!(
        matches!(&missing, Error::Decode(e) if e.message == "missing"),
        "{missing:?}"
    );
}
