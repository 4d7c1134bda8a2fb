//! A centre's tablet kiosk, paired to one centre by a facilitator: a short code shown
//! in the console, typed on the tablet, exchanged for the tablet's own token.

use serde::{Deserialize, Serialize};

use crate::clock::UnixSeconds;
use crate::invalid::Invalid;

/// A pairing code works this long.
pub const PAIRING_SECONDS: i64 = 10 * 60;
/// Letters and digits no one confuses when reading them off a screen.
pub const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
pub const CODE_LENGTH: usize = 6;

/// A pairing code as typed: any case, spaces and dashes ignored.
pub fn parse_code(s: &str) -> Result<String, Invalid> {
    let code: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if code.len() != CODE_LENGTH || !code.bytes().all(|b| CODE_ALPHABET.contains(&b)) {
        return Err(Invalid::new(
            "code",
            "type the six letters and digits the console shows",
        ));
    }
    Ok(code)
}

/// `POST /api/v1/kiosks/pairings`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairingRequest {
    pub centre: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairingResponse {
    pub code: String,
    pub expires_at: UnixSeconds,
}

/// `POST /api/v1/kiosks`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairRequest {
    pub code: String,
}

/// The tablet's credential: kept by the kiosk, sent as `x-ponte-kiosk`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairResponse {
    pub kiosk: u64,
    pub token: String,
    pub centre: String,
}

/// A kiosk as the console lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KioskSummary {
    pub id: u64,
    pub centre: String,
    pub paired_at: UnixSeconds,
    pub last_used: UnixSeconds,
    pub revoked: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_as_people_type_them() {
        assert_eq!(parse_code(" ab3-k7q ").unwrap(), "AB3K7Q");
        for bad in [
            "", "AB3K7", "AB3K7QQ", "AB0K7Q", "AB1K7Q", "ABIK7Q", "AB3K7Ö",
        ] {
            assert!(parse_code(bad).is_err(), "{bad}");
        }
    }
}
