//! The sign-up form's state and logic, apart from its view: what the citizen typed,
//! and every problem with it, checked by the shared rules. A reducer with an action
//! enum (as in Yew's function_todomvc), so it is unit-tested without a browser.

use std::rc::Rc;

use ponte_domain::Date;
use ponte_domain::api::{ErrorCode, ErrorDetail};
use ponte_domain::codice_fiscale::Sex;
use ponte_domain::registration::{
    Channel, Contact, PrivacyAck, Problem, RegistrationError, RegistrationRequest, Rules,
    WithoutCodiceFiscale,
};
use ponte_domain::submission::SubmissionId;
use yew::Reducible;

/// What the citizen typed and chose, as text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Form {
    pub codice_fiscale: String,
    /// "I have no codice fiscale", where the programme allows it.
    pub no_cf: bool,
    pub birth_year: String,
    pub sex: String,
    pub first_name: String,
    pub last_name: String,
    pub education: String,
    pub employment: String,
    pub citizenship: String,
    /// Empty: the centre's province.
    pub province: String,
    pub privacy: bool,
    pub email: String,
    pub phone: String,
    pub contact_consent: bool,
}

/// A field of the form, in the order the form shows them. Its element id is
/// [`Field::id`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    NoCf,
    CodiceFiscale,
    BirthYear,
    Sex,
    FirstName,
    LastName,
    Education,
    Employment,
    Citizenship,
    Province,
    Privacy,
    Email,
    Phone,
    ContactConsent,
}

impl Field {
    /// In the form's order.
    pub const ALL: [Field; 14] = [
        Field::NoCf,
        Field::CodiceFiscale,
        Field::BirthYear,
        Field::Sex,
        Field::FirstName,
        Field::LastName,
        Field::Education,
        Field::Employment,
        Field::Citizenship,
        Field::Province,
        Field::Privacy,
        Field::Email,
        Field::Phone,
        Field::ContactConsent,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Field::NoCf => "no_cf",
            Field::CodiceFiscale => "codice_fiscale",
            Field::BirthYear => "birth_year",
            Field::Sex => "sex",
            Field::FirstName => "first_name",
            Field::LastName => "last_name",
            Field::Education => "education",
            Field::Employment => "employment",
            Field::Citizenship => "citizenship",
            Field::Province => "province",
            Field::Privacy => "privacy",
            Field::Email => "email",
            Field::Phone => "phone",
            Field::ContactConsent => "contact_consent",
        }
    }

    /// The one rule from a request's JSON path (from the shared checks or from the
    /// server) to the form's field: `contact.email` is the e-mail, `privacy.version`
    /// the notice, `without_codice_fiscale.birth_year` the year.
    pub fn of_path(path: &str) -> Option<Field> {
        Some(match path {
            "codice_fiscale" | "without_codice_fiscale" => Field::CodiceFiscale,
            "without_codice_fiscale.birth_year" => Field::BirthYear,
            "without_codice_fiscale.sex" => Field::Sex,
            "first_name" => Field::FirstName,
            "last_name" => Field::LastName,
            "education" => Field::Education,
            "employment" => Field::Employment,
            "citizenship" => Field::Citizenship,
            "province" => Field::Province,
            p if p == "privacy" || p.starts_with("privacy.") => Field::Privacy,
            "contact.email" => Field::Email,
            "contact.phone" => Field::Phone,
            "contact.consent" => Field::ContactConsent,
            _ => return None,
        })
    }

    fn set(self, form: &mut Form, text: String) {
        let slot = match self {
            Field::CodiceFiscale => &mut form.codice_fiscale,
            Field::BirthYear => &mut form.birth_year,
            Field::Sex => &mut form.sex,
            Field::FirstName => &mut form.first_name,
            Field::LastName => &mut form.last_name,
            Field::Education => &mut form.education,
            Field::Employment => &mut form.employment,
            Field::Citizenship => &mut form.citizenship,
            Field::Province => &mut form.province,
            Field::Email => &mut form.email,
            Field::Phone => &mut form.phone,
            Field::NoCf | Field::Privacy | Field::ContactConsent => return,
        };
        *slot = text;
    }

    fn check(self, form: &mut Form, on: bool) {
        match self {
            Field::NoCf => form.no_cf = on,
            Field::Privacy => form.privacy = on,
            Field::ContactConsent => form.contact_consent = on,
            _ => {}
        }
    }
}

/// What to tell the citizen about a field.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// A problem the shared rules found.
    Problem(Problem),
    /// The notice's box is not ticked.
    PrivacyNeeded,
    /// No sex chosen (without a codice fiscale).
    SexNeeded,
    /// Younger than the programme counts: its minimum age.
    UnderAge(u8),
    /// The name does not give the codice fiscale's letters.
    NamesMismatch,
    /// The server refused the field without a reason this app knows.
    Refused,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    pub field: Field,
    pub message: Message,
}

impl FieldError {
    /// A problem the shared rules found, for the field its path names.
    pub fn from_rule(e: &RegistrationError) -> FieldError {
        let field = Field::of_path(e.field()).unwrap_or(Field::CodiceFiscale);
        let message = match e {
            RegistrationError::Field { problem, .. } => Message::Problem(problem.clone()),
            RegistrationError::UnderAge { min_age } => Message::UnderAge(*min_age),
            RegistrationError::NamesMismatch(_) => Message::NamesMismatch,
        };
        FieldError { field, message }
    }

    /// What the server refused, by its code and the field it named.
    /// Whether the server's refusal is about what was typed. A refusal for too many
    /// sign-ups, a server that cannot take them now or a reply that did not arrive in
    /// time is not: it is said as such, never as a field to check.
    pub fn is_about_the_form(e: &ErrorDetail) -> bool {
        !matches!(
            e.code,
            ErrorCode::TooManyRequests
                | ErrorCode::Unavailable
                | ErrorCode::Internal
                | ErrorCode::RequestTimeout
        )
    }

    pub fn from_server(e: &ErrorDetail, min_age: u8) -> FieldError {
        let field = e
            .field
            .as_deref()
            .and_then(Field::of_path)
            .unwrap_or(Field::CodiceFiscale);
        let message = match e.code {
            ErrorCode::UnderAge => Message::UnderAge(min_age),
            ErrorCode::NamesMismatch => Message::NamesMismatch,
            _ => Message::Refused,
        };
        FieldError { field, message }
    }
}

/// The form and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub form: Form,
    /// Every problem, in the form's order, one per field.
    pub errors: Vec<FieldError>,
    /// Bumped by each refused attempt: the error summary takes the focus again.
    pub attempt: u32,
}

impl State {
    pub fn error(&self, field: Field) -> Option<&FieldError> {
        self.errors.iter().find(|e| e.field == field)
    }
}

pub enum Action {
    /// Text typed or chosen in a field.
    Text(Field, String),
    /// A box ticked or not.
    Tick(Field, bool),
    /// The problems of an attempt to send: shown all together.
    Problems(Vec<FieldError>),
    /// Sent.
    Accepted,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Text(field, text) => {
                field.set(&mut next.form, text);
                // The citizen is fixing it: the message goes until the next attempt.
                next.errors.retain(|e| e.field != field);
            }
            Action::Tick(field, on) => {
                field.check(&mut next.form, on);
                next.errors.retain(|e| e.field != field);
            }
            Action::Problems(problems) => {
                next.errors = in_form_order(problems);
                next.attempt += 1;
            }
            Action::Accepted => next.errors.clear(),
        }
        Rc::new(next)
    }
}

/// What the form is checked against.
pub struct Context {
    pub centre: String,
    pub submission: SubmissionId,
    pub rules: Rules,
    /// The programme lets people without a codice fiscale register.
    pub no_cf_allowed: bool,
    /// The centre's province, the default of the province of domicile.
    pub province_default: &'static str,
    pub today: Date,
    /// How the notice was shown: on the citizen's phone, or at a centre's desk.
    pub channel: Channel,
}

/// The request the form makes, or every problem with it (the form's own — a box not
/// ticked, a year not a number — and the shared rules').
pub fn request(form: &Form, ctx: &Context) -> Result<RegistrationRequest, Vec<FieldError>> {
    let mut problems = Vec::new();
    let no_cf = ctx.no_cf_allowed && form.no_cf;
    let without = if no_cf {
        let year = form.birth_year.trim().parse::<u16>();
        let sex = match form.sex.as_str() {
            "F" => Some(Sex::F),
            "M" => Some(Sex::M),
            _ => None,
        };
        if year.is_err() {
            problems.push(FieldError {
                field: Field::BirthYear,
                message: Message::Problem(Problem::NotABirthYear),
            });
        }
        if sex.is_none() {
            problems.push(FieldError {
                field: Field::Sex,
                message: Message::SexNeeded,
            });
        }
        year.ok()
            .zip(sex)
            .map(|(birth_year, sex)| WithoutCodiceFiscale { birth_year, sex })
    } else {
        None
    };
    if !form.privacy {
        problems.push(FieldError {
            field: Field::Privacy,
            message: Message::PrivacyNeeded,
        });
    }
    let contact =
        (!form.email.trim().is_empty() || !form.phone.trim().is_empty()).then(|| Contact {
            email: Some(form.email.clone()),
            phone: Some(form.phone.clone()),
            consent: form.contact_consent,
        });
    let request = RegistrationRequest {
        submission_id: ctx.submission,
        centre: ctx.centre.clone(),
        codice_fiscale: if no_cf {
            String::new()
        } else {
            form.codice_fiscale.clone()
        },
        without_codice_fiscale: without,
        first_name: form.first_name.clone(),
        last_name: form.last_name.clone(),
        education: form.education.clone(),
        employment: form.employment.clone(),
        citizenship: form.citizenship.clone(),
        province: if form.province.is_empty() {
            ctx.province_default.to_owned()
        } else {
            form.province.clone()
        },
        privacy: PrivacyAck {
            version: ctx.rules.privacy_version.clone(),
            channel: ctx.channel,
        },
        contact,
    };
    // Without a usable year and sex the shared rules would only say the code is
    // missing: the form already says what to fix there.
    let identity_known = !no_cf || without.is_some();
    problems.extend(
        request
            .problems(&ctx.rules, ctx.today)
            .iter()
            .filter(|e| {
                identity_known || !matches!(Field::of_path(e.field()), Some(Field::CodiceFiscale))
            })
            .map(FieldError::from_rule),
    );
    if problems.is_empty() {
        Ok(request)
    } else {
        Err(in_form_order(problems))
    }
}

/// The first problem of each field, in the form's order (no sort: it would bring a
/// sorting routine into the app for fourteen fields).
fn in_form_order(problems: Vec<FieldError>) -> Vec<FieldError> {
    Field::ALL
        .iter()
        .filter_map(|f| problems.iter().find(|e| e.field == *f).cloned())
        .collect()
}

#[cfg(test)]
mod tests {
    use ponte_domain::registration::RegisteredBy;

    use super::*;

    #[test]
    fn a_refusal_not_about_the_form_is_not_put_on_a_field() {
        let refusal = |code, field: Option<&str>| ErrorDetail {
            code,
            message: String::new(),
            field: field.map(str::to_owned),
        };
        assert!(!FieldError::is_about_the_form(&refusal(
            ErrorCode::TooManyRequests,
            None
        )));
        assert!(!FieldError::is_about_the_form(&refusal(
            ErrorCode::Unavailable,
            None
        )));
        assert!(FieldError::is_about_the_form(&refusal(
            ErrorCode::UnderAge,
            Some("codice_fiscale")
        )));
        assert!(FieldError::is_about_the_form(&refusal(
            ErrorCode::Invalid,
            Some("first_name")
        )));
    }

    fn ctx() -> Context {
        Context {
            centre: "TOS-001".into(),
            submission: SubmissionId::from_u128(1),
            rules: Rules {
                min_age: 18,
                without_codice_fiscale: false,
                privacy_version: "2026-12.r1".into(),
                registered_by: RegisteredBy::Citizen,
            },
            no_cf_allowed: false,
            province_default: "FI",
            today: "2026-12-02".parse().unwrap(),
            channel: Channel::Phone,
        }
    }

    fn filled() -> Form {
        Form {
            codice_fiscale: "RSSMRA80A01H501U".into(),
            first_name: "Mario".into(),
            last_name: "Rossi".into(),
            education: "C".into(),
            employment: "G".into(),
            citizenship: "A".into(),
            privacy: true,
            ..Form::default()
        }
    }

    fn fields(r: Result<RegistrationRequest, Vec<FieldError>>) -> Vec<Field> {
        r.unwrap_err().into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn a_filled_form_makes_the_request() {
        let r = request(&filled(), &ctx()).unwrap();
        assert_eq!((r.province.as_str(), r.contact), ("FI", None));
    }

    #[test]
    fn an_empty_form_names_every_field_at_once_in_order() {
        assert_eq!(
            fields(request(&Form::default(), &ctx())),
            [
                Field::CodiceFiscale,
                Field::FirstName,
                Field::LastName,
                Field::Education,
                Field::Employment,
                Field::Citizenship,
                Field::Privacy,
            ]
        );
        // Blank first name and blank education: both, not one at a time.
        let mut f = filled();
        f.first_name.clear();
        f.education.clear();
        assert_eq!(
            fields(request(&f, &ctx())),
            [Field::FirstName, Field::Education]
        );
    }

    #[test]
    fn nested_paths_mark_their_own_field() {
        let mut f = filled();
        f.email = "not-an-address".into();
        let errors = request(&f, &ctx()).unwrap_err();
        assert_eq!(errors[0].field, Field::Email);
        assert_eq!(Field::of_path("contact.email"), Some(Field::Email));
        assert_eq!(Field::of_path("privacy.version"), Some(Field::Privacy));
        let server = ErrorDetail {
            code: ErrorCode::Invalid,
            message: String::new(),
            field: Some("contact.email".into()),
        };
        assert_eq!(FieldError::from_server(&server, 18).field, Field::Email);
    }

    #[test]
    fn under_age_and_names_are_said_at_their_fields() {
        let mut f = filled();
        f.codice_fiscale = ponte_domain::codice_fiscale::complete("VRDLCU09E05D612").unwrap();
        f.first_name = "Luca".into();
        f.last_name = "Verdi".into();
        let errors = request(&f, &ctx()).unwrap_err();
        assert_eq!(
            (errors[0].field, &errors[0].message),
            (Field::CodiceFiscale, &Message::UnderAge(18))
        );
        let mut f = filled();
        f.last_name = "D'Angelo".into();
        let errors = request(&f, &ctx()).unwrap_err();
        assert_eq!(
            (errors[0].field, &errors[0].message),
            (Field::LastName, &Message::NamesMismatch)
        );
    }

    #[test]
    fn typing_in_a_field_takes_its_message_away() {
        let state = Rc::new(State::default());
        let problems = request(&Form::default(), &ctx()).unwrap_err();
        let state = state.reduce(Action::Problems(problems));
        assert_eq!(state.attempt, 1);
        assert!(state.error(Field::FirstName).is_some());
        let state = state.reduce(Action::Text(Field::FirstName, "Mario".into()));
        assert!(state.error(Field::FirstName).is_none());
        assert!(state.error(Field::LastName).is_some(), "the others stay");
        assert_eq!(state.form.first_name, "Mario");
        let state = state.reduce(Action::Tick(Field::Privacy, true));
        assert!(state.form.privacy && state.error(Field::Privacy).is_none());
    }
}
