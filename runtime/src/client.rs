//! The [`Client`] and the one request path every call goes through.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::header::{HeaderName, HeaderValue, AUTHORIZATION, COOKIE, USER_AGENT};
use reqwest::{Method, StatusCode, Url};
use tracing::{field, Instrument, Span};

use super::auth::{
    ApiKeyLocation, Auth, BoxError, Credential, CredentialKind, Credentials, DynTokenProvider,
    SchemeKind, SecretString, Security, TokenProvider,
};
use super::clock::{Clock, DynClock, TokioClock};
use super::error::{is_transient, ApiError, Error, Result};
use super::limiter::{Limiter, RateLimit};
use super::pacing::{Held, Pacer};
use super::request::{Operation, Request, RequestBody};
use super::response::{read_body, RawResponse, ReadError};
use super::retry::{self, RetryPolicy, Wait};
use super::server::{Server, ServerVariables};

/// The `User-Agent` of a client built without
/// [`ClientBuilder::user_agent`]: this crate and its version.
const USER_AGENT_VALUE: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// The runtime's client: the one request path of every call. Cheap to
/// clone: clones share one connection pool, one rate limiter and one token
/// provider.
///
/// A generated crate wraps it in a client type of its own, which carries
/// one method per operation; this one knows no operation.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    user_agent: HeaderValue,
    base_url: String,
    auth: Auth,
    /// Credentials of the document's security schemes, by name.
    credentials: Credentials,
    /// Values of server variables, for operations with servers of their own.
    variables: ServerVariables,
    allow_insecure: bool,
    timeout: Option<Duration>,
    attempt_timeout: Option<Duration>,
    retry: RetryPolicy,
    limiter: Limiter,
    /// Budgets the server reported; `None` when pacing by them is off.
    pacer: Option<Pacer>,
    clock: Arc<dyn DynClock>,
    max_response_body: usize,
    strict_decoding: bool,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("auth", &self.inner.auth)
            .field("credentials", &self.inner.credentials)
            .field("server_variables", &self.inner.variables)
            .field("timeout", &self.inner.timeout)
            .field("attempt_timeout", &self.inner.attempt_timeout)
            .field("retry", &self.inner.retry)
            .field("limiter", &self.inner.limiter)
            .field("server_rate_limits", &self.inner.pacer.is_some())
            .field("max_response_body", &self.inner.max_response_body)
            .field("strict_decoding", &self.inner.strict_decoding)
            .finish_non_exhaustive()
    }
}

/// Configures a client: [`ClientBuilder::build`] makes a `C`, the runtime's
/// [`Client`] or a generated client type over it (whose `builder`
/// functions start here with the API's base URL and name).
pub struct ClientBuilder<C = Client> {
    base_url: String,
    /// The server URL template the base URL is resolved from, when set
    /// after (or instead of) `base_url`.
    server: Option<&'static Server>,
    variables: ServerVariables,
    credentials: Credentials,
    user_agent: String,
    /// Product tokens appended to `user_agent`.
    user_agent_products: Vec<String>,
    auth: Auth,
    http: Option<reqwest::Client>,
    timeout: Option<Duration>,
    attempt_timeout: Option<Duration>,
    connect_timeout: Duration,
    allow_insecure: bool,
    retry: RetryPolicy,
    rate_limit: Option<RateLimit>,
    server_rate_limits: bool,
    max_response_body: usize,
    strict_decoding: bool,
    clock: Arc<dyn DynClock>,
    client: PhantomData<fn() -> C>,
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("server", &self.server)
            .field("server_variables", &self.variables)
            .field("credentials", &self.credentials)
            .field("user_agent", &self.user_agent)
            .field("user_agent_products", &self.user_agent_products)
            .field("auth", &self.auth)
            .field("timeout", &self.timeout)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("allow_insecure", &self.allow_insecure)
            .field("retry", &self.retry)
            .field("rate_limit", &self.rate_limit)
            .field("server_rate_limits", &self.server_rate_limits)
            .field("max_response_body", &self.max_response_body)
            .field("strict_decoding", &self.strict_decoding)
            .finish_non_exhaustive()
    }
}

/// The defaults of [`ClientBuilder`].
impl ClientBuilder {
    /// The default timeout of each attempt
    /// ([`attempt_timeout`](ClientBuilder::attempt_timeout)). There is no
    /// default deadline for the whole call ([`timeout`](ClientBuilder::timeout)).
    pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(60);
    /// The default connect timeout.
    pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
    /// The default response body limit: 32 MiB.
    pub const DEFAULT_MAX_RESPONSE_BODY: usize = 32 * 1024 * 1024;
}

impl<C> ClientBuilder<C> {
    /// A builder for a client of `base_url` that sends no credentials
    /// (until [`access_token`](Self::access_token) or
    /// [`token_provider`](Self::token_provider)), with the default
    /// settings.
    pub fn new(base_url: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            server: None,
            variables: ServerVariables::new(),
            credentials: Credentials::new(),
            user_agent: USER_AGENT_VALUE.to_owned(),
            user_agent_products: Vec::new(),
            auth: Auth::None,
            http: None,
            timeout: None,
            attempt_timeout: Some(ClientBuilder::DEFAULT_ATTEMPT_TIMEOUT),
            connect_timeout: ClientBuilder::DEFAULT_CONNECT_TIMEOUT,
            allow_insecure: false,
            retry: RetryPolicy::default(),
            rate_limit: None,
            server_rate_limits: true,
            max_response_body: ClientBuilder::DEFAULT_MAX_RESPONSE_BODY,
            strict_decoding: false,
            clock: Arc::new(TokioClock),
            client: PhantomData,
        }
    }

    /// Sends `token` (a bearer token) with every request.
    pub fn access_token(mut self, token: impl Into<SecretString>) -> Self {
        self.auth = Auth::Static(token.into());
        self
    }

    /// Asks `provider` for the bearer token before each attempt (e.g. one
    /// that refreshes OAuth tokens).
    pub fn token_provider(mut self, provider: impl TokenProvider) -> Self {
        let provider: Arc<dyn DynTokenProvider> = Arc::new(provider);
        self.auth = Auth::Provider(provider);
        self
    }

    /// The product token that starts the `User-Agent` of every request,
    /// e.g. `my-api-client/1.2.0`. Default: this runtime's name and version;
    /// a generated client sets its own crate's. An application adds its own
    /// with [`append_user_agent`](Self::append_user_agent).
    ///
    /// Every request carries exactly one `User-Agent`: a `user-agent` header
    /// added to a call (`.header(..)`, [`Request::with_header`]) replaces
    /// this one for that call, and the `reqwest::Client` given with
    /// [`http_client`](Self::http_client) cannot add a second.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Appends the application's product token to the `User-Agent`, after
    /// the client's own: `my-app/2.1` makes it e.g.
    /// `supabase-management-api/0.3.0 my-app/2.1`. Each call appends one more
    /// (in order). [`build`](Self::build) refuses an empty token or one that
    /// is not a valid header value.
    pub fn append_user_agent(mut self, product: impl Into<String>) -> Self {
        self.user_agent_products.push(product.into());
        self
    }

    /// Sends requests to `base_url` instead of the default (operations
    /// with servers of their own still go to those).
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self.server = None;
        self
    }

    /// Resolves the base URL from `server`'s template with the
    /// [server variables](Self::server_variables) when the client is built
    /// (a generated client starts here when its document's server has
    /// variables). A later [`base_url`](Self::base_url) replaces it.
    pub fn server(mut self, server: &'static Server) -> Self {
        self.server = Some(server);
        self
    }

    /// Sets values of server variables (a generated client's typed
    /// `ServerVariables`, or the runtime's), replacing earlier values of the
    /// same variables. They fill the base URL's template
    /// ([`server`](Self::server)) and those of operations with servers of
    /// their own; a variable without a value takes its default.
    /// [`build`](Self::build) refuses a value the variable's `enum` does
    /// not allow.
    pub fn server_variables(mut self, variables: impl Into<ServerVariables>) -> Self {
        self.variables.extend(variables.into());
        self
    }

    /// Sets credentials of security schemes (a generated client's typed
    /// `Credentials`, or the runtime's), replacing earlier credentials of
    /// the same schemes. An operation sends those of the first alternative
    /// of its security requirement that has every credential it needs; a
    /// bearer scheme without a credential of its own takes the client's
    /// [access token](Self::access_token) or [token provider](Self::token_provider).
    pub fn credentials(mut self, credentials: impl Into<Credentials>) -> Self {
        self.credentials.extend(credentials.into());
        self
    }

    /// Sets the credential of the security scheme named `scheme`.
    pub fn credential(mut self, scheme: &'static str, credential: Credential) -> Self {
        self.credentials = std::mem::take(&mut self.credentials).set(scheme, credential);
        self
    }

    /// Allows a plain `http://` base URL (for tests and local mocks). Off by
    /// default: the token would travel in clear text.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure = allow;
        self
    }

    /// The default deadline of a whole call: every attempt, the backoff
    /// between attempts and the waits for rate limits (the client-side
    /// [`RateLimit`], the server's advertised budget, a 429's `Retry-After`)
    /// end within it. A wait that would end after the deadline fails the
    /// call at once ([`Error::RateLimited`] for a 429, with the wait the
    /// server gave; [`Error::Throttled`] for a limiter's wait; the last
    /// error otherwise); an attempt cut short by it is [`Error::Deadline`].
    /// `None` (the default): no deadline, only the
    /// [per-attempt timeout](Self::attempt_timeout). A call can override it
    /// (`.timeout(..)` on a generated call, [`Request::timeout`]).
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = timeout;
        self
    }

    /// The default timeout of each attempt, from sending the request to
    /// reading the whole body; `None` for no limit. Default: 60 s
    /// ([`ClientBuilder::DEFAULT_ATTEMPT_TIMEOUT`]). A timed-out attempt is
    /// retried like a connection failure (when the request is replayable),
    /// within the call's [deadline](Self::timeout). A call can override it
    /// (`.attempt_timeout(..)` on a generated call,
    /// [`Request::attempt_timeout`]).
    pub fn attempt_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.attempt_timeout = timeout;
        self
    }

    /// The timeout for establishing a connection. Default: 10 s. Not applied
    /// to a client given with [`http_client`](Self::http_client).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Uses a pre-configured `reqwest::Client` (proxies, TLS roots, pools).
    /// The `User-Agent`, the token and timeouts are still set per request.
    /// Its redirect policy applies: the client's own follows none (an API
    /// key in a header would go to the host a redirect names), so give it
    /// `redirect(reqwest::redirect::Policy::none())` to keep that.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// How failed attempts are retried. Default: [`RetryPolicy::default`];
    /// [`RetryPolicy::disabled`] turns retries off.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Holds requests back so that at most `limit` are sent in any window,
    /// across all clones of the client: a fixed client-side limit, on top of
    /// the [server's](Self::server_rate_limits). Off by default;
    /// [`RateLimit::default`] is 60 per minute.
    pub fn rate_limit(mut self, limit: RateLimit) -> Self {
        self.rate_limit = Some(limit);
        self
    }

    /// Paces requests by the rate limits the server reports, so that the
    /// client never sends a request the server's advertised budget would
    /// refuse. On by default; `false` turns it off (a 429 is then the only
    /// signal, and is still waited out).
    ///
    /// The client reads, on every response, `x-ratelimit-limit` (requests
    /// per window), `x-ratelimit-remaining` (left in the current window) and
    /// `x-ratelimit-reset` (seconds until the window resets), see
    /// [`ServerRateLimit`](crate::ServerRateLimit), and a 429's
    /// `Retry-After`. A request whose budget is spent waits until the window
    /// resets, then goes; no 429 is provoked. All clones of a client share
    /// the budgets, so concurrent tasks together stay within them.
    ///
    /// Budgets are kept per *limit group*: the endpoints (method and path
    /// template) whose responses report the same limit and the same reset
    /// instant (the response's arrival plus `reset`, within 1.5 s) share
    /// one; an endpoint belongs to the group its latest response reported,
    /// and a group's next window starts with the next response of any of
    /// its endpoints. In a window a group allows what the server last
    /// reported remaining, less the group's requests still in flight. Until
    /// an endpoint's first response, its requests go one at a time and count
    /// against the group most endpoints belong to; an endpoint that reports
    /// no limit is not paced.
    ///
    /// A wait for a budget is bounded by the call's deadline
    /// ([`timeout`](Self::timeout)): one that would end after it fails the
    /// call at once with [`Error::Throttled`], giving the wait.
    pub fn server_rate_limits(mut self, enabled: bool) -> Self {
        self.server_rate_limits = enabled;
        self
    }

    /// The largest response body accepted, in bytes. Default: 32 MiB.
    pub fn max_response_body(mut self, bytes: usize) -> Self {
        self.max_response_body = bytes;
        self
    }

    /// Whether a success response that lacks a field the spec marks
    /// required fails to decode ([`Error::Decode`], as it would with plain
    /// serde). Default: `false`: the call succeeds with that field at its zero
    /// value (`""`, `0`, `false`, an empty list or map, an open enum's
    /// `Unknown("")`, a struct of zero values), and a `tracing` warning names
    /// the operation and the field's JSON path (e.g. `domains[0].id`). A field
    /// of a type without a zero value (a closed enum, a `oneOf`), and a value
    /// of the wrong type, fail to decode either way. See
    /// [`RawResponse::json`].
    pub fn strict_decoding(mut self, strict: bool) -> Self {
        self.strict_decoding = strict;
        self
    }

    /// The clock used for waits (retries, rate limits, token expiry).
    /// Default: [`TokioClock`]. Tests install one that records waits.
    pub fn clock(mut self, clock: impl Clock) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// Builds the client. Fails when the base URL is not a valid `https://`
    /// URL (or `http://` with [`allow_insecure_http`](Self::allow_insecure_http)),
    /// a server variable has a value its `enum` does not allow, an API key's
    /// name is not a valid header name, or the user agent is not a valid
    /// header value.
    pub fn build(self) -> Result<C>
    where
        C: From<Client>,
    {
        let base_url = match self.server {
            Some(server) => server.resolve(&self.variables)?,
            None => self.base_url.trim_end_matches('/').to_owned(),
        };
        check_base_url(&base_url, self.allow_insecure)?;
        for (scheme, credential) in &self.credentials.0 {
            if let CredentialKind::ApiKey {
                location: ApiKeyLocation::Header,
                name,
                ..
            } = &credential.0
            {
                HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
                    Error::Config(format!(
                        "the API key of scheme {scheme:?} goes in header {name:?}, which is not a valid header name"
                    ))
                })?;
            }
        }
        let mut full_user_agent = self.user_agent.trim().to_owned();
        for product in &self.user_agent_products {
            let product = product.trim();
            if product.is_empty() {
                return Err(Error::Config(
                    "an empty product token cannot be appended to the user agent".to_owned(),
                ));
            }
            full_user_agent.push(' ');
            full_user_agent.push_str(product);
        }
        let user_agent = HeaderValue::try_from(full_user_agent.as_str()).map_err(|_| {
            Error::Config(format!(
                "user agent {full_user_agent:?} is not a valid header value"
            ))
        })?;
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .user_agent(user_agent.clone())
                .connect_timeout(self.connect_timeout)
                .https_only(!self.allow_insecure)
                // A redirect is the API's answer, never followed: it could
                // take an API key in a header of its own to another host.
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .map_err(|e| Error::Config(format!("could not build the HTTP client: {e}")))?,
        };
        let client = Client {
            inner: Arc::new(Inner {
                http,
                user_agent,
                base_url,
                auth: self.auth,
                credentials: self.credentials,
                variables: self.variables,
                allow_insecure: self.allow_insecure,
                timeout: self.timeout,
                attempt_timeout: self.attempt_timeout,
                retry: self.retry,
                limiter: Limiter::new(self.rate_limit),
                pacer: self.server_rate_limits.then(Pacer::new),
                clock: self.clock,
                max_response_body: self.max_response_body,
                strict_decoding: self.strict_decoding,
            }),
        };
        Ok(client.into())
    }
}

/// Checks that `base_url` is an `https` URL (or `http` when allowed).
fn check_base_url(base_url: &str, allow_insecure: bool) -> Result<()> {
    let parsed = Url::parse(base_url)
        .map_err(|e| Error::Config(format!("base URL {base_url:?} is not a URL: {e}")))?;
    match parsed.scheme() {
        "https" => Ok(()),
        "http" if allow_insecure => Ok(()),
        "http" => Err(Error::Config(format!(
            "base URL {base_url:?} is not https; call allow_insecure_http(true) to use it anyway"
        ))),
        other => Err(Error::Config(format!(
            "base URL {base_url:?} has scheme {other:?}; expected https"
        ))),
    }
}

impl Client {
    /// A builder for a client of `base_url` (requests go to `base_url`
    /// followed by each operation's path), sending no credentials until
    /// given some. A generated client's own `builder` functions start from
    /// its API's base URL instead.
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder::new(base_url)
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The current instant on the client's [clock](ClientBuilder::clock),
    /// for code that schedules work the way the client does (e.g. token
    /// refreshes).
    pub fn now(&self) -> Instant {
        self.inner.clock.now()
    }

    /// Sends `request` through the client's auth, rate limiting and retries;
    /// a final status outside 2xx becomes [`Error::Api`] (or
    /// [`Error::RateLimited`] for 429).
    ///
    /// This is also the way to call an operation the generated methods lack:
    /// see [`Operation::new`].
    pub async fn execute(&self, request: Request) -> Result<RawResponse> {
        let redirect = request.redirect;
        let (response, attempts) = self.send(request).await?;
        if response.status.is_success() || (redirect && response.status.is_redirection()) {
            return Ok(response);
        }
        let retry_after = retry::retry_after(&response.headers, self.inner.clock.system_time());
        Err(ApiError::new(&response, retry_after, attempts).into_error())
    }

    /// Like [`execute`](Self::execute) (same retries), but returns the final
    /// response whatever its status.
    pub async fn execute_raw(&self, request: Request) -> Result<RawResponse> {
        self.send(request).await.map(|(response, _)| response)
    }

    /// Sends `request` with retries, in a span for the call (and a child span
    /// per attempt); returns the final response and the number of attempts.
    async fn send(&self, request: Request) -> Result<(RawResponse, u32)> {
        let op = request.operation;
        let span = tracing::info_span!(
            "call",
            operation = op.id,
            method = op.method,
            path = op.path,
            attempts = field::Empty,
            status = field::Empty,
        );
        let result = self
            .send_with_retries(&request)
            .instrument(span.clone())
            .await;
        match &result {
            Ok((response, attempts)) => {
                span.record("attempts", attempts);
                span.record("status", response.status.as_u16());
            }
            Err(error) => {
                if let Some(status) = error.status() {
                    span.record("status", status.as_u16());
                }
                // An error's message may quote the server's body (an API
                // error's message, a decoding error's value): traces carry
                // no body, so those are named by kind only.
                match error {
                    Error::Api(_) | Error::RateLimited(_) => {
                        tracing::debug!(parent: &span, "call failed: error status")
                    }
                    Error::Decode(_) => {
                        tracing::debug!(parent: &span, "call failed: the response did not decode")
                    }
                    Error::Encode(_) => {
                        tracing::debug!(parent: &span, "call failed: the request did not encode")
                    }
                    _ => tracing::debug!(parent: &span, %error, "call failed"),
                }
            }
        }
        result
    }

    async fn send_with_retries(&self, request: &Request) -> Result<(RawResponse, u32)> {
        let inner = &*self.inner;
        let clock = &*inner.clock;
        let op = request.operation;
        let method = op.http_method()?;
        if let Some(segment) = dot_segment(&request.path) {
            // URL parsing would resolve it and send the request elsewhere.
            return Err(Error::InvalidRequest(format!(
                "{op}: a path parameter cannot be {segment:?}"
            )));
        }
        let base_url = match request.server {
            None => std::borrow::Cow::Borrowed(inner.base_url.as_str()),
            Some(server) => {
                let url = server.resolve(&inner.variables)?;
                check_base_url(&url, inner.allow_insecure)?;
                std::borrow::Cow::Owned(url)
            }
        };
        let mut url = Url::parse(&format!("{base_url}{}", request.path)).map_err(|e| {
            Error::InvalidRequest(format!("{op}: bad path {:?}: {e}", request.path))
        })?;
        request.apply_query(&mut url);
        let replayable = request.is_replayable();
        let deadline = Deadline::new(clock.now(), request.timeout.or(inner.timeout));
        let attempt_timeout = request.attempt_timeout.or(inner.attempt_timeout);
        let mut refreshed_token = false;
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            let mut permit = match &inner.pacer {
                None => None,
                Some(pacer) => match pacer.acquire(op, clock, deadline.at).await {
                    Ok(permit) => Some(permit),
                    Err(Held::Wait(wait)) => {
                        tracing::warn!(
                            wait_ms = wait.as_millis() as u64,
                            "the server's rate limit is spent; the wait would pass the call's deadline"
                        );
                        return Err(Error::Throttled {
                            operation: op,
                            wait,
                            attempts: attempt - 1,
                        });
                    }
                    Err(Held::Deadline) => return Err(deadline.error(op, attempt - 1)),
                },
            };
            if let Err(wait) = inner.limiter.acquire(clock, deadline.at).await {
                tracing::warn!(
                    wait_ms = wait.as_millis() as u64,
                    "rate limited; the wait would pass the call's deadline"
                );
                return Err(Error::Throttled {
                    operation: op,
                    wait,
                    attempts: attempt - 1,
                });
            }
            // The attempt's timeout, shortened to what is left of the deadline.
            let left = deadline.left(clock.now());
            let (timeout, cut_by_deadline) = match (attempt_timeout, left) {
                (_, Some(left)) if left.is_zero() => return Err(deadline.error(op, attempt - 1)),
                (Some(per_attempt), Some(left)) if left < per_attempt => (Some(left), true),
                (None, Some(left)) => (Some(left), true),
                (per_attempt, _) => (per_attempt, false),
            };
            if let Some(permit) = &mut permit {
                permit.sending();
            }
            let (applied, outcome) = self
                .attempt(&method, &url, request, timeout)
                .instrument(tracing::debug_span!(
                    "attempt",
                    number = attempt,
                    status = field::Empty
                ))
                .await;
            if let (Some(permit), Ok(response)) = (permit, &outcome) {
                let retry_after = retry::retry_after(&response.headers, clock.system_time());
                permit.finish(response.status, &response.headers, retry_after, clock.now());
            }
            let (wait, reason, last) = match outcome {
                Ok(response) => {
                    let status = response.status;
                    if status == StatusCode::UNAUTHORIZED
                        && !refreshed_token
                        && self.token_rejected(&applied).await
                    {
                        refreshed_token = true;
                        tracing::info!(attempt, "access token rejected; retrying with a fresh one");
                        continue;
                    }
                    let retry_after = retry::retry_after(&response.headers, clock.system_time());
                    match inner
                        .retry
                        .after_status(status, retry_after, attempt, replayable)
                    {
                        Some(wait) => (wait, status.to_string(), Ok(response)),
                        None => return Ok((response, attempt)),
                    }
                }
                Err(Failure::Timeout) if cut_by_deadline => {
                    return Err(deadline.error(op, attempt));
                }
                Err(failure) => {
                    match inner
                        .retry
                        .after_failure(failure.is_transient(), attempt, replayable)
                    {
                        Some(wait) => (wait, failure.kind().to_owned(), Err(failure)),
                        None => return Err(failure.into_error(op, attempt_timeout, attempt)),
                    }
                }
            };
            if let Wait::RateLimited(duration) = wait {
                // Every request of the client waits (the limiter serves the
                // block on the next attempt), this call's or not.
                if let Some(until) = clock.now().checked_add(duration) {
                    inner.limiter.block_until(until);
                }
            }
            let duration = wait.duration();
            if deadline.passed_after(clock.now(), duration) {
                // Give up at once with what this attempt got: for a 429, the
                // rate-limited error with the wait the server gave.
                tracing::warn!(
                    attempt,
                    reason,
                    wait_ms = duration.as_millis() as u64,
                    "the wait before retrying would pass the call's deadline"
                );
                return match last {
                    Ok(response) => Ok((response, attempt)),
                    Err(failure) => Err(failure.into_error(op, attempt_timeout, attempt)),
                };
            }
            self.wait(wait, attempt, &reason).await;
        }
    }

    /// Waits before the next attempt. A rate-limit wait is served by the
    /// limiter on the next attempt (it blocks every request of the client).
    async fn wait(&self, wait: Wait, attempt: u32, reason: &str) {
        let (duration, what) = match wait {
            Wait::RateLimited(duration) => (duration, "rate limited"),
            Wait::Backoff(duration) => (duration, "attempt failed"),
        };
        tracing::warn!(
            attempt,
            reason,
            wait_ms = duration.as_millis() as u64,
            "{what}; waiting before retrying"
        );
        if let Wait::Backoff(duration) = wait {
            if !duration.is_zero() {
                self.inner.clock.sleep(duration).await;
            }
        }
    }

    /// The credentials `request` is to carry: none when it is sent without
    /// auth; the client's bearer token when it names no security
    /// requirement; else those of the first alternative of its requirement
    /// that has every credential it needs.
    async fn credentials(&self, request: &Request) -> Result<Applied, Failure> {
        let mut applied = Applied::default();
        if !request.authenticated {
            return Ok(applied);
        }
        let Some(security) = request.security else {
            self.apply_bearer(&self.inner.auth, "bearer", &mut applied)
                .await?;
            return Ok(applied);
        };
        let Some(alternative) = self.satisfiable(security) else {
            if security.iter().any(|alternative| alternative.is_empty()) {
                return Ok(applied);
            }
            let wanted: Vec<String> = security
                .iter()
                .map(|alternative| {
                    let names: Vec<&str> = alternative.iter().map(|s| s.name).collect();
                    names.join(" and ")
                })
                .collect();
            return Err(Failure::Invalid(format!(
                "no credentials for its security requirement (one of: {}); set them on the client builder",
                wanted.join("; ")
            )));
        };
        for scheme in alternative {
            match self.inner.credentials.0.get(scheme.name).map(|c| &c.0) {
                Some(CredentialKind::ApiKey {
                    location,
                    name,
                    key,
                }) => match location {
                    ApiKeyLocation::Header => {
                        let header = HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
                            Failure::Invalid(format!("invalid API key header name {name:?}"))
                        })?;
                        applied.header(header, key.expose_secret(), scheme.name)?;
                    }
                    ApiKeyLocation::Query => applied.query.push((name, key.clone())),
                    ApiKeyLocation::Cookie => applied.cookies.push((name, key.clone())),
                },
                Some(CredentialKind::Basic { username, password }) => {
                    use base64::Engine as _;
                    let pair = format!("{}:{}", username.expose_secret(), password.expose_secret());
                    let encoded = base64::engine::general_purpose::STANDARD.encode(pair);
                    applied.header(AUTHORIZATION, &format!("Basic {encoded}"), scheme.name)?;
                }
                Some(CredentialKind::Bearer(auth)) => {
                    self.apply_bearer(auth, scheme.name, &mut applied).await?
                }
                // A bearer scheme without a credential of its own.
                None => {
                    self.apply_bearer(&self.inner.auth, scheme.name, &mut applied)
                        .await?
                }
            }
        }
        Ok(applied)
    }

    /// The first alternative of `security` whose every scheme has a
    /// credential (a bearer scheme has the client's token, if any), skipping
    /// empty ones: credentials are sent when there are some.
    fn satisfiable(&self, security: Security) -> Option<&'static [super::SecurityScheme]> {
        let has_token = !matches!(self.inner.auth, Auth::None);
        security.iter().copied().find(|alternative| {
            !alternative.is_empty()
                && alternative.iter().all(|scheme| {
                    self.inner.credentials.contains(scheme.name)
                        || (scheme.kind == SchemeKind::Bearer && has_token)
                })
        })
    }

    /// Adds `Authorization: Bearer` from `auth`, asking a provider for the token.
    async fn apply_bearer(
        &self,
        auth: &Auth,
        scheme: &str,
        applied: &mut Applied,
    ) -> Result<(), Failure> {
        let token = match auth {
            Auth::None => return Ok(()),
            Auth::Static(token) => token.clone(),
            Auth::Provider(provider) => {
                let token = provider.access_token().await.map_err(Failure::Auth)?;
                applied.tokens.push((provider.clone(), token.clone()));
                token
            }
        };
        applied.header(
            AUTHORIZATION,
            &format!("Bearer {}", token.expose_secret()),
            scheme,
        )
    }

    /// Tells the token providers that gave the tokens of `applied` that the
    /// API rejected them; returns whether a retry with fresh ones is worth it.
    async fn token_rejected(&self, applied: &Applied) -> bool {
        let mut retry = false;
        for (provider, token) in &applied.tokens {
            retry |= provider.token_rejected(token).await;
        }
        retry
    }

    /// One attempt: get the credentials, send the request and read the
    /// whole response within `timeout`. Returns the credentials it sent.
    async fn attempt(
        &self,
        method: &Method,
        url: &Url,
        request: &Request,
        timeout: Option<Duration>,
    ) -> (Applied, Result<RawResponse, Failure>) {
        match self.credentials(request).await {
            Ok(applied) => {
                let outcome = self
                    .send_once(method, url, request, &applied, timeout)
                    .await;
                (applied, outcome)
            }
            Err(failure) => (Applied::default(), Err(failure)),
        }
    }

    async fn send_once(
        &self,
        method: &Method,
        url: &Url,
        request: &Request,
        applied: &Applied,
        timeout: Option<Duration>,
    ) -> Result<RawResponse, Failure> {
        let inner = &*self.inner;
        let mut builder = inner.http.request(method.clone(), url.clone());
        // A header the call sets itself (a header parameter, `.header(..)`)
        // replaces a credential's: a request never carries two.
        let set_by_call = |name: &HeaderName| {
            request
                .headers
                .iter()
                .any(|(n, _)| n.eq_ignore_ascii_case(name.as_str()))
        };
        for (name, value) in &applied.headers {
            if !set_by_call(name) {
                builder = builder.header(name, value.clone());
            }
        }
        // The call's query is in `url` already (`Request::apply_query`);
        // an API key in the query comes after it.
        for (name, key) in &applied.query {
            builder = builder.query(&[(name, key.expose_secret())]);
        }
        let mut cookies = applied.cookie_header()?;
        // Exactly one `User-Agent`: the call's own replaces the client's.
        let mut user_agent = inner.user_agent.clone();
        for (name, value) in &request.headers {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| Failure::Invalid(format!("invalid header name {name:?}")))?;
            let value = HeaderValue::from_str(value)
                .map_err(|_| Failure::Invalid(format!("invalid value for header {name}")))?;
            if name == USER_AGENT {
                user_agent = value;
            } else if name == COOKIE && cookies.is_some() {
                // One `Cookie` header: the call's cookies, then the credentials'.
                if let Some(credentials) = cookies.take() {
                    let mut joined = value.as_bytes().to_vec();
                    joined.extend_from_slice(b"; ");
                    joined.extend_from_slice(credentials.as_bytes());
                    let mut value = HeaderValue::from_bytes(&joined)
                        .map_err(|_| Failure::Invalid("invalid cookie header".to_owned()))?;
                    value.set_sensitive(true);
                    builder = builder.header(name, value);
                }
            } else {
                builder = builder.header(name, value);
            }
        }
        if let Some(cookies) = cookies {
            builder = builder.header(COOKIE, cookies);
        }
        // Set on the request, it also replaces the one an `http_client`
        // would add.
        builder = builder.header(USER_AGENT, user_agent);
        if let Some(timeout) = timeout {
            builder = builder.timeout(timeout);
        }
        builder = with_body(builder, &request.body)?;

        tracing::debug!("sending request");
        // An API key in the query is in the URL, which reqwest's errors quote.
        let hide_url = |e: reqwest::Error| {
            if applied.query.is_empty() {
                e
            } else {
                e.without_url()
            }
        };
        let response = builder
            .send()
            .await
            .map_err(|e| Failure::from(hide_url(e)))?;
        let status = response.status();
        Span::current().record("status", status.as_u16());
        tracing::debug!("response received");
        let headers = response.headers().clone();
        let body = read_body(response, inner.max_response_body)
            .await
            .map_err(|e| match e {
                ReadError::TooLarge => Failure::TooLarge(inner.max_response_body),
                ReadError::Http(e) => Failure::from(hide_url(e)),
            })?;
        Ok(RawResponse {
            operation: request.operation,
            status,
            headers,
            body,
            strict_decoding: inner.strict_decoding,
        })
    }
}

fn with_body(
    builder: reqwest::RequestBuilder,
    body: &RequestBody,
) -> Result<reqwest::RequestBuilder, Failure> {
    use reqwest::header::CONTENT_TYPE;
    Ok(match body {
        RequestBody::Empty => builder,
        RequestBody::Json(data) => builder
            .header(CONTENT_TYPE, "application/json")
            .body(data.clone()),
        RequestBody::Bytes { content_type, data } => builder
            .header(CONTENT_TYPE, *content_type)
            .body(data.clone()),
        RequestBody::Form(data) => builder
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(data.clone()),
        RequestBody::Multipart(parts) => {
            let mut form = reqwest::multipart::Form::new();
            for part in parts {
                let body = reqwest::Body::from(part.data.clone());
                let mut p =
                    reqwest::multipart::Part::stream_with_length(body, part.data.len() as u64);
                if let Some(file_name) = &part.file_name {
                    p = p.file_name(file_name.clone());
                }
                if let Some(content_type) = &part.content_type {
                    p = p.mime_str(content_type).map_err(|_| {
                        Failure::Invalid(format!(
                            "invalid content type {content_type:?} for part {}",
                            part.name
                        ))
                    })?;
                }
                form = form.part(part.name.clone(), p);
            }
            builder.multipart(form)
        }
    })
}

/// The credentials one attempt carries.
#[derive(Default)]
struct Applied {
    /// Headers, values marked sensitive; at most one `Authorization`.
    headers: Vec<(HeaderName, HeaderValue)>,
    /// API keys sent as query parameters.
    query: Vec<(&'static str, SecretString)>,
    /// API keys sent as cookies.
    cookies: Vec<(&'static str, SecretString)>,
    /// The providers asked for tokens, with what they gave, to tell them of a 401.
    tokens: Vec<(Arc<dyn DynTokenProvider>, SecretString)>,
}

impl Applied {
    /// Adds header `name`, unless a credential already set it (two schemes
    /// of one requirement both sending `Authorization`: the first wins).
    fn header(&mut self, name: HeaderName, value: &str, scheme: &str) -> Result<(), Failure> {
        if self.headers.iter().any(|(n, _)| *n == name) {
            tracing::debug!(header = %name, scheme, "header already set by another credential");
            return Ok(());
        }
        let mut value = HeaderValue::try_from(value).map_err(|_| {
            Failure::Invalid(format!(
                "the credential of security scheme {scheme:?} is not a valid header value"
            ))
        })?;
        value.set_sensitive(true);
        self.headers.push((name, value));
        Ok(())
    }

    /// The `Cookie` header of the API keys sent as cookies, if any.
    fn cookie_header(&self) -> Result<Option<HeaderValue>, Failure> {
        if self.cookies.is_empty() {
            return Ok(None);
        }
        let pairs: Vec<String> = self
            .cookies
            .iter()
            .map(|(name, key)| format!("{name}={}", key.expose_secret()))
            .collect();
        let mut value = HeaderValue::try_from(pairs.join("; ")).map_err(|_| {
            Failure::Invalid("an API key sent as a cookie is not a valid cookie value".to_owned())
        })?;
        value.set_sensitive(true);
        Ok(Some(value))
    }
}

/// The deadline of a call, on the client's clock.
struct Deadline {
    /// The whole call's timeout.
    timeout: Option<Duration>,
    at: Option<Instant>,
}

impl Deadline {
    fn new(start: Instant, timeout: Option<Duration>) -> Self {
        Self {
            timeout,
            at: timeout.and_then(|timeout| start.checked_add(timeout)),
        }
    }

    /// The time left at `now`; `None` without a deadline.
    fn left(&self, now: Instant) -> Option<Duration> {
        self.at.map(|at| at.saturating_duration_since(now))
    }

    /// Whether waiting `wait` from `now` would end after the deadline.
    fn passed_after(&self, now: Instant, wait: Duration) -> bool {
        match (self.at, now.checked_add(wait)) {
            (Some(at), Some(end)) => end > at,
            (Some(_), None) => true,
            (None, _) => false,
        }
    }

    fn error(&self, operation: &'static Operation, attempts: u32) -> Error {
        Error::Deadline {
            operation,
            deadline: self.timeout.unwrap_or_default(),
            attempts,
        }
    }
}

/// How one attempt failed without a response.
enum Failure {
    Timeout,
    Transport(reqwest::Error),
    TooLarge(usize),
    Invalid(String),
    /// The token provider failed.
    Auth(BoxError),
}

impl From<reqwest::Error> for Failure {
    fn from(error: reqwest::Error) -> Self {
        if error.is_timeout() {
            Failure::Timeout
        } else {
            Failure::Transport(error)
        }
    }
}

impl Failure {
    /// Worth another attempt (if the request is replayable).
    fn is_transient(&self) -> bool {
        match self {
            Failure::Timeout => true,
            Failure::Transport(e) => is_transient(e),
            Failure::TooLarge(_) | Failure::Invalid(_) | Failure::Auth(_) => false,
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Failure::Timeout => "timeout",
            Failure::Transport(e) if e.is_connect() => "connect",
            Failure::Transport(_) => "transport",
            Failure::TooLarge(_) => "body too large",
            Failure::Invalid(_) => "invalid request",
            Failure::Auth(_) => "token provider",
        }
    }

    fn into_error(
        self,
        operation: &'static Operation,
        timeout: Option<Duration>,
        attempts: u32,
    ) -> Error {
        match self {
            Failure::Timeout => Error::Timeout {
                operation,
                timeout,
                attempts,
            },
            Failure::Transport(source) => Error::Transport {
                operation,
                attempts,
                source,
            },
            Failure::TooLarge(limit) => Error::BodyTooLarge { operation, limit },
            Failure::Invalid(message) => Error::InvalidRequest(format!("{operation}: {message}")),
            Failure::Auth(source) => Error::Auth { operation, source },
        }
    }
}

/// The first `.` or `..` segment of a path, percent-encoded or not: URL
/// parsing removes such segments, so `/v1/projects/..` would reach `/v1/`.
fn dot_segment(path: &str) -> Option<&str> {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    // `.` and `..`, each dot possibly percent-encoded.
    const DOT_SEGMENTS: [&str; 6] = [".", "..", "%2e", ".%2e", "%2e.", "%2e%2e"];
    path.split('/').find(|segment| {
        DOT_SEGMENTS
            .iter()
            .any(|dots| segment.eq_ignore_ascii_case(dots))
    })
}
