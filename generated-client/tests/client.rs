//! The client type this crate adds over the runtime's: its constructors'
//! defaults, and its operations reaching the runtime and decoding with it.

use supabase_management_api::{Client, Error, DEFAULT_BASE_URL};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "sbp_0123456789abcdef_SECRET_TOKEN";

#[test]
fn the_default_base_url_is_the_apis() {
    let client = Client::new(TOKEN).unwrap();
    assert_eq!(client.base_url(), DEFAULT_BASE_URL);
    assert_eq!(client.base_url(), "https://api.supabase.com");
    let client = Client::builder_without_auth().build().unwrap();
    assert_eq!(client.base_url(), "https://api.supabase.com");
}

#[test]
fn plain_http_is_refused_unless_allowed() {
    let error = Client::builder(TOKEN)
        .base_url("http://api.example.test")
        .build()
        .unwrap_err();
    assert!(matches!(error, Error::Config(_)), "{error:?}");
}

#[tokio::test]
async fn an_operation_sends_the_token_and_this_crates_user_agent() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/projects"))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .and(header(
            "user-agent",
            concat!("supabase-management-api/", env!("CARGO_PKG_VERSION")),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_string("[]"))
        .mount(&server)
        .await;
    let client = Client::builder(TOKEN)
        .base_url(server.uri())
        .allow_insecure_http(true)
        .build()
        .unwrap();

    let projects = client.list_all_projects().await.unwrap();

    assert!(projects.is_empty());
}

fn client(uri: &str) -> Client {
    Client::builder(TOKEN)
        .base_url(uri)
        .allow_insecure_http(true)
        .build()
        .unwrap()
}

/// A server that answers every request with status 200 and `body` as `content_type`.
async fn serve_any(content_type: &str, body: Vec<u8>) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200).set_body_raw(body, content_type))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn a_text_operation_answered_with_bytes_that_are_not_utf8_is_a_decode_error() {
    let server = serve_any("text/plain", vec![b'o', b'k', 0xff, 0xfe, b'\n']).await;
    let client = client(&server.uri());

    // `GET /v1/branches/{branch_id_or_ref}/diff` answers `text/plain`.
    let error = client.diff_a_branch("main").await.unwrap_err();

    let Error::Decode(decode) = &error else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(decode.status, 200);
    assert_eq!(decode.operation.id, "v1-diff-a-branch");
    assert!(decode.message.contains("not UTF-8"), "{}", decode.message);
    assert_eq!(decode.excerpt, "ok\u{fffd}\u{fffd}\n");
}

#[tokio::test]
async fn a_json_operation_answered_with_html_is_a_decode_error() {
    let page = "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>";
    let server = serve_any("text/html", page.as_bytes().to_vec()).await;
    let client = client(&server.uri());

    let error = client.get_profile().await.unwrap_err();

    let Error::Decode(decode) = &error else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(decode.status, 200);
    assert_eq!(decode.operation.id, "v1-get-profile");
    assert!(
        decode.message.contains("expected value"),
        "{}",
        decode.message
    );
    assert_eq!(decode.excerpt, page);
    assert!(error
        .to_string()
        .contains("could not decode the 200 OK response"));
    // The body is not in the message: a success response may hold secrets.
    assert!(!error.to_string().contains("Bad Gateway"), "{error}");
}

#[tokio::test]
async fn the_user_agent_is_this_crates_then_the_applications_and_only_one() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_string("[]"))
        .mount(&server)
        .await;
    let client = Client::builder(TOKEN)
        .base_url(server.uri())
        .allow_insecure_http(true)
        .append_user_agent("my-app/2.1")
        .build()
        .unwrap();

    client.list_all_projects().await.unwrap();
    client
        .list_all_projects()
        .header("user-agent", "probe/1")
        .await
        .unwrap();

    let requests = server.received_requests().await.unwrap();
    let agents: Vec<Vec<&str>> = requests
        .iter()
        .map(|r| {
            r.headers
                .get_all("user-agent")
                .iter()
                .map(|v| v.to_str().unwrap())
                .collect()
        })
        .collect();
    let own = concat!(
        env!("CARGO_PKG_NAME"),
        "/",
        env!("CARGO_PKG_VERSION"),
        " my-app/2.1"
    );
    assert_eq!(agents, [vec![own], vec!["probe/1"]]);
}
