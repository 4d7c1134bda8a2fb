//! A choice from 1 to 5 as five big radio buttons in a row (how bad a problem was, how
//! useful a visit was): one tap, no dragging a slider.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OneToFiveProps {
    /// The radios' name; each has the id `{name}-{n}`.
    pub name: &'static str,
    pub legend: String,
    /// What 1 and 5 mean, when the legend does not say it.
    #[prop_or_default]
    pub hint: Option<String>,
    pub value: Option<u8>,
    pub onchange: Callback<u8>,
    /// Marked as missing.
    #[prop_or_default]
    pub error: bool,
}

#[component(OneToFive)]
pub fn one_to_five(props: &OneToFiveProps) -> Html {
    html! {
        <fieldset class={classes!("scale", props.error.then_some("field-error"))}>
            <legend>{ &props.legend }</legend>
            { for (1..=5u8).map(|n| html! {
                <label class="check scale-choice">
                    <input type="radio" name={props.name} id={format!("{}-{n}", props.name)}
                        checked={props.value == Some(n)}
                        onchange={props.onchange.reform(move |_: Event| n)} />
                    { n }
                </label>
            }) }
            if let Some(hint) = &props.hint {
                <p class="hint">{ hint }</p>
            }
        </fieldset>
    }
}
