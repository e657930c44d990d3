//! The responses where the published spec and the live API disagree, as the
//! API was observed to send them, decode into typed values: the project's
//! overlay (`spec/overlays/management-api-fixes.yaml`) corrects the spec the
//! client is generated from.

// The runtime's test helpers: a virtual clock.
#[path = "../../runtime/tests/common/mod.rs"]
mod common;

use common::TestClock;
use serde_json::json;
use supabase_management_api::types::{CreateProviderBody, CreateProviderBodyType, V1RunQueryBody};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const REF: &str = "abcdefghijklmnopqrst";

/// This crate's client for `server_uri`, on `clock`.
fn client(server_uri: &str, clock: &TestClock) -> supabase_management_api::Client {
    supabase_management_api::Client::builder(common::TOKEN)
        .base_url(server_uri)
        .allow_insecure_http(true)
        .clock(clock.clone())
        .build()
        .unwrap()
}

async fn answering(verb: &str, at: &str, status: u16, body: serde_json::Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method(verb))
        .and(path(at))
        .respond_with(ResponseTemplate::new(status).set_body_json(body))
        .mount(&server)
        .await;
    server
}

/// The 201 body lacked `domains[].id`, `saml.id` and
/// `saml.attribute_mapping.keys`, which the spec marks required.
#[tokio::test]
async fn a_created_sso_provider_without_the_ids_decodes() {
    let body = json!({
        "id": "4f2c0b9e-1111-2222-3333-444455556666",
        "saml": {
            "entity_id": "https://idp.example.test/metadata",
            "metadata_xml": "<EntityDescriptor/>",
            "attribute_mapping": {}
        },
        "domains": [{ "domain": "example.test", "created_at": "2026-05-22T10:00:00Z" }],
        "created_at": "2026-05-22T10:00:00Z",
        "updated_at": "2026-05-22T10:00:00Z"
    });
    let server = answering(
        "POST",
        &format!("/v1/projects/{REF}/config/auth/sso/providers"),
        201,
        body,
    )
    .await;
    let clock = TestClock::frozen();
    let mut request = CreateProviderBody::new(CreateProviderBodyType::Saml);
    request.domains = Some(vec!["example.test".to_owned()]);
    request.metadata_xml = Some("<EntityDescriptor/>".to_owned());
    let provider = client(&server.uri(), &clock)
        .create_a_sso_provider(REF, request)
        .await
        .expect("the created provider decodes");
    assert_eq!(provider.id, "4f2c0b9e-1111-2222-3333-444455556666");
    let saml = provider.saml.expect("the saml object");
    assert_eq!(saml.id, None);
    assert_eq!(saml.entity_id, "https://idp.example.test/metadata");
    assert_eq!(saml.attribute_mapping.expect("the mapping").keys, None);
    let domains = provider.domains.expect("the domains");
    assert_eq!(domains.len(), 1);
    assert_eq!(domains[0].id, None);
    assert_eq!(domains[0].domain.as_deref(), Some("example.test"));
}

/// The 201 body held the rows, which the spec does not declare.
#[tokio::test]
async fn a_query_returns_its_rows() {
    let rows = json!([{ "id": 1, "name": "a" }, { "id": 2, "name": null }]);
    let server = answering(
        "POST",
        &format!("/v1/projects/{REF}/database/query"),
        201,
        rows,
    )
    .await;
    let clock = TestClock::frozen();
    let mut body = V1RunQueryBody::new("select id, name from t");
    body.read_only = Some(true);
    let rows = client(&server.uri(), &clock)
        .run_a_query(REF, body)
        .await
        .expect("the rows decode");
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["id"], json!(1));
    assert_eq!(rows[0]["name"], json!("a"));
    assert_eq!(rows[1]["name"], json!(null));
}

/// The 200 body was `{"message":"ok"}`, which the spec does not declare.
#[tokio::test]
async fn deleting_a_function_returns_its_message() {
    let server = answering(
        "DELETE",
        &format!("/v1/projects/{REF}/functions/hello-world"),
        200,
        json!({ "message": "ok" }),
    )
    .await;
    let clock = TestClock::frozen();
    let deleted = client(&server.uri(), &clock)
        .delete_a_function(REF, "hello-world")
        .await
        .expect("the message decodes");
    assert_eq!(deleted.message, "ok");
}
