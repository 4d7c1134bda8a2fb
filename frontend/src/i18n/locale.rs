//! Numbers, dates and times as the chosen language writes them ("12.345" in Italian,
//! "12 345" in Ukrainian, "2026/12/3" in Chinese). The browser's `Intl` holds every
//! language's rules (CLDR, through ICU), so none is copied here. A native build (the
//! catalogue tests) has no `Intl`: it writes plain digits and `dd/mm/yyyy`.

use ponte_domain::Date;
use ponte_domain::lang::Lang;

/// A whole number, grouped as `lang` groups it.
pub fn number(lang: Lang, n: i64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        String::from(js_sys::Number::from(n as f64).to_locale_string(lang.locale()))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        n.to_string()
    }
}

/// A calendar day, in `lang`'s short numeric form.
pub fn date(lang: Lang, d: Date) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        // Noon of that day in UTC, written in UTC: the same day wherever the device is.
        let at = i64::from(d.days_since_epoch()) * 86_400 + 43_200;
        intl(
            lang,
            at,
            &[
                ("day", "numeric"),
                ("month", "numeric"),
                ("year", "numeric"),
            ],
            "UTC",
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        format!("{:02}/{:02}/{}", d.day(), d.month(), d.year())
    }
}

/// The hour and minute in Italy of a moment (seconds since the epoch), whatever the
/// device's own time zone: the centres are in Italy.
pub fn time_in_italy(lang: Lang, at: i64) -> String {
    intl(
        lang,
        at,
        &[("hour", "2-digit"), ("minute", "2-digit")],
        "Europe/Rome",
    )
}

/// Day, month, hour and minute in Italy: a moment that may not be today.
pub fn day_and_time_in_italy(lang: Lang, at: i64) -> String {
    intl(
        lang,
        at,
        &[
            ("day", "2-digit"),
            ("month", "2-digit"),
            ("hour", "2-digit"),
            ("minute", "2-digit"),
        ],
        "Europe/Rome",
    )
}

/// `Intl` in the browser. Hours always on the 24-hour clock, as in Italy (Albanian's
/// own default is 12 hours, "02:30 m.d.").
#[cfg(target_arch = "wasm32")]
fn intl(lang: Lang, at: i64, parts: &[(&str, &str)], zone: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64 * 1000.0));
    let options = js_sys::Object::new();
    for (k, v) in parts
        .iter()
        .chain(&[("timeZone", zone), ("hourCycle", "h23")])
    {
        let _ = js_sys::Reflect::set(&options, &(*k).into(), &(*v).into());
    }
    String::from(date.to_locale_string(lang.locale(), &options))
}

/// Natively (tests) there is no `Intl`: the moment in seconds, which no one reads.
#[cfg(not(target_arch = "wasm32"))]
fn intl(_: Lang, at: i64, _: &[(&str, &str)], _: &str) -> String {
    at.to_string()
}
