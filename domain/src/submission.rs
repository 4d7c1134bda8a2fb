//! Client-made submission ids: what makes a retried write idempotent.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::invalid::Invalid;

/// A UUID the device picks before it first sends a write and reuses on every retry, so
/// the server can store the write once however often it arrives.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SubmissionId(u128);

impl SubmissionId {
    /// Accepts the canonical hyphenated form (any case) that `crypto.randomUUID()` makes.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let bad = || {
            Invalid::new(
                "submission_id",
                "must be a UUID like 3f2b8c1e-6a4d-4f7e-9b1a-2c3d4e5f6a7b",
            )
        };
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() != 36 || [8, 13, 18, 23].iter().any(|&i| b[i] != b'-') {
            return Err(bad());
        }
        let hex: String = s.chars().filter(|c| *c != '-').collect();
        if hex.len() != 32 || !hex.bytes().all(|c| c.is_ascii_hexdigit()) {
            return Err(bad());
        }
        u128::from_str_radix(&hex, 16)
            .map(SubmissionId)
            .map_err(|_| bad())
    }

    pub fn from_u128(n: u128) -> Self {
        SubmissionId(n)
    }

    pub fn to_bytes(self) -> [u8; 16] {
        self.0.to_be_bytes()
    }
}

impl TryFrom<String> for SubmissionId {
    type Error = Invalid;
    fn try_from(s: String) -> Result<Self, Invalid> {
        Self::parse(&s)
    }
}

impl From<SubmissionId> for String {
    fn from(id: SubmissionId) -> String {
        id.to_string()
    }
}

impl fmt::Display for SubmissionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let h = format!("{:032x}", self.0);
        write!(
            f,
            "{}-{}-{}-{}-{}",
            &h[0..8],
            &h[8..12],
            &h[12..16],
            &h[16..20],
            &h[20..32]
        )
    }
}

impl fmt::Debug for SubmissionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_uuids() {
        let s = "3f2b8c1e-6a4d-4f7e-9b1a-2c3d4e5f6a7b";
        let id = SubmissionId::parse(&s.to_uppercase()).unwrap();
        assert_eq!(id.to_string(), s);
        assert!(SubmissionId::parse("3f2b8c1e6a4d4f7e9b1a2c3d4e5f6a7b").is_err());
        assert!(SubmissionId::parse("3f2b8c1e-6a4d-4f7e-9b1a-2c3d4e5f6a7g").is_err());
        assert_eq!(SubmissionId::parse("x").unwrap_err().field, "submission_id");
    }
}
