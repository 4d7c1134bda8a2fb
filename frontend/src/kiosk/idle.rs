//! The idle timer: any touch, key or typing starts it again; in its last
//! `IDLE_WARNING` seconds a countdown says the screen is about to be cleared, with a
//! button to stay; at zero the tablet is wiped. "Ho finito" wipes at once.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use ponte_domain::kiosk::IDLE_WARNING;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use super::wipe::wipe;
use crate::hooks::AtKiosk;
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct IdleProps {
    pub seconds: u16,
    pub children: Html,
}

/// After a finished flow (a sign-up, a check-in, a test, a report) the screen is cleared
/// this soon if nobody touches it, so a pass does not wait on screen for the whole idle
/// time; a touch gives the full time back.
const AFTER_A_FLOW: u16 = 25;

/// What counts as someone still there.
const ACTIVITY: [&str; 5] = ["pointerdown", "keydown", "input", "wheel", "touchstart"];

#[component(Idle)]
pub fn idle(props: &IdleProps) -> Html {
    let i18n = use_i18n();
    // Seconds left, shown only in the warning; `None` before it.
    let left = use_state(|| None::<u16>);
    let last = use_mut_ref(js_sys::Date::now);
    {
        let (left, last, seconds) = (left.clone(), last.clone(), props.seconds);
        use_effect_with(seconds, move |_| {
            let shown = Rc::new(Cell::new(None::<u16>));
            let listeners: Vec<EventListener> = web_sys::window()
                .map(|w| {
                    ACTIVITY
                        .iter()
                        .map(|name| {
                            let last = last.clone();
                            EventListener::new(&w, *name, move |_| {
                                *last.borrow_mut() = js_sys::Date::now();
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            let tick = Closure::<dyn Fn()>::new(move || {
                let idle = ((js_sys::Date::now() - *last.borrow()) / 1000.0).max(0.0);
                let remaining = (f64::from(seconds) - idle).ceil();
                if remaining <= 0.0 {
                    wipe();
                    return;
                }
                let now = (remaining <= f64::from(IDLE_WARNING)).then_some(remaining as u16);
                if shown.replace(now) != now {
                    left.set(now);
                }
            });
            let interval = web_sys::window().and_then(|w| {
                w.set_interval_with_callback_and_timeout_and_arguments_0(
                    tick.as_ref().unchecked_ref(),
                    1_000,
                )
                .ok()
            });
            move || {
                drop(listeners);
                if let (Some(w), Some(id)) = (web_sys::window(), interval) {
                    w.clear_interval_with_handle(id);
                }
                drop(tick);
            }
        });
    }
    // The countdown takes the focus, so a screen reader says it and a keyboard is on
    // its button.
    let stay_button = use_node_ref();
    {
        let stay_button = stay_button.clone();
        use_effect_with(left.is_some(), move |shown| {
            if *shown && let Some(b) = stay_button.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        });
    }
    let finished = {
        let (last, seconds) = (last.clone(), props.seconds);
        Callback::from(move |_: ()| {
            if seconds > AFTER_A_FLOW {
                let soon = js_sys::Date::now() - f64::from(seconds - AFTER_A_FLOW) * 1000.0;
                let mut last = last.borrow_mut();
                *last = last.min(soon);
            }
        })
    };
    let stay = {
        let (left, last) = (left.clone(), last.clone());
        Callback::from(move |_: MouseEvent| {
            *last.borrow_mut() = js_sys::Date::now();
            left.set(None);
        })
    };
    html! {
        <ContextProvider<AtKiosk> context={AtKiosk { finished }}>
            { props.children.clone() }
            <div class="kiosk-bar">
                <button type="button" id="kiosk-finish" class="button button-secondary"
                    onclick={Callback::from(|_: MouseEvent| wipe())}>
                    { i18n.t("kiosk-finish") }
                </button>
            </div>
            if let Some(seconds) = *left {
                <div class="kiosk-idle" role="alertdialog" aria-modal="true"
                    aria-labelledby="kiosk-idle-text">
                    <div class="kiosk-idle-box">
                        <p id="kiosk-idle-text" aria-live="assertive">
                            { i18n.t_with("kiosk-idle-warning", &[("seconds", usize::from(seconds).into())]) }
                        </p>
                        <button type="button" id="kiosk-stay" class="button button-big" onclick={stay}
                            ref={stay_button}>
                            { i18n.t("kiosk-idle-stay") }
                        </button>
                    </div>
                </div>
            }
        </ContextProvider<AtKiosk>>
    }
}
