//! Staff accounts: who runs the programme and the centres, and what each may see.
//!
//! The scope rules live here, once, so the server checks every staff request with the
//! same function the console uses to decide what to offer.

use serde::{Deserialize, Serialize};

use crate::centre::CentreCode;
use crate::invalid::Invalid;
use crate::programme::ProgrammeId;

/// A staff role, from the widest to the narrowest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Runs the instance: every programme and centre.
    Admin,
    /// One programme (a region's), all its centres.
    Region,
    /// A set of centres, e.g. one ente's.
    Coordinator,
    /// The centres they work at.
    Facilitator,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Admin,
        Role::Region,
        Role::Coordinator,
        Role::Facilitator,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Region => "region",
            Role::Coordinator => "coordinator",
            Role::Facilitator => "facilitator",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// 0 for the widest.
    fn rank(self) -> u8 {
        self as u8
    }

    /// Whether someone with this role may create accounts of `other`: only below their
    /// own (a region cannot make another region, nor an admin).
    pub fn is_above(self, other: Role) -> bool {
        self.rank() < other.rank() && self != Role::Facilitator
    }
}

/// What an account may reach. The shapes a role allows are the only ones that can be
/// built ([`Scope::new`]), so a facilitator without a centre or a region without a
/// programme cannot exist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Scope {
    pub role: Role,
    /// A region's programme (only a region's: the others' follows from their centres).
    #[serde(default)]
    pub programme: Option<ProgrammeId>,
    #[serde(default)]
    pub centres: Vec<CentreCode>,
}

impl Scope {
    /// Checks that the role has what it needs and nothing it must not: an admin has
    /// no programme or centres, a region one programme and no centres, a coordinator or
    /// facilitator at least one centre.
    pub fn new(
        role: Role,
        programme: Option<ProgrammeId>,
        mut centres: Vec<CentreCode>,
    ) -> Result<Scope, Invalid> {
        centres.sort();
        centres.dedup();
        match role {
            Role::Admin if programme.is_some() || !centres.is_empty() => Err(Invalid::new(
                "role",
                "an admin reaches every programme: give no programme or centre",
            )),
            Role::Region if programme.is_none() => Err(Invalid::new(
                "programme",
                "a region account needs its programme",
            )),
            Role::Region if !centres.is_empty() => Err(Invalid::new(
                "centres",
                "a region account reaches all its programme's centres: give none",
            )),
            Role::Coordinator | Role::Facilitator if programme.is_some() => Err(Invalid::new(
                "programme",
                "the programme follows from the centres: give only the centres",
            )),
            Role::Coordinator | Role::Facilitator if centres.is_empty() => Err(Invalid::new(
                "centres",
                "give at least one centre this account works for",
            )),
            Role::Coordinator | Role::Facilitator if centres.len() > MAX_CENTRES => {
                Err(Invalid::new(
                    "centres",
                    format!("at most {MAX_CENTRES} centres per account"),
                ))
            }
            _ => Ok(Scope {
                role,
                programme,
                centres,
            }),
        }
    }

    /// Whether this scope holds `centre`, which belongs to `programme`.
    pub fn holds_centre(&self, centre: &CentreCode, programme: &ProgrammeId) -> bool {
        match self.role {
            Role::Admin => true,
            Role::Region => self.programme.as_ref() == Some(programme),
            Role::Coordinator | Role::Facilitator => self.centres.contains(centre),
        }
    }

    /// Whether this scope holds a whole programme.
    pub fn holds_programme(&self, programme: &ProgrammeId) -> bool {
        match self.role {
            Role::Admin => true,
            Role::Region => self.programme.as_ref() == Some(programme),
            Role::Coordinator | Role::Facilitator => false,
        }
    }

    /// Whether an account with this scope may create or disable one with `other`: a
    /// role below its own, and only centres it holds itself. `programme_of` tells the
    /// programme of a centre (`None`: no such centre).
    pub fn may_manage(
        &self,
        other: &Scope,
        programme_of: impl Fn(&CentreCode) -> Option<ProgrammeId>,
    ) -> bool {
        if !self.role.is_above(other.role) {
            return false;
        }
        let programme_held = other
            .programme
            .as_ref()
            .is_none_or(|p| self.holds_programme(p));
        programme_held
            && other
                .centres
                .iter()
                .all(|c| programme_of(c).is_some_and(|p| self.holds_centre(c, &p)))
    }
}

/// Most centres one coordinator or facilitator account lists.
pub const MAX_CENTRES: usize = 500;
/// Shortest staff password: staff reach personal data, and a passphrase is easy to
/// type on a tablet.
pub const MIN_PASSWORD: usize = 12;
pub const MAX_PASSWORD: usize = 256;

/// An e-mail address, trimmed and lower-cased: the account's name. Checked for shape
/// only; nothing is sent to it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(s: &str) -> Result<Email, Invalid> {
        let s = s.trim().to_lowercase();
        let bad = || Invalid::new("email", "write an e-mail address like nome@ente.it");
        if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(bad());
        }
        let (local, domain) = s.split_once('@').ok_or_else(bad)?;
        if local.is_empty() || domain.contains('@') || !domain.contains('.') {
            return Err(bad());
        }
        if domain.starts_with('.') || domain.ends_with('.') || domain.contains("..") {
            return Err(bad());
        }
        Ok(Email(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = Invalid;
    fn try_from(s: String) -> Result<Self, Invalid> {
        Email::parse(&s)
    }
}

impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Checks a password chosen for a staff account.
pub fn check_password(password: &str) -> Result<(), Invalid> {
    let n = password.chars().count();
    if n < MIN_PASSWORD {
        return Err(Invalid::new(
            "password",
            format!(
                "use at least {MIN_PASSWORD} characters (a short sentence is easy to remember)"
            ),
        ));
    }
    if n > MAX_PASSWORD {
        return Err(Invalid::new(
            "password",
            format!("use at most {MAX_PASSWORD} characters"),
        ));
    }
    Ok(())
}

/// `POST /api/v1/session`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
}

/// `GET /api/v1/session`: who is signed in and what they reach.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionInfo {
    pub email: String,
    pub role: Role,
    pub programme: Option<ProgrammeId>,
    pub centres: Vec<CentreCode>,
}

/// `POST /api/v1/staff/users`: an account created in the app by someone above it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewAccountRequest {
    pub email: String,
    pub role: Role,
    #[serde(default)]
    pub programme: Option<String>,
    #[serde(default)]
    pub centres: Vec<String>,
}

impl NewAccountRequest {
    pub fn validate(&self) -> Result<(Email, Scope), Invalid> {
        let email = Email::parse(&self.email)?;
        let programme = match self.programme.as_deref().map(str::trim) {
            Some("") | None => None,
            Some(p) => Some(ProgrammeId::parse(p)?),
        };
        let centres = self
            .centres
            .iter()
            .map(|c| CentreCode::parse(c))
            .collect::<Result<Vec<_>, _>>()?;
        Ok((email, Scope::new(self.role, programme, centres)?))
    }
}

/// One account as listed to those who manage it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountSummary {
    pub email: String,
    pub role: Role,
    pub programme: Option<ProgrammeId>,
    pub centres: Vec<CentreCode>,
    pub disabled: bool,
}

/// `201` reply to `POST /api/v1/staff/users`: the password, shown once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewAccountResponse {
    pub account: AccountSummary,
    pub password: String,
}

/// `201` reply to `POST /api/v1/staff/passes/replace`: the citizen's new pass (the old
/// one stops working), to print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewPassResponse {
    pub pass: String,
    pub pass_code: String,
    pub pass_qr_svg: String,
}

/// `POST /api/v1/staff/passes/replace`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ReplacePassRequest {
    pub submission_id: crate::submission::SubmissionId,
    pub centre: String,
    /// The lost pass's short code, as read from the citizen's record or card.
    pub pass_code: String,
}

/// `POST /api/v1/staff/checkins`: a citizen checked in at the desk by their pass.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DeskCheckinRequest {
    pub submission_id: crate::submission::SubmissionId,
    pub centre: String,
    /// The pass as its QR carries it, or its short code.
    pub pass: String,
    #[serde(default)]
    pub needs: crate::checkin::Needs,
}

/// `POST /api/v1/staff/lookup`: a citizen found by their pass at a centre's desk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LookupRequest {
    pub centre: String,
    /// The pass as its QR carries it, or its short code (`ABCD-EFGH`).
    pub pass: String,
}

/// A citizen as the desk sees them: what the service record needs, nothing more.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CitizenCard {
    pub citizen: u64,
    /// National gender code (AN7).
    pub gender: String,
    /// National age band code (AN8) today.
    pub age_band: Option<u8>,
    pub visits_here: u32,
    /// Today's visit at this centre, if they checked in.
    pub today: Option<TodayVisit>,
    /// The pass presented has been revoked.
    pub revoked: bool,
}

/// One check-in of the day at a centre, for the console.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TodayVisit {
    pub visit: u64,
    pub at: i64,
    pub gender: String,
    pub age_band: Option<u8>,
    /// First visit to this centre (`None`: not known for old visits).
    pub first_here: Option<bool>,
    pub needs: crate::checkin::Needs,
    /// Services recorded for this visit.
    pub services: u32,
}

/// `GET /api/v1/centres/{code}/today`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TodayList {
    pub centre: String,
    pub date: crate::date::Date,
    pub visits: Vec<TodayVisit>,
    pub services: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(s: &str) -> CentreCode {
        CentreCode::parse(s).unwrap()
    }
    fn prog(s: &str) -> ProgrammeId {
        ProgrammeId::parse(s).unwrap()
    }

    #[test]
    fn each_role_has_the_scope_it_needs() {
        assert!(Scope::new(Role::Admin, None, vec![]).is_ok());
        assert!(Scope::new(Role::Admin, Some(prog("lombardia")), vec![]).is_err());
        assert!(Scope::new(Role::Region, None, vec![]).is_err());
        assert!(Scope::new(Role::Region, Some(prog("lombardia")), vec![code("LOM-001")]).is_err());
        assert!(Scope::new(Role::Facilitator, None, vec![]).is_err());
        let s = Scope::new(
            Role::Facilitator,
            None,
            vec![code("B-1"), code("A-1"), code("B-1")],
        )
        .unwrap();
        assert_eq!(s.centres, vec![code("A-1"), code("B-1")]);
    }

    #[test]
    fn scope_holds_only_its_own() {
        let lom = prog("lombardia");
        let tos = prog("toscana");
        let region = Scope::new(Role::Region, Some(lom.clone()), vec![]).unwrap();
        assert!(region.holds_centre(&code("LOM-001"), &lom));
        assert!(!region.holds_centre(&code("TOS-001"), &tos));
        let fac = Scope::new(Role::Facilitator, None, vec![code("LOM-001")]).unwrap();
        assert!(fac.holds_centre(&code("LOM-001"), &lom));
        assert!(!fac.holds_centre(&code("LOM-002"), &lom));
        assert!(!fac.holds_programme(&lom));
        let admin = Scope::new(Role::Admin, None, vec![]).unwrap();
        assert!(admin.holds_centre(&code("TOS-001"), &tos) && admin.holds_programme(&tos));
    }

    #[test]
    fn accounts_are_made_only_below_and_within() {
        let lom = prog("lombardia");
        let of = |c: &CentreCode| {
            Some(if c.as_str().starts_with("LOM") {
                prog("lombardia")
            } else {
                prog("toscana")
            })
        };
        let region = Scope::new(Role::Region, Some(lom.clone()), vec![]).unwrap();
        let coord = Scope::new(
            Role::Coordinator,
            None,
            vec![code("LOM-001"), code("LOM-002")],
        )
        .unwrap();
        let fac_here = Scope::new(Role::Facilitator, None, vec![code("LOM-002")]).unwrap();
        let fac_tos = Scope::new(Role::Facilitator, None, vec![code("TOS-001")]).unwrap();
        assert!(region.may_manage(&coord, of));
        assert!(region.may_manage(&fac_here, of));
        assert!(!region.may_manage(&fac_tos, of));
        assert!(!region.may_manage(&region, of));
        assert!(coord.may_manage(&fac_here, of));
        assert!(!coord.may_manage(&fac_tos, of));
        assert!(!coord.may_manage(&coord, of));
        assert!(!fac_here.may_manage(&fac_here, of));
        let other_region = Scope::new(Role::Region, Some(prog("toscana")), vec![]).unwrap();
        assert!(!region.may_manage(&other_region, of));
        let admin = Scope::new(Role::Admin, None, vec![]).unwrap();
        assert!(admin.may_manage(&other_region, of));
        assert!(!admin.may_manage(&admin, of));
    }

    #[test]
    fn emails_are_names_not_free_text() {
        assert_eq!(
            Email::parse(" Anna.Neri@Comune.IT ").unwrap().as_str(),
            "anna.neri@comune.it"
        );
        for bad in [
            "", "anna", "anna@", "@x.it", "a@b", "a b@c.it", "a@b@c.it", "a@.it", "a@x..it",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn passwords_have_a_floor_and_a_ceiling() {
        assert!(check_password("corto").is_err());
        assert!(check_password("una frase lunga abbastanza").is_ok());
        assert!(check_password(&"x".repeat(300)).is_err());
    }
}

/// `POST /api/v1/citizens/lookup`: the citizen a codice fiscale belongs to, for a
/// request about their data (GDPR articles 15 to 17). A POST, so the code stays out of
/// addresses and logs.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CitizenLookupRequest {
    pub codice_fiscale: String,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CitizenRef {
    pub id: u64,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CitizenLookupResponse {
    pub citizen: CitizenRef,
}
