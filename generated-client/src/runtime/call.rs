//! The future of a generated call.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use super::client::Client;
use super::error::{Error, Result};
use super::request::Request;
use super::response::RawResponse;

type Sending<'a> = Pin<Box<dyn Future<Output = Result<RawResponse>> + Send + 'a>>;

/// A call in flight: what a request builder's `send()`, `send_raw()` and
/// `.await` return. It sends through [`Client::execute`] (or
/// [`Client::execute_raw`]) and decodes the response.
///
/// One future type serves every operation, so the crate compiles no future
/// per operation: the only per-operation part is the decoding function.
#[must_use = "a call does nothing unless it is awaited"]
pub struct Call<'a, T> {
    state: State<'a>,
    decode: fn(RawResponse) -> Result<T>,
}

enum State<'a> {
    Sending(Sending<'a>),
    /// The request could not be built (e.g. its body did not serialize).
    Failed(Option<Error>),
}

impl<'a, T> Call<'a, T> {
    /// Sends `request` with [`Client::execute`] and decodes the success
    /// response with `decode`; fails with `request`'s error if it is one.
    pub fn new(
        request: Result<(&'a Client, Request)>,
        decode: fn(RawResponse) -> Result<T>,
    ) -> Self {
        let state = match request {
            Ok((client, request)) => State::Sending(Box::pin(client.execute(request))),
            Err(error) => State::Failed(Some(error)),
        };
        Self { state, decode }
    }
}

impl<'a> Call<'a, RawResponse> {
    /// Sends `request` with [`Client::execute_raw`]: the response as received,
    /// whatever its status.
    pub fn raw(request: Result<(&'a Client, Request)>) -> Self {
        let state = match request {
            Ok((client, request)) => State::Sending(Box::pin(client.execute_raw(request))),
            Err(error) => State::Failed(Some(error)),
        };
        Self { state, decode: Ok }
    }
}

impl<T> Future for Call<'_, T> {
    type Output = Result<T>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        match &mut this.state {
            State::Sending(sending) => sending.as_mut().poll(cx).map(|r| r.and_then(this.decode)),
            State::Failed(error) => Poll::Ready(Err(error.take().unwrap_or_else(|| {
                Error::InvalidRequest("the call was polled after it completed".to_owned())
            }))),
        }
    }
}

impl<T> fmt::Debug for Call<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match &self.state {
            State::Sending(_) => "sending",
            State::Failed(Some(_)) => "failed",
            State::Failed(None) => "done",
        };
        f.debug_struct("Call").field("state", &state).finish()
    }
}
