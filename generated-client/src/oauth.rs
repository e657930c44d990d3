//! OAuth2 for apps acting on behalf of Supabase users: the authorization-code
//! flow with PKCE (S256), the code exchange, refreshing, and a
//! [`TokenProvider`] that keeps an access token fresh.
//!
//! Everything here goes through [`Client::execute`] with ad-hoc operations, so
//! it shares the client's retries, limits and timeouts, and needs no
//! generated code.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::runtime::reqwest::Url;
use crate::runtime::{
    BoxError, Error, Operation, Request, RequestBody, Result, SecretString, TokenProvider,
};
use crate::Client;

static TOKEN: Operation = Operation::new("v1-exchange-oauth-token", "POST", "/v1/oauth/token");
const AUTHORIZE_PATH: &str = "/v1/oauth/authorize";

/// The OAuth endpoints of the API, for one OAuth app (its client id and
/// secret).
///
/// ```no_run
/// # async fn run() -> supabase_management_api::Result<()> {
/// use supabase_management_api::{Client, OAuthClient};
///
/// let oauth = OAuthClient::new(Client::builder_without_auth().build()?, "client-id", "client-secret");
/// // 1. Send the user to the authorize URL; keep `state` and the PKCE verifier.
/// let auth = oauth.start_authorization("https://example.com/callback", None)?;
/// println!("open {}", auth.url);
/// // 2. On the callback, check `state`, then exchange the code.
/// let tokens = oauth
///     .exchange_code("code-from-callback", "https://example.com/callback", auth.pkce.verifier())
///     .await?;
/// // 3. A client that refreshes the access token by itself.
/// let client = Client::builder_with_token_provider(oauth.token_provider(tokens)).build()?;
/// # let _ = client;
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct OAuthClient {
    client: Client,
    client_id: String,
    client_secret: SecretString,
}

impl fmt::Debug for OAuthClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OAuthClient")
            .field("base_url", &self.client.base_url())
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret)
            .finish()
    }
}

impl OAuthClient {
    /// The OAuth endpoints at `client`'s base URL, sent through `client`'s
    /// retries and limits. The client's own credentials are never sent to
    /// the token endpoint, so `Client::builder_without_auth()` is the usual
    /// choice.
    pub fn new(
        client: Client,
        client_id: impl Into<String>,
        client_secret: impl Into<SecretString>,
    ) -> Self {
        Self {
            client,
            client_id: client_id.into(),
            client_secret: client_secret.into(),
        }
    }

    /// The URL to send the user to: `GET {base}/v1/oauth/authorize` with
    /// `response_type=code`, `state` and the PKCE S256 challenge.
    pub fn authorize_url(
        &self,
        redirect_uri: &str,
        state: &str,
        pkce: &Pkce,
        scope: Option<&str>,
    ) -> Result<Url> {
        let mut url = Url::parse(&format!("{}{AUTHORIZE_PATH}", self.client.base_url()))
            .map_err(|e| Error::Config(format!("cannot build the authorize URL: {e}")))?;
        {
            let mut query = url.query_pairs_mut();
            query
                .append_pair("client_id", &self.client_id)
                .append_pair("redirect_uri", redirect_uri)
                .append_pair("response_type", "code")
                .append_pair("state", state)
                .append_pair("code_challenge", pkce.challenge())
                .append_pair("code_challenge_method", "S256");
            if let Some(scope) = scope {
                query.append_pair("scope", scope);
            }
        }
        Ok(url)
    }

    /// Starts an authorization: a fresh random `state` and PKCE pair, and the
    /// authorize URL carrying them. Keep `state` and the verifier until the
    /// user comes back.
    pub fn start_authorization(
        &self,
        redirect_uri: &str,
        scope: Option<&str>,
    ) -> Result<Authorization> {
        let state = random_token()?;
        let pkce = Pkce::new()?;
        let url = self.authorize_url(redirect_uri, &state, &pkce, scope)?;
        Ok(Authorization { url, state, pkce })
    }

    /// Exchanges the authorization `code` from the callback for tokens
    /// (`grant_type=authorization_code`). `redirect_uri` must be the one the
    /// authorize URL carried; `code_verifier` the PKCE verifier.
    pub async fn exchange_code(
        &self,
        code: &str,
        redirect_uri: &str,
        code_verifier: &SecretString,
    ) -> Result<OAuthTokens> {
        self.token_request(&[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", redirect_uri),
            ("code_verifier", code_verifier.expose_secret()),
        ])
        .await
    }

    /// Trades a refresh token for new tokens (`grant_type=refresh_token`).
    /// The answer usually carries a new refresh token: store it.
    pub async fn refresh(&self, refresh_token: &SecretString) -> Result<OAuthTokens> {
        self.token_request(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token.expose_secret()),
        ])
        .await
    }

    /// A [`TokenProvider`] that starts from `tokens` and refreshes them
    /// through this client when they are about to expire or are rejected.
    pub fn token_provider(&self, tokens: OAuthTokens) -> OAuthTokenProvider {
        OAuthTokenProvider::new(self.clone(), tokens)
    }

    async fn token_request(&self, grant: &[(&str, &str)]) -> Result<OAuthTokens> {
        let mut form: Vec<(&str, &str)> = grant.to_vec();
        form.push(("client_id", &self.client_id));
        form.push(("client_secret", self.client_secret.expose_secret()));
        let request = Request::new(&TOKEN, TOKEN.path.to_owned())
            .with_header("accept", "application/json")
            .with_body(RequestBody::form(&form)?)
            .without_auth();
        // The runtime's client by coercion: an operation named `execute`
        // could shadow its method on `Client`.
        let runtime: &crate::runtime::Client = &self.client;
        let response = runtime.execute(request).await?;
        let wire: TokenResponse = response.json().map_err(|error| match error {
            // The body holds tokens: keep it out of the error.
            Error::Decode(mut decode) => {
                decode.excerpt = String::from("<redacted>");
                Error::Decode(decode)
            }
            other => other,
        })?;
        Ok(OAuthTokens {
            access_token: wire.access_token,
            refresh_token: wire.refresh_token,
            expires_in: wire.expires_in.map(Duration::from_secs),
            token_type: wire.token_type.unwrap_or_else(|| String::from("Bearer")),
        })
    }
}

#[derive(serde::Deserialize)]
struct TokenResponse {
    access_token: SecretString,
    refresh_token: Option<SecretString>,
    expires_in: Option<u64>,
    token_type: Option<String>,
}

/// A started authorization: where to send the user, and what to keep.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Authorization {
    /// The authorize URL.
    pub url: Url,
    /// The random `state` to compare with the callback's.
    pub state: String,
    /// The PKCE pair; the verifier goes to [`OAuthClient::exchange_code`].
    pub pkce: Pkce,
}

/// A PKCE code verifier and its S256 challenge (RFC 7636).
#[derive(Debug, Clone)]
pub struct Pkce {
    verifier: SecretString,
    challenge: String,
}

impl Pkce {
    /// A fresh random verifier (32 random bytes, base64url: 43 characters).
    pub fn new() -> Result<Self> {
        Self::from_verifier(random_token()?)
    }

    /// The pair for a known verifier: 43 to 128 characters from
    /// `A-Z a-z 0-9 - . _ ~`.
    pub fn from_verifier(verifier: impl Into<String>) -> Result<Self> {
        let verifier = verifier.into();
        let valid_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~');
        if !(43..=128).contains(&verifier.len()) || !verifier.chars().all(valid_char) {
            return Err(Error::InvalidRequest(String::from(
                "a PKCE verifier is 43 to 128 characters of A-Z a-z 0-9 - . _ ~",
            )));
        }
        let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
        Ok(Self {
            verifier: SecretString::from(verifier),
            challenge,
        })
    }

    /// The verifier, to send with the code exchange.
    pub fn verifier(&self) -> &SecretString {
        &self.verifier
    }

    /// The challenge, `BASE64URL(SHA256(verifier))`, for the authorize URL.
    pub fn challenge(&self) -> &str {
        &self.challenge
    }
}

/// 32 bytes from the operating system's random source, base64url-encoded.
fn random_token() -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes)
        .map_err(|e| Error::Config(format!("no random source available: {e}")))?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

/// Tokens from the OAuth token endpoint.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct OAuthTokens {
    /// The bearer token for API calls.
    pub access_token: SecretString,
    /// The token to get the next access token with.
    pub refresh_token: Option<SecretString>,
    /// How long the access token was valid for when issued.
    pub expires_in: Option<Duration>,
    /// The token type, `Bearer`.
    pub token_type: String,
}

impl OAuthTokens {
    /// Tokens restored from storage; `expires_in` counts from now.
    pub fn new(
        access_token: impl Into<SecretString>,
        refresh_token: Option<SecretString>,
        expires_in: Option<Duration>,
    ) -> Self {
        Self {
            access_token: access_token.into(),
            refresh_token,
            expires_in,
            token_type: String::from("Bearer"),
        }
    }
}

/// The most a token is refreshed ahead of its expiry.
const REFRESH_MARGIN: Duration = Duration::from_secs(60);

type RefreshHook = Arc<dyn Fn(&OAuthTokens) + Send + Sync>;

/// A [`TokenProvider`] for OAuth tokens: refreshes the access token shortly
/// before it expires, and when the API rejects it. Concurrent callers wait
/// for one refresh. Made by [`OAuthClient::token_provider`].
pub struct OAuthTokenProvider {
    oauth: OAuthClient,
    state: tokio::sync::Mutex<TokenState>,
    on_refresh: Option<RefreshHook>,
}

struct TokenState {
    tokens: OAuthTokens,
    /// When to refresh; `None`: no known expiry.
    refresh_at: Option<Instant>,
}

impl fmt::Debug for OAuthTokenProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OAuthTokenProvider")
            .field("oauth", &self.oauth)
            .finish_non_exhaustive()
    }
}

impl OAuthTokenProvider {
    fn new(oauth: OAuthClient, tokens: OAuthTokens) -> Self {
        let refresh_at = refresh_at(oauth.client.now(), &tokens);
        Self {
            oauth,
            state: tokio::sync::Mutex::new(TokenState { tokens, refresh_at }),
            on_refresh: None,
        }
    }

    /// Calls `hook` with the new tokens after each refresh, e.g. to store
    /// the new refresh token (the old one may stop working).
    pub fn on_refresh(mut self, hook: impl Fn(&OAuthTokens) + Send + Sync + 'static) -> Self {
        self.on_refresh = Some(Arc::new(hook));
        self
    }

    /// The current tokens.
    pub async fn tokens(&self) -> OAuthTokens {
        self.state.lock().await.tokens.clone()
    }
}

impl TokenProvider for OAuthTokenProvider {
    async fn access_token(&self) -> Result<SecretString, BoxError> {
        let mut state = self.state.lock().await;
        let now = self.oauth.client.now();
        if state.refresh_at.is_some_and(|at| now >= at) {
            let Some(refresh_token) = state.tokens.refresh_token.clone() else {
                return Err("the OAuth access token expired and there is no refresh token".into());
            };
            tracing::debug!("refreshing the OAuth access token");
            let mut fresh = self.oauth.refresh(&refresh_token).await?;
            if fresh.refresh_token.is_none() {
                fresh.refresh_token = Some(refresh_token);
            }
            state.refresh_at = refresh_at(self.oauth.client.now(), &fresh);
            state.tokens = fresh;
            if let Some(hook) = &self.on_refresh {
                hook(&state.tokens);
            }
        }
        Ok(state.tokens.access_token.clone())
    }

    async fn token_rejected(&self, token: &SecretString) -> bool {
        let mut state = self.state.lock().await;
        if state.tokens.refresh_token.is_none() {
            return false;
        }
        if state.tokens.access_token == *token {
            // Refresh on the next call, whatever the expiry said.
            state.refresh_at = Some(self.oauth.client.now());
        }
        true
    }
}

/// When tokens received at `now` should be refreshed: a margin before expiry
/// (at most a minute, at most half the lifetime).
fn refresh_at(now: Instant, tokens: &OAuthTokens) -> Option<Instant> {
    let lifetime = tokens.expires_in?;
    let margin = REFRESH_MARGIN.min(lifetime / 2);
    now.checked_add(lifetime - margin)
}
