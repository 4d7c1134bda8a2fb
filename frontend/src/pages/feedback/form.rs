//! The report form's state and logic, apart from its view: a reducer with an action
//! enum, and the request it makes checked by the shared rules, unit-tested natively.

use std::rc::Rc;

use ponte_domain::feedback::{
    Category, Device, FeedbackContact, FeedbackRequest, needs_service_name,
};
use ponte_domain::submission::SubmissionId;
use yew::Reducible;

#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub service: String,
    pub service_name: String,
    pub category: Option<Category>,
    pub severity: u8,
    pub text: String,
    pub device: Option<Device>,
    pub email: String,
    pub consent: bool,
}

impl Default for Form {
    fn default() -> Form {
        Form {
            service: String::new(),
            service_name: String::new(),
            category: None,
            // The middle of the scale, until the citizen says otherwise.
            severity: 3,
            text: String::new(),
            device: None,
            email: String::new(),
            consent: false,
        }
    }
}

/// An edit of the form: which part, and the value (text, or "true"/"false").
pub type Edit = fn(&mut Form, String);

pub enum Action {
    Edit(Edit, String),
    /// The fields at fault in an attempt to send, by their request path.
    Problems(Vec<&'static str>),
    /// A new, empty report.
    Reset,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    pub form: Form,
    pub problems: Vec<&'static str>,
}

impl State {
    /// Whether `field` (a request path, or its first part) is at fault.
    pub fn at_fault(&self, field: &str) -> bool {
        self.problems
            .iter()
            .any(|p| *p == field || p.split('.').next() == Some(field))
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(edit, value) => edit(&mut next.form, value),
            Action::Problems(p) => next.problems = p,
            Action::Reset => next = State::default(),
        }
        Rc::new(next)
    }
}

/// Where and how the report is made: what the form does not ask.
pub struct Context {
    pub submission: SubmissionId,
    pub centre: Option<String>,
    pub browser: Option<String>,
    pub lang: String,
}

/// The report the form makes, or the fields at fault. The category is the one thing
/// the request cannot say is missing (it has no "none"); every other rule is the
/// shared one.
pub fn request(f: &Form, ctx: &Context) -> Result<FeedbackRequest, Vec<&'static str>> {
    let mut problems = Vec::new();
    if f.category.is_none() {
        problems.push("category");
    }
    let request = FeedbackRequest {
        submission_id: ctx.submission,
        centre: ctx.centre.clone(),
        public_service: f.service.clone(),
        service_name: needs_service_name(&f.service).then(|| f.service_name.clone()),
        category: f.category.unwrap_or(Category::Other),
        severity: f.severity,
        text: f.text.clone(),
        device: f.device,
        browser: ctx.browser.clone(),
        lang: Some(ctx.lang.clone()),
        contact: (!f.email.trim().is_empty()).then(|| FeedbackContact {
            email: Some(f.email.clone()),
            phone: None,
            consent: f.consent,
        }),
    };
    if let Err(e) = request.validate() {
        problems.push(e.field);
    }
    if problems.is_empty() {
        Ok(request)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> Context {
        Context {
            submission: SubmissionId::from_u128(1),
            centre: Some("TOS-001".into()),
            browser: None,
            lang: "it".into(),
        }
    }

    #[test]
    fn an_empty_report_names_the_service_and_the_category() {
        assert_eq!(
            request(&Form::default(), &ctx()).unwrap_err(),
            ["category", "public_service"]
        );
    }

    #[test]
    fn none_of_these_asks_for_the_services_name() {
        let state = Rc::new(State::default())
            .reduce(Action::Edit(|f, v| f.service = v, "S".into()))
            .reduce(Action::Edit(
                |f, _| f.category = Some(Category::Slow),
                String::new(),
            ));
        assert_eq!(request(&state.form, &ctx()).unwrap_err(), ["service_name"]);
        let state = state.reduce(Action::Edit(
            |f, v| f.service_name = v,
            "Portale del Comune".into(),
        ));
        let r = request(&state.form, &ctx()).unwrap();
        assert_eq!(r.service_name.as_deref(), Some("Portale del Comune"));
        assert_eq!(r.severity, 3);
    }

    #[test]
    fn nested_fields_mark_their_part_and_reset_empties_the_form() {
        let state = Rc::new(State::default()).reduce(Action::Problems(vec!["contact.email"]));
        assert!(state.at_fault("contact"));
        assert!(!state.at_fault("category"));
        let state = state
            .reduce(Action::Edit(|f, v| f.text = v, "testo".into()))
            .reduce(Action::Reset);
        assert_eq!(*state, State::default());
    }
}
