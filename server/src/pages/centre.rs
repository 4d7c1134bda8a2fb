//! `/c/{code}`: the page a citizen lands on after scanning a centre's poster.

use askama::Template;
use ponte_domain::hours::Weekday;
use ponte_domain::lang::Lang;
use ponte_domain::{Centre, OpeningHours, Site, SiteKind};

use super::{Frame, Messages, Shell};

/// One site as the page shows it: every text already in the page's language.
pub struct SiteView {
    /// "Sede mobile", for the sites after the first.
    pub kind: Option<String>,
    pub address: String,
    /// (day, "09:00–12:00, 15:00–18:00") for the open days, Monday first.
    pub days: Vec<(String, String)>,
    /// "12,5 ore a settimana".
    pub weekly: String,
}

#[derive(Template)]
#[template(path = "centre.html")]
struct CentrePage<'a> {
    frame: Frame<'a>,
    centre: &'a Centre,
    code: &'a str,
    managed_by: String,
    register_href: String,
    checkin_href: String,
    sites: Vec<SiteView>,
}

#[derive(Template)]
#[template(path = "centre_missing.html")]
struct MissingPage<'a> {
    frame: Frame<'a>,
}

/// What a poster's address asked for besides the centre.
#[derive(Debug, Clone, Copy, Default)]
pub struct Asked {
    /// The site whose poster was scanned (`?site=N`): carried to the sign-up and the
    /// check-in, which note it on the phone.
    pub site: Option<u8>,
}

/// The centre's page in `lang`.
pub fn render(
    shell: &Shell,
    messages: &Messages,
    lang: Lang,
    chosen: bool,
    centre: &Centre,
    asked: Asked,
) -> Result<String, askama::Error> {
    let code = centre.code.as_str();
    // Sites are numbered from 1; one the centre does not have is not carried on.
    let site = asked
        .site
        .filter(|s| (1..=centre.sites().count()).contains(&usize::from(*s)));
    let site_query = site.map(|s| format!("?site={s}")).unwrap_or_default();
    let sites = centre
        .sites()
        .enumerate()
        .map(|(i, site)| site_view(messages, lang, site, centre.province.code, i > 0))
        .collect();
    CentrePage {
        frame: Frame::new(shell, messages, lang, chosen, site),
        centre,
        code,
        managed_by: messages.t_with(
            lang,
            "centre-managed-by",
            &[("organisation", centre.organisation.as_str().into())],
        ),
        register_href: format!("/c/{code}/register{site_query}"),
        checkin_href: format!("/c/{code}/checkin{site_query}#now"),
        sites,
    }
    .render()
}

/// The page for a code no centre has (a mistyped address, a removed centre).
pub fn render_missing(
    shell: &Shell,
    messages: &Messages,
    lang: Lang,
    chosen: bool,
) -> Result<String, askama::Error> {
    MissingPage {
        frame: Frame::new(shell, messages, lang, chosen, None),
    }
    .render()
}

fn site_view(
    messages: &Messages,
    lang: Lang,
    site: &Site,
    province: &str,
    with_kind: bool,
) -> SiteView {
    SiteView {
        kind: with_kind.then(|| messages.t(lang, site_kind_id(site.kind))),
        address: format!("{}, {} ({province})", site.address, site.comune),
        days: days(messages, lang, &site.hours),
        weekly: messages.t_with(
            lang,
            "centre-weekly",
            &[("hours", weekly_hours(&site.hours, lang).into())],
        ),
    }
}

fn days(messages: &Messages, lang: Lang, hours: &OpeningHours) -> Vec<(String, String)> {
    Weekday::ALL
        .into_iter()
        .filter_map(|day| {
            let slots: Vec<String> = hours
                .slots()
                .iter()
                .filter(|s| s.day == day)
                .map(|s| format!("{}–{}", s.from, s.to))
                .collect();
            (!slots.is_empty()).then(|| (messages.t(lang, day_id(day)), slots.join(", ")))
        })
        .collect()
}

/// Hours a week to one decimal, with the language's separator ("12,5", "12.5", "12").
fn weekly_hours(hours: &OpeningHours, lang: Lang) -> String {
    let tenths = (hours.weekly_minutes() * 10 + 30) / 60;
    match tenths % 10 {
        0 => (tenths / 10).to_string(),
        d => format!("{}{}{d}", tenths / 10, lang.decimal_separator()),
    }
}

fn site_kind_id(kind: SiteKind) -> &'static str {
    match kind {
        SiteKind::Main => "site-main",
        SiteKind::Branch => "site-branch",
        SiteKind::Mobile => "site-mobile",
        SiteKind::Seasonal => "site-seasonal",
    }
}

fn day_id(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "day-mon",
        Weekday::Tue => "day-tue",
        Weekday::Wed => "day-wed",
        Weekday::Thu => "day-thu",
        Weekday::Fri => "day-fri",
        Weekday::Sat => "day-sat",
        Weekday::Sun => "day-sun",
    }
}
