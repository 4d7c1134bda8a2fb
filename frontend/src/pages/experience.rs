//! `/c/{code}/experience` (citizen app): the national visit questionnaire (ES1–ES6),
//! answered by the citizen on the phone that checked in, the same day, once.
//!
//! Only usefulness (ES6) is required; every other question may be skipped, so a
//! citizen who is in a hurry answers with one tap and a button.

use ponte_domain::api::ErrorCode;
use ponte_domain::codelists::{self, CodeList};
use ponte_domain::experience::{ExperienceRequest, MAX_TOPICS};
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

#[derive(Clone, PartialEq, Default)]
struct Answers {
    heard_from: Vec<String>,
    reason: Vec<String>,
    come_back: Option<String>,
    topics: String,
    help_source: Vec<String>,
    usefulness: Option<u8>,
}

#[component(ExperiencePage)]
pub fn experience_page(props: &ExperienceProps) -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("experience-title"));
    let visit = use_state(|| device::todays_visit(&props.code));
    let answers = use_state(Answers::default);
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
            let a = (*answers).clone();
            let Some(usefulness) = a.usefulness else {
                problem.set(Some(i18n.t("experience-need-usefulness")));
                return;
            };
            let request = ExperienceRequest {
                submission_id: new_submission_id(),
                pass: pass.pass.clone(),
                heard_from: a.heard_from,
                reason: a.reason,
                come_back: a.come_back,
                topics: a.topics,
                help_source: a.help_source,
                usefulness,
            };
            // The shared rules, before anything leaves the phone.
            if request.validate().is_err() {
                problem.set(Some(i18n.t("register-fix")));
                return;
            }
            problem.set(None);
            send.emit(Write::Experience {
                visit: v.id,
                request,
            });
        })
    };

    // Toggles a code in one of the multiple-choice answers.
    let multiple =
        |question: &'static str, list: CodeList, field: fn(&mut Answers) -> &mut Vec<String>| {
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
                                let mut next = (*answers).clone();
                                let codes = field(&mut next);
                                match codes.iter().position(|c| *c == code) {
                                    Some(i) => { codes.remove(i); }
                                    None => codes.push(code.clone()),
                                }
                                answers.set(next);
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
            let mut next = (*answers).clone();
            next.topics = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            answers.set(next);
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
                        Callback::from(move |n| {
                            let mut next = (*answers).clone();
                            next.usefulness = Some(n);
                            answers.set(next);
                        })
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
                                        let mut next = (*answers).clone();
                                        next.come_back = Some(code.clone());
                                        answers.set(next);
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
