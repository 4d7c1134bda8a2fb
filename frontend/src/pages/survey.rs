//! `/c/{code}/survey` (citizen app): the digital-skills self-assessment, one question
//! per screen.
//!
//! Progress (the questionnaire as fetched, the answers, the screen) is kept on the
//! phone after every tap, so a reload, a closed tab or a lost network resumes where the
//! citizen was. The result is scored on the phone with the shared rules, so it shows
//! even offline; the answers go through the outbox, exactly once, and the server's
//! reply adds the phase and, for an exit survey, the change since the entry.

use std::collections::BTreeMap;

use gloo_storage::{LocalStorage, Storage};
use ponte_domain::survey::{
    AREAS, Band, Kind, MIN_DAYS_TO_EXIT, Phase, Scores, SurveyInvalid, SurveyReply, SurveyRequest,
    SurveyView, check_answers, score,
};
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::api::Write;
use crate::api::{self, FetchError};
use crate::components::layout::Layout;
use crate::components::link::Link;
use crate::components::status::refusal;
use crate::components::status::{Failed, Loading};
use crate::device::{self, new_submission_id, now_seconds};
use crate::hooks::use_title;
use crate::hooks::{Submitted, use_submit};
use crate::i18n::{I18n, use_i18n};
use crate::routes::Route;

/// Progress is kept per centre and per pass: a survey begun at one centre (or by
/// another citizen on a shared phone) is never sent for another.
fn progress_key(centre: &str) -> String {
    let holder = device::pass().map_or_else(|| "anonymous".to_owned(), |p| p.code);
    format!("ponte.survey.{centre}.{holder}")
}
/// Set once a survey with this phone's pass is sent or queued: the next one may be the
/// exit, and the introduction says so.
const TAKEN_KEY: &str = "ponte.survey.taken";

/// A survey under way, as kept on the phone.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
struct Progress {
    view: SurveyView,
    answers: BTreeMap<String, u8>,
    /// The question on screen (0-based).
    at: usize,
}

/// A finished survey, scored here; the server's word comes through the submitter.
#[derive(Clone, PartialEq)]
struct Outcome {
    view: SurveyView,
    answers: BTreeMap<String, u8>,
    scores: Scores,
}

#[derive(Clone, PartialEq)]
enum Screen {
    Loading,
    Failed(FetchError),
    Intro(SurveyView),
    Question(Progress),
    Result(Box<Outcome>),
}

fn saved(centre: &str) -> Option<Progress> {
    LocalStorage::get(progress_key(centre)).ok()
}

fn save(centre: &str, p: &Progress) {
    let _ = LocalStorage::set(progress_key(centre), p);
}

#[derive(Properties, PartialEq)]
pub struct SurveyProps {
    pub code: String,
}

#[component(SurveyPage)]
pub fn survey_page(props: &SurveyProps) -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("survey-title"));
    let submitter = use_submit::<SurveyReply>();
    let code = props.code.clone();
    let screen = use_state(|| match saved(&code) {
        Some(p) => Screen::Question(p),
        None => Screen::Loading,
    });
    let attempt = use_state(|| 0u32);

    // The questionnaire in the citizen's language: fetched at first, and again (same
    // version, answers kept) when they switch language.
    {
        let (screen, code) = (screen.clone(), code.clone());
        let lang = i18n.lang.code();
        use_effect_with((lang, *attempt), move |(lang, _)| {
            let lang: &'static str = lang;
            let current = (*screen).clone();
            let (version, wanted) = match &current {
                Screen::Loading | Screen::Failed(_) => (None, true),
                Screen::Intro(v) => (Some(v.version.clone()), v.lang != lang),
                Screen::Question(p) => (Some(p.view.version.clone()), p.view.lang != lang),
                Screen::Result(_) => (None, false),
            };
            if wanted {
                wasm_bindgen_futures::spawn_local(async move {
                    match api::survey(lang, version.as_deref()).await {
                        Ok(view) => screen.set(match current {
                            Screen::Question(mut p) => {
                                p.view = view;
                                save(&code, &p);
                                Screen::Question(p)
                            }
                            _ => Screen::Intro(view),
                        }),
                        // Offline mid-survey: carry on in the language it was fetched in.
                        Err(_) if matches!(current, Screen::Question(_) | Screen::Intro(_)) => {}
                        Err(e) => screen.set(Screen::Failed(e)),
                    }
                });
            }
        });
    }

    let go = {
        let (screen, code) = (screen.clone(), code.clone());
        Callback::from(move |p: Progress| {
            save(&code, &p);
            screen.set(Screen::Question(p));
        })
    };
    let finish = {
        let (screen, send, code) = (screen.clone(), submitter.send.clone(), props.code.clone());
        Callback::from(move |p: Progress| {
            let rubric = p.view.rubric();
            // The shared rules, before anything leaves the phone: a question left
            // unanswered (the screens should not allow it) is shown again.
            if let Err(SurveyInvalid::Item { item, .. }) = check_answers(&rubric, &p.answers) {
                let at = p.view.items.iter().position(|i| i.id == item).unwrap_or(0);
                let back = Progress { at, ..p };
                save(&code, &back);
                screen.set(Screen::Question(back));
                return;
            }
            let scores = score(&rubric, &p.answers);
            let request = SurveyRequest {
                submission_id: new_submission_id(),
                version: p.view.version.clone(),
                centre: code.clone(),
                pass: device::pass().map(|s| s.pass),
                at: Some(now_seconds()),
                answers: p.answers.clone(),
            };
            // The progress goes as the answers enter the outbox (no await between), so
            // a reload while sending can neither lose them nor send them twice.
            LocalStorage::delete(progress_key(&request.centre));
            send.emit(Write::Survey(request));
            // Scored here: the result shows at once, offline too; the server's reply
            // adds the phase and the change since the entry when it comes.
            screen.set(Screen::Result(Box::new(Outcome {
                view: p.view,
                answers: p.answers,
                scores,
            })));
        })
    };
    // A survey with this phone's pass was taken (sent or waiting): the next may be the
    // exit, and the introduction will say so.
    use_effect_with(submitter.state.clone(), |state| {
        if matches!(state, Submitted::Done(_) | Submitted::Queued) && device::has_pass() {
            let _ = LocalStorage::set(TAKEN_KEY, true);
        }
    });

    let body = match (*screen).clone() {
        Screen::Loading => html! { <Loading /> },
        Screen::Failed(error) => {
            let retry = {
                let attempt = attempt.clone();
                Callback::from(move |_| attempt.set(*attempt + 1))
            };
            html! { <Failed {error} {retry} /> }
        }
        Screen::Intro(view) => intro(&i18n, &props.code, view, go.clone()),
        Screen::Question(p) => question(&i18n, p, go.clone(), finish.clone()),
        Screen::Result(outcome) => result(&i18n, &props.code, &outcome, &submitter.state),
    };
    html! { <Layout>{ body }</Layout> }
}

fn intro(i18n: &I18n, code: &str, view: SurveyView, go: Callback<Progress>) -> Html {
    let total = view.items.len();
    let start = Callback::from(move |_: MouseEvent| {
        go.emit(Progress {
            view: view.clone(),
            answers: BTreeMap::new(),
            at: 0,
        })
    });
    html! {
        <>
            <h1>{ i18n.t("survey-title") }</h1>
            <p class="lead">{ i18n.t_with("survey-intro", &[("count", total.into())]) }</p>
            <p>{ i18n.t("survey-how") }</p>
            <p class="notice">
                { i18n.t_with(match (device::has_pass(), LocalStorage::get::<bool>(TAKEN_KEY).is_ok()) {
                    (false, _) => "survey-anonymous",
                    (true, false) => "survey-with-pass",
                    (true, true) => "survey-again",
                }, &[("days", (MIN_DAYS_TO_EXIT as usize).into())]) }
            </p>
            <button type="button" id="survey-start" class="button button-big" onclick={start}>
                { i18n.t("survey-start") }
            </button>
            <p><Link to={Route::Centre { code: code.to_owned() }}>{ i18n.t("poster-back") }</Link></p>
        </>
    }
}

fn question(i18n: &I18n, p: Progress, go: Callback<Progress>, finish: Callback<Progress>) -> Html {
    let total = p.view.items.len();
    // Kept progress always points at a question; clamp in case the view changed.
    let p = Progress {
        at: p.at.min(total.saturating_sub(1)),
        ..p
    };
    let Some(item) = p.view.items.get(p.at).cloned() else {
        return html! {};
    };
    let area = p
        .view
        .areas
        .iter()
        .find(|a| a.area == item.area)
        .map(|a| a.name.clone())
        .unwrap_or_default();
    let chosen = p.answers.get(&item.id).copied();
    let last = p.at + 1 == total;
    let step = |at: usize, answers: BTreeMap<String, u8>| Progress {
        view: p.view.clone(),
        answers,
        at,
    };
    let back = (p.at > 0).then(|| {
        let (go, next) = (go.clone(), step(p.at - 1, p.answers.clone()));
        Callback::from(move |_: MouseEvent| go.emit(next.clone()))
    });
    let forward = {
        let (go, finish, next) = (
            go.clone(),
            finish.clone(),
            step(p.at + 1, p.answers.clone()),
        );
        move |answers: BTreeMap<String, u8>| {
            let next = Progress {
                answers,
                ..next.clone()
            };
            if last {
                finish.emit(Progress { at: p.at, ..next });
            } else {
                go.emit(next);
            }
        }
    };
    let next = chosen.is_some().then(|| {
        let (forward, answers) = (forward.clone(), p.answers.clone());
        Callback::from(move |_: MouseEvent| forward(answers.clone()))
    });
    let skip = (item.optional && chosen.is_none()).then(|| {
        let (forward, answers, id) = (forward.clone(), p.answers.clone(), item.id.clone());
        Callback::from(move |_: MouseEvent| {
            let mut answers = answers.clone();
            answers.remove(&id);
            forward(answers)
        })
    });
    let percent = p.at * 100 / total.max(1);
    html! {
        <div class="survey">
            <h1 class="survey-heading">{ i18n.t("survey-title") }</h1>
            <p class="survey-progress" id="survey-progress">
                { i18n.t_with("survey-question-of", &[("n", (p.at + 1).into()), ("total", total.into())]) }
            </p>
            <div class="progress" role="progressbar" aria-labelledby="survey-progress"
                aria-valuemin="0" aria-valuemax={total.to_string()} aria-valuenow={p.at.to_string()}>
                <div class="progress-done" style={format!("width:{percent}%")}></div>
            </div>
            <fieldset class="survey-question" key={item.id.clone()}>
                <legend>
                    <span class="survey-area">{ area }</span>
                    if item.kind == Kind::Knowledge {
                        <span class="survey-kind">{ i18n.t("survey-true-false") }</span>
                    }
                    <span class="survey-text" id="survey-text">{ &item.text }</span>
                </legend>
                { for item.options.iter().map(|o| {
                    let onchange = {
                        let (go, answers, id, value) =
                            (go.clone(), p.answers.clone(), item.id.clone(), o.value);
                        let here = step(p.at, BTreeMap::new());
                        Callback::from(move |_: Event| {
                            let mut answers = answers.clone();
                            answers.insert(id.clone(), value);
                            go.emit(Progress { answers, ..here.clone() });
                        })
                    };
                    html! {
                        <label class="check survey-option">
                            <input type="radio" name="answer" id={format!("answer-{}", o.value)}
                                checked={chosen == Some(o.value)} {onchange} />
                            { &o.label }
                        </label>
                    }
                }) }
            </fieldset>
            <div class="survey-nav">
                if let Some(back) = back {
                    <button type="button" id="survey-back" class="button button-secondary" onclick={back}>
                        { i18n.t("survey-back") }
                    </button>
                }
                if let Some(skip) = skip {
                    <button type="button" id="survey-skip" class="button button-secondary" onclick={skip}>
                        { i18n.t("survey-skip") }
                    </button>
                }
                <button type="button" id="survey-next" class="button" disabled={next.is_none()}
                    onclick={next.unwrap_or_default()}>
                    { i18n.t(if last { "survey-finish" } else { "survey-next" }) }
                </button>
            </div>
        </div>
    }
}

fn result(i18n: &I18n, code: &str, o: &Outcome, sent: &Submitted<SurveyReply>) -> Html {
    // The server's scores are the shared rule's too; its reply adds phase and change.
    let (scores, phase, change) = match sent {
        Submitted::Done(reply) => (reply.scores, Some(reply.phase), reply.change),
        _ => (o.scores, None, None),
    };
    // The one or two weakest areas below "confident" get their next step.
    let mut weakest: Vec<usize> = (0..AREAS)
        .filter(|&i| scores.0[i].band < Band::Confident)
        .collect();
    weakest.sort_by_key(|&i| scores.0[i].percent);
    weakest.truncate(2);
    let name = |i: usize| {
        o.view
            .areas
            .iter()
            .find(|a| usize::from(a.area) == i + 1)
            .cloned()
    };
    html! {
        <>
            <h1>{ i18n.t("survey-result-title") }</h1>
            { match phase {
                Some(Phase::Entry) => html! { <p class="lead">{ i18n.t("survey-phase-entry") }</p> },
                Some(Phase::Exit) => html! { <p class="lead">{ i18n.t("survey-phase-exit") }</p> },
                None => html! {},
            } }
            if *sent == Submitted::Queued {
                <p class="notice outbox" role="status">{ i18n.t("survey-queued") }</p>
            }
            if let Submitted::Refused(e) = sent {
                <p class="notice notice-error" role="alert">{ refusal(i18n, e) }</p>
            }
            <ul class="skill-bars">
                { for scores.0.iter().enumerate().map(|(i, s)| {
                    let area = name(i).map(|a| a.name).unwrap_or_default();
                    let change = change.map(|c| c.0[i]);
                    html! {
                        <li class="skill-bar" id={format!("area-{}", i + 1)}>
                            <span class="skill-name">{ area }</span>
                            <span class="bar" aria-hidden="true">
                                <span class={classes!("bar-fill", format!("bar-{}", s.band.as_str()))}
                                    style={format!("width:{}%", s.percent.max(2))}></span>
                            </span>
                            <span class="skill-value">
                                { format!("{}% · ", s.percent) }<strong>{ i18n.t(&format!("band-{}", s.band.as_str())) }</strong>
                                if let Some(d) = change {
                                    { " · " }{ i18n.t_with("survey-change", &[("points", format!("{d:+}").into())]) }
                                }
                            </span>
                        </li>
                    }
                }) }
            </ul>
            <p class="notice">
                { i18n.t(if scores.every_area_with_help() { "survey-basic-yes" } else { "survey-basic-no" }) }
            </p>
            <p class="hint">{ i18n.t("survey-bands-note") }</p>
            if !weakest.is_empty() {
                <h2>{ i18n.t("survey-next-steps") }</h2>
                <ul class="next-steps">
                    { for weakest.into_iter().filter_map(name).map(|a| html! { <li>{ a.next }</li> }) }
                </ul>
            }
            // What the true/false statements were about: the right answer and why.
            if o.view.items.iter().any(|i| i.explanation.is_some()) {
                <h2>{ i18n.t("survey-answers-title") }</h2>
                <ul class="survey-answers" id="survey-answers">
                    { for o.view.items.iter().filter(|i| i.explanation.is_some()).map(|item| {
                        let label = |v: Option<u8>| {
                            v.and_then(|v| item.options.iter().find(|o| o.value == v))
                                .map(|o| o.label.clone())
                                .unwrap_or_default()
                        };
                        let given = o.answers.get(&item.id).copied();
                        html! {
                            <li>
                                <p><strong>{ &item.text }</strong></p>
                                <p>{ i18n.t_with("survey-your-answer", &[
                                    ("answer", label(given).into()),
                                    ("right", label(item.correct).into()),
                                ]) }</p>
                                <p>{ item.explanation.clone().unwrap_or_default() }</p>
                            </li>
                        }
                    }) }
                </ul>
            }
            <p><Link to={Route::Centre { code: code.to_owned() }} classes="button">{ i18n.t("poster-back") }</Link></p>
        </>
    }
}
