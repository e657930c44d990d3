//! Client configuration and the request itself: HTTPS, headers, auth,
//! ad-hoc operations, redaction of the token.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use bytes::Bytes;
use common::{
    assert_contains_all, builder, client, get_thing, mount, serve, TestClock, BASE, GET_THING,
    TOKEN,
};
use openapi_client_runtime::{
    encode_path_segment, BoxError, Client, Error, FilePart, MultipartPart, Operation, Request,
    RequestBody, RetryPolicy, SecretString, TokenProvider,
};
use wiremock::matchers::{body_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

async fn ok_server() -> MockServer {
    serve(ResponseTemplate::new(200)).await
}

/// A client of `server` over a `reqwest` client of the user's own, which
/// sets a `User-Agent` of its own.
fn over_users_reqwest_client(server: &MockServer) -> Client {
    let http = reqwest::Client::builder()
        .user_agent("someone-else/1.0")
        .build()
        .unwrap();
    builder(&server.uri(), &TestClock::advancing())
        .http_client(http)
        .build()
        .unwrap()
}

/// Whether the one request `server` received carried an `Authorization` header.
async fn sent_authorization(server: &MockServer) -> bool {
    only_request(server)
        .await
        .headers
        .contains_key("authorization")
}

async fn only_request(server: &MockServer) -> wiremock::Request {
    let mut requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1);
    requests.remove(0)
}

#[test]
fn plain_http_is_refused_unless_allowed() {
    let error = Client::builder(BASE)
        .access_token(TOKEN)
        .base_url("http://api.example.test")
        .build()
        .unwrap_err();
    assert!(matches!(error, Error::Config(_)));
    assert!(
        error.to_string().contains("allow_insecure_http(true)"),
        "{error}"
    );

    Client::builder(BASE)
        .access_token(TOKEN)
        .base_url("http://api.example.test")
        .allow_insecure_http(true)
        .build()
        .unwrap();
    Client::builder(BASE).access_token(TOKEN).build().unwrap();
}

#[test]
fn a_base_url_that_is_not_http_is_refused() {
    for url in ["not a url", "ftp://api.example.test"] {
        let error = Client::builder(BASE)
            .access_token(TOKEN)
            .base_url(url)
            .allow_insecure_http(true)
            .build()
            .unwrap_err();
        assert!(matches!(error, Error::Config(_)), "{url}: {error:?}");
    }
}

#[test]
fn the_base_url_is_kept_without_a_trailing_slash() {
    let client = Client::builder("https://api.example.test/base/")
        .build()
        .unwrap();
    assert_eq!(client.base_url(), "https://api.example.test/base");
}

#[test]
fn a_user_agent_that_is_not_a_header_value_is_refused() {
    let error = Client::builder(BASE)
        .user_agent("bad\nagent")
        .build()
        .unwrap_err();
    assert!(matches!(error, Error::Config(_)), "{error:?}");
}

#[tokio::test]
async fn requests_carry_the_bearer_token_and_the_user_agent() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .and(header("user-agent", USER_AGENT))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;

    let response = client(&server.uri(), &TestClock::advancing())
        .execute(get_thing())
        .await
        .unwrap();

    assert_eq!(response.status, 200);
}

#[tokio::test]
async fn the_user_agent_is_set_on_a_users_own_reqwest_client_too() {
    let server = ok_server().await;
    let client = over_users_reqwest_client(&server);

    client.execute(get_thing()).await.unwrap();

    let request = only_request(&server).await;
    assert_eq!(request.headers["user-agent"], USER_AGENT);
    assert_eq!(
        request.headers["authorization"],
        format!("Bearer {TOKEN}").as_str()
    );
}

/// The `User-Agent` values of the one request `server` received.
async fn user_agents(server: &MockServer) -> Vec<String> {
    let request = only_request(server).await;
    request
        .headers
        .get_all("user-agent")
        .iter()
        .map(|value| value.to_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn an_application_appends_its_product_tokens_to_the_user_agent() {
    let server = ok_server().await;
    let client = builder(&server.uri(), &TestClock::advancing())
        .user_agent("some-api/0.3.0")
        .append_user_agent("my-app/2.1")
        .append_user_agent(" (batch) ")
        .build()
        .unwrap();

    client.execute(get_thing()).await.unwrap();

    assert_eq!(
        user_agents(&server).await,
        ["some-api/0.3.0 my-app/2.1 (batch)"]
    );
}

#[test]
fn an_appended_product_token_must_be_a_header_value_and_not_empty() {
    for product in ["", "  ", "my-app/1.0\r\nX-Evil: 1"] {
        let error = Client::builder(BASE)
            .append_user_agent(product)
            .build()
            .unwrap_err();
        assert!(matches!(error, Error::Config(_)), "{product:?}: {error:?}");
    }
}

#[tokio::test]
async fn a_calls_user_agent_header_replaces_the_clients() {
    let server = ok_server().await;
    let client = builder(&server.uri(), &TestClock::advancing())
        .append_user_agent("my-app/2.1")
        .build()
        .unwrap();

    client
        .execute(get_thing().with_header("User-Agent", "probe/1"))
        .await
        .unwrap();

    assert_eq!(user_agents(&server).await, ["probe/1"]);
}

#[tokio::test]
async fn a_users_reqwest_client_never_adds_a_second_user_agent() {
    let server = ok_server().await;
    let client = over_users_reqwest_client(&server);

    client
        .execute(get_thing().with_header("user-agent", "probe/1"))
        .await
        .unwrap();

    assert_eq!(user_agents(&server).await, ["probe/1"]);
}

static CREATE_BRANCH: Operation =
    Operation::new("my-create-branch", "POST", "/v1/projects/{ref}/branches");

#[tokio::test]
async fn an_ad_hoc_operation_goes_through_the_same_stack() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/projects/abc/branches"))
        .and(query_param("dry_run", "true"))
        .and(header("x-custom", "yes"))
        .and(header("content-type", "application/json"))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .and(body_json(serde_json::json!({"branch_name": "feature"})))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({"id": "b1"})))
        .mount(&server)
        .await;
    let request = Request::new(
        &CREATE_BRANCH,
        format!("/v1/projects/{}/branches", encode_path_segment("abc")),
    )
    .with_query("dry_run", "true")
    .with_header("x-custom", "yes")
    .with_json(&serde_json::json!({"branch_name": "feature"}))
    .unwrap();

    let response = client(&server.uri(), &TestClock::advancing())
        .execute(request)
        .await
        .unwrap();

    assert_eq!(response.status, 201);
    let value: serde_json::Value = response.json().unwrap();
    assert_eq!(value["id"], "b1");
    assert!(!Request::new(&CREATE_BRANCH, String::new()).is_replayable());
}

#[tokio::test]
async fn path_segments_are_percent_encoded() {
    let server = ok_server().await;
    let request = Request::new(
        &GET_THING,
        format!("/v1/things/{}", encode_path_segment("a/b c?%")),
    );

    client(&server.uri(), &TestClock::advancing())
        .execute(request)
        .await
        .unwrap();

    assert_eq!(
        only_request(&server).await.url.path(),
        "/v1/things/a%2Fb%20c%3F%25"
    );
}

#[tokio::test]
async fn dot_segments_are_refused_before_anything_is_sent() {
    let server = ok_server().await;
    for value in ["..", "."] {
        let request = Request::new(
            &GET_THING,
            format!("/v1/things/{}", encode_path_segment(value)),
        );
        let error = client(&server.uri(), &TestClock::advancing())
            .execute(request)
            .await
            .unwrap_err();
        assert!(
            matches!(error, openapi_client_runtime::Error::InvalidRequest(_)),
            "{value}: {error:?}"
        );
    }
    assert!(server
        .received_requests()
        .await
        .unwrap_or_default()
        .is_empty());
}

#[tokio::test]
async fn a_client_without_auth_sends_no_authorization_header() {
    let server = ok_server().await;
    let client = Client::builder(BASE)
        .base_url(server.uri())
        .allow_insecure_http(true)
        .build()
        .unwrap();

    client.execute(get_thing()).await.unwrap();

    assert!(!sent_authorization(&server).await);
}

#[tokio::test]
async fn a_request_without_auth_sends_no_authorization_header() {
    let server = ok_server().await;

    client(&server.uri(), &TestClock::advancing())
        .execute(get_thing().without_auth())
        .await
        .unwrap();

    assert!(!sent_authorization(&server).await);
}

#[tokio::test]
async fn an_invalid_header_is_an_error_before_anything_is_sent() {
    let server = ok_server().await;
    let client = client(&server.uri(), &TestClock::advancing());

    let bad_name = client
        .execute(get_thing().with_header("bad header", "x"))
        .await;
    let bad_value = client
        .execute(get_thing().with_header("x-ok", "line\nbreak"))
        .await;
    static BAD_METHOD: Operation = Operation::new("bad", "GE T", "/v1/x");
    let bad_method = client
        .execute(Request::new(&BAD_METHOD, "/v1/x".into()))
        .await;

    for result in [bad_name, bad_value, bad_method] {
        assert!(
            matches!(result, Err(Error::InvalidRequest(_))),
            "{result:?}"
        );
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

/// Hands out `token-1`, then `token-2` once `token-1` was rejected.
#[derive(Default)]
struct RotatingProvider {
    rejected: AtomicUsize,
    calls: AtomicUsize,
    refreshes: bool,
}

impl TokenProvider for RotatingProvider {
    async fn access_token(&self) -> Result<SecretString, BoxError> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        Ok(format!("token-{}", 1 + self.rejected.load(Ordering::SeqCst)).into())
    }

    async fn token_rejected(&self, token: &SecretString) -> bool {
        assert_eq!(token.expose_secret(), "token-1");
        self.rejected.fetch_add(1, Ordering::SeqCst);
        self.refreshes
    }
}

fn unauthorized() -> ResponseTemplate {
    ResponseTemplate::new(401).set_body_json(serde_json::json!({"message": "Unauthorized"}))
}

async fn server_accepting_only_token_2() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(header("authorization", "Bearer token-2"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    mount(&server, "GET", unauthorized()).await;
    server
}

#[tokio::test]
async fn a_token_provider_is_asked_again_after_a_401() {
    let server = server_accepting_only_token_2().await;
    let provider = Arc::new(RotatingProvider {
        refreshes: true,
        ..Default::default()
    });
    let client = Client::builder(BASE)
        .token_provider(SharedProvider(provider.clone()))
        .base_url(server.uri())
        .allow_insecure_http(true)
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap();

    let response = client.execute(get_thing()).await.unwrap();

    assert_eq!(response.status, 200);
    assert_eq!(provider.calls.load(Ordering::SeqCst), 2);
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn a_401_is_final_when_the_provider_cannot_refresh() {
    let server = server_accepting_only_token_2().await;
    let client = Client::builder(BASE)
        .token_provider(RotatingProvider::default())
        .base_url(server.uri())
        .allow_insecure_http(true)
        .build()
        .unwrap();

    let error = client.execute(get_thing()).await.unwrap_err();

    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

struct SharedProvider(Arc<RotatingProvider>);

impl TokenProvider for SharedProvider {
    async fn access_token(&self) -> Result<SecretString, BoxError> {
        self.0.access_token().await
    }

    async fn token_rejected(&self, token: &SecretString) -> bool {
        self.0.token_rejected(token).await
    }
}

struct FailingProvider;

impl TokenProvider for FailingProvider {
    async fn access_token(&self) -> Result<SecretString, BoxError> {
        Err("the vault is sealed".into())
    }
}

#[tokio::test]
async fn a_failing_token_provider_is_an_auth_error() {
    let server = ok_server().await;
    let client = Client::builder(BASE)
        .token_provider(FailingProvider)
        .base_url(server.uri())
        .allow_insecure_http(true)
        .build()
        .unwrap();

    let error = client.execute(get_thing()).await.unwrap_err();

    assert!(matches!(error, Error::Auth { .. }), "{error:?}");
    assert!(error.to_string().contains("the vault is sealed"));
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn the_token_never_shows_in_debug_or_errors() {
    let server = serve(unauthorized()).await;
    let builder = builder(&server.uri(), &TestClock::advancing());
    let builder_debug = format!("{builder:?}");
    let client = builder.build().unwrap();

    let error = client.execute(get_thing()).await.unwrap_err();
    let transport_error = common::client(&common::closed_port_uri(), &TestClock::advancing())
        .execute(get_thing())
        .await
        .unwrap_err();

    let secret = SecretString::from(TOKEN);
    for text in [
        builder_debug,
        format!("{client:?}"),
        format!("{client:#?}"),
        format!("{secret:?}"),
        format!("{error}"),
        format!("{error:?}"),
        format!("{transport_error}"),
        format!("{transport_error:?}"),
        format!("{:?}", get_thing()),
    ] {
        assert!(!text.contains(TOKEN), "token leaked: {text}");
        assert!(!text.contains("SECRET"), "token leaked: {text}");
    }
    assert_eq!(secret.expose_secret(), TOKEN);
}

static UPLOAD: Operation = Operation::new("my-upload", "POST", "/v1/upload");

#[tokio::test]
async fn bytes_form_and_multipart_bodies_are_sent_with_their_content_types() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client = client(&server.uri(), &TestClock::advancing());
    let upload = || Request::new(&UPLOAD, "/v1/upload".to_owned());

    let bytes = RequestBody::Bytes {
        content_type: "application/octet-stream",
        data: Bytes::from_static(b"\x00\x01binary"),
    };
    let form = RequestBody::form(&[("a", "1 2"), ("b", "&")]).unwrap();
    let multipart = RequestBody::Multipart(vec![
        MultipartPart {
            name: "metadata".into(),
            file_name: None,
            content_type: Some("application/json".into()),
            data: Bytes::from_static(b"{\"entrypoint_path\":\"index.ts\"}"),
        },
        MultipartPart {
            name: "file".into(),
            file_name: Some("index.ts".into()),
            content_type: None,
            data: Bytes::from_static(b"console.log(1)"),
        },
    ]);
    for body in [bytes, form, multipart] {
        client.execute(upload().with_body(body)).await.unwrap();
    }

    let requests = server.received_requests().await.unwrap();
    let content_type = |i: usize| {
        requests[i].headers["content-type"]
            .to_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(content_type(0), "application/octet-stream");
    assert_eq!(requests[0].body, b"\x00\x01binary");
    assert_eq!(content_type(1), "application/x-www-form-urlencoded");
    assert_eq!(requests[1].body, b"a=1+2&b=%26");
    assert!(content_type(2).starts_with("multipart/form-data; boundary="));
    assert_contains_all(
        &String::from_utf8_lossy(&requests[2].body),
        &[
            "name=\"metadata\"",
            "Content-Type: application/json",
            "{\"entrypoint_path\":\"index.ts\"}",
            "name=\"file\"; filename=\"index.ts\"",
            "console.log(1)",
        ],
    );
}

#[test]
fn request_bodies_do_not_show_their_content_in_debug() {
    let body = RequestBody::json(&serde_json::json!({"db_pass": "hunter2"})).unwrap();
    let debug = format!("{body:?}");
    assert!(!debug.contains("hunter2"), "{debug}");
    assert_eq!(debug, "Json(<21 bytes>)");
}

#[tokio::test]
async fn file_text_and_json_parts_build_a_multipart_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let parts = vec![
        FilePart::new(b"export default 1".to_vec()).into_part("file"),
        FilePart::new("x")
            .file_name("b.ts")
            .content_type("application/typescript")
            .into_part("file"),
        MultipartPart::text("name", "hello".to_owned()),
        MultipartPart::json("metadata", &serde_json::json!({"verify_jwt": true})).unwrap(),
    ];
    assert!(!format!("{:?}", FilePart::new("secret-source")).contains("secret-source"));

    client(&server.uri(), &TestClock::advancing())
        .execute(
            Request::new(&UPLOAD, "/v1/upload".to_owned()).with_body(RequestBody::Multipart(parts)),
        )
        .await
        .unwrap();

    let requests = server.received_requests().await.unwrap();
    assert_contains_all(
        &String::from_utf8_lossy(&requests[0].body),
        &[
            // A file part without a name is named after its field.
            "name=\"file\"; filename=\"file\"\r\nContent-Type: application/octet-stream",
            "name=\"file\"; filename=\"b.ts\"\r\nContent-Type: application/typescript",
            "name=\"name\"\r\n\r\nhello",
            "name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n{\"verify_jwt\":true}",
        ],
    );
}
