//! The `security_schemes` fixture's client on the wire: each kind of
//! security scheme sends its credential where the scheme says, operations
//! pick the first alternative of their requirement the client has
//! credentials for, `security: []` sends none, a header parameter naming a
//! credential's header replaces it (never two), and no secret shows in
//! `Debug` or errors.

use fixture_compile::security_schemes::{Client, Credentials};
use fixture_compile::Error;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const KEY: &str = "key-SECRET-1";
const QUERY_KEY: &str = "query-SECRET-2";
const SESSION: &str = "session-SECRET-3";
const TOKEN: &str = "token-SECRET-4";
const PASSWORD: &str = "password-SECRET-5";

async fn server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    server
}

fn client(server: &MockServer, credentials: Credentials) -> Client {
    Client::builder_without_auth()
        .base_url(server.uri())
        .allow_insecure_http(true)
        .credentials(credentials)
        .build()
        .unwrap()
}

fn all() -> Credentials {
    Credentials::new()
        .apikey_header(KEY)
        .api_key_query(QUERY_KEY)
        .session_cookie(SESSION)
        .basic("ada", PASSWORD)
        .bearer(TOKEN)
}

/// The only request received: its request line and its headers (name in
/// lower case, value), all of them, in order, without the transport's own.
async fn sent(server: &MockServer) -> (String, Vec<(String, String)>) {
    let requests: Vec<Request> = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1, "{requests:?}");
    let request = &requests[0];
    let query = request
        .url
        .query()
        .map(|q| format!("?{q}"))
        .unwrap_or_default();
    let line = format!("{} {}{query}", request.method, request.url.path());
    let mut headers = Vec::new();
    for (name, value) in &request.headers {
        let name = name.as_str().to_owned();
        if ["host", "user-agent", "accept", "accept-encoding"].contains(&name.as_str()) {
            continue;
        }
        headers.push((name, value.to_str().unwrap().to_owned()));
    }
    headers.sort();
    (line, headers)
}

fn h(name: &str, value: &str) -> (String, String) {
    (name.to_owned(), value.to_owned())
}

#[tokio::test]
async fn the_document_requirement_sends_the_api_key_header() {
    let server = server().await;
    client(&server, all()).by_default().await.unwrap();
    assert_eq!(
        sent(&server).await,
        ("GET /default".to_owned(), vec![h("apikey", KEY)])
    );
}

#[tokio::test]
async fn an_api_key_in_the_query_follows_the_parameters() {
    let server = server().await;
    client(&server, all()).in_query().page(2).await.unwrap();
    assert_eq!(
        sent(&server).await,
        (format!("GET /query?page=2&api_key={QUERY_KEY}"), vec![])
    );
}

#[tokio::test]
async fn an_api_key_in_a_cookie() {
    let server = server().await;
    client(&server, all()).in_cookie().await.unwrap();
    assert_eq!(
        sent(&server).await,
        (
            "GET /cookie".to_owned(),
            vec![h("cookie", &format!("session={SESSION}"))]
        )
    );
}

#[tokio::test]
async fn http_basic() {
    let server = server().await;
    client(&server, all()).basic_auth().await.unwrap();
    // base64("ada:password-SECRET-5")
    assert_eq!(
        sent(&server).await,
        (
            "GET /basic".to_owned(),
            vec![h("authorization", "Basic YWRhOnBhc3N3b3JkLVNFQ1JFVC01")]
        )
    );
}

#[tokio::test]
async fn a_requirement_of_two_schemes_sends_both() {
    let server = server().await;
    client(&server, all()).key_and_token().await.unwrap();
    assert_eq!(
        sent(&server).await,
        (
            "GET /both".to_owned(),
            vec![
                h("apikey", KEY),
                h("authorization", &format!("Bearer {TOKEN}"))
            ]
        )
    );
}

#[tokio::test]
async fn an_authorization_parameter_replaces_the_credential_and_is_not_required() {
    let server = server().await;
    client(&server, all())
        .key_and_token()
        .authorization("Bearer per-call")
        .await
        .unwrap();
    assert_eq!(
        sent(&server).await,
        (
            "GET /both".to_owned(),
            vec![h("apikey", KEY), h("authorization", "Bearer per-call")]
        )
    );
    let server = self::server().await;
    client(&server, all())
        .key_param()
        .apikey("per-call-key")
        .x_trace("t")
        .await
        .unwrap();
    assert_eq!(
        sent(&server).await,
        (
            "GET /key-param".to_owned(),
            vec![h("apikey", "per-call-key"), h("x-trace", "t")]
        )
    );
}

#[tokio::test]
async fn the_first_alternative_with_credentials_is_sent() {
    // Only basic: the second alternative.
    let server = server().await;
    client(&server, Credentials::new().basic("ada", PASSWORD))
        .oauth_or_basic()
        .await
        .unwrap();
    assert_eq!(
        sent(&server).await.1,
        vec![h("authorization", "Basic YWRhOnBhc3N3b3JkLVNFQ1JFVC01")]
    );
    // Both: the first, the OAuth token.
    let server = self::server().await;
    client(
        &server,
        Credentials::new()
            .basic("ada", PASSWORD)
            .oauth("oauth-token"),
    )
    .oauth_or_basic()
    .await
    .unwrap();
    assert_eq!(
        sent(&server).await.1,
        vec![h("authorization", "Bearer oauth-token")]
    );
}

#[tokio::test]
async fn optional_credentials_are_sent_when_configured_and_not_required() {
    let server = server().await;
    client(&server, Credentials::new())
        .optional_token()
        .await
        .unwrap();
    assert_eq!(sent(&server).await, ("GET /optional".to_owned(), vec![]));
    let server = self::server().await;
    client(&server, all()).optional_token().await.unwrap();
    assert_eq!(
        sent(&server).await.1,
        vec![h("authorization", &format!("Bearer {TOKEN}"))]
    );
}

#[tokio::test]
async fn an_operation_without_security_sends_nothing() {
    let server = server().await;
    client(&server, all()).public().await.unwrap();
    assert_eq!(sent(&server).await, ("GET /public".to_owned(), vec![]));
}

#[tokio::test]
async fn a_bearer_scheme_without_a_credential_takes_the_clients_access_token() {
    let server = server().await;
    let client = Client::builder(TOKEN)
        .base_url(server.uri())
        .allow_insecure_http(true)
        .build()
        .unwrap();
    client.open_id_connect().await.unwrap();
    assert_eq!(
        sent(&server).await,
        (
            "GET /oidc".to_owned(),
            vec![h("authorization", &format!("Bearer {TOKEN}"))]
        )
    );
}

#[tokio::test]
async fn a_missing_credential_is_an_error_before_sending() {
    let server = server().await;
    let error = client(&server, Credentials::new().bearer(TOKEN))
        .by_default()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    assert_eq!(
        error.to_string(),
        "invalid request: GET /default (byDefault): no credentials for its security \
         requirement (one of: apikey_header); set them on the client builder"
    );
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn no_secret_shows_in_debug_or_in_a_transport_error() {
    let credentials = all().oauth(TOKEN);
    let client = Client::builder(TOKEN)
        .base_url("http://127.0.0.1:9")
        .allow_insecure_http(true)
        .credentials(credentials.clone())
        .retry(fixture_compile::RetryPolicy::disabled())
        .build()
        .unwrap();
    let shown = format!("{credentials:?} {client:?}");
    let error = client.in_query().await.unwrap_err();
    let shown = format!("{shown} {error} {error:?}");
    for secret in [KEY, QUERY_KEY, SESSION, TOKEN, PASSWORD, "ada"] {
        assert!(!shown.contains(secret), "{secret} in {shown}");
    }
    assert!(shown.contains("apikey_header"), "{shown}");
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
}

#[tokio::test]
async fn a_redirect_answer_is_returned_not_followed() {
    let provider = MockServer::start().await;
    let server = MockServer::start().await;
    let location = format!("{}/login?state=s", provider.uri());
    Mock::given(wiremock::matchers::path("/authorize"))
        .respond_with(ResponseTemplate::new(302).insert_header("Location", location.as_str()))
        .mount(&server)
        .await;
    let client = client(&server, all());
    assert_eq!(client.authorize("github").await.unwrap(), location);
    assert_eq!(
        sent(&server).await,
        (
            "GET /authorize?provider=github".to_owned(),
            vec![h("apikey", KEY)]
        )
    );
    // Neither the redirect nor the API key went to the provider.
    assert!(provider.received_requests().await.unwrap().is_empty());
    // An operation whose answer is not a redirect takes a 3xx as an error.
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(307).insert_header("Location", location.as_str()))
        .mount(&server)
        .await;
    let error = self::client(&server, all()).by_default().await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(307), "{error:?}");
    assert!(provider.received_requests().await.unwrap().is_empty());
}
