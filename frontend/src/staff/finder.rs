//! Finding a citizen at the desk: the pass's code typed, or its QR scanned with the
//! tablet's camera. The card shows what the service record needs, and adds today's
//! visit to the service being recorded.

use std::collections::BTreeSet;

use ponte_domain::staff::CitizenCard;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::api::{self, StaffError};
use super::console::needs_labels;
use crate::components::scanner::Scanner;
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct FinderProps {
    pub centre: String,
    pub selected: BTreeSet<u64>,
    pub on_pick: Callback<u64>,
    /// A check-in was made here: the day's list is out of date.
    pub on_checked_in: Callback<()>,
}

#[component(Finder)]
pub fn finder(props: &FinderProps) -> Html {
    let i18n = use_i18n();
    let input = use_node_ref();
    let scanning = use_state(|| false);
    let found = use_state(|| None::<Result<CitizenCard, StaffError>>);
    // The pass as read or typed, to check in with.
    let given = use_state(String::new);
    let submission = use_state(crate::device::new_submission_id);
    let look_up = {
        let (found, centre, given) = (found.clone(), props.centre.clone(), given.clone());
        Callback::from(move |pass: String| {
            let (found, centre) = (found.clone(), centre.clone());
            given.set(pass.clone());
            wasm_bindgen_futures::spawn_local(async move {
                found.set(Some(api::lookup(centre, pass).await));
            });
        })
    };
    let check_in = {
        let (found, centre, given, done) = (
            found.clone(),
            props.centre.clone(),
            given.clone(),
            props.on_checked_in.clone(),
        );
        let submission = submission.clone();
        Callback::from(move |_| {
            let request = ponte_domain::staff::DeskCheckinRequest {
                submission_id: *submission,
                centre: centre.clone(),
                pass: (*given).clone(),
                needs: Default::default(),
            };
            let (found, centre, pass, done, submission) = (
                found.clone(),
                centre.clone(),
                (*given).clone(),
                done.clone(),
                submission.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match api::desk_check_in(&request).await {
                    Ok(_) => {
                        submission.set(crate::device::new_submission_id());
                        done.emit(());
                        found.set(Some(api::lookup(centre, pass).await));
                    }
                    Err(e) => found.set(Some(Err(e))),
                }
            });
        })
    };
    let onsubmit = {
        let (input, look_up) = (input.clone(), look_up.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(i) = input.cast::<HtmlInputElement>() {
                look_up.emit(i.value());
            }
        })
    };
    let on_code = {
        let (scanning, look_up) = (scanning.clone(), look_up.clone());
        Callback::from(move |code: String| {
            scanning.set(false);
            look_up.emit(code);
        })
    };
    let toggle_scan = {
        let scanning = scanning.clone();
        Callback::from(move |_| scanning.set(!*scanning))
    };
    let card = match &*found {
        None => Html::default(),
        Some(Err(e)) => html! {
            <p class="notice notice-error" role="alert" id="finder-error">{ i18n.t(&e.message_id()) }</p>
        },
        Some(Ok(card)) => {
            let who = [
                i18n.t(&format!("staff-gender-{}", card.gender)),
                card.age_band
                    .map(|b| i18n.t(&format!("staff-age-{b}")))
                    .unwrap_or_default(),
                i18n.t_with(
                    "staff-visits-here",
                    &[("count", (card.visits_here as usize).into())],
                ),
            ]
            .join(" · ");
            html! {
                <div class="notice staff-card" id="citizen-card" role="status">
                    <p><strong>{ i18n.t("staff-citizen") }</strong></p>
                    <p>{ who }</p>
                    if card.revoked {
                        <p class="hint-error">{ i18n.t("staff-pass-revoked") }</p>
                    }
                    { match &card.today {
                        Some(visit) => {
                            let chosen = props.selected.contains(&visit.visit);
                            let onclick = {
                                let (pick, id) = (props.on_pick.clone(), visit.visit);
                                Callback::from(move |_| pick.emit(id))
                            };
                            let needs = needs_labels(&i18n, &visit.needs);
                            html! {
                                <>
                                    if !needs.is_empty() { <p>{ needs.join(", ") }</p> }
                                    <button type="button" class="button" id="pick-visit" {onclick}>
                                        { if chosen { i18n.t("staff-unpick") } else { i18n.t("staff-pick") } }
                                    </button>
                                </>
                            }
                        }
                        None => html! {
                            <>
                                <p>{ i18n.t("staff-no-visit-today") }</p>
                                if !card.revoked {
                                    <button type="button" class="button" id="desk-checkin" onclick={check_in.clone()}>
                                        { i18n.t("staff-desk-checkin") }
                                    </button>
                                }
                            </>
                        },
                    } }
                </div>
            }
        }
    };
    html! {
        <section class="staff-finder" aria-labelledby="finder-title">
            <h2 id="finder-title">{ i18n.t("staff-finder-title") }</h2>
            <form class="staff-inline" {onsubmit}>
                <div class="field">
                    <label for="pass-code">{ i18n.t("staff-pass-code") }</label>
                    <input id="pass-code" ref={input} autocomplete="off" autocapitalize="characters"
                        spellcheck="false" placeholder="ABCD-EFGH" />
                </div>
                <button type="submit" class="button">{ i18n.t("staff-find") }</button>
                <button type="button" class="button button-secondary" id="scan-pass"
                    aria-pressed={(*scanning).to_string()} onclick={toggle_scan}>
                    { if *scanning { i18n.t("staff-scan-stop") } else { i18n.t("staff-scan") } }
                </button>
            </form>
            if *scanning {
                <Scanner {on_code} />
            }
            { card }
        </section>
    }
}
