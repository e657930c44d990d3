use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use super::error::{Error, Result};
use super::request::{RawResponse, Request, RequestBody};

/// The API client. Cheap to clone: clones share one connection pool.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    base_url: String,
    token: String,
    timeout: Option<Duration>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("token", &"<redacted>")
            .finish()
    }
}

/// Configures a [`Client`].
pub struct ClientBuilder {
    base_url: String,
    token: String,
    http: Option<reqwest::Client>,
    timeout: Option<Duration>,
    allow_insecure: bool,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("token", &"<redacted>")
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// Starts a builder for `base_url` authenticating with `token`.
    pub fn new(base_url: impl Into<String>, token: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            token: token.into(),
            http: None,
            timeout: Some(Duration::from_secs(60)),
            allow_insecure: false,
        }
    }

    /// Sends requests to `base_url` instead of the default.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// Allows a plain `http://` base URL (for tests and local mocks).
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure = allow;
        self
    }

    /// The timeout of a whole request; `None` for no limit.
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = timeout;
        self
    }

    /// Uses a pre-configured `reqwest::Client`.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client> {
        let base_url = self.base_url.trim_end_matches('/').to_owned();
        if !base_url.starts_with("https://") && !self.allow_insecure {
            return Err(Error::Config(format!(
                "base URL {base_url:?} is not https; call allow_insecure_http(true) to use it anyway"
            )));
        }
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .user_agent(concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")))
                .build()
                .map_err(Error::Transport)?,
        };
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                token: self.token,
                timeout: self.timeout,
            }),
        })
    }
}

impl Client {
    /// A builder for a client of the API at `base_url`.
    pub fn builder_for(base_url: impl Into<String>, token: impl Into<String>) -> ClientBuilder {
        ClientBuilder::new(base_url, token)
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Sends `request` and returns the response whatever its status.
    pub async fn execute_raw(&self, request: Request) -> Result<RawResponse> {
        let op = request.operation;
        let url = format!("{}{}", self.inner.base_url, request.path);
        let mut builder = self
            .inner
            .http
            .request(op.http_method(), url)
            .bearer_auth(&self.inner.token);
        if !request.query.is_empty() {
            builder = builder.query(&request.query);
        }
        for (name, value) in &request.headers {
            builder = builder.header(*name, value);
        }
        if let Some(timeout) = request.timeout.or(self.inner.timeout) {
            builder = builder.timeout(timeout);
        }
        builder = match request.body {
            RequestBody::Empty => builder,
            RequestBody::Json(data) => builder
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(data),
            RequestBody::Bytes { content_type, data } => builder
                .header(reqwest::header::CONTENT_TYPE, content_type)
                .body(data),
            RequestBody::Form(data) => builder
                .header(
                    reqwest::header::CONTENT_TYPE,
                    "application/x-www-form-urlencoded",
                )
                .body(data),
            RequestBody::Multipart(parts) => {
                let mut form = reqwest::multipart::Form::new();
                for part in parts {
                    let mut p = reqwest::multipart::Part::bytes(part.data.to_vec());
                    if let Some(file_name) = part.file_name {
                        p = p.file_name(file_name);
                    }
                    if let Some(ct) = part.content_type {
                        p = p.mime_str(&ct).map_err(Error::Transport)?;
                    }
                    form = form.part(part.name, p);
                }
                builder.multipart(form)
            }
        };
        let response = builder.send().await.map_err(Error::Transport)?;
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(Error::Transport)?;
        Ok(RawResponse {
            operation: op,
            status,
            headers,
            body,
        })
    }

    /// Sends `request`; a status outside 2xx becomes [`Error::Api`].
    pub async fn execute(&self, request: Request) -> Result<RawResponse> {
        let response = self.execute_raw(request).await?;
        if response.status.is_success() {
            Ok(response)
        } else {
            Err(Error::api(&response))
        }
    }
}
