//! `/c/{code}/experience` (citizen app): the national visit questionnaire (ES1–ES6),
//! answered by the citizen on the phone that checked in, the same day, once.
//!
//! Only usefulness (ES6) is required; every other question may be skipped, so a
//! citizen who is in a hurry answers with one tap and a button.

use ponte_domain::api::ErrorCode;
use ponte_domain::codelists::{self, CodeList};
use ponte_domain::experience::{ExperienceRequest, MAX_TOPICS};
use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::api::Write;
use crate::components::layout::Layout;
use crate::components::link::Link;
use crate::components::scale::OneToFive;
use crate::components::status::refusal;
use crate::device::{self, LastVisit, new_submission_id};
use crate::hooks::{Submitted, use_submit, use_title};
use crate::i18n::use_i18n;
use crate::routes::Route;

#[derive(Properties, PartialEq)]
pub struct ExperienceProps {
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
struct Answers {
    heard_from: Vec<String>,
    reason: Vec<String>,
    come_back: Option<String>,
    topics: String,
    help_source: Vec<String>,
    usefulness: Option<u8>,
}

/// A question answered with several codes.
type Codes = fn(&mut Answers) -> &mut Vec<String>;

enum Action {
    /// A code of a several-answer question ticked or unticked.
    Toggle(Codes, String),
    ComeBack(String),
    Usefulness(u8),
    Topics(String),
}

impl Reducible for Answers {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Toggle(codes, code) => {
                let codes = codes(&mut next);
                match codes.iter().position(|c| *c == code) {
                    Some(i) => {
                        codes.remove(i);
                    }
                    None => codes.push(code),
                }
            }
            Action::ComeBack(code) => next.come_back = Some(code),
            Action::Usefulness(n) => next.usefulness = Some(n),
            Action::Topics(text) => next.topics = text,
        }
        Rc::new(next)
    }
}

/// What is wrong with the answers before they can be sent.
#[derive(Debug, PartialEq)]
enum Gap {
    /// Usefulness (ES6), the one required answer.
    Usefulness,
    /// Refused by the shared rules.
    Invalid,
}

/// The request the answers make, checked by the shared rules.
fn request(
    a: &Answers,
    submission_id: ponte_domain::submission::SubmissionId,
    pass: &str,
) -> Result<ExperienceRequest, Gap> {
    let usefulness = a.usefulness.ok_or(Gap::Usefulness)?;
    let request = ExperienceRequest {
        submission_id,
        pass: pass.to_owned(),
        heard_from: a.heard_from.clone(),
        reason: a.reason.clone(),
        come_back: a.come_back.clone(),
        topics: a.topics.clone(),
        help_source: a.help_source.clone(),
        usefulness,
    };
    request.answers().map_err(|_| Gap::Invalid)?;
    Ok(request)
}

#[component(ExperiencePage)]
pub fn experience_page(props: &ExperienceProps) -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("experience-title"));
    let visit = use_state(|| device::todays_visit(&props.code));
    let answers = use_reducer(Answers::default);
    let submitter = use_submit::<serde::de::IgnoredAny>();
    let problem = use_state(|| None::<String>);
    // Accepted, queued, or answered already elsewhere: this phone will not ask again.
    {
        let (visit, problem, i18n) = (visit.clone(), problem.clone(), i18n.clone());
        use_effect_with(submitter.state.clone(), move |state| {
            let answered = |visit: &UseStateHandle<Option<LastVisit>>| {
                if let Some(v) = (**visit).clone() {
                    let v = LastVisit {
                        answered: true,
                        ..v
                    };
                    device::save_last_visit(&v);
                    visit.set(Some(v));
                }
            };
            match state {
                Submitted::Done(_) | Submitted::Queued => answered(&visit),
                Submitted::Refused(e) if e.code == ErrorCode::AlreadyAnswered => answered(&visit),
                Submitted::Refused(e) => problem.set(Some(refusal(&i18n, e))),
                Submitted::Idle | Submitted::Sending => {}
            }
        });
    }
    let back = html! {
        <p><Link to={Route::Centre { code: props.code.clone() }}>{ i18n.t("poster-back") }</Link></p>
    };

    if matches!(submitter.state, Submitted::Done(_) | Submitted::Queued) {
        return html! {
            <Layout>
                <h1>{ i18n.t("experience-thanks") }</h1>
                if submitter.state == Submitted::Queued {
                    <p class="notice outbox" role="status">{ i18n.t("experience-queued") }</p>
                }
                { back }
            </Layout>
        };
    }
    let (Some(v), Some(pass)) = ((*visit).clone(), device::pass()) else {
        return html! {
            <Layout>
                <h1>{ i18n.t("experience-title") }</h1>
                <p class="notice" role="status">{ i18n.t("experience-none") }</p>
                <p><Link to={Route::CheckIn { code: props.code.clone() }} classes="button button-big">
                    { i18n.t("checkin-button") }
                </Link></p>
                { back }
            </Layout>
        };
    };
    if v.answered {
        return html! {
            <Layout>
                <h1>{ i18n.t("experience-title") }</h1>
                <p class="notice" role="status">{ i18n.t("experience-already") }</p>
                { back }
            </Layout>
        };
    }

    let onsubmit = {
        let (answers, problem, send, i18n) = (
            answers.clone(),
            problem.clone(),
            submitter.send.clone(),
            i18n.clone(),
        );
        let v = v.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let request = match request(&answers, new_submission_id(), &pass.pass) {
                Ok(r) => r,
                Err(Gap::Usefulness) => {
                    problem.set(Some(i18n.t("experience-need-usefulness")));
                    return;
                }
                // The shared rules, before anything leaves the phone.
                Err(Gap::Invalid) => {
                    problem.set(Some(i18n.t("register-fix")));
                    return;
                }
            };
            problem.set(None);
            send.emit(Write::Experience {
                visit: v.id,
                request,
            });
        })
    };

    // Toggles a code in one of the multiple-choice answers.
    let multiple = |question: &'static str, list: CodeList, field: Codes| {
        let chosen = field(&mut (*answers).clone()).clone();
        html! {
            <fieldset class="choices" id={question}>
                <legend>{ i18n.t(&format!("experience-{question}")) }
                    <span class="hint">{ " " }{ i18n.t("experience-several") }</span></legend>
                { for list.iter().map(|(code, _)| {
                    let onchange = {
                        let answers = answers.clone();
                        let code = (*code).to_owned();
                        Callback::from(move |_: Event| {
                            answers.dispatch(Action::Toggle(field, code.clone()))
                        })
                    };
                    html! {
                        <label class="check">
                            <input type="checkbox" id={format!("{question}-{code}")}
                                checked={chosen.iter().any(|c| c == code)} {onchange} />
                            { i18n.t(&format!("{question}-{code}")) }
                        </label>
                    }
                }) }
            </fieldset>
        }
    };
    let on_topics = {
        let answers = answers.clone();
        Callback::from(move |e: InputEvent| {
            answers.dispatch(Action::Topics(
                e.target_unchecked_into::<HtmlTextAreaElement>().value(),
            ))
        })
    };
    let left = MAX_TOPICS.saturating_sub(answers.topics.chars().count());

    html! {
        <Layout>
            <h1>{ i18n.t("experience-title") }</h1>
            <p class="lead">{ i18n.t("experience-intro") }</p>
            <form class="form" novalidate=true {onsubmit}>
                <OneToFive name="usefulness" legend={i18n.t("experience-usefulness")}
                    hint={i18n.t("experience-usefulness-scale")} value={answers.usefulness}
                    error={problem.is_some() && answers.usefulness.is_none()}
                    onchange={
                        let answers = answers.clone();
                        Callback::from(move |n| answers.dispatch(Action::Usefulness(n)))
                    } />
                <fieldset class="choices" id="come_back">
                    <legend>{ i18n.t("experience-come_back") }</legend>
                    { for codelists::COME_BACK.iter().map(|(code, _)| html! {
                        <label class="check">
                            <input type="radio" name="come_back" id={format!("come_back-{code}")}
                                checked={answers.come_back.as_deref() == Some(*code)}
                                onchange={
                                    let answers = answers.clone();
                                    let code = (*code).to_owned();
                                    Callback::from(move |_: Event| {
                                        answers.dispatch(Action::ComeBack(code.clone()))
                                    })
                                } />
                            { i18n.t(&format!("come_back-{code}")) }
                        </label>
                    }) }
                </fieldset>
                { multiple("reason", codelists::REASON, |a| &mut a.reason) }
                { multiple("heard_from", codelists::HEARD_FROM, |a| &mut a.heard_from) }
                { multiple("help_source", codelists::HELP_SOURCE, |a| &mut a.help_source) }
                <div class="field">
                    <label for="topics">{ i18n.t("experience-topics") }</label>
                    <textarea id="topics" rows="3" maxlength={MAX_TOPICS.to_string()} value={answers.topics.clone()}
                        oninput={on_topics} aria-describedby="topics-hint" />
                    <p id="topics-hint" class="hint">{ i18n.t("experience-topics-hint") }{ format!(" ({left})") }</p>
                </div>
                if let Some(p) = &*problem {
                    <p class="notice notice-error" role="alert">{ p.clone() }</p>
                }
                <button type="submit" id="experience-submit" class="button button-big" disabled={submitter.state.is_sending()}>
                    { i18n.t("experience-submit") }
                </button>
            </form>
            { back }
        </Layout>
    }
}

#[cfg(test)]
mod tests {
    use ponte_domain::submission::SubmissionId;

    use super::*;

    const PASS: &str = "0123456789ABCDEFGHJKMNPQRS";

    #[test]
    fn usefulness_is_the_one_answer_needed() {
        let a = Rc::new(Answers::default());
        assert_eq!(
            request(&a, SubmissionId::from_u128(1), PASS),
            Err(Gap::Usefulness)
        );
        let a = a.reduce(Action::Usefulness(4));
        let r = request(&a, SubmissionId::from_u128(1), PASS).unwrap();
        assert_eq!((r.usefulness, r.reason.len()), (4, 0));
    }

    #[test]
    fn a_second_tap_unticks_a_code_and_the_shared_rules_check_them() {
        let a = Rc::new(Answers::default())
            .reduce(Action::Usefulness(5))
            .reduce(Action::Toggle(|a| &mut a.reason, "G".into()))
            .reduce(Action::Toggle(|a| &mut a.reason, "B".into()))
            .reduce(Action::Toggle(|a| &mut a.reason, "G".into()))
            .reduce(Action::ComeBack("A".into()));
        assert_eq!(a.reason, ["B"]);
        assert_eq!(a.come_back.as_deref(), Some("A"));
        assert!(request(&a, SubmissionId::from_u128(2), PASS).is_ok());
        let a = a.reduce(Action::Toggle(|a| &mut a.heard_from, "Z".into()));
        assert_eq!(
            request(&a, SubmissionId::from_u128(3), PASS),
            Err(Gap::Invalid),
            "a code outside the national list"
        );
    }
}
