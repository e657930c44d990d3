//! Time, behind a trait so that tests can record waits instead of sleeping.

use std::future::Future;
use std::time::{Duration, Instant, SystemTime};

use super::auth::BoxFuture;

/// Where the client reads the time and how it waits: between retries, for a
/// rate limit to pass, and when refreshing OAuth tokens ahead of expiry.
///
/// The default is [`TokioClock`]. Tests can install a clock that records each
/// wait and advances a virtual time instead of sleeping. A call's deadline is
/// measured on this clock; the timeout of an attempt in flight (its own, or
/// what is left of the deadline) is enforced by the HTTP client in tokio's
/// time.
pub trait Clock: Send + Sync + 'static {
    /// The current instant.
    fn now(&self) -> Instant;

    /// Waits for `duration`.
    fn sleep(&self, duration: Duration) -> impl Future<Output = ()> + Send;

    /// The wall-clock time, to read `Retry-After` dates against.
    fn system_time(&self) -> SystemTime {
        SystemTime::now()
    }
}

/// The real clock: [`tokio::time`] (so a paused tokio clock applies too).
#[derive(Debug, Clone, Copy, Default)]
pub struct TokioClock;

impl Clock for TokioClock {
    fn now(&self) -> Instant {
        tokio::time::Instant::now().into_std()
    }

    fn sleep(&self, duration: Duration) -> impl Future<Output = ()> + Send {
        tokio::time::sleep(duration)
    }
}

/// [`Clock`] as a trait object.
pub(crate) trait DynClock: Send + Sync {
    fn now(&self) -> Instant;
    fn sleep(&self, duration: Duration) -> BoxFuture<'_, ()>;
    fn system_time(&self) -> SystemTime;
}

impl<T: Clock> DynClock for T {
    fn now(&self) -> Instant {
        Clock::now(self)
    }

    fn sleep(&self, duration: Duration) -> BoxFuture<'_, ()> {
        Box::pin(Clock::sleep(self, duration))
    }

    fn system_time(&self) -> SystemTime {
        Clock::system_time(self)
    }
}
