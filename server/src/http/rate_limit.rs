//! A per-client limit on anonymous writes (reports, anonymous skills surveys), so one
//! script cannot flood the figures while a busy centre stays well clear of it.
//!
//! A client is its address plus the device id the app sends (`x-ponte-device`, a random
//! id kept on the phone): people at a centre share the centre's address but not their
//! phones. Each client may send `per_client` writes in a window (a minute, or a day);
//! an address, whatever
//! device ids it sends, at most `per_address` (ten busy phones, not a script rotating
//! ids). Behind a reverse proxy, the proxy's address is every client's: run Ponte with
//! its own address exposed, or give the proxy a higher limit.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, Ordering};

pub struct RateLimit {
    /// Off: every request passes (`PONTE_RATE_LIMITS=off`, for load tests).
    off: bool,
    /// Seconds in a window.
    window_seconds: i64,
    per_client: u32,
    per_address: u32,
    window: Mutex<Window>,
    /// The instant a test counts at (0: the clock). Windows turn on the minute, so a
    /// test that counts across a turn would see its count start again.
    pinned: AtomicI64,
}

/// Counts in the current window; cleared when the window changes.
#[derive(Default)]
struct Window {
    number: i64,
    by_client: HashMap<(IpAddr, String), u32>,
    by_address: HashMap<IpAddr, u32>,
    /// (key, submission) pairs already counted: a retry of one submission is free.
    counted: std::collections::HashSet<(String, String)>,
}

impl RateLimit {
    /// At most `per_client` a minute from one client, `per_address` from one address.
    pub fn per_minute(per_client: u32, per_address: u32) -> RateLimit {
        Self::new(60, per_client, per_address)
    }

    /// The same over a day (UTC days, so the limit turns over at 1 or 2 a.m. in Italy).
    pub fn per_day(per_client: u32, per_address: u32) -> RateLimit {
        Self::new(86_400, per_client, per_address)
    }

    fn new(window_seconds: i64, per_client: u32, per_address: u32) -> RateLimit {
        RateLimit {
            off: false,
            window_seconds,
            per_client,
            per_address,
            window: Mutex::default(),
            pinned: AtomicI64::new(0),
        }
    }

    /// At most `per_key` a minute for one key (a pass), wherever it comes from.
    pub fn per_key_per_minute(per_key: u32) -> RateLimit {
        Self::new(60, per_key, u32::MAX)
    }

    /// The same limit, or none at all when `on` is false.
    pub fn on(self, on: bool) -> RateLimit {
        RateLimit { off: !on, ..self }
    }

    /// Counts submission `submission` for `key` at `now`, once however often it is
    /// sent again; `Err(seconds)` to wait when over.
    pub fn check_key(&self, key: &str, submission: &str, now: i64) -> Result<(), u64> {
        if self.off {
            return Ok(());
        }
        let pair = (
            key.chars().take(64).collect::<String>(),
            submission.chars().take(64).collect::<String>(),
        );
        {
            let w = self.window.lock().unwrap_or_else(|e| e.into_inner());
            if w.number == now.div_euclid(self.window_seconds) && w.counted.contains(&pair) {
                return Ok(());
            }
        }
        self.check(
            IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED),
            Some(&pair.0),
            now,
        )?;
        let mut w = self.window.lock().unwrap_or_else(|e| e.into_inner());
        w.counted.insert(pair);
        Ok(())
    }

    /// The time this limit counts by, in seconds since the epoch.
    pub fn now(&self) -> i64 {
        match self.pinned.load(Ordering::Relaxed) {
            0 => super::writes::now(),
            at => at,
        }
    }

    /// Counts every later request at `at`, so a test's counts stay in one window.
    #[cfg(test)]
    pub fn pin(&self, at: i64) {
        self.pinned.store(at, Ordering::Relaxed);
    }

    /// Clears the current window, as its end would: lets a test cross a minute.
    #[cfg(test)]
    pub fn forget(&self) {
        let mut w = self.window.lock().unwrap_or_else(|e| e.into_inner());
        *w = Window::default();
    }

    /// Counts one request at `now` (seconds); `Err(seconds)` to wait when over the limit.
    pub fn check(&self, address: IpAddr, device: Option<&str>, now: i64) -> Result<(), u64> {
        if self.off {
            return Ok(());
        }
        let address = network(address);
        let number = now.div_euclid(self.window_seconds);
        let mut w = self.window.lock().unwrap_or_else(|e| e.into_inner());
        if w.number != number {
            *w = Window {
                number,
                ..Window::default()
            };
        }
        let device: String = device.unwrap_or("").chars().take(64).collect();
        let retry_after = (self.window_seconds - now.rem_euclid(self.window_seconds)).max(1) as u64;
        let client = w
            .by_client
            .get(&(address, device.clone()))
            .copied()
            .unwrap_or(0);
        let all = w.by_address.get(&address).copied().unwrap_or(0);
        if client >= self.per_client || all >= self.per_address {
            return Err(retry_after);
        }
        w.by_client.insert((address, device), client + 1);
        w.by_address.insert(address, all + 1);
        Ok(())
    }
}

/// The address a limit counts: an IPv6 client counts as its /56, what a household or a
/// rented server is usually given, not as each address of it (a /64 alone would let
/// one holder of a /56 count 256 times).
pub(crate) fn network(address: IpAddr) -> IpAddr {
    // An IPv4 client of a dual-stack listener arrives as ::ffff:a.b.c.d: it is that
    // IPv4 address, not the IPv6 network every such client shares.
    match address.to_canonical() {
        IpAddr::V6(v6) => {
            let s = v6.segments();
            IpAddr::V6(std::net::Ipv6Addr::new(
                s[0],
                s[1],
                s[2],
                s[3] & 0xff00,
                0,
                0,
                0,
                0,
            ))
        }
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_a_client_not_its_neighbours() {
        let limit = RateLimit::per_minute(30, 300);
        let centre: IpAddr = "192.0.2.7".parse().unwrap();
        let now = 1_800_000_000;
        for _ in 0..30 {
            assert!(limit.check(centre, None, now).is_ok());
        }
        assert!(
            limit.check(centre, None, now).is_err(),
            "the 31st in a minute"
        );
        // Ten phones at the same centre each have their own allowance.
        for phone in 0..10 {
            for _ in 0..20 {
                assert!(
                    limit
                        .check(centre, Some(&format!("phone-{phone}")), now)
                        .is_ok()
                );
            }
        }
        // The next minute starts afresh.
        assert!(limit.check(centre, None, now + 60).is_ok());
    }

    #[test]
    fn rotating_device_ids_hit_the_address_ceiling() {
        let limit = RateLimit::per_minute(30, 100);
        let ip: IpAddr = "198.51.100.1".parse().unwrap();
        let now = 1_800_000_030;
        let mut refused = None;
        for n in 0..200 {
            if let Err(wait) = limit.check(ip, Some(&n.to_string()), now) {
                refused = Some((n, wait));
                break;
            }
        }
        assert_eq!(refused, Some((100, 30)));
    }

    #[test]
    fn an_ipv6_network_counts_as_one_address() {
        let limit = RateLimit::per_minute(30, 2);
        let now = 1_800_000_000;
        for host in ["2001:db8::1", "2001:db8::2"] {
            assert!(limit.check(host.parse().unwrap(), None, now).is_ok());
        }
        assert!(
            limit
                .check("2001:db8:0:ff::ffff".parse().unwrap(), None, now)
                .is_err()
        );
        assert!(
            limit
                .check("2001:db8:0:100::1".parse().unwrap(), None, now)
                .is_ok()
        );
    }

    #[test]
    fn a_key_is_limited_wherever_it_comes_from_and_off_is_off() {
        let limit = RateLimit::per_key_per_minute(3);
        let now = 1_800_000_000;
        for n in 0..3 {
            assert!(limit.check_key("pass-a", &n.to_string(), now).is_ok());
        }
        assert!(
            limit.check_key("pass-a", "0", now).is_ok(),
            "a retry is free"
        );
        assert!(limit.check_key("pass-a", "3", now).is_err());
        assert!(limit.check_key("pass-b", "3", now).is_ok());
        let off = RateLimit::per_minute(1, 1).on(false);
        let ip: IpAddr = "198.51.100.3".parse().unwrap();
        for _ in 0..100 {
            assert!(off.check(ip, None, now).is_ok());
        }
    }

    #[test]
    fn ipv4_clients_of_a_dual_stack_listener_are_told_apart() {
        let limit = RateLimit::per_minute(30, 1);
        let now = 1_800_000_000;
        assert!(
            limit
                .check("::ffff:198.51.100.7".parse().unwrap(), None, now)
                .is_ok()
        );
        assert!(
            limit
                .check("::ffff:198.51.100.8".parse().unwrap(), None, now)
                .is_ok()
        );
        assert!(
            limit
                .check("198.51.100.7".parse().unwrap(), None, now)
                .is_err()
        );
    }

    #[test]
    fn a_daily_limit_waits_for_the_next_day() {
        let limit = RateLimit::per_day(2, 3);
        let ip: IpAddr = "198.51.100.2".parse().unwrap();
        let day = 1_800_000_000 / 86_400 * 86_400;
        assert!(limit.check(ip, Some("a"), day + 10).is_ok());
        assert!(limit.check(ip, Some("a"), day + 20).is_ok());
        assert_eq!(limit.check(ip, Some("a"), day + 3_600), Err(86_400 - 3_600));
        assert!(limit.check(ip, Some("b"), day + 3_600).is_ok());
        assert!(
            limit.check(ip, Some("c"), day + 3_600).is_err(),
            "the address's 4th"
        );
        assert!(limit.check(ip, Some("a"), day + 86_400).is_ok());
    }
}
