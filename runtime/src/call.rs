//! The future of a generated call.

use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::str::FromStr;
use std::task::{Context, Poll};

use serde::de::DeserializeOwned;

use super::client::Client;
use super::error::{Error, Result};
use super::request::Request;
use super::response::RawResponse;

type Sending<'a> = Pin<Box<dyn Future<Output = Result<RawResponse>> + Send + 'a>>;

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
#[must_use = "a call does nothing unless it is awaited"]
pub struct Call<'a, T, D = Json> {
    state: State<'a>,
    decode: D,
    result: PhantomData<fn() -> T>,
}

enum State<'a> {
    Sending(Sending<'a>),
    /// The request could not be built (e.g. its body did not serialize).
    Failed(Option<Error>),
}

impl<'a, T, D> Call<'a, T, D> {
    /// Sends `request` with [`Client::execute`] and decodes the success
    /// response with `decode`; fails with `request`'s error if it is one.
    pub fn new(request: Result<(&'a Client, Request)>, decode: D) -> Self {
        let state = match request {
            Ok((client, request)) => State::Sending(Box::pin(client.execute(request))),
            Err(error) => State::Failed(Some(error)),
        };
        Self {
            state,
            decode,
            result: PhantomData,
        }
    }
}

impl<'a> Call<'a, RawResponse, Raw> {
    /// Sends `request` with [`Client::execute_raw`]: the response as received,
    /// whatever its status.
    pub fn raw(request: Result<(&'a Client, Request)>) -> Self {
        let state = match request {
            Ok((client, request)) => State::Sending(Box::pin(client.execute_raw(request))),
            Err(error) => State::Failed(Some(error)),
        };
        Self {
            state,
            decode: Raw,
            result: PhantomData,
        }
    }
}

impl<T, D: Decode<T> + Unpin> Future for Call<'_, T, D> {
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

impl<T, D> fmt::Debug for Call<'_, T, D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match &self.state {
            State::Sending(_) => "sending",
            State::Failed(Some(_)) => "failed",
            State::Failed(None) => "done",
        };
        f.debug_struct("Call").field("state", &state).finish()
    }
}
