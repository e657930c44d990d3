//! Pacing by the rate limits the server reports, shared by all clones of a
//! client.
//!
//! Every response is read for `x-ratelimit-limit`, `x-ratelimit-remaining`
//! and `x-ratelimit-reset` (seconds until the window resets), and a 429's
//! `Retry-After`. Before a request is sent, its endpoint's budget must allow
//! it; otherwise the request waits for the window to reset.
//!
//! **Groups.** A server may count some endpoints together and others apart,
//! and says so only through these headers: endpoints that share a budget
//! report the same limit and the same reset instant. So a budget is kept per
//! *group*, identified by its limit and the instant its window resets (the
//! response's arrival plus `reset`; two instants within [`SAME_WINDOW`] are
//! the same); an endpoint (method and path template) is a member of the
//! group its last response reported. When a group's window has passed, the
//! next response of any member with the same limit starts the group's next
//! window. An endpoint whose response disagrees with its group (another
//! limit, or another reset instant while the group's window runs) moves to
//! the group it matches, or to a new one.
//!
//! **Budget.** A group counts what may still be sent in its window:
//! `remaining` as last reported, minus every request of the group that is
//! in flight (the server may not have counted it yet), never more than the
//! count already held; each send takes one. So the client never sends more
//! than the server said it would accept, however many tasks share it. When
//! the window has passed, the whole `limit` (minus requests in flight) is
//! available again until a response tells the new window's figures.
//!
//! **Unknown endpoints.** Until an endpoint's first response, one request
//! of it at a time is sent (the others wait for that response), and that
//! request takes one from the group most endpoints belong to, if any (most
//! endpoints of an API usually share one budget). An endpoint whose
//! responses carry no rate-limit headers is not paced.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use tokio::sync::Notify;

use super::clock::DynClock;
use super::request::Operation;
use super::response::ServerRateLimit;

/// Two reset instants closer than this are the same window: `reset` is
/// given in whole seconds, and responses take different times to arrive.
pub(crate) const SAME_WINDOW: Duration = Duration::from_millis(1_500);

/// An endpoint: method and path template.
type Key = (&'static str, &'static str);

/// The server-reported budgets of a client.
pub(crate) struct Pacer {
    state: Mutex<State>,
    /// Woken when a response or a failure changes what is known.
    changed: Notify,
}

impl std::fmt::Debug for Pacer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pacer").finish_non_exhaustive()
    }
}

#[derive(Default)]
struct State {
    endpoints: HashMap<Key, Endpoint>,
    groups: Vec<Group>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Endpoint {
    /// Its first request is out; the others wait for its response.
    Probing,
    /// Its responses carry no rate-limit headers: not paced.
    Unpaced,
    /// It belongs to `groups[index]`.
    Member(usize),
}

#[derive(Debug)]
struct Group {
    limit: u64,
    /// When the current window resets; `None` once it has passed, until a
    /// response tells the next one.
    reset_at: Option<Instant>,
    /// How many requests may still be sent in the current window.
    available: u64,
    /// Requests reserved from this group and not answered yet.
    in_flight: u64,
    /// How many endpoints belong to it.
    members: usize,
    /// Counts window changes, so that a reservation given back is returned
    /// only to the window it was taken from.
    epoch: u64,
}

impl Group {
    fn new(limit: u64) -> Self {
        Self {
            limit,
            reset_at: None,
            available: 0,
            in_flight: 0,
            members: 0,
            epoch: 0,
        }
    }

    /// Starts the next window once the current one has passed.
    fn roll(&mut self, now: Instant) {
        if self.reset_at.is_some_and(|at| at <= now) {
            self.reset_at = None;
            self.available = self.limit.saturating_sub(self.in_flight);
            self.epoch += 1;
        }
    }

    /// Whether a response reporting `limit` and a reset at `reset_at` is of
    /// this group.
    fn matches(&self, limit: u64, reset_at: Instant) -> bool {
        self.limit == limit
            && self.reset_at.is_none_or(|at| {
                let gap = if at > reset_at {
                    at - reset_at
                } else {
                    reset_at - at
                };
                gap <= SAME_WINDOW
            })
    }
}

/// Why a request may not go yet.
enum Hold {
    /// Until this instant (a window resets).
    Until(Instant),
    /// Until a response (or a failure) tells more.
    Signal,
}

/// Why [`Pacer::acquire`] gave up.
pub(crate) enum Held {
    /// The wait, known, would pass the deadline; this is how long it is.
    Wait(Duration),
    /// The deadline passed while waiting for other requests' responses.
    Deadline,
}

impl Pacer {
    pub(crate) fn new() -> Self {
        Self {
            state: Mutex::new(State::default()),
            changed: Notify::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // The state stays consistent even if a holder panicked.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits until the budget of `operation`'s endpoint allows one more
    /// request, and takes it. Fails at once when the wait is known and would
    /// end after `deadline`.
    pub(crate) async fn acquire(
        &self,
        operation: &'static Operation,
        clock: &dyn DynClock,
        deadline: Option<Instant>,
    ) -> Result<Permit<'_>, Held> {
        let key = (operation.method, operation.path);
        // A clock whose sleep does not move its time (a test's) still
        // passes the instant it was asked to wait for.
        let mut waited_until: Option<Instant> = None;
        loop {
            let changed = self.changed.notified();
            let mut changed = std::pin::pin!(changed);
            changed.as_mut().enable();
            let now = clock.now().max(waited_until.unwrap_or_else(|| clock.now()));
            let hold = match self.lock().reserve(key, now) {
                Ok(Reservation { reserved, probe }) => {
                    return Ok(Permit {
                        pacer: self,
                        key,
                        reserved,
                        probe,
                        sent: false,
                        done: false,
                    })
                }
                Err(hold) => hold,
            };
            match hold {
                Hold::Until(at) => {
                    let wait = at.saturating_duration_since(now);
                    if deadline.is_some_and(|deadline| at > deadline) {
                        return Err(Held::Wait(wait));
                    }
                    tracing::info!(
                        wait_ms = wait.as_millis() as u64,
                        "the server's rate limit is spent; waiting for its window to reset"
                    );
                    clock.sleep(wait).await;
                    waited_until = Some(at);
                }
                Hold::Signal => match deadline {
                    None => changed.await,
                    Some(deadline) => {
                        let left = deadline.saturating_duration_since(now);
                        if left.is_zero() {
                            return Err(Held::Deadline);
                        }
                        tokio::select! {
                            () = changed => {}
                            () = clock.sleep(left) => return Err(Held::Deadline),
                        }
                    }
                },
            }
        }
    }

    /// Learns from a response to a request sent with `permit`: its
    /// rate-limit headers, and for a 429 the `Retry-After` wait.
    fn observe(
        &self,
        permit: &Permit<'_>,
        status: StatusCode,
        headers: &HeaderMap,
        retry_after: Option<Duration>,
        now: Instant,
    ) {
        let reported = ServerRateLimit::from_headers(headers);
        let retry_after = retry_after.filter(|_| status == StatusCode::TOO_MANY_REQUESTS);
        {
            let mut state = self.lock();
            if let Some((index, _)) = permit.reserved {
                let group = &mut state.groups[index];
                group.in_flight = group.in_flight.saturating_sub(1);
            }
            state.learn(permit.key, reported, now);
            if let Some((index, epoch)) = permit.reserved {
                // Taken from a group the endpoint turned out not to belong to
                // (a first request, counted against the most shared group):
                // that group's server count never saw it.
                let counted = state.endpoints.get(&permit.key) == Some(&Endpoint::Member(index));
                let group = &mut state.groups[index];
                if !counted && group.epoch == epoch {
                    group.available = group.available.saturating_add(1).min(group.limit);
                }
            }
            if let (Some(wait), Some(Endpoint::Member(index))) =
                (retry_after, state.endpoints.get(&permit.key).copied())
            {
                // The server refuses until then, whatever it counted.
                let group = &mut state.groups[index];
                let until = now.checked_add(wait).unwrap_or(now);
                group.available = 0;
                group.reset_at = Some(group.reset_at.map_or(until, |at| at.max(until)));
            }
        }
        self.changed.notify_waiters();
    }
}

impl State {
    /// Takes one request from the endpoint's budget, or says how long to
    /// hold it.
    fn reserve(&mut self, key: Key, now: Instant) -> Result<Reservation, Hold> {
        for group in &mut self.groups {
            group.roll(now);
        }
        let (group, probe) = match self.endpoints.get(&key) {
            Some(Endpoint::Unpaced) => (None, false),
            Some(Endpoint::Probing) => return Err(Hold::Signal),
            Some(Endpoint::Member(index)) => (Some(*index), false),
            None => (self.most_shared(), true),
        };
        let reserved = match group {
            None => None,
            Some(index) => {
                let group = &mut self.groups[index];
                if group.available > 0 {
                    group.available -= 1;
                } else if let Some(at) = group.reset_at {
                    return Err(Hold::Until(at));
                } else if group.in_flight > 0 {
                    // The window has passed and no response has told the
                    // next one yet: the requests out will.
                    return Err(Hold::Signal);
                }
                // (Nothing out and nothing known: one request finds out.)
                group.in_flight += 1;
                Some((index, group.epoch))
            }
        };
        if probe {
            self.endpoints.insert(key, Endpoint::Probing);
        }
        Ok(Reservation { reserved, probe })
    }

    /// The group most endpoints belong to (the first learned on a tie).
    fn most_shared(&self) -> Option<usize> {
        let mut best: Option<usize> = None;
        for (index, group) in self.groups.iter().enumerate() {
            if group.members > 0 && best.is_none_or(|b| group.members > self.groups[b].members) {
                best = Some(index);
            }
        }
        best
    }

    /// Ends `permit`'s reservation; `sent`: its request went out (else the
    /// request is returned to its window's budget).
    fn give_back(&mut self, permit: &Permit<'_>, sent: bool) {
        if let Some((index, epoch)) = permit.reserved {
            let group = &mut self.groups[index];
            group.in_flight = group.in_flight.saturating_sub(1);
            if !sent && group.epoch == epoch {
                group.available = group.available.saturating_add(1).min(group.limit);
            }
        }
        if permit.probe && self.endpoints.get(&permit.key) == Some(&Endpoint::Probing) {
            self.endpoints.remove(&permit.key);
        }
    }

    /// Records what a response of endpoint `key` reported.
    fn learn(&mut self, key: Key, reported: Option<ServerRateLimit>, now: Instant) {
        for group in &mut self.groups {
            group.roll(now);
        }
        let Some(reported) = reported else {
            // Paced only once a response reports a budget (a member stays
            // one when a response, say an error from a proxy, reports none).
            let endpoint = self.endpoints.entry(key).or_insert(Endpoint::Unpaced);
            if *endpoint == Endpoint::Probing {
                *endpoint = Endpoint::Unpaced;
            }
            return;
        };
        let reset_at = now.checked_add(reported.reset).unwrap_or(now);
        let current = match self.endpoints.get(&key) {
            Some(Endpoint::Member(index)) => Some(*index),
            _ => None,
        };
        let index = match current.filter(|&i| self.groups[i].matches(reported.limit, reset_at)) {
            Some(index) => index,
            None => {
                let index = self.group_for(reported.limit, reset_at);
                if let Some(old) = current {
                    self.groups[old].members -= 1;
                }
                self.groups[index].members += 1;
                self.endpoints.insert(key, Endpoint::Member(index));
                index
            }
        };
        let group = &mut self.groups[index];
        let left = reported.remaining.saturating_sub(group.in_flight);
        match group.reset_at {
            None => {
                group.reset_at = Some(reset_at);
                group.available = left;
                group.epoch += 1;
            }
            Some(at) => {
                group.reset_at = Some(at.max(reset_at));
                group.available = group.available.min(left);
            }
        }
    }

    /// The group a response reporting `limit` and a reset at `reset_at`
    /// belongs to: one whose current window matches, else one with that
    /// limit whose window has passed, else a new one (in a slot no endpoint
    /// or request uses any more, if there is one).
    fn group_for(&mut self, limit: u64, reset_at: Instant) -> usize {
        let running = self
            .groups
            .iter()
            .position(|g| g.reset_at.is_some() && g.matches(limit, reset_at));
        let passed = || {
            self.groups
                .iter()
                .position(|g| g.reset_at.is_none() && g.members > 0 && g.matches(limit, reset_at))
        };
        if let Some(index) = running.or_else(passed) {
            return index;
        }
        let group = Group::new(limit);
        match self
            .groups
            .iter()
            .position(|g| g.members == 0 && g.in_flight == 0)
        {
            Some(index) => {
                let epoch = self.groups[index].epoch + 1;
                self.groups[index] = Group { epoch, ..group };
                index
            }
            None => {
                self.groups.push(group);
                self.groups.len() - 1
            }
        }
    }
}

/// What [`State::reserve`] took.
struct Reservation {
    reserved: Option<(usize, u64)>,
    probe: bool,
}

/// One request's place in its endpoint's budget. Dropped without
/// [`finish`](Permit::finish) (the attempt failed without a response, or
/// was cancelled), it gives the place back.
pub(crate) struct Permit<'a> {
    pacer: &'a Pacer,
    key: Key,
    /// The group and window it was taken from.
    reserved: Option<(usize, u64)>,
    /// The first request of an unknown endpoint.
    probe: bool,
    sent: bool,
    done: bool,
}

impl Permit<'_> {
    /// The request is being sent: its place is used even if no response
    /// comes back.
    pub(crate) fn sending(&mut self) {
        self.sent = true;
    }

    /// The response came: learn from its status and headers (and the
    /// `Retry-After` wait read from them).
    pub(crate) fn finish(
        mut self,
        status: StatusCode,
        headers: &HeaderMap,
        retry_after: Option<Duration>,
        now: Instant,
    ) {
        self.done = true;
        self.pacer.observe(&self, status, headers, retry_after, now);
    }
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        if !self.done {
            self.pacer.lock().give_back(self, self.sent);
            self.pacer.changed.notify_waiters();
        }
    }
}
