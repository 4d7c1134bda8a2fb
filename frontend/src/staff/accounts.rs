//! Staff accounts made in the app by those above them: a coordinator makes its
//! facilitators, a region its coordinators and facilitators, an admin the regions. The
//! password is made up by the server and shown once, here.

use std::collections::BTreeSet;

use ponte_domain::staff::{
    AccountSummary, NewAccountRequest, NewAccountResponse, Role, SessionInfo,
};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::api::{self, StaffError};
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct AccountsProps {
    pub info: SessionInfo,
    /// The centres this account reaches: (code, label).
    pub centres: Vec<(String, String)>,
}

#[component(Accounts)]
pub fn accounts(props: &AccountsProps) -> Html {
    let i18n = use_i18n();
    let list = use_state(|| None::<Result<Vec<AccountSummary>, StaffError>>);
    let reload = use_state(|| 0u32);
    {
        let list = list.clone();
        use_effect_with(*reload, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                list.set(Some(api::accounts().await));
            });
        });
    }
    let roles: Vec<Role> = Role::ALL
        .into_iter()
        .filter(|r| props.info.role.is_above(*r))
        .collect();
    let email = use_node_ref();
    let role = use_state(|| *roles.last().unwrap_or(&Role::Facilitator));
    let chosen = use_state(BTreeSet::<String>::new);
    let made = use_state(|| None::<Result<NewAccountResponse, StaffError>>);
    // An admin names the programme of a region account it makes; a region's own
    // accounts are in its programme.
    let programmes = use_state(Vec::<String>::new);
    let programme = use_state(|| props.info.programme.as_ref().map(|p| p.to_string()));
    {
        let (programmes, programme) = (programmes.clone(), programme.clone());
        let admin = props.info.role == Role::Admin;
        use_effect_with((), move |_| {
            if admin {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(list) = crate::api::programme_choices().await {
                        let ids: Vec<String> =
                            list.programmes.iter().map(|p| p.id.to_string()).collect();
                        programme.set(ids.first().cloned());
                        programmes.set(ids);
                    }
                });
            }
        });
    }
    let on_programme = {
        let programme = programme.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                programme.set(Some(s.value()));
            }
        })
    };
    let on_role = {
        let role = role.clone();
        Callback::from(move |e: Event| {
            if let Some(r) = e
                .target_dyn_into::<HtmlSelectElement>()
                .and_then(|s| Role::parse(&s.value()))
            {
                role.set(r);
            }
        })
    };
    let onsubmit = {
        let (email, role, chosen, made, reload) = (
            email.clone(),
            role.clone(),
            chosen.clone(),
            made.clone(),
            reload.clone(),
        );
        let programme = (*programme).clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let request = NewAccountRequest {
                email: email
                    .cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default(),
                role: *role,
                programme: (*role == Role::Region).then(|| programme.clone()).flatten(),
                centres: if *role == Role::Region {
                    Vec::new()
                } else {
                    chosen.iter().cloned().collect()
                },
            };
            let (made, reload) = (made.clone(), reload.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let reply = api::add_account(&request).await;
                if reply.is_ok() {
                    reload.set(*reload + 1);
                }
                made.set(Some(reply));
            });
        })
    };
    let disable = {
        let (reload, list) = (reload.clone(), list.clone());
        Callback::from(move |email: String| {
            let (reload, list) = (reload.clone(), list.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::disable_account(&email).await {
                    Ok(_) => reload.set(*reload + 1),
                    Err(e) => list.set(Some(Err(e))),
                }
            });
        })
    };
    html! {
        <section class="staff-accounts" aria-labelledby="accounts-title">
            <h2 id="accounts-title">{ i18n.t("staff-accounts-title") }</h2>
            { match &*list {
                None => html! { <p class="status" role="status">{ i18n.t("loading") }</p> },
                Some(Err(e)) => html! { <p class="notice notice-error" role="alert">{ i18n.t(&e.message_id()) }</p> },
                Some(Ok(accounts)) if accounts.is_empty() => html! { <p>{ i18n.t("staff-accounts-none") }</p> },
                Some(Ok(accounts)) => html! {
                    <ul class="staff-account-list" id="accounts-list">
                        { for accounts.iter().map(|a| {
                            let onclick = {
                                let (disable, email) = (disable.clone(), a.email.clone());
                                Callback::from(move |_| disable.emit(email.clone()))
                            };
                            let reach = if a.centres.is_empty() {
                                a.programme.as_ref().map(|p| p.to_string()).unwrap_or_default()
                            } else {
                                a.centres.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", ")
                            };
                            html! {
                                <li>
                                    <span><strong>{ a.email.clone() }</strong>
                                        { format!(" · {} · {reach}", i18n.t(&format!("staff-role-{}", a.role.as_str()))) }</span>
                                    if a.disabled {
                                        <span class="hint">{ i18n.t("staff-account-disabled") }</span>
                                    } else {
                                        <button type="button" class="button button-secondary" {onclick}
                                            aria-label={i18n.t_with("staff-account-disable-who", &[("email", a.email.as_str().into())])}>
                                            { i18n.t("staff-account-disable") }
                                        </button>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                },
            } }
            <h3>{ i18n.t("staff-account-new") }</h3>
            if let Some(result) = &*made {
                { match result {
                    Ok(r) => html! {
                        <p class="notice" role="status" id="account-made">
                            { i18n.t_with("staff-account-made", &[("email", r.account.email.as_str().into())]) }
                            <br />
                            <code class="staff-password">{ r.password.clone() }</code>
                        </p>
                    },
                    Err(e) => html! { <p class="notice notice-error" role="alert">{ i18n.t(&e.message_id()) }</p> },
                } }
            }
            <form class="form" {onsubmit}>
                <div class="field">
                    <label for="account-email">{ i18n.t("staff-email") }</label>
                    <input id="account-email" type="email" ref={email} autocomplete="off" required=true />
                </div>
                <div class="field">
                    <label for="account-role">{ i18n.t("staff-account-role") }</label>
                    <select id="account-role" onchange={on_role}>
                        { for roles.iter().map(|r| html! {
                            <option value={r.as_str()} selected={*r == *role}>{ i18n.t(&format!("staff-role-{}", r.as_str())) }</option>
                        }) }
                    </select>
                </div>
                if *role == Role::Region && !programmes.is_empty() {
                    <div class="field">
                        <label for="account-programme">{ i18n.t("staff-account-programme") }</label>
                        <select id="account-programme" onchange={on_programme}>
                            { for programmes.iter().map(|p| html! {
                                <option value={p.clone()} selected={Some(p) == programme.as_ref()}>{ p.clone() }</option>
                            }) }
                        </select>
                    </div>
                }
                if *role != Role::Region {
                    <fieldset class="field staff-codes">
                        <legend>{ i18n.t("staff-account-centres") }</legend>
                        { for props.centres.iter().map(|(code, name)| {
                            let id = format!("account-centre-{code}");
                            let onchange = {
                                let (chosen, code) = (chosen.clone(), code.clone());
                                Callback::from(move |_| {
                                    let mut c = (*chosen).clone();
                                    if !c.remove(&code) {
                                        c.insert(code.clone());
                                    }
                                    chosen.set(c);
                                })
                            };
                            html! {
                                <label class="check" for={id.clone()}>
                                    <input type="checkbox" {id} checked={chosen.contains(code)} {onchange} />
                                    <span>{ name.clone() }</span>
                                </label>
                            }
                        }) }
                    </fieldset>
                }
                <button class="button" type="submit" id="account-create">{ i18n.t("staff-account-create") }</button>
            </form>
        </section>
    }
}
