//! OAuth: PKCE, the authorize URL, code exchange, refresh, and the token
//! provider that keeps a client's access token fresh.

// The runtime's test helpers: a virtual clock and ad-hoc operations.
#[path = "../../runtime/tests/common/mod.rs"]
mod common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{get_thing, TestClock};
use supabase_management_api::{Client, Error, OAuthClient, OAuthTokens, Pkce, SecretString};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const CLIENT_ID: &str = "66666666-6666-4666-8666-666666666666";
const CLIENT_SECRET: &str = "sb_secret_CLIENT_SECRET_value";

fn oauth_for(base_url: &str, clock: &TestClock) -> OAuthClient {
    let client = Client::builder_without_auth()
        .base_url(base_url)
        .allow_insecure_http(true)
        .clock(clock.clone())
        .build()
        .unwrap();
    OAuthClient::new(client, CLIENT_ID, CLIENT_SECRET)
}

fn form(request: &Request) -> HashMap<String, String> {
    serde_urlencoded::from_bytes(&request.body).unwrap()
}

/// Matches a token request whose form has exactly these fields (plus the
/// app's credentials), sent without an `Authorization` header.
fn token_form(expected: &[(&str, &str)]) -> impl Fn(&Request) -> bool + Send + Sync + 'static {
    let mut expected: HashMap<String, String> = expected
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    expected.insert("client_id".into(), CLIENT_ID.into());
    expected.insert("client_secret".into(), CLIENT_SECRET.into());
    move |request: &Request| {
        request
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            == Some("application/x-www-form-urlencoded")
            && !request.headers.contains_key("authorization")
            && form(request) == expected
    }
}

fn tokens_response(access: &str, refresh: &str, expires_in: u64) -> ResponseTemplate {
    ResponseTemplate::new(201).set_body_json(serde_json::json!({
        "access_token": access,
        "refresh_token": refresh,
        "expires_in": expires_in,
        "token_type": "Bearer",
    }))
}

#[test]
fn pkce_s256_matches_the_rfc_7636_appendix_b_vector() {
    let pkce = Pkce::from_verifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk").unwrap();
    assert_eq!(
        pkce.challenge(),
        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    );
    assert_eq!(
        pkce.verifier().expose_secret(),
        "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    );
    assert!(!format!("{pkce:?}").contains("dBjftJeZ4CVP"));
}

#[test]
fn fresh_pkce_verifiers_are_random_and_well_formed() {
    let (a, b) = (Pkce::new().unwrap(), Pkce::new().unwrap());
    assert_ne!(a.verifier(), b.verifier());
    assert_eq!(a.verifier().expose_secret().len(), 43);
    let again = Pkce::from_verifier(a.verifier().expose_secret()).unwrap();
    assert_eq!(again.challenge(), a.challenge());
}

#[test]
fn malformed_pkce_verifiers_are_refused() {
    for verifier in ["short", &"a".repeat(129), &format!("{}+", "a".repeat(50))] {
        assert!(matches!(
            Pkce::from_verifier(verifier),
            Err(Error::InvalidRequest(_))
        ));
    }
}

#[test]
fn the_authorize_url_carries_the_pkce_challenge_and_state() {
    let oauth = OAuthClient::new(
        Client::builder_without_auth().build().unwrap(),
        CLIENT_ID,
        CLIENT_SECRET,
    );
    let pkce = Pkce::from_verifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk").unwrap();

    let url = oauth
        .authorize_url(
            "https://app.example.com/callback?x=1",
            "state-123",
            &pkce,
            Some("projects:read projects:write"),
        )
        .unwrap();

    assert_eq!(
        url.as_str(),
        "https://api.supabase.com/v1/oauth/authorize\
         ?client_id=66666666-6666-4666-8666-666666666666\
         &redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback%3Fx%3D1\
         &response_type=code\
         &state=state-123\
         &code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM\
         &code_challenge_method=S256\
         &scope=projects%3Aread+projects%3Awrite"
    );
    assert!(!url.as_str().contains(CLIENT_SECRET));
}

#[test]
fn starting_an_authorization_makes_a_fresh_state_and_pkce_pair() {
    let oauth = oauth_for("https://api.example.test", &TestClock::advancing());

    let first = oauth
        .start_authorization("https://app.example.com/cb", None)
        .unwrap();
    let second = oauth
        .start_authorization("https://app.example.com/cb", None)
        .unwrap();

    assert_ne!(first.state, second.state);
    let query: HashMap<_, _> = first.url.query_pairs().into_owned().collect();
    assert_eq!(query["state"], first.state);
    assert_eq!(query["code_challenge"], first.pkce.challenge());
    assert_eq!(query["code_challenge_method"], "S256");
    assert!(!query.contains_key("scope"));
    assert!(first
        .url
        .as_str()
        .starts_with("https://api.example.test/v1/oauth/authorize?"));
}

#[tokio::test]
async fn the_code_exchange_posts_the_form_and_returns_tokens() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/oauth/token"))
        .and(token_form(&[
            ("grant_type", "authorization_code"),
            ("code", "the-code"),
            ("redirect_uri", "https://app.example.com/cb"),
            (
                "code_verifier",
                "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
            ),
        ]))
        .respond_with(tokens_response("at-1", "rt-1", 86_400))
        .expect(1)
        .mount(&server)
        .await;
    let oauth = oauth_for(&server.uri(), &TestClock::advancing());
    let pkce = Pkce::from_verifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk").unwrap();

    let tokens = oauth
        .exchange_code("the-code", "https://app.example.com/cb", pkce.verifier())
        .await
        .unwrap();

    assert_eq!(tokens.access_token.expose_secret(), "at-1");
    assert_eq!(
        tokens
            .refresh_token
            .as_ref()
            .map(SecretString::expose_secret),
        Some("rt-1")
    );
    assert_eq!(tokens.expires_in, Some(Duration::from_secs(86_400)));
    assert_eq!(tokens.token_type, "Bearer");
    assert!(!format!("{tokens:?}").contains("at-1"));
}

#[tokio::test]
async fn refreshing_posts_the_refresh_token() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/oauth/token"))
        .and(token_form(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", "rt-1"),
        ]))
        .respond_with(tokens_response("at-2", "rt-2", 3_600))
        .expect(1)
        .mount(&server)
        .await;
    let oauth = oauth_for(&server.uri(), &TestClock::advancing());

    let tokens = oauth.refresh(&SecretString::from("rt-1")).await.unwrap();

    assert_eq!(tokens.access_token.expose_secret(), "at-2");
    assert_eq!(tokens.refresh_token.unwrap().expose_secret(), "rt-2");
}

#[tokio::test]
async fn a_refused_refresh_is_an_api_error_without_secrets() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(400)
                .set_body_json(serde_json::json!({"message": "Invalid refresh token"})),
        )
        .mount(&server)
        .await;
    let oauth = oauth_for(&server.uri(), &TestClock::advancing());

    let error = oauth
        .refresh(&SecretString::from("rt-SECRET-1"))
        .await
        .unwrap_err();

    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
    assert_eq!(
        error.api_error().and_then(|e| e.message()),
        Some("Invalid refresh token")
    );
    for text in [
        format!("{error}"),
        format!("{error:?}"),
        format!("{oauth:?}"),
    ] {
        assert!(!text.contains("rt-SECRET-1"), "{text}");
        assert!(!text.contains(CLIENT_SECRET), "{text}");
    }
}

#[tokio::test]
async fn an_undecodable_token_response_does_not_leak_the_tokens() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({
            "access_token": "at-SECRET-9",
            "refresh_token": "rt-SECRET-9",
            "expires_in": "soon",
        })))
        .mount(&server)
        .await;
    let oauth = oauth_for(&server.uri(), &TestClock::advancing());

    let error = oauth
        .refresh(&SecretString::from("rt-1"))
        .await
        .unwrap_err();

    let Error::Decode(decode) = &error else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(decode.path, "expires_in");
    for text in [format!("{error}"), format!("{error:?}")] {
        assert!(!text.contains("SECRET-9"), "{text}");
    }
}

/// One server for both the API (`GET /v1/things/1`, accepting only
/// `accepted_token`) and the token endpoint (answering `at-2`/`rt-2`).
async fn api_and_token_server(accepted_token: &str) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/oauth/token"))
        .and(token_form(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", "rt-1"),
        ]))
        .respond_with(tokens_response("at-2", "rt-2", 3_600))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(header(
            "authorization",
            format!("Bearer {accepted_token}").as_str(),
        ))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    server
}

async fn token_requests(server: &MockServer) -> usize {
    let requests = server.received_requests().await.unwrap();
    requests
        .iter()
        .filter(|r| r.url.path() == "/v1/oauth/token")
        .count()
}

fn api_client(
    server: &MockServer,
    oauth: &OAuthClient,
    tokens: OAuthTokens,
    clock: &TestClock,
) -> (Client, Arc<Mutex<Vec<String>>>) {
    let stored = Arc::new(Mutex::new(Vec::new()));
    let store = stored.clone();
    let provider = oauth.token_provider(tokens).on_refresh(move |fresh| {
        let refresh = fresh
            .refresh_token
            .as_ref()
            .map(|t| t.expose_secret().to_owned());
        store.lock().unwrap().push(refresh.unwrap_or_default());
    });
    let client = Client::builder_with_token_provider(provider)
        .base_url(server.uri())
        .allow_insecure_http(true)
        .clock(clock.clone())
        .build()
        .unwrap();
    (client, stored)
}

/// The bearer tokens the API requests carried, in order.
async fn api_tokens(server: &MockServer) -> Vec<String> {
    let requests = server.received_requests().await.unwrap();
    requests
        .iter()
        .filter(|r| r.method == "GET")
        .filter_map(|r| {
            r.headers
                .get("authorization")?
                .to_str()
                .ok()
                .map(str::to_owned)
        })
        .collect()
}

#[tokio::test]
async fn the_token_provider_refreshes_ahead_of_expiry() {
    let server = api_and_token_server("at-1").await;
    Mock::given(method("GET"))
        .and(header("authorization", "Bearer at-2"))
        .respond_with(ResponseTemplate::new(200))
        .with_priority(1)
        .mount(&server)
        .await;
    let clock = TestClock::advancing();
    let oauth = oauth_for(&server.uri(), &clock);
    let tokens = OAuthTokens::new(
        "at-1",
        Some("rt-1".into()),
        Some(Duration::from_secs(3_600)),
    );
    let (client, stored) = api_client(&server, &oauth, tokens, &clock);

    client.execute(get_thing()).await.unwrap();
    clock.advance(Duration::from_secs(3_539));
    client.execute(get_thing()).await.unwrap();
    assert_eq!(token_requests(&server).await, 0);
    // A minute before expiry, the provider refreshes first.
    clock.advance(Duration::from_secs(1));
    client.execute(get_thing()).await.unwrap();

    assert_eq!(token_requests(&server).await, 1);
    assert_eq!(
        api_tokens(&server).await,
        ["Bearer at-1", "Bearer at-1", "Bearer at-2"]
    );
    assert_eq!(*stored.lock().unwrap(), ["rt-2"]);
}

#[tokio::test]
async fn the_token_provider_refreshes_when_the_api_rejects_the_token() {
    let server = api_and_token_server("at-2").await;
    let clock = TestClock::advancing();
    let oauth = oauth_for(&server.uri(), &clock);
    // No known expiry: only the 401 tells the provider to refresh.
    let tokens = OAuthTokens::new("at-1", Some("rt-1".into()), None);
    let (client, stored) = api_client(&server, &oauth, tokens, &clock);

    let response = client.execute(get_thing()).await.unwrap();

    assert_eq!(response.status, 200);
    assert_eq!(token_requests(&server).await, 1);
    assert_eq!(*stored.lock().unwrap(), ["rt-2"]);
}

#[tokio::test]
async fn concurrent_calls_share_one_refresh() {
    let server = api_and_token_server("at-2").await;
    let clock = TestClock::advancing();
    let oauth = oauth_for(&server.uri(), &clock);
    let tokens = OAuthTokens::new("at-1", Some("rt-1".into()), Some(Duration::from_secs(60)));
    let (client, _) = api_client(&server, &oauth, tokens, &clock);
    clock.advance(Duration::from_secs(60));

    let calls: Vec<_> = (0..10)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.execute(get_thing()).await })
        })
        .collect();
    for call in calls {
        assert_eq!(call.await.unwrap().unwrap().status, 200);
    }

    assert_eq!(token_requests(&server).await, 1);
}

#[tokio::test]
async fn without_a_refresh_token_an_expired_token_is_an_auth_error() {
    let server = api_and_token_server("at-1").await;
    let clock = TestClock::advancing();
    let oauth = oauth_for(&server.uri(), &clock);
    let tokens = OAuthTokens::new("at-1", None, Some(Duration::from_secs(60)));
    let (client, _) = api_client(&server, &oauth, tokens, &clock);
    clock.advance(Duration::from_secs(61));

    let error = client.execute(get_thing()).await.unwrap_err();

    assert!(matches!(error, Error::Auth { .. }), "{error:?}");
}
