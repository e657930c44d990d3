//! When to send a request again, and how long to wait first.
//!
//! - 429 is always retried: the request was not processed. The wait is the
//!   `Retry-After` header, or the rest of the API's blocked minute
//!   ([`RetryPolicy::rate_limit_wait`]) when there is none.
//! - 5xx, timeouts and connection errors are retried only when replaying the
//!   request is safe: an idempotent method (GET, HEAD, PUT, DELETE, OPTIONS) or
//!   an `Idempotency-Key` header. A POST is never sent twice otherwise.
//! - Waits after 5xx and transport errors back off exponentially with jitter.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::StatusCode;

/// How a client retries failed attempts. Set with
/// [`ClientBuilder::retry`](super::ClientBuilder::retry).
///
/// ```
/// use std::time::Duration;
/// use openapi_client_runtime::RetryPolicy;
///
/// let policy = RetryPolicy::default()
///     .max_attempts(5)
///     .initial_backoff(Duration::from_millis(200))
///     .rate_limit_wait(Duration::from_secs(60));
/// # let _ = policy;
/// let never = RetryPolicy::disabled();
/// # let _ = never;
/// ```
#[derive(Clone)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    rate_limit_wait: Duration,
    max_wait: Duration,
    jitter: Arc<dyn Fn(Duration) -> Duration + Send + Sync>,
}

impl fmt::Debug for RetryPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryPolicy")
            .field("max_attempts", &self.max_attempts)
            .field("initial_backoff", &self.initial_backoff)
            .field("max_backoff", &self.max_backoff)
            .field("rate_limit_wait", &self.rate_limit_wait)
            .field("max_wait", &self.max_wait)
            .finish_non_exhaustive()
    }
}

impl Default for RetryPolicy {
    /// 3 attempts; backoff from 500 ms doubling up to 10 s with jitter; 60 s
    /// after a 429 without `Retry-After`; give up on waits over 5 minutes.
    fn default() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(10),
            rate_limit_wait: Duration::from_secs(60),
            max_wait: Duration::from_secs(300),
            jitter: Arc::new(equal_jitter),
        }
    }
}

impl RetryPolicy {
    /// Never retries: every call makes exactly one attempt.
    pub fn disabled() -> Self {
        Self::default().max_attempts(1)
    }

    /// The most attempts per call, the first included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The wait before the first retry after a 5xx or transport error; it
    /// doubles with each further retry.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The longest backoff between two attempts (before jitter).
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// How long to wait after a 429 without `Retry-After`. The API blocks a
    /// client for the rest of the minute, hence 60 s by default.
    pub fn rate_limit_wait(mut self, wait: Duration) -> Self {
        self.rate_limit_wait = wait;
        self
    }

    /// A server-requested wait (`Retry-After`) longer than this is not waited
    /// out: the call fails at once, with the wait in the error.
    pub fn max_wait(mut self, wait: Duration) -> Self {
        self.max_wait = wait;
        self
    }

    /// Replaces the jitter applied to each backoff: `jitter(backoff)` is the
    /// actual wait. The default picks uniformly between half and all of it.
    pub fn jitter(mut self, jitter: impl Fn(Duration) -> Duration + Send + Sync + 'static) -> Self {
        self.jitter = Arc::new(jitter);
        self
    }

    /// Backs off exactly (no jitter): waits are then deterministic.
    pub fn no_jitter(self) -> Self {
        self.jitter(|backoff| backoff)
    }

    /// What to do after attempt number `attempt` answered `status`.
    /// `replayable`: the request may be sent twice.
    pub(crate) fn after_status(
        &self,
        status: StatusCode,
        retry_after: Option<Duration>,
        attempt: u32,
        replayable: bool,
    ) -> Option<Wait> {
        if attempt >= self.max_attempts {
            return None;
        }
        if status == StatusCode::TOO_MANY_REQUESTS {
            let wait = retry_after.unwrap_or(self.rate_limit_wait);
            return (wait <= self.max_wait).then_some(Wait::RateLimited(wait));
        }
        if status.is_server_error() && replayable {
            return match retry_after {
                Some(wait) => (wait <= self.max_wait).then_some(Wait::Backoff(wait)),
                None => Some(Wait::Backoff(self.backoff(attempt))),
            };
        }
        None
    }

    /// What to do after attempt number `attempt` failed without a response
    /// (`transient`: a timeout or connection failure).
    pub(crate) fn after_failure(
        &self,
        transient: bool,
        attempt: u32,
        replayable: bool,
    ) -> Option<Wait> {
        (transient && replayable && attempt < self.max_attempts)
            .then(|| Wait::Backoff(self.backoff(attempt)))
    }

    /// The jittered backoff before retry number `retry` (1 for the first).
    fn backoff(&self, retry: u32) -> Duration {
        let factor = 2u32.saturating_pow(retry.saturating_sub(1));
        let backoff = self
            .initial_backoff
            .saturating_mul(factor)
            .min(self.max_backoff);
        (self.jitter)(backoff)
    }
}

/// A wait before the next attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wait {
    /// The API is rate limiting: every request of the client waits.
    RateLimited(Duration),
    /// Only this call waits.
    Backoff(Duration),
}

impl Wait {
    /// How long it lasts.
    pub(crate) fn duration(self) -> Duration {
        match self {
            Wait::RateLimited(duration) | Wait::Backoff(duration) => duration,
        }
    }
}

/// A uniformly random duration between half and all of `backoff`.
fn equal_jitter(backoff: Duration) -> Duration {
    let mut bytes = [0u8; 8];
    if getrandom::getrandom(&mut bytes).is_err() {
        return backoff;
    }
    let unit = (u64::from_le_bytes(bytes) >> 11) as f64 / (1u64 << 53) as f64;
    backoff.mul_f64(0.5 + unit / 2.0)
}

/// The `Retry-After` header as a wait from `now`: delta seconds or an HTTP
/// date (a date in the past means no wait).
pub(crate) fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}
