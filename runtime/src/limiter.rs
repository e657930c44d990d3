//! The client-side rate limiter, shared by all clones of a client.
//!
//! Two things can hold a request back before it is sent:
//! - a *block* set when the API answered 429, so that every task using the
//!   client waits the rate limit out together instead of each one burning its
//!   attempts inside the blocked window;
//! - an optional *window*: at most `requests` sends in any span of `per`
//!   (a sliding log of send times), so a batch job never trips the API's limit.
//!
//! Each caller reserves its send time under a lock, then sleeps until it.

use std::collections::VecDeque;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use super::clock::DynClock;

/// A client-side limit of `requests` per `per`, enabled with
/// [`ClientBuilder::rate_limit`](super::ClientBuilder::rate_limit).
///
/// The default is the API's documented limit: 60 requests per minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    requests: u32,
    per: Duration,
}

impl RateLimit {
    /// At most `requests` (at least 1) sends in any span of `per`.
    pub fn new(requests: u32, per: Duration) -> Self {
        Self {
            requests: requests.max(1),
            per,
        }
    }

    /// At most `requests` sends in any minute.
    pub fn per_minute(requests: u32) -> Self {
        Self::new(requests, Duration::from_secs(60))
    }

    /// How many requests a window allows.
    pub fn requests(&self) -> u32 {
        self.requests
    }

    /// The window length.
    pub fn per(&self) -> Duration {
        self.per
    }
}

impl Default for RateLimit {
    fn default() -> Self {
        Self::per_minute(60)
    }
}

pub(crate) struct Limiter {
    window: Option<RateLimit>,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    blocked_until: Option<Instant>,
    /// Reserved send times of the last `window.requests` requests, ascending.
    recent: VecDeque<Instant>,
}

impl std::fmt::Debug for Limiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limiter")
            .field("window", &self.window)
            .finish_non_exhaustive()
    }
}

impl Limiter {
    pub(crate) fn new(window: Option<RateLimit>) -> Self {
        Self {
            window,
            state: Mutex::new(State::default()),
        }
    }

    /// Reserves a send time and waits until it; returns how long it waited.
    /// When the send time would be after `deadline`, reserves nothing and
    /// returns at once the wait it would have needed.
    pub(crate) async fn acquire(
        &self,
        clock: &dyn DynClock,
        deadline: Option<Instant>,
    ) -> Result<Duration, Duration> {
        let now = clock.now();
        let send_at = {
            let mut state = self.lock();
            let mut send_at = now;
            if let Some(blocked_until) = state.blocked_until {
                send_at = send_at.max(blocked_until);
            }
            let full = self
                .window
                .is_some_and(|window| state.recent.len() >= window.requests as usize);
            if let (true, Some(window)) = (full, self.window) {
                if let Some(free_at) = state
                    .recent
                    .front()
                    .and_then(|oldest| oldest.checked_add(window.per))
                {
                    send_at = send_at.max(free_at);
                }
            }
            if deadline.is_some_and(|deadline| send_at > deadline) {
                return Err(send_at.saturating_duration_since(now));
            }
            if self.window.is_some() {
                if full {
                    state.recent.pop_front();
                }
                state.recent.push_back(send_at);
            }
            send_at
        };
        let wait = send_at.saturating_duration_since(now);
        if !wait.is_zero() {
            clock.sleep(wait).await;
        }
        Ok(wait)
    }

    /// Holds every request back until `until` (it never shortens a block).
    pub(crate) fn block_until(&self, until: Instant) {
        let mut state = self.lock();
        state.blocked_until = Some(state.blocked_until.map_or(until, |b| b.max(until)));
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // The state stays consistent even if a holder panicked.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
