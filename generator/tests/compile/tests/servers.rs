//! The `servers` fixture's client on the wire: server variables set on the
//! builder (typed, defaults applied) make the base URL, and operations with
//! path- or operation-level `servers` go to their own host and base path.

use fixture_compile::runtime::reqwest;
use fixture_compile::servers::{Client, ServerRegion, ServerVariables, ServerVersion};
use fixture_compile::Error;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// The request line of the only request `server` received.
async fn request_line(server: &MockServer) -> String {
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1, "{requests:?}");
    let url = &requests[0].url;
    let query = url.query().map(|q| format!("?{q}")).unwrap_or_default();
    format!("{} {}{query}", requests[0].method, url.path())
}

#[test]
fn the_base_url_is_the_template_with_defaults_and_the_variables_set() {
    let defaults = Client::builder_without_auth().build().unwrap();
    assert_eq!(defaults.base_url(), "https://api.example.com/api/v1");
    let set = Client::builder_without_auth()
        .server_variables(
            ServerVariables::new()
                .origin("https://eu.api.example.com:8443")
                .version(ServerVersion::V2),
        )
        .build()
        .unwrap();
    assert_eq!(set.base_url(), "https://eu.api.example.com:8443/api/v2");
    // `base_url` replaces the template; variables set later change nothing.
    let fixed = Client::builder_without_auth()
        .base_url("https://mock.example.com/")
        .server_variables(ServerVariables::new().version(ServerVersion::V2))
        .build()
        .unwrap();
    assert_eq!(fixed.base_url(), "https://mock.example.com");
}

#[test]
fn a_value_outside_a_variables_enum_is_a_configuration_error() {
    let error = Client::builder_without_auth()
        .server_variables(fixture_compile::ServerVariables::new().set("version", "v9"))
        .build()
        .unwrap_err();
    assert!(matches!(error, Error::Config(_)), "{error:?}");
    assert_eq!(
        error.to_string(),
        "invalid configuration: server variable \"version\" cannot be \"v9\"; allowed: v1, v2"
    );
}

#[tokio::test]
async fn requests_go_to_the_resolved_base_url() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/things"))
        .respond_with(ResponseTemplate::new(200).set_body_json(["a"]))
        .mount(&server)
        .await;
    let client = Client::builder_without_auth()
        .server_variables(
            ServerVariables::new()
                .origin(server.uri())
                .version(ServerVersion::V2),
        )
        .allow_insecure_http(true)
        .build()
        .unwrap();
    assert_eq!(client.list_things().await.unwrap(), ["a"]);
    assert_eq!(request_line(&server).await, "GET /api/v2/things");
}

#[tokio::test]
async fn a_path_level_server_takes_its_own_variables_and_the_shared_ones() {
    let api = MockServer::start().await;
    let uploads = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/upload/v2/uploads"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&uploads)
        .await;
    let client = Client::builder_without_auth()
        .server_variables(
            ServerVariables::new()
                .origin(api.uri())
                .upload_origin(uploads.uri())
                .version(ServerVersion::V2),
        )
        .allow_insecure_http(true)
        .build()
        .unwrap();
    client.upload(&b"data"[..]).await.unwrap();
    assert_eq!(request_line(&uploads).await, "POST /upload/v2/uploads");
    assert!(api.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn an_operation_level_server_goes_to_its_host_even_with_a_base_url_set() {
    let reports = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/reports/r1"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&reports)
        .await;
    let addr = *reports.address();
    // The host of the operation's server, resolved to the mock server.
    let http = reqwest::Client::builder()
        .resolve("us-east.reports.example.test", addr)
        .build()
        .unwrap();
    let client = Client::builder_without_auth()
        .base_url("https://elsewhere.example.com")
        .server_variables(
            ServerVariables::new()
                .region(ServerRegion::UsEast)
                .port(addr.port().to_string()),
        )
        .http_client(http)
        .allow_insecure_http(true)
        .build()
        .unwrap();
    client.get_report("r1").await.unwrap();
    assert_eq!(request_line(&reports).await, "GET /v1/reports/r1");
    let requests = reports.received_requests().await.unwrap();
    assert_eq!(
        requests[0].headers.get("host").unwrap(),
        &format!("us-east.reports.example.test:{}", addr.port())
    );
}

#[tokio::test]
async fn an_operation_server_over_http_needs_insecure_http_allowed() {
    let client = Client::builder_without_auth().build().unwrap();
    let error = client.get_report("r1").await.unwrap_err();
    assert!(matches!(error, Error::Config(_)), "{error:?}");
    assert!(
        error
            .to_string()
            .contains("\"http://eu.reports.example.test:8080/v1\" is not https"),
        "{error}"
    );
}
