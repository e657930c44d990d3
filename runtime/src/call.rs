//! The future of a generated call.

use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::str::FromStr;
use std::task::{Context, Poll};
use std::time::Duration;

use serde::de::DeserializeOwned;

use super::client::Client;
use super::error::{Error, Result};
use super::request::Request;
use super::response::{RawResponse, Response};

type Sending = Pin<Box<dyn Future<Output = Result<RawResponse>> + Send + 'static>>;

/// What a request builder's `request` makes: the client to send with and
/// the request, or the error that stopped it being made (a header value
/// that is not valid, a body that cannot be encoded).
pub type Prepared = Result<(Client, Request)>;

/// What every request builder carries besides its parameters: a handle to
/// the client (a clone: cheap, and the builder owns it, so a call can be
/// spawned) and the settings a caller may add to any call (extra headers,
/// the call's deadline and the timeout of each attempt).
///
/// Generated builders keep one in a field and hand it, with the request
/// they describe, to [`finish`](Self::finish).
#[derive(Debug, Clone)]
pub struct CallOptions {
    client: Client,
    headers: Vec<(&'static str, String)>,
    timeout: Option<Duration>,
    attempt_timeout: Option<Duration>,
}

impl CallOptions {
    /// Options for a call through `client`, with no extra header and the
    /// client's timeouts.
    pub fn new(client: &Client) -> Self {
        Self {
            client: client.clone(),
            headers: Vec::new(),
            timeout: None,
            attempt_timeout: None,
        }
    }

    /// The client the call goes through.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Adds a header to the call (after the operation's own header
    /// parameters).
    pub fn add_header(&mut self, name: &'static str, value: impl Into<String>) {
        self.headers.push((name, value.into()));
    }

    /// Sets the deadline of the whole call, overriding the client's (see
    /// [`Request::timeout`]).
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = Some(timeout);
    }

    /// Sets the timeout of each attempt, overriding the client's (see
    /// [`Request::attempt_timeout`]).
    pub fn set_attempt_timeout(&mut self, timeout: Duration) {
        self.attempt_timeout = Some(timeout);
    }

    /// The client and `request` with these options applied: what
    /// [`Call::new`] sends.
    pub fn finish(self, mut request: Request) -> (Client, Request) {
        request.headers.extend(self.headers);
        if self.timeout.is_some() {
            request.timeout = self.timeout;
        }
        if self.attempt_timeout.is_some() {
            request.attempt_timeout = self.attempt_timeout;
        }
        (self.client, request)
    }
}

/// How a [`Call`] turns the success response into its result.
pub trait Decode<T> {
    /// Decodes `response`.
    fn decode(&self, response: RawResponse) -> Result<T>;
}

/// The body as JSON ([`RawResponse::json`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct Json;

impl<T: DeserializeOwned> Decode<T> for Json {
    fn decode(&self, response: RawResponse) -> Result<T> {
        response.json()
    }
}

/// No result: the body is discarded.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unit;

impl Decode<()> for Unit {
    fn decode(&self, response: RawResponse) -> Result<()> {
        response.unit()
    }
}

/// The body as UTF-8 text ([`RawResponse::text`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct Text;

impl Decode<String> for Text {
    fn decode(&self, response: RawResponse) -> Result<String> {
        response.text()
    }
}

/// The body as bytes.
#[derive(Debug, Clone, Copy, Default)]
pub struct Body;

impl Decode<bytes::Bytes> for Body {
    fn decode(&self, response: RawResponse) -> Result<bytes::Bytes> {
        Ok(response.body)
    }
}

/// The response itself, whatever its status (`send_raw()`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Raw;

impl Decode<RawResponse> for Raw {
    fn decode(&self, response: RawResponse) -> Result<RawResponse> {
        Ok(response)
    }
}

/// The result of `D` with its response's status and headers
/// ([`Response`]): `send_with_metadata()`.
#[derive(Debug, Clone, Copy, Default)]
pub struct WithMetadata<D>(pub D);

impl<T, D: Decode<T>> Decode<Response<T>> for WithMetadata<D> {
    fn decode(&self, response: RawResponse) -> Result<Response<T>> {
        let status = response.status;
        let headers = response.headers.clone();
        let value = self.0.decode(response)?;
        Ok(Response::new(value, status, headers))
    }
}

/// A response header parsed as the result ([`RawResponse::header`]).
#[derive(Debug, Clone, Copy)]
pub struct Header(pub &'static str);

impl<T> Decode<T> for Header
where
    T: FromStr,
    T::Err: fmt::Display,
{
    fn decode(&self, response: RawResponse) -> Result<T> {
        response.header(self.0)
    }
}

/// A call in flight: what a request builder's `send()`, `send_raw()` and
/// `.await` return. It sends through [`Client::execute`] (or
/// [`Client::execute_raw`]) and decodes the response with `D`.
///
/// One future type serves every operation, and its decoding is generic: the
/// code that decodes an operation's result is compiled where the call is
/// awaited, so a program pays only for the operations it uses.
///
/// A call owns a handle to its client (a clone of it), so it is `Send` and
/// `'static`: it can be spawned, e.g.
/// `tokio::spawn(client.get_thing(id).send())`, and outlive the client
/// value it was made from.
#[must_use = "a call does nothing unless it is awaited"]
pub struct Call<T, D = Json> {
    state: State,
    decode: D,
    result: PhantomData<fn() -> T>,
}

enum State {
    Sending(Sending),
    /// The request could not be built (e.g. its body did not serialize).
    Failed(Option<Error>),
}

impl<T, D> Call<T, D> {
    /// Sends `request` with [`Client::execute`] and decodes the success
    /// response with `decode`; fails with `request`'s error if it is one.
    pub fn new(request: Result<(Client, Request)>, decode: D) -> Self {
        let state = match request {
            Ok((client, request)) => {
                State::Sending(Box::pin(async move { client.execute(request).await }))
            }
            Err(error) => State::Failed(Some(error)),
        };
        Self {
            state,
            decode,
            result: PhantomData,
        }
    }
}

impl Call<RawResponse, Raw> {
    /// Sends `request` with [`Client::execute_raw`]: the response as received,
    /// whatever its status.
    pub fn raw(request: Result<(Client, Request)>) -> Self {
        let state = match request {
            Ok((client, request)) => {
                State::Sending(Box::pin(async move { client.execute_raw(request).await }))
            }
            Err(error) => State::Failed(Some(error)),
        };
        Self {
            state,
            decode: Raw,
            result: PhantomData,
        }
    }
}

impl<T, D: Decode<T> + Unpin> Future for Call<T, D> {
    type Output = Result<T>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        match &mut this.state {
            State::Sending(sending) => match sending.as_mut().poll(cx) {
                Poll::Ready(Ok(response)) => Poll::Ready(this.decode.decode(response)),
                Poll::Ready(Err(error)) => Poll::Ready(Err(error)),
                Poll::Pending => Poll::Pending,
            },
            State::Failed(error) => Poll::Ready(Err(error.take().unwrap_or_else(|| {
                Error::InvalidRequest("the call was polled after it completed".to_owned())
            }))),
        }
    }
}

impl<T, D> fmt::Debug for Call<T, D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match &self.state {
            State::Sending(_) => "sending",
            State::Failed(Some(_)) => "failed",
            State::Failed(None) => "done",
        };
        f.debug_struct("Call").field("state", &state).finish()
    }
}
