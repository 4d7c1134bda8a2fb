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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PairingRequest {
    pub centre: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PairingResponse {
    pub code: String,
    pub expires_at: UnixSeconds,
}

/// `POST /api/v1/kiosks`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PairRequest {
    pub code: String,
}

/// The tablet's credential: kept by the kiosk, sent as `x-ponte-kiosk`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PairResponse {
    pub kiosk: u64,
    pub token: String,
    pub centre: String,
}

/// A kiosk as the console lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KioskSummary {
    pub id: u64,
    pub centre: String,
    pub paired_at: UnixSeconds,
    pub last_used: UnixSeconds,
    pub revoked: bool,
}

/// A shared screen is wiped after this long untouched, unless its centre says otherwise;
/// the last `IDLE_WARNING` seconds count down on screen with a button to stay.
pub const IDLE_DEFAULT: u16 = 90;
pub const IDLE_MIN: u16 = 30;
pub const IDLE_MAX: u16 = 600;
pub const IDLE_WARNING: u16 = 15;

/// A centre's kiosk settings: `GET`/`POST /api/v1/centres/{code}/kiosk-settings`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct KioskSettings {
    /// Seconds without a touch before the screen is wiped.
    pub idle_seconds: u16,
}

impl Default for KioskSettings {
    fn default() -> Self {
        KioskSettings {
            idle_seconds: IDLE_DEFAULT,
        }
    }
}

impl KioskSettings {
    /// Long enough to read a form's page, short enough that the next person in the
    /// queue does not find the last one's answers.
    pub fn validate(self) -> Result<Self, Invalid> {
        if !(IDLE_MIN..=IDLE_MAX).contains(&self.idle_seconds) {
            return Err(Invalid::new(
                "idle_seconds",
                format!("choose between {IDLE_MIN} and {IDLE_MAX} seconds"),
            ));
        }
        Ok(self)
    }
}

/// `GET /api/v1/kiosks/me`: who the tablet is, and how its centre wants it to behave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KioskMe {
    pub kiosk: u64,
    pub centre: String,
    pub idle_seconds: u16,
}

/// `POST /api/v1/kiosks/checkins` (header `x-ponte-kiosk`): a check-in at the kiosk by
/// the pass held to its camera or the code under it typed; the centre is the kiosk's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct KioskCheckinRequest {
    pub submission_id: crate::submission::SubmissionId,
    /// The pass as its QR carries it, or its short code.
    pub pass: String,
    #[serde(default)]
    pub needs: crate::checkin::Needs,
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

    #[test]
    fn idle_times_stay_within_reason() {
        assert!(KioskSettings::default().validate().is_ok());
        for (secs, ok) in [
            (29, false),
            (30, true),
            (600, true),
            (601, false),
            (0, false),
        ] {
            let s = KioskSettings { idle_seconds: secs };
            assert_eq!(s.validate().is_ok(), ok, "{secs}");
        }
    }
}
