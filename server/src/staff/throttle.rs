//! The brake on password guessing: five wrong passwords for one account within 15
//! minutes lock that account, and the address that sent them, for 15 minutes; an
//! address that misses twenty times (trying many accounts) is locked too. In memory: a
//! restart forgets, which costs an attacker a restart they cannot cause.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

use ponte_domain::clock::UnixSeconds;

pub const WINDOW: i64 = 15 * 60;
pub const PER_ACCOUNT: usize = 5;
pub const PER_ADDRESS: usize = 20;
/// Entries kept before old ones are dropped, so a flood of made-up e-mails cannot
/// grow the maps without end.
const MAX_KEYS: usize = 50_000;

#[derive(Default)]
pub struct LoginThrottle {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    accounts: HashMap<String, Vec<UnixSeconds>>,
    addresses: HashMap<IpAddr, Vec<UnixSeconds>>,
    locked: HashMap<IpAddr, UnixSeconds>,
}

impl LoginThrottle {
    /// Seconds to wait, if `email` or `ip` is locked now.
    pub fn wait(&self, email: &str, ip: Option<IpAddr>, now: UnixSeconds) -> Option<u64> {
        let inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let until = |times: Option<&Vec<UnixSeconds>>, limit: usize| {
            let recent: Vec<_> = times
                .into_iter()
                .flatten()
                .filter(|t| now - **t < WINDOW)
                .collect();
            (recent.len() >= limit).then(|| recent[recent.len() - limit] + WINDOW)
        };
        let mut ends = vec![until(inner.accounts.get(email), PER_ACCOUNT)];
        if let Some(ip) = ip {
            ends.push(until(inner.addresses.get(&ip), PER_ADDRESS));
            ends.push(inner.locked.get(&ip).copied().filter(|u| *u > now));
        }
        ends.into_iter()
            .flatten()
            .max()
            .map(|end| u64::try_from(end - now).unwrap_or(1).max(1))
    }

    /// Counts a wrong password for `email` from `ip`.
    pub fn failed(&self, email: &str, ip: Option<IpAddr>, now: UnixSeconds) {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if inner.accounts.len() > MAX_KEYS || inner.addresses.len() > MAX_KEYS {
            inner.forget_before(now - WINDOW);
        }
        let times = inner.accounts.entry(email.to_owned()).or_default();
        times.retain(|t| now - *t < WINDOW);
        times.push(now);
        let account_locked = times.len() >= PER_ACCOUNT;
        if let Some(ip) = ip {
            let times = inner.addresses.entry(ip).or_default();
            times.retain(|t| now - *t < WINDOW);
            times.push(now);
            if account_locked {
                inner.locked.insert(ip, now + WINDOW);
            }
        }
    }

    /// A right password: the account's misses are forgotten.
    pub fn succeeded(&self, email: &str) {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.accounts.remove(email);
    }
}

impl Inner {
    fn forget_before(&mut self, cutoff: UnixSeconds) {
        self.accounts.retain(|_, t| t.iter().any(|t| *t > cutoff));
        self.addresses.retain(|_, t| t.iter().any(|t| *t > cutoff));
        self.locked.retain(|_, u| *u > cutoff + WINDOW);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_misses_lock_the_account_and_the_address() {
        let t = LoginThrottle::default();
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        let other: IpAddr = "192.0.2.8".parse().unwrap();
        for i in 0..4 {
            t.failed("a@x.it", Some(ip), 1000 + i);
        }
        assert_eq!(t.wait("a@x.it", Some(ip), 1010), None);
        t.failed("a@x.it", Some(ip), 1010);
        assert_eq!(t.wait("a@x.it", Some(ip), 1011), Some(899));
        assert!(
            t.wait("a@x.it", Some(other), 1011).is_some(),
            "the account, anywhere"
        );
        assert!(
            t.wait("b@x.it", Some(ip), 1011).is_some(),
            "the address, any account"
        );
        assert_eq!(t.wait("b@x.it", Some(other), 1011), None);
        assert_eq!(
            t.wait("a@x.it", Some(ip), 1010 + WINDOW),
            None,
            "15 minutes later"
        );
    }

    #[test]
    fn a_right_password_clears_the_account() {
        let t = LoginThrottle::default();
        for i in 0..4 {
            t.failed("a@x.it", None, 1000 + i);
        }
        t.succeeded("a@x.it");
        t.failed("a@x.it", None, 1005);
        assert_eq!(t.wait("a@x.it", None, 1006), None);
    }

    #[test]
    fn an_address_trying_many_accounts_is_stopped() {
        let t = LoginThrottle::default();
        let ip: IpAddr = "2001:db8::1".parse().unwrap();
        for i in 0..PER_ADDRESS {
            t.failed(&format!("u{i}@x.it"), Some(ip), 1000);
        }
        assert!(t.wait("new@x.it", Some(ip), 1001).is_some());
    }
}
