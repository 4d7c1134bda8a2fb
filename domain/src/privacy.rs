//! The privacy notice (GDPR art. 13) each programme shows before a sign-up, and its
//! version.
//!
//! The text is the app's (`privacy-*` messages in every language), filled in with the
//! programme's own facts below: who the controller is, how to reach them and their DPO.
//! A notice's version is the text's version and the programme's revision together, so
//! a change to either makes every returning citizen see the notice again (the phone
//! compares the version it acknowledged with the one in force).

use serde::{Deserialize, Serialize};

/// The version of the notice's wording in the catalogues. Change it with the wording.
pub const NOTICE_TEXT_VERSION: &str = "2026-12-03";

/// A programme's own facts for its notice. Public information: it travels with the
/// programme in `GET /api/v1/programmes`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PrivacySettings {
    /// The data controller (titolare del trattamento): the Region that runs the
    /// programme.
    pub controller: String,
    /// Its seat.
    pub controller_address: String,
    /// Certified e-mail (PEC) or other address for requests about personal data.
    pub controller_contact: String,
    /// The controller's data-protection officer (RPD/DPO).
    pub dpo_contact: String,
    /// Months after the latest national file that carried a citizen's services when
    /// their names and contacts are deleted (the codice fiscale stays, sealed, so a
    /// later service is still counted once). `None`: kept until the PNRR's audits end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names_retention_months: Option<u16>,
    /// Raised whenever any of the above changes, so citizens see the new notice.
    #[serde(default)]
    pub revision: u32,
}

/// The longest retention a programme can set: ten years, beyond any PNRR audit.
pub const MAX_RETENTION_MONTHS: u16 = 120;

impl PrivacySettings {
    /// Whether the programme has filled in its notice; a programme without one cannot
    /// take sign-ups (the citizen would not know who holds their data).
    pub fn is_complete(&self) -> bool {
        [
            &self.controller,
            &self.controller_address,
            &self.controller_contact,
            &self.dpo_contact,
        ]
        .iter()
        .all(|s| !s.trim().is_empty())
    }

    /// The version citizens acknowledge: `2026-12-03.r1`.
    pub fn notice_version(&self) -> String {
        format!("{NOTICE_TEXT_VERSION}.r{}", self.revision)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_revision_is_a_new_version() {
        let mut s = PrivacySettings {
            controller: "Regione Toscana".into(),
            controller_address: "Piazza Duomo 10, Firenze".into(),
            controller_contact: "pec@example.it".into(),
            dpo_contact: "dpo@example.it".into(),
            names_retention_months: None,
            revision: 1,
        };
        assert!(s.is_complete());
        let before = s.notice_version();
        s.revision = 2;
        assert_ne!(before, s.notice_version());
        s.dpo_contact = " ".into();
        assert!(!s.is_complete());
    }
}
