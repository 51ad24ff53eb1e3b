//! Wrong join codes, counted per client address and in total over a
//! sliding window: past either limit every join attempt (a right code
//! too) is refused until the oldest counted failure leaves the window, so
//! guessing the code costs time that grows with each guess.
//!
//! Memory stays small whatever a network sends: a client is only kept
//! while it has a failure inside the window, and failures are only
//! counted while the total is under its limit, so at most `total` entries
//! exist.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::time::{Duration, Instant};

/// Why a join attempt is refused before its code is even looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Blocked {
    /// This client gave too many wrong codes.
    Client { retry_after: Duration },
    /// The session as a whole received too many wrong codes.
    Everyone { retry_after: Duration },
}

/// The wrong-code counts of one session.
#[derive(Debug)]
pub(crate) struct WrongCodes {
    per_client: usize,
    total: usize,
    window: Duration,
    by_client: HashMap<IpAddr, VecDeque<Instant>>,
    all: VecDeque<Instant>,
}

impl WrongCodes {
    pub(crate) fn new(per_client: usize, total: usize, window: Duration) -> Self {
        WrongCodes {
            per_client: per_client.max(1),
            total: total.max(1),
            window,
            by_client: HashMap::new(),
            all: VecDeque::new(),
        }
    }

    /// Whether `client` may try a code at `now`.
    pub(crate) fn check(&mut self, client: IpAddr, now: Instant) -> Result<(), Blocked> {
        self.forget_before(now);
        if self.all.len() >= self.total {
            return Err(Blocked::Everyone {
                retry_after: self.until_free(&self.all, now),
            });
        }
        if let Some(failures) = self.by_client.get(&client)
            && failures.len() >= self.per_client
        {
            return Err(Blocked::Client {
                retry_after: self.until_free(failures, now),
            });
        }
        Ok(())
    }

    /// Counts a wrong code from `client` at `now`.
    pub(crate) fn record(&mut self, client: IpAddr, now: Instant) {
        self.forget_before(now);
        if self.all.len() >= self.total {
            return;
        }
        self.all.push_back(now);
        self.by_client.entry(client).or_default().push_back(now);
    }

    /// How long until the oldest failure of `failures` leaves the window
    /// (at least a second, so a client is never told to retry at once).
    fn until_free(&self, failures: &VecDeque<Instant>, now: Instant) -> Duration {
        failures
            .front()
            .map_or(Duration::ZERO, |&oldest| {
                (oldest + self.window).saturating_duration_since(now)
            })
            .max(Duration::from_secs(1))
    }

    fn forget_before(&mut self, now: Instant) {
        let window = self.window;
        let expired = |t: &Instant| now.saturating_duration_since(*t) >= window;
        while self.all.front().is_some_and(expired) {
            self.all.pop_front();
        }
        self.by_client.retain(|_, failures| {
            while failures.front().is_some_and(expired) {
                failures.pop_front();
            }
            !failures.is_empty()
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: Duration = Duration::from_secs(60);

    fn ip(last: u8) -> IpAddr {
        IpAddr::from([192, 168, 1, last])
    }

    #[test]
    fn a_client_is_blocked_after_its_limit_until_the_window_passes() {
        let t0 = Instant::now();
        let mut codes = WrongCodes::new(3, 100, MINUTE);
        for s in 0..3 {
            assert_eq!(codes.check(ip(1), t0 + Duration::from_secs(s)), Ok(()));
            codes.record(ip(1), t0 + Duration::from_secs(s));
        }
        // Blocked until the first failure (t0) is a minute old.
        let at = t0 + Duration::from_secs(10);
        assert_eq!(
            codes.check(ip(1), at),
            Err(Blocked::Client {
                retry_after: Duration::from_secs(50)
            })
        );
        // Another client is not.
        assert_eq!(codes.check(ip(2), at), Ok(()));
        assert_eq!(codes.check(ip(1), t0 + MINUTE), Ok(()));
    }

    #[test]
    fn the_session_is_blocked_after_the_total_limit_whoever_asks() {
        let t0 = Instant::now();
        let mut codes = WrongCodes::new(3, 4, MINUTE);
        for last in 1..=4 {
            codes.record(ip(last), t0);
        }
        assert_eq!(
            codes.check(ip(9), t0 + Duration::from_secs(30)),
            Err(Blocked::Everyone {
                retry_after: Duration::from_secs(30)
            })
        );
        // Failures past the limit are not stored.
        codes.record(ip(9), t0 + Duration::from_secs(30));
        assert_eq!(codes.all.len(), 4);
        assert_eq!(codes.check(ip(9), t0 + MINUTE), Ok(()));
        assert!(codes.by_client.is_empty());
    }
}
