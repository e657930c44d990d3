//! Credentials of security schemes on the wire: a scheme's token provider
//! is told of a 401 and asked again, an API key in a cookie joins the call's
//! own `Cookie` header, a scheme's credential wins over the client's token,
//! and a credential that cannot be sent is a clear error.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use common::{get_thing, TestClock, TOKEN};
use openapi_client_runtime::{
    ApiKeyLocation, BoxError, Credential, Credentials, Error, SchemeKind, SecretString, Security,
    SecurityScheme, TokenProvider,
};
use wiremock::{Mock, MockServer, ResponseTemplate};

static BEARER: Security = &[&[SecurityScheme::new("user", SchemeKind::Bearer)]];
static COOKIE: Security = &[&[SecurityScheme::new("session", SchemeKind::ApiKey)]];

/// Gives `token-1`, then `token-2` once told the first was rejected.
struct Refreshing(Arc<AtomicUsize>);

impl TokenProvider for Refreshing {
    async fn access_token(&self) -> Result<SecretString, BoxError> {
        Ok(format!("token-{}", self.0.load(Ordering::SeqCst) + 1).into())
    }

    async fn token_rejected(&self, _token: &SecretString) -> bool {
        self.0.fetch_add(1, Ordering::SeqCst);
        true
    }
}

fn header(request: &wiremock::Request, name: &str) -> Vec<String> {
    request
        .headers
        .get_all(name)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn a_schemes_token_provider_is_told_of_a_401_and_asked_again() {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::header(
        "authorization",
        "Bearer token-1",
    ))
    .respond_with(ResponseTemplate::new(401))
    .mount(&server)
    .await;
    Mock::given(wiremock::matchers::header(
        "authorization",
        "Bearer token-2",
    ))
    .respond_with(ResponseTemplate::new(200))
    .mount(&server)
    .await;
    let rejected = Arc::new(AtomicUsize::new(0));
    let client = common::builder(&server.uri(), &TestClock::frozen())
        .credentials(Credentials::new().set(
            "user",
            Credential::bearer_provider(Refreshing(rejected.clone())),
        ))
        .build()
        .unwrap();
    let response = client
        .execute(get_thing().with_security(BEARER))
        .await
        .unwrap();
    assert_eq!(response.status.as_u16(), 200);
    assert_eq!(rejected.load(Ordering::SeqCst), 1);
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn a_schemes_credential_wins_over_the_clients_token() {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    // `common::builder` authenticates with TOKEN.
    let client = common::builder(&server.uri(), &TestClock::frozen())
        .credential("user", Credential::bearer("own-token"))
        .build()
        .unwrap();
    client
        .execute(get_thing().with_security(BEARER))
        .await
        .unwrap();
    client.execute(get_thing()).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(header(&requests[0], "authorization"), ["Bearer own-token"]);
    // Without a requirement, the client's token, as before.
    assert_eq!(
        header(&requests[1], "authorization"),
        [format!("Bearer {TOKEN}")]
    );
}

#[tokio::test]
async fn a_cookie_credential_joins_the_calls_cookie_header() {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client = common::builder(&server.uri(), &TestClock::frozen())
        .credential(
            "session",
            Credential::api_key(ApiKeyLocation::Cookie, "session", "s3cret"),
        )
        .build()
        .unwrap();
    client
        .execute(
            get_thing()
                .with_security(COOKIE)
                .with_header("Cookie", "theme=dark"),
        )
        .await
        .unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(
        header(&requests[0], "cookie"),
        ["theme=dark; session=s3cret"]
    );
    // The client's bearer token is not sent: the requirement names no bearer scheme.
    assert!(header(&requests[0], "authorization").is_empty());
}

#[test]
fn an_api_key_header_name_that_is_not_a_header_name_is_a_configuration_error() {
    let error = common::builder(common::BASE, &TestClock::frozen())
        .credential(
            "key",
            Credential::api_key(ApiKeyLocation::Header, "api key", "s3cret"),
        )
        .build()
        .unwrap_err();
    assert!(matches!(error, Error::Config(_)), "{error:?}");
    let message = error.to_string();
    assert!(message.contains("\"api key\""), "{message}");
    assert!(!message.contains("s3cret"), "{message}");
}

#[tokio::test]
async fn a_key_that_is_not_a_header_value_is_an_error_that_names_the_scheme_only() {
    let client = common::builder(common::BASE, &TestClock::frozen())
        .credential(
            "key",
            Credential::api_key(ApiKeyLocation::Header, "apikey", "bad\nvalue"),
        )
        .build()
        .unwrap();
    static KEY: Security = &[&[SecurityScheme::new("key", SchemeKind::ApiKey)]];
    let error = client
        .execute(get_thing().with_security(KEY))
        .await
        .unwrap_err();
    let message = error.to_string();
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    assert!(message.contains("security scheme \"key\""), "{message}");
    assert!(!message.contains("bad"), "{message}");
}
