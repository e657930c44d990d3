//! Responses that lack a field the spec marks required: by default the
//! value decodes with that field at its zero value and a `tracing` warning
//! names the operation and the field's JSON path; with strict decoding the
//! call fails as plain serde would. A value of the wrong type fails either
//! way. In a test binary of its own: tracing caches whether a call site is
//! enabled, so every test here installs a subscriber.

mod capture;
mod common;

use std::collections::BTreeMap;

use bytes::Bytes;
use capture::Captured;
use common::{builder, TestClock};
use openapi_client_runtime::reqwest::header::HeaderMap;
use openapi_client_runtime::reqwest::StatusCode;
use openapi_client_runtime::{object, open_enum, Error, Operation, RawResponse, Request};
use serde_json::{json, Value};
use tracing_subscriber::fmt::format::FmtSpan;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

// The 201 response of `POST /v1/projects/{ref}/config/auth/sso/providers`
// as the published spec describes it (before the project's overlay relaxes
// it): `saml.id`, `saml.attribute_mapping.keys` and `domains[].id` are
// required.

object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Provider {
        #[wire(required)]
        pub id: String,
        pub saml: Option<Saml>,
        pub domains: Option<Vec<Domain>>,
        pub created_at: Option<String>,
        pub updated_at: Option<String>,
    }
}

object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Saml {
        #[wire(required)]
        pub id: String,
        #[wire(required)]
        pub entity_id: String,
        pub metadata_url: Option<String>,
        pub metadata_xml: Option<String>,
        pub attribute_mapping: Option<AttributeMapping>,
    }
}

object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct AttributeMapping {
        #[wire(required)]
        pub keys: BTreeMap<String, Value>,
    }
}

object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Domain {
        #[wire(required)]
        pub id: String,
        pub domain: Option<String>,
        pub created_at: Option<String>,
    }
}

static CREATE_PROVIDER: Operation = Operation::new(
    "v1-create-a-sso-provider",
    "POST",
    "/v1/projects/{ref}/config/auth/sso/providers",
);

const PROVIDERS: &str = "/v1/projects/abcdefghijklmnopqrst/config/auth/sso/providers";

/// The body the API answered with: no `saml.id`, `"attribute_mapping": {}`,
/// and domains without `id`.
fn created_provider() -> Value {
    json!({
        "id": "4f2c0b9e-1111-2222-3333-444455556666",
        "saml": {
            "entity_id": "https://idp.example.test/metadata",
            "metadata_xml": "<EntityDescriptor/>",
            "attribute_mapping": {}
        },
        "domains": [
            { "domain": "example.test", "created_at": "2026-05-22T10:00:00Z" },
            { "domain": "example.org", "created_at": "2026-05-22T10:00:00Z" }
        ],
        "created_at": "2026-05-22T10:00:00Z",
        "updated_at": "2026-05-22T10:00:00Z"
    })
}

async fn answering(body: Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(PROVIDERS))
        .respond_with(ResponseTemplate::new(201).set_body_json(body))
        .mount(&server)
        .await;
    server
}

async fn create_provider(server: &MockServer, strict: bool) -> Result<Provider, Error> {
    let client = builder(&server.uri(), &TestClock::frozen())
        .strict_decoding(strict)
        .build()
        .unwrap();
    let request = Request::new(&CREATE_PROVIDER, PROVIDERS.to_owned())
        .with_json(&json!({ "type": "saml", "metadata_xml": "<EntityDescriptor/>" }))
        .unwrap();
    client.execute(request).await?.json()
}

#[tokio::test]
async fn a_created_sso_provider_lacking_required_ids_decodes_with_zero_values() {
    let captured = Captured::default();
    let _guard = captured.install(tracing::Level::WARN, FmtSpan::NONE);
    let server = answering(created_provider()).await;

    let provider = create_provider(&server, false)
        .await
        .expect("the created provider decodes");
    assert_eq!(provider.id, "4f2c0b9e-1111-2222-3333-444455556666");
    let saml = provider.saml.expect("the saml object");
    assert_eq!(saml.id, "");
    assert_eq!(saml.entity_id, "https://idp.example.test/metadata");
    assert_eq!(
        saml.attribute_mapping.expect("the mapping").keys,
        BTreeMap::new()
    );
    let domains = provider.domains.expect("the domains");
    assert_eq!(domains.len(), 2);
    assert_eq!(domains[0].id, "");
    assert_eq!(domains[0].domain.as_deref(), Some("example.test"));
    assert_eq!(domains[1].id, "");
    assert_eq!(domains[1].domain.as_deref(), Some("example.org"));

    // One warning per missing field, in the order of the body (`json!`
    // sorts its keys), each naming the operation and the field's JSON path.
    let warnings = captured.warnings();
    let paths = [
        "domains[0].id",
        "domains[1].id",
        "saml.attribute_mapping.keys",
        "saml.id",
    ];
    assert_eq!(warnings.len(), paths.len(), "{warnings:#?}");
    for (warning, path) in warnings.iter().zip(paths) {
        assert!(
            warning.contains("operation=\"v1-create-a-sso-provider\""),
            "{warning}"
        );
        assert!(warning.contains(&format!("path=\"{path}\"")), "{warning}");
        assert!(warning.contains("zero value"), "{warning}");
    }
}

#[tokio::test]
async fn strict_decoding_fails_on_the_first_missing_field() {
    let captured = Captured::default();
    let _guard = captured.install(tracing::Level::WARN, FmtSpan::NONE);
    let server = answering(created_provider()).await;

    let error = create_provider(&server, true).await.unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(decode.operation.id, "v1-create-a-sso-provider");
    assert_eq!(decode.status, StatusCode::CREATED);
    // The object that lacks the field (the body's keys are sorted).
    assert_eq!(decode.path, "domains[0]");
    assert!(decode.message.starts_with("missing field `id`"), "{decode}");
    assert!(captured.warnings().is_empty());
}

#[tokio::test]
async fn a_wrong_type_fails_in_both_modes() {
    let captured = Captured::default();
    let _guard = captured.install(tracing::Level::WARN, FmtSpan::NONE);
    let mut body = created_provider();
    body["domains"][1]["created_at"] = json!(17);
    let server = answering(body).await;

    for strict in [false, true] {
        let error = create_provider(&server, strict).await.unwrap_err();
        let Error::Decode(decode) = &error else {
            panic!("expected a decode error, got {error:?}");
        };
        let expected = if strict {
            // The first failure: the missing field, in strict mode.
            "domains[0]"
        } else {
            "domains[1].created_at"
        };
        assert_eq!(decode.path, expected, "strict: {strict}");
    }
    // Nothing was decoded, so nothing was corrected.
    assert!(captured.warnings().is_empty(), "{:#?}", captured.warnings());
}

// The construct itself, on a small struct with a field of every kind.

open_enum! {
    pub enum Status {
        Active = "ACTIVE",
        Paused = "PAUSED",
    }
}

object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Thing {
        #[wire(required)]
        pub name: String,
        #[wire(required)]
        pub count: i64,
        #[wire(required)]
        pub ratio: f64,
        #[wire(required)]
        pub enabled: bool,
        #[wire(required)]
        pub tags: Vec<String>,
        #[wire(required)]
        pub labels: BTreeMap<String, String>,
        #[wire(required)]
        pub extra: Value,
        #[wire(required)]
        pub status: Status,
        #[wire(required)]
        pub owner: Owner,
        pub note: Option<String>,
    }
}

object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Owner {
        #[wire(required)]
        pub id: i32,
        #[wire(required)]
        pub email: String,
        pub team: Option<String>,
        #[additional]
        pub rest: BTreeMap<String, Value>,
    }
}

static GET_THINGS: Operation = Operation::new("test-list-things", "GET", "/v1/things");

fn response(body: &str, strict: bool) -> RawResponse {
    RawResponse {
        operation: &GET_THINGS,
        status: StatusCode::OK,
        headers: HeaderMap::new(),
        body: Bytes::from(body.to_owned()),
        strict_decoding: strict,
    }
}

#[test]
fn every_kind_of_missing_field_takes_its_zero_value() {
    let captured = Captured::default();
    let _guard = captured.install(tracing::Level::WARN, FmtSpan::NONE);

    let things: Vec<Thing> = response(r#"[{"note": "n"}, {"name": "b", "owner": {}}]"#, false)
        .json()
        .unwrap();
    let zero_owner = Owner {
        id: 0,
        email: String::new(),
        team: None,
        rest: BTreeMap::new(),
    };
    let zero = Thing {
        name: String::new(),
        count: 0,
        ratio: 0.0,
        enabled: false,
        tags: Vec::new(),
        labels: BTreeMap::new(),
        extra: Value::Null,
        status: Status::Unknown(String::new()),
        owner: zero_owner.clone(),
        note: None,
    };
    assert_eq!(
        things,
        [
            Thing {
                note: Some("n".to_owned()),
                ..zero.clone()
            },
            Thing {
                name: "b".to_owned(),
                ..zero
            }
        ]
    );

    let warnings = captured.warnings();
    let paths: Vec<&str> = warnings
        .iter()
        .map(|w| {
            assert!(w.contains("operation=\"test-list-things\""), "{w}");
            let start = w.find("path=\"").expect("a path") + "path=\"".len();
            let end = start + w[start..].find('"').unwrap();
            &w[start..end]
        })
        .collect();
    assert_eq!(
        paths,
        [
            "[0].name",
            "[0].count",
            "[0].ratio",
            "[0].enabled",
            "[0].tags",
            "[0].labels",
            "[0].extra",
            "[0].status",
            "[0].owner",
            "[1].owner.id",
            "[1].owner.email",
            "[1].count",
            "[1].ratio",
            "[1].enabled",
            "[1].tags",
            "[1].labels",
            "[1].extra",
            "[1].status",
        ]
    );
}

#[test]
fn strict_decoding_gives_the_decode_error_and_no_warning() {
    let captured = Captured::default();
    let _guard = captured.install(tracing::Level::WARN, FmtSpan::NONE);

    let error = response(r#"{"name": "a", "owner": {"id": 1}}"#, true)
        .json::<Thing>()
        .unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(decode.operation.id, "test-list-things");
    assert_eq!(decode.path, "owner");
    assert!(
        decode.message.starts_with("missing field `email`"),
        "{decode}"
    );
    assert!(captured.warnings().is_empty());
}

#[test]
fn a_wrong_type_is_a_decode_error_in_both_modes() {
    let captured = Captured::default();
    let _guard = captured.install(tracing::Level::WARN, FmtSpan::NONE);

    for body in [
        r#"{"name": 5}"#,
        r#"{"owner": {"id": "one"}}"#,
        r#"{"tags": ["a", 2]}"#,
        r#"{"status": 3}"#,
        r#"[1]"#,
        r#"{"name": "a""#,
    ] {
        for strict in [false, true] {
            let error = response(body, strict).json::<Thing>().unwrap_err();
            assert!(
                matches!(error, Error::Decode(_)),
                "{body} (strict: {strict}): {error:?}"
            );
        }
    }
    let Error::Decode(decode) = response(r#"{"owner": {"id": "one"}}"#, false)
        .json::<Thing>()
        .unwrap_err()
    else {
        unreachable!()
    };
    assert_eq!(decode.path, "owner.id");
    assert!(captured.warnings().is_empty(), "{:#?}", captured.warnings());
}

// Types without a zero value, and `oneOf`s.

/// A closed enum, as generated (serde's derive, no zero value).
#[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
pub enum Kind {
    #[serde(rename = "a")]
    A,
}

impl openapi_client_runtime::Field for Kind {}

object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Closed {
        #[wire(required)]
        pub kind: Kind,
        #[wire(required)]
        pub name: String,
    }
}

object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Node {
        #[wire(required)]
        pub name: String,
        #[wire(required)]
        pub next: Box<Node>,
    }
}

object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Email {
        #[wire(required)]
        pub address: String,
        #[wire(required)]
        pub verified: bool,
    }
}

object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Phone {
        #[wire(required)]
        pub number: String,
    }
}

/// An untagged `oneOf`, as generated.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(untagged)]
pub enum Contact {
    Email(Email),
    Phone(Phone),
}

impl openapi_client_runtime::Field for Contact {}

object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Person {
        #[wire(required)]
        pub contact: Contact,
        #[wire(required)]
        pub name: String,
    }
}

#[test]
fn a_field_without_a_zero_value_still_fails() {
    let captured = Captured::default();
    let _guard = captured.install(tracing::Level::WARN, FmtSpan::NONE);

    let error = response(r#"{"name": "a"}"#, false)
        .json::<Closed>()
        .unwrap_err();
    assert!(
        error.to_string().contains("missing field `kind`"),
        "{error}"
    );
    let error = response(r#"{"name": "a"}"#, false)
        .json::<Node>()
        .unwrap_err();
    assert!(
        error.to_string().contains("missing field `next`"),
        "{error}"
    );
    let error = response(r#"{"name": "a"}"#, false)
        .json::<Person>()
        .unwrap_err();
    assert!(
        error.to_string().contains("missing field `contact`"),
        "{error}"
    );
    assert!(captured.warnings().is_empty(), "{:#?}", captured.warnings());
}

#[test]
fn a_one_of_keeps_the_variant_the_value_matches() {
    let captured = Captured::default();
    let _guard = captured.install(tracing::Level::WARN, FmtSpan::NONE);

    // `Email` lacks `address` here, but `Phone` matches: the correction
    // does not make the first variant match.
    let person: Person = response(r#"{"contact": {"number": "+1"}}"#, false)
        .json()
        .unwrap();
    assert_eq!(
        person,
        Person {
            contact: Contact::Phone(Phone {
                number: "+1".to_owned()
            }),
            name: String::new(),
        }
    );
    let warnings = captured.warnings();
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(warnings[0].contains("path=\"name\""), "{warnings:#?}");

    // A value no variant matches, even with zero values, still fails.
    let error = response(r#"{"contact": {"verified": true}, "name": "a"}"#, false)
        .json::<Person>()
        .unwrap_err();
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
}

#[test]
fn past_the_located_limit_the_rest_is_corrected_by_key() {
    let captured = Captured::default();
    let _guard = captured.install(tracing::Level::WARN, FmtSpan::NONE);

    let body = format!("[{}]", vec![r#"{"number": "+1"}"#; 70].join(","));
    let emails: Vec<Email> = response(&body, false).json().unwrap();
    assert_eq!(emails.len(), 70);
    let phones: Vec<Phone> = response(&format!("[{}]", vec!["{}"; 70].join(",")), false)
        .json()
        .unwrap();
    assert_eq!(phones.len(), 70);
    assert!(phones.iter().all(|p| p.number.is_empty()));
    let warnings = captured.warnings();
    // `emails`: 140 missing fields; `phones`: 70.
    assert_eq!(warnings.len(), 210);
    let located = warnings.iter().filter(|w| w.contains("path=")).count();
    assert_eq!(located, 64 + 64);
    assert!(warnings[..64]
        .iter()
        .enumerate()
        .all(|(i, w)| w.contains(&format!("path=\"[{}].", i / 2))));
    assert!(warnings[64..140]
        .iter()
        .all(|w| w.contains("key=") && w.contains("not located")));
}
