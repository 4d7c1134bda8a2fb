//! The brake on password guessing. Five wrong passwords for one account from one
//! address within 15 minutes lock that account from that address for 15 minutes;
//! twenty misses for one account from anywhere (guessing spread over many addresses),
//! or from one address over any accounts, lock those too. Locking an account only per
//! address keeps a stranger from locking a facilitator out by typing their e-mail.
//!
//! An attempt counts as a miss from the moment it starts (the password check takes
//! tens of milliseconds): a burst of parallel tries cannot all pass the check before
//! the first miss is counted. A right password takes its miss back.
//!
//! Addresses are counted by network (an IPv6 /56), accounts by a hash of the e-mail
//! (fixed size, whatever is typed). In memory: a restart forgets.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

use ponte_domain::clock::UnixSeconds;

use crate::http::rate_limit::network;
use crate::secrets::sha256;

pub const WINDOW: i64 = 15 * 60;
pub const PER_PAIR: usize = 5;
pub const PER_ACCOUNT: usize = 20;
pub const PER_ADDRESS: usize = 20;
/// Keys kept before old ones are dropped, so a flood of made-up e-mails cannot grow
/// the maps without end.
const MAX_KEYS: usize = 50_000;

type Account = [u8; 32];

#[derive(Default)]
pub struct LoginThrottle {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    pairs: HashMap<(Account, Option<IpAddr>), Vec<UnixSeconds>>,
    accounts: HashMap<Account, Vec<UnixSeconds>>,
    addresses: HashMap<IpAddr, Vec<UnixSeconds>>,
}

/// An attempt under way, counted as a miss until [`LoginThrottle::succeeded`].
pub struct Attempt {
    account: Account,
    address: Option<IpAddr>,
    at: UnixSeconds,
}

fn recent(times: Option<&Vec<UnixSeconds>>, now: UnixSeconds, limit: usize) -> Option<UnixSeconds> {
    let recent: Vec<UnixSeconds> = times
        .into_iter()
        .flatten()
        .copied()
        .filter(|t| now - *t < WINDOW)
        .collect();
    (recent.len() >= limit).then(|| recent[recent.len() - limit] + WINDOW)
}

impl LoginThrottle {
    /// Starts an attempt for `email` from `ip`, or the seconds to wait if locked.
    pub fn attempt(
        &self,
        email: &str,
        ip: Option<IpAddr>,
        now: UnixSeconds,
    ) -> Result<Attempt, u64> {
        let account = sha256(email.trim().to_lowercase().as_bytes());
        let address = ip.map(network);
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let mut ends = vec![
            recent(inner.pairs.get(&(account, address)), now, PER_PAIR),
            recent(inner.accounts.get(&account), now, PER_ACCOUNT),
        ];
        if let Some(a) = address {
            ends.push(recent(inner.addresses.get(&a), now, PER_ADDRESS));
        }
        if let Some(end) = ends.into_iter().flatten().max() {
            return Err(u64::try_from(end - now).unwrap_or(1).max(1));
        }
        if inner.pairs.len() > MAX_KEYS
            || inner.accounts.len() > MAX_KEYS
            || inner.addresses.len() > MAX_KEYS
        {
            inner.forget_before(now - WINDOW);
        }
        let push = |times: &mut Vec<UnixSeconds>| {
            times.retain(|t| now - *t < WINDOW);
            times.push(now);
        };
        push(inner.pairs.entry((account, address)).or_default());
        push(inner.accounts.entry(account).or_default());
        if let Some(a) = address {
            push(inner.addresses.entry(a).or_default());
        }
        Ok(Attempt {
            account,
            address,
            at: now,
        })
    }

    /// The password was right: this attempt was no miss, and the account's earlier
    /// misses from this address are forgotten.
    pub fn succeeded(&self, attempt: Attempt) {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.pairs.remove(&(attempt.account, attempt.address));
        let take_back = |times: Option<&mut Vec<UnixSeconds>>| {
            if let Some(times) = times
                && let Some(i) = times.iter().rposition(|t| *t == attempt.at)
            {
                times.remove(i);
            }
        };
        take_back(inner.accounts.get_mut(&attempt.account));
        if let Some(a) = attempt.address {
            take_back(inner.addresses.get_mut(&a));
        }
    }
}

impl Inner {
    fn forget_before(&mut self, cutoff: UnixSeconds) {
        self.pairs.retain(|_, t| t.iter().any(|t| *t > cutoff));
        self.accounts.retain(|_, t| t.iter().any(|t| *t > cutoff));
        self.addresses.retain(|_, t| t.iter().any(|t| *t > cutoff));
        // Still too many: a flood of fresh keys. Start again rather than grow.
        if self.pairs.len() > MAX_KEYS || self.accounts.len() > MAX_KEYS {
            self.pairs.clear();
            self.accounts.clear();
        }
        if self.addresses.len() > MAX_KEYS {
            self.addresses.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn miss(t: &LoginThrottle, email: &str, ip: Option<IpAddr>, now: i64) {
        t.attempt(email, ip, now).expect("not locked yet");
    }

    #[test]
    fn five_misses_lock_the_account_from_that_address() {
        let t = LoginThrottle::default();
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        let other: IpAddr = "192.0.2.8".parse().unwrap();
        for i in 0..5 {
            miss(&t, "a@x.it", Some(ip), 1000 + i);
        }
        assert_eq!(t.attempt("A@x.it ", Some(ip), 1011).err(), Some(889));
        assert!(
            t.attempt("a@x.it", Some(other), 1011).is_ok(),
            "not from elsewhere"
        );
        assert!(
            t.attempt("b@x.it", Some(ip), 1011).is_ok(),
            "not other accounts"
        );
        assert!(
            t.attempt("a@x.it", Some(ip), 1000 + WINDOW).is_ok(),
            "15 minutes later"
        );
    }

    #[test]
    fn a_right_password_takes_its_attempt_back() {
        let t = LoginThrottle::default();
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        for i in 0..4 {
            miss(&t, "a@x.it", Some(ip), 1000 + i);
        }
        let ok = t.attempt("a@x.it", Some(ip), 1005).unwrap();
        t.succeeded(ok);
        for i in 0..4 {
            miss(&t, "a@x.it", Some(ip), 1006 + i);
        }
        assert!(t.attempt("a@x.it", Some(ip), 1011).is_ok());
    }

    #[test]
    fn guessing_spread_over_addresses_or_accounts_is_stopped() {
        let t = LoginThrottle::default();
        for i in 0..PER_ACCOUNT {
            let ip = IpAddr::from([198, 51, 100, i as u8]);
            miss(&t, "a@x.it", Some(ip), 1000);
        }
        assert!(
            t.attempt("a@x.it", Some("203.0.113.1".parse().unwrap()), 1001)
                .is_err()
        );
        let ip: IpAddr = "2001:db8::1".parse().unwrap();
        for i in 0..PER_ADDRESS {
            miss(&t, &format!("u{i}@x.it"), Some(ip), 1000);
        }
        // The same /64 is the same network.
        let neighbour: IpAddr = "2001:db8::ffff".parse().unwrap();
        assert!(t.attempt("new@x.it", Some(neighbour), 1001).is_err());
    }
}
