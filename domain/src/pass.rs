//! The citizen's pass: a random token the phone keeps and shows as a QR code.

use std::fmt;

use crate::invalid::Invalid;

/// Crockford's base32: no I, L, O or U, so a code read aloud or typed is unambiguous.
pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// 26 symbols × 5 bits = 130 bits of randomness.
pub const LEN: usize = 26;

/// A pass token. It reveals nothing about its holder; the server stores only its hash
/// and can revoke it.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PassToken(String);

impl fmt::Debug for PassToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PassToken(…)")
    }
}

impl PassToken {
    /// Accepts lower case, spaces and dashes (as people type a code off a screen) and
    /// Crockford's look-alikes (O → 0, I and L → 1).
    /// The pass a QR carries: the pass alone, or a link ending with it.
    pub fn from_qr(content: &str) -> Result<Self, Invalid> {
        Self::parse(content.trim().rsplit('/').next().unwrap_or_default())
    }

    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let t: String = s
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            })
            .collect();
        if t.len() == LEN && t.bytes().all(|b| ALPHABET.contains(&b)) {
            Ok(PassToken(t))
        } else {
            Err(Invalid::new(
                "pass",
                "this pass is not valid: register again to get a new one",
            ))
        }
    }

    /// A token from 130 random bits given as 17 bytes (the top 6 bits unused).
    pub fn from_random(bytes: [u8; 17]) -> PassToken {
        let mut n = u128::from_be_bytes(bytes[1..17].try_into().unwrap_or([0; 16]));
        let mut extra = u32::from(bytes[0] & 0x03);
        let mut out = [0u8; LEN];
        for slot in out.iter_mut().rev().take(LEN - 1) {
            *slot = ALPHABET[(n & 31) as usize];
            n >>= 5;
        }
        // 25 symbols carry 125 bits; the 26th takes the last 3 bits of n and 2 extra.
        extra = (extra << 3) | (n as u32 & 7);
        out[0] = ALPHABET[extra as usize & 31];
        PassToken(out.iter().map(|b| *b as char).collect())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The short code printed under the QR: the first eight symbols, in two groups.
    pub fn short_code(&self) -> String {
        format!("{}-{}", &self.0[..4], &self.0[4..8])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_bytes_make_valid_distinct_tokens() {
        let a = PassToken::from_random([0xff; 17]);
        let b = PassToken::from_random([0; 17]);
        let c = PassToken::from_random([7; 17]);
        for t in [&a, &b, &c] {
            assert_eq!(PassToken::parse(t.as_str()).unwrap(), *t);
        }
        assert_ne!(a, c);
        assert_eq!(b.as_str(), "0".repeat(26));
    }

    #[test]
    fn typed_codes_are_forgiving() {
        let t = PassToken::from_random([42; 17]);
        let typed = t.as_str().to_lowercase();
        let typed = format!("{} {}", &typed[..13], &typed[13..]);
        assert_eq!(PassToken::parse(&typed).unwrap(), t);
        assert!(PassToken::parse("tooshort").is_err());
        assert!(!format!("{t:?}").contains(t.as_str()));
        assert_eq!(t.short_code().len(), 9);
    }
}
