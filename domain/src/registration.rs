//! Registering a citizen: what the form asks, and the rules it must pass, shared by the
//! form (instant feedback, offline) and the server.

use serde::{Deserialize, Serialize};

use crate::codelists::{self, CodeList};
use crate::codice_fiscale::{CfError, CodiceFiscale, NameMismatch, Sex, age_band, age_on};
use crate::date::Date;
use crate::province::Province;
use crate::submission::SubmissionId;
use crate::text::clean_line;

/// How the citizen saw the notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// On their own phone.
    Phone,
    /// On the centre's tablet.
    Kiosk,
    /// At the desk: a facilitator typing, the citizen reading the notice on screen.
    Assisted,
    /// On paper, with a facilitator typing.
    PaperAssisted,
}

impl Channel {
    /// Only a facilitator, with the citizen in front of them, can sign up this way.
    pub fn is_desk(self) -> bool {
        matches!(self, Channel::Assisted | Channel::PaperAssisted)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PrivacyAck {
    pub version: String,
    pub channel: Channel,
}

/// Optional details for course reminders, with their own consent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Contact {
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    pub consent: bool,
}

/// For a person with no codice fiscale (a recent arrival, say), where the programme
/// allows it: the two things the code would otherwise tell. Such citizens are counted
/// locally, cannot be found again at another centre, and are left out of the national
/// file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct WithoutCodiceFiscale {
    pub birth_year: u16,
    pub sex: Sex,
}

/// The programme's rules a registration is checked against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules {
    /// Youngest age counted (Toscana 18, Lombardia 16).
    pub min_age: u8,
    /// Whether people with no codice fiscale may register.
    pub without_codice_fiscale: bool,
    /// The version of the programme's privacy notice in force: the one the citizen must
    /// have been shown ([`crate::privacy::notice_version`]).
    pub privacy_version: String,
    /// Who checks that the names belong to the code. On a phone or a kiosk the names
    /// must give the code's six letters, or anyone who can work out a person's code
    /// could register as them; a facilitator at the desk has the person and a document
    /// in front of them, and may register a code whose letters were transliterated
    /// differently.
    pub registered_by: RegisteredBy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegisteredBy {
    /// The citizen, on their phone or the centre's kiosk.
    Citizen,
    /// A facilitator, at the desk, with the person present.
    Facilitator,
}

/// `POST /api/v1/registrations`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RegistrationRequest {
    pub submission_id: SubmissionId,
    pub centre: String,
    /// Empty only together with `without_codice_fiscale`.
    #[serde(default)]
    pub codice_fiscale: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub without_codice_fiscale: Option<WithoutCodiceFiscale>,
    pub first_name: String,
    pub last_name: String,
    /// AN9 code.
    pub education: String,
    /// AN10 code.
    pub employment: String,
    /// AN11 code.
    pub citizenship: String,
    /// AN12: the province of domicile (sigla or name).
    pub province: String,
    pub privacy: PrivacyAck,
    #[serde(default)]
    pub contact: Option<Contact>,
}

/// A registration that passed every rule. Sex and age band come from the codice fiscale
/// (or, without one, from what the person said).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    /// `None`: registered without a codice fiscale; not exportable nationally.
    pub codice_fiscale: Option<CodiceFiscale>,
    pub first_name: String,
    pub last_name: String,
    pub sex: Sex,
    /// Known exactly only from a codice fiscale.
    pub birth_date: Option<Date>,
    pub birth_year: u16,
    pub age_band: u8,
    pub education: &'static str,
    pub employment: &'static str,
    pub citizenship: &'static str,
    pub domicile: &'static Province,
    pub privacy: PrivacyAck,
    pub contact: Option<Contact>,
}

/// What is wrong with one field of a sign-up. Typed, so that the form says it in the
/// citizen's language and the server in English from the same rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("is required")]
    Required,
    #[error("is longer than {max} characters")]
    TooLong { max: usize },
    #[error("must be one line")]
    NotOneLine,
    #[error("contains characters that are not part of a name")]
    NotAName,
    #[error("choose one of the options")]
    Choose,
    #[error("{0}")]
    CodiceFiscale(CfError),
    #[error("give a codice fiscale or say there is none, not both")]
    CodeAndNone,
    #[error("this programme registers only citizens with a codice fiscale")]
    CodeRequired,
    #[error("is not a possible year of birth")]
    NotABirthYear,
    #[error("is not an e-mail address")]
    NotAnEmail,
    #[error("is not a phone number")]
    NotAPhone,
    #[error("say yes to reminders to leave an e-mail or phone number")]
    ConsentNeeded,
    #[error("the privacy notice has changed (now version {version}): show it again")]
    NoticeChanged { version: String },
    #[error("only a facilitator registers someone at the desk")]
    DeskOnly,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegistrationError {
    /// A field's value is refused (400): `field` is its JSON path.
    #[error("{field}: {problem}")]
    Field {
        field: &'static str,
        problem: Problem,
    },
    /// The person is younger than the programme allows (422: nothing to fix in the form).
    #[error("the programme counts citizens from {min_age} years of age")]
    UnderAge { min_age: u8 },
    /// The names do not give the codice fiscale's letters (422: the person may have
    /// typed a name differently from their tessera sanitaria; a facilitator can help).
    #[error("{} does not match the codice fiscale: write it as on the tessera sanitaria", match .0 { NameMismatch::LastName => "the surname", NameMismatch::FirstName => "the first name" })]
    NamesMismatch(NameMismatch),
}

impl RegistrationError {
    /// The request's field at fault, as a JSON path.
    pub fn field(&self) -> &'static str {
        match self {
            RegistrationError::Field { field, .. } => field,
            RegistrationError::UnderAge { .. } => "codice_fiscale",
            RegistrationError::NamesMismatch(which) => which.field(),
        }
    }

    /// As the API's `Invalid` (for 400 replies).
    pub fn invalid(field: &'static str, problem: Problem) -> RegistrationError {
        RegistrationError::Field { field, problem }
    }
}

impl NameMismatch {
    /// The request field at fault.
    pub fn field(self) -> &'static str {
        match self {
            NameMismatch::LastName => "last_name",
            NameMismatch::FirstName => "first_name",
        }
    }
}

const MAX_NAME: usize = 80;
const MAX_EMAIL: usize = 254;

/// Who the code (or, without one, what the person said) makes the citizen.
struct Identity {
    cf: Option<CodiceFiscale>,
    sex: Sex,
    birth_date: Option<Date>,
    birth_year: u16,
    age_band: u8,
}

/// Keeps `r`'s value, or its error among `problems`.
fn take<T>(r: Result<T, RegistrationError>, problems: &mut Vec<RegistrationError>) -> Option<T> {
    r.map_err(|e| problems.push(e)).ok()
}

impl RegistrationRequest {
    /// Checks the request against a programme's rules, on `today`; the first problem
    /// (in the form's order) if there is any.
    pub fn validate(&self, rules: &Rules, today: Date) -> Result<Registration, RegistrationError> {
        self.check(rules, today).map_err(|mut all| all.remove(0))
    }

    /// Every problem of the request at once, in the form's order: what a form shows
    /// together. Empty when [`Self::validate`] accepts it.
    pub fn problems(&self, rules: &Rules, today: Date) -> Vec<RegistrationError> {
        self.check(rules, today).err().unwrap_or_default()
    }

    fn check(&self, rules: &Rules, today: Date) -> Result<Registration, Vec<RegistrationError>> {
        let mut p = Vec::new();
        let identity = take(self.identity(rules, today), &mut p);
        let first_name = take(name("first_name", &self.first_name), &mut p);
        let last_name = take(name("last_name", &self.last_name), &mut p);
        if let (Some(Identity { cf: Some(cf), .. }), Some(first), Some(last)) =
            (&identity, &first_name, &last_name)
            && rules.registered_by == RegisteredBy::Citizen
            && let Err(which) = cf.matches_names(first, last)
        {
            p.push(RegistrationError::NamesMismatch(which));
        }
        let education = take(
            code("education", codelists::EDUCATION, &self.education),
            &mut p,
        );
        let employment = take(
            code("employment", codelists::EMPLOYMENT, &self.employment),
            &mut p,
        );
        let citizenship = take(
            code("citizenship", codelists::CITIZENSHIP, &self.citizenship),
            &mut p,
        );
        let domicile = take(
            Province::find(&self.province)
                .ok_or(RegistrationError::invalid("province", Problem::Choose)),
            &mut p,
        );
        if self.privacy.version != rules.privacy_version {
            p.push(RegistrationError::invalid(
                "privacy.version",
                Problem::NoticeChanged {
                    version: rules.privacy_version.clone(),
                },
            ));
        }
        if self.privacy.channel.is_desk() && rules.registered_by == RegisteredBy::Citizen {
            p.push(RegistrationError::invalid(
                "privacy.channel",
                Problem::DeskOnly,
            ));
        }
        let contact = match &self.contact {
            None => Some(None),
            Some(c) => take(contact(c), &mut p).map(Some),
        };
        match (
            identity,
            first_name,
            last_name,
            education,
            employment,
            citizenship,
            domicile,
            contact,
        ) {
            (
                Some(id),
                Some(first_name),
                Some(last_name),
                Some(education),
                Some(employment),
                Some(citizenship),
                Some(domicile),
                Some(contact),
            ) if p.is_empty() => Ok(Registration {
                codice_fiscale: id.cf,
                first_name,
                last_name,
                sex: id.sex,
                birth_date: id.birth_date,
                birth_year: id.birth_year,
                age_band: id.age_band,
                education,
                employment,
                citizenship,
                domicile,
                privacy: self.privacy.clone(),
                contact,
            }),
            _ => Err(p),
        }
    }

    /// The codice fiscale (or, where allowed, year of birth and sex) and the age it
    /// gives against the programme's minimum.
    fn identity(&self, rules: &Rules, today: Date) -> Result<Identity, RegistrationError> {
        let cf_problem =
            |e: CfError| RegistrationError::invalid("codice_fiscale", Problem::CodiceFiscale(e));
        let (cf, sex, birth_date, birth_year, age) = match (
            self.codice_fiscale.trim().is_empty(),
            self.without_codice_fiscale,
        ) {
            (false, None) => {
                let cf = CodiceFiscale::parse(&self.codice_fiscale).map_err(cf_problem)?;
                let born = cf.birth_date(today).map_err(cf_problem)?;
                let sex = cf.sex();
                (Some(cf), sex, Some(born), born.year(), age_on(born, today))
            }
            (false, Some(_)) => {
                return Err(RegistrationError::invalid(
                    "without_codice_fiscale",
                    Problem::CodeAndNone,
                ));
            }
            (true, None) => {
                return Err(RegistrationError::invalid(
                    "codice_fiscale",
                    Problem::Required,
                ));
            }
            (true, Some(_)) if !rules.without_codice_fiscale => {
                return Err(RegistrationError::invalid(
                    "codice_fiscale",
                    Problem::CodeRequired,
                ));
            }
            (true, Some(w)) => {
                if !(1900..=today.year()).contains(&w.birth_year) {
                    return Err(RegistrationError::invalid(
                        "without_codice_fiscale.birth_year",
                        Problem::NotABirthYear,
                    ));
                }
                // Only the year is known: count the younger of the two possible ages,
                // so nobody under the minimum is counted.
                let age = (today.year() - w.birth_year).saturating_sub(1);
                (None, w.sex, None, w.birth_year, age)
            }
        };
        let min_age = rules.min_age;
        if age < u16::from(min_age) {
            return Err(RegistrationError::UnderAge { min_age });
        }
        let age_band = age_band(age).ok_or(RegistrationError::UnderAge { min_age })?;
        Ok(Identity {
            cf,
            sex,
            birth_date,
            birth_year,
            age_band,
        })
    }
}

fn name(field: &'static str, value: &str) -> Result<String, RegistrationError> {
    let bad = |problem| RegistrationError::invalid(field, problem);
    let v = clean_line(value).ok_or(bad(Problem::NotOneLine))?;
    if v.is_empty() {
        return Err(bad(Problem::Required));
    }
    if v.chars().count() > MAX_NAME {
        return Err(bad(Problem::TooLong { max: MAX_NAME }));
    }
    if v.chars().any(|c| {
        c.is_ascii_digit() || "<>{}[]@#$%^*_=+|\\/;:".contains(c) || crate::text::invisible(c)
    }) || !v.chars().any(char::is_alphabetic)
    {
        return Err(bad(Problem::NotAName));
    }
    Ok(v)
}

/// The longest a name may be, for forms to say before it is hit.
pub const MAX_NAME_CHARS: usize = MAX_NAME;

fn code(
    field: &'static str,
    list: CodeList,
    value: &str,
) -> Result<&'static str, RegistrationError> {
    let v = value.trim().to_ascii_uppercase();
    list.iter()
        .find(|(c, _)| *c == v)
        .map(|(c, _)| *c)
        .ok_or(RegistrationError::invalid(field, Problem::Choose))
}

fn contact(c: &Contact) -> Result<Contact, RegistrationError> {
    let email = match c.email.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
        None => None,
        Some(e) => {
            let ok = e.len() <= MAX_EMAIL
                && e.split_once('@').is_some_and(|(user, domain)| {
                    !user.is_empty()
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                })
                && !e.chars().any(|ch| ch.is_whitespace() || ch.is_control());
            if !ok {
                return Err(RegistrationError::invalid(
                    "contact.email",
                    Problem::NotAnEmail,
                ));
            }
            Some(e.to_owned())
        }
    };
    let phone = match c.phone.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        None => None,
        Some(p) => {
            let digits: String = p.chars().filter(char::is_ascii_digit).collect();
            let ok = (6..=15).contains(&digits.len())
                && p.chars()
                    .all(|ch| ch.is_ascii_digit() || " +-().".contains(ch));
            if !ok {
                return Err(RegistrationError::invalid(
                    "contact.phone",
                    Problem::NotAPhone,
                ));
            }
            Some(p.to_owned())
        }
    };
    if (email.is_some() || phone.is_some()) && !c.consent {
        return Err(RegistrationError::invalid(
            "contact.consent",
            Problem::ConsentNeeded,
        ));
    }
    if email.is_none() && phone.is_none() {
        return Ok(Contact::default());
    }
    Ok(Contact {
        email,
        phone,
        consent: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> RegistrationRequest {
        RegistrationRequest {
            submission_id: SubmissionId::from_u128(7),
            centre: "TOS-001".into(),
            codice_fiscale: "rssmra80a01h501u".into(),
            without_codice_fiscale: None,
            first_name: " Mario ".into(),
            last_name: "Rossi".into(),
            education: "c".into(),
            employment: "G".into(),
            citizenship: "A".into(),
            province: "Firenze".into(),
            privacy: PrivacyAck {
                version: VERSION.into(),
                channel: Channel::Phone,
            },
            contact: None,
        }
    }

    const VERSION: &str = "2026-12.r1";

    fn rules() -> Rules {
        Rules {
            min_age: 18,
            without_codice_fiscale: false,
            privacy_version: VERSION.into(),
            registered_by: RegisteredBy::Citizen,
        }
    }

    fn today() -> Date {
        "2026-11-23".parse().unwrap()
    }

    #[test]
    fn derives_sex_and_age_band() {
        let r = request().validate(&rules(), today()).unwrap();
        assert_eq!(r.sex, Sex::M);
        assert_eq!(r.age_band, 2);
        assert_eq!(r.first_name, "Mario");
        assert_eq!(r.education, "C");
        assert_eq!(r.domicile.code, "FI");
    }

    #[test]
    fn refuses_under_the_programme_age() {
        let mut r = request();
        // Born 2009-05-05: 17 on the day.
        r.codice_fiscale = crate::codice_fiscale::with_check("VRDLCU09E05D612");
        (r.first_name, r.last_name) = ("Luca".into(), "Verdi".into());
        assert_eq!(
            r.validate(&rules(), today()),
            Err(RegistrationError::UnderAge { min_age: 18 })
        );
        assert!(
            r.validate(
                &Rules {
                    min_age: 16,
                    ..rules()
                },
                today()
            )
            .is_ok(),
            "Lombardia counts from 16"
        );
    }

    #[test]
    fn names_the_field_at_fault() {
        let field = |r: RegistrationRequest| match r.validate(&rules(), today()) {
            Err(e @ RegistrationError::Field { .. }) => e.field(),
            other => panic!("{other:?}"),
        };
        let mut r = request();
        r.codice_fiscale = "RSSMRA80A01H501V".into();
        assert_eq!(field(r), "codice_fiscale");
        let mut r = request();
        r.education = "Z".into();
        assert_eq!(field(r), "education");
        let mut r = request();
        r.province = "Atlantide".into();
        assert_eq!(field(r), "province");
        let mut r = request();
        r.first_name = "M4rio".into();
        assert_eq!(field(r), "first_name");
        let mut r = request();
        r.privacy.version = "2020-01".into();
        assert_eq!(field(r), "privacy.version");
        let mut r = request();
        r.privacy.channel = Channel::PaperAssisted;
        assert_eq!(field(r), "privacy.channel");
        let mut r = request();
        r.contact = Some(Contact {
            email: Some("mario@example.it".into()),
            phone: None,
            consent: false,
        });
        assert_eq!(field(r), "contact.consent");
        let mut r = request();
        r.contact = Some(Contact {
            email: Some("not-an-address".into()),
            phone: None,
            consent: true,
        });
        assert_eq!(field(r), "contact.email");
    }

    #[test]
    fn every_problem_at_once_in_the_forms_order() {
        let mut r = request();
        r.first_name = " ".into();
        r.education = String::new();
        r.contact = Some(Contact {
            email: Some("not-an-address".into()),
            phone: None,
            consent: true,
        });
        let fields: Vec<&str> = r
            .problems(&rules(), today())
            .iter()
            .map(RegistrationError::field)
            .collect();
        assert_eq!(fields, ["first_name", "education", "contact.email"]);
        assert_eq!(
            r.validate(&rules(), today()).unwrap_err().field(),
            "first_name",
            "the server names the first"
        );
        assert!(request().problems(&rules(), today()).is_empty());
    }

    #[test]
    fn a_name_of_invisible_or_reversing_characters_is_no_name() {
        for bad in ["\u{202e}ociraM", "\u{feff}", "Ma\u{200b}rio", "'-", "M4rio"] {
            let mut r = request();
            r.first_name = bad.into();
            assert_eq!(
                r.problems(&rules(), today()),
                [RegistrationError::Field {
                    field: "first_name",
                    problem: Problem::NotAName
                }],
                "{bad:?}"
            );
        }
        let mut r = request();
        r.last_name = "R".repeat(81);
        assert_eq!(
            r.validate(&rules(), today()),
            Err(RegistrationError::Field {
                field: "last_name",
                problem: Problem::TooLong { max: 80 }
            })
        );
    }

    #[test]
    fn the_names_must_give_the_codes_letters_unless_a_facilitator_registers() {
        let mut r = request();
        r.last_name = "Bianchi".into();
        assert_eq!(
            r.validate(&rules(), today()),
            Err(RegistrationError::NamesMismatch(NameMismatch::LastName))
        );
        r.last_name = "Rossi".into();
        r.first_name = "Luigi".into();
        assert_eq!(
            r.validate(&rules(), today()),
            Err(RegistrationError::NamesMismatch(NameMismatch::FirstName))
        );
        let desk = Rules {
            registered_by: RegisteredBy::Facilitator,
            ..rules()
        };
        r.privacy.channel = Channel::PaperAssisted;
        assert_eq!(r.validate(&desk, today()).unwrap().first_name, "Luigi");
    }

    #[test]
    fn without_a_codice_fiscale_only_where_the_programme_allows() {
        let mut r = request();
        r.codice_fiscale = String::new();
        r.without_codice_fiscale = Some(WithoutCodiceFiscale {
            birth_year: 1990,
            sex: Sex::F,
        });
        match r.validate(&rules(), today()) {
            Err(e) => assert_eq!(e.field(), "codice_fiscale"),
            other => panic!("{other:?}"),
        }
        let allowed = &Rules {
            without_codice_fiscale: true,
            ..rules()
        };
        let ok = r.validate(allowed, today()).unwrap();
        assert_eq!(
            (
                ok.codice_fiscale.is_none(),
                ok.sex,
                ok.birth_year,
                ok.age_band
            ),
            (true, Sex::F, 1990, 2)
        );
        // Born in 2008: 17 or 18 on the day; the younger is counted, so Toscana refuses.
        r.without_codice_fiscale = Some(WithoutCodiceFiscale {
            birth_year: 2008,
            sex: Sex::M,
        });
        assert_eq!(
            r.validate(allowed, today()),
            Err(RegistrationError::UnderAge { min_age: 18 })
        );
        r.without_codice_fiscale = Some(WithoutCodiceFiscale {
            birth_year: 1850,
            sex: Sex::M,
        });
        assert!(r.validate(allowed, today()).is_err());
        // Both a code and "none" is refused.
        let mut both = request();
        both.without_codice_fiscale = Some(WithoutCodiceFiscale {
            birth_year: 1980,
            sex: Sex::M,
        });
        assert!(both.validate(allowed, today()).is_err());
    }

    #[test]
    fn unknown_json_fields_are_refused() {
        let json = serde_json::json!({
            "submission_id": "3f2b8c1e-6a4d-4f7e-9b1a-2c3d4e5f6a7b", "centre": "TOS-001",
            "codice_fiscale": "RSSMRA80A01H501U", "first_name": "Mario", "last_name": "Rossi",
            "education": "C", "employment": "A", "citizenship": "A", "province": "FI",
            "privacy": {"version": VERSION, "channel": "kiosk"},
            "gender": "M"
        });
        assert!(serde_json::from_value::<RegistrationRequest>(json).is_err());
    }
}
