//! Every word the app shows goes through here. The catalogues are Project Fluent files
//! (`src/i18n/*.ftl`). Italian is compiled into the app by `build.rs` (it works offline
//! and costs no parsing at start); another language is fetched from the server the
//! first time someone chooses it (`/i18n/{lang}/{set}.json?v=`, kept by the service
//! worker for offline use), so the app does not grow with the languages. The citizen's
//! choice is remembered on the device.

mod locale;

use std::cell::RefCell;

use gloo_storage::{LocalStorage, Storage};
use yew::prelude::*;

const STORAGE_KEY: &str = ponte_domain::storage::LANG;

pub use ponte_domain::lang::Lang;

/// One piece of a compiled message (see `build.rs`).
enum Part {
    Text(&'static str),
    Var(&'static str),
    Select {
        var: &'static str,
        variants: &'static [(Key, &'static [Part])],
        default: usize,
    },
}

enum Key {
    Exact(i64),
    Plural(&'static str),
}

include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

type Catalogue = &'static [(&'static str, &'static [Part])];

/// One set of catalogues: Italian built in, the others by name and version.
#[derive(Clone, Copy)]
pub struct Set {
    name: &'static str,
    it: Catalogue,
    /// (language code, version) of the languages the server serves for it.
    versions: &'static [(&'static str, &'static str)],
}

thread_local! {
    /// The catalogues fetched so far, by language and set. Each is read once and kept
    /// for the page's life (a few tens of KB), so it is leaked to `'static`.
    static LOADED: RefCell<Vec<(Lang, &'static str, Catalogue)>> = const { RefCell::new(Vec::new()) };
}

impl Set {
    /// The set's catalogue in `lang`: Italian's when that language is not loaded (yet).
    fn get(&self, lang: Lang) -> Catalogue {
        if lang == Lang::It {
            return self.it;
        }
        LOADED
            .with(|l| {
                l.borrow()
                    .iter()
                    .find(|(lg, name, _)| *lg == lang && *name == self.name)
                    .map(|(_, _, c)| *c)
            })
            .unwrap_or(self.it)
    }

    fn is_loaded(&self, lang: Lang) -> bool {
        lang == Lang::It
            || LOADED.with(|l| {
                l.borrow()
                    .iter()
                    .any(|(lg, n, _)| *lg == lang && *n == self.name)
            })
    }

    /// Whether this set is written in `lang` at all.
    fn speaks(&self, lang: Lang) -> bool {
        lang == Lang::It || self.versions.iter().any(|(code, _)| *code == lang.code())
    }
}

/// Keeps a fetched catalogue for `lang` and `set`: each message's parts, in the order
/// of Italian's ids (the server sends no ids: every language has exactly Italian's).
fn keep(lang: Lang, set: &Set, messages: Vec<Vec<ponte_i18n::Part>>) {
    let catalogue: Vec<(&'static str, &'static [Part])> = set
        .it
        .iter()
        .zip(messages)
        .map(|((id, _), parts)| (*id, leak_parts(parts)))
        .collect();
    let catalogue: Catalogue = Box::leak(catalogue.into_boxed_slice());
    LOADED.with(|l| l.borrow_mut().push((lang, set.name, catalogue)));
}

fn leak_str(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// Whether every select of `parts` has its default among its variants: a catalogue
/// that would make the app index past them is refused, not shown.
fn well_formed(parts: &[ponte_i18n::Part]) -> bool {
    parts.iter().all(|p| match p {
        ponte_i18n::Part::Select {
            variants, default, ..
        } => *default < variants.len() && variants.iter().all(|(_, v)| well_formed(v)),
        _ => true,
    })
}

fn leak_parts(parts: Vec<ponte_i18n::Part>) -> &'static [Part] {
    let parts: Vec<Part> = parts
        .into_iter()
        .map(|p| match p {
            ponte_i18n::Part::Text(t) => Part::Text(leak_str(t)),
            ponte_i18n::Part::Var(v) => Part::Var(leak_str(v)),
            ponte_i18n::Part::Select {
                var,
                variants,
                default,
            } => {
                let variants: Vec<(Key, &'static [Part])> = variants
                    .into_iter()
                    .map(|(key, parts)| {
                        let key = match key {
                            ponte_i18n::Key::Exact(n) => Key::Exact(n),
                            ponte_i18n::Key::Plural(c) => Key::Plural(leak_str(c)),
                        };
                        (key, leak_parts(parts))
                    })
                    .collect();
                Part::Select {
                    var: leak_str(var),
                    variants: Box::leak(variants.into_boxed_slice()),
                    default,
                }
            }
        })
        .collect();
    Box::leak(parts.into_boxed_slice())
}

/// Fetches what `sets` lack in `lang`. An error leaves the app in the language it had.
pub async fn load(lang: Lang, sets: &'static [Set]) -> Result<(), gloo_net::Error> {
    for set in sets {
        if set.is_loaded(lang) || !set.speaks(lang) {
            continue;
        }
        let version = set
            .versions
            .iter()
            .find(|(code, _)| *code == lang.code())
            .map_or("", |(_, v)| v);
        let url = format!("/i18n/{}/{}.json?v={version}", lang.code(), set.name);
        let response = gloo_net::http::Request::get(&url).send().await?;
        if !response.ok() {
            return Err(gloo_net::Error::GlooError(format!(
                "{url}: {}",
                response.status()
            )));
        }
        let messages: Vec<Vec<ponte_i18n::Part>> = response.json().await?;
        if messages.len() != set.it.len() || !messages.iter().all(|m| well_formed(m)) {
            return Err(gloo_net::Error::GlooError(format!(
                "{url}: {} messages, the app has {}",
                messages.len(),
                set.it.len()
            )));
        }
        if !set.is_loaded(lang) {
            keep(lang, set, messages);
        }
    }
    Ok(())
}

/// The words of the visitor app.
pub const VISITOR: &[Set] = &[Set {
    name: "common",
    it: COMMON_IT,
    versions: COMMON_VERSIONS,
}];

/// The words of the citizen app: the visitor's and the sign-up's. Referenced only by the
/// citizen app, so the visitor app's wasm does not carry them.
pub const CITIZEN: &[Set] = &[
    VISITOR[0],
    Set {
        name: "citizen",
        it: CITIZEN_IT,
        versions: CITIZEN_VERSIONS,
    },
];

/// The words of the staff console: the citizen app's (its need labels, its errors) and
/// the console's own. Only the staff app refers to them.
pub const STAFF: &[Set] = &[
    VISITOR[0],
    CITIZEN[1],
    Set {
        name: "staff",
        it: STAFF_IT,
        versions: STAFF_VERSIONS,
    },
];

/// The words of the centre's kiosk: the citizen app's (it shows the same pages) and
/// the kiosk's own.
pub const KIOSK: &[Set] = &[
    VISITOR[0],
    CITIZEN[1],
    Set {
        name: "kiosk",
        it: KIOSK_IT,
        versions: KIOSK_VERSIONS,
    },
];

/// The languages an app's sets are all written in, for its picker.
pub fn languages(sets: &[Set]) -> Vec<Lang> {
    Lang::ALL
        .into_iter()
        .filter(|&l| sets.iter().all(|s| s.speaks(l)))
        .collect()
}

/// A value given to a message: `{ $count }` or `{ $organisation }`.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Num(i64),
    Text(String),
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

/// The message `id` in `lang` from the first set that has it, or the id itself when
/// missing, so a gap shows instead of hiding. (The build refuses catalogues that differ,
/// so this only catches typos in ids.)
pub fn format(sets: &[Set], lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    for set in sets {
        let catalogue = set.get(lang);
        if let Ok(i) = catalogue.binary_search_by(|(k, _)| (*k).cmp(id)) {
            let mut out = String::new();
            write_parts(&mut out, lang, catalogue[i].1, args);
            return out;
        }
    }
    id.to_owned()
}

fn write_parts(out: &mut String, lang: Lang, parts: &[Part], args: &[(&str, Arg)]) {
    let arg = |name: &str| args.iter().find(|(k, _)| *k == name).map(|(_, v)| v);
    for part in parts {
        match part {
            Part::Text(t) => out.push_str(t),
            Part::Var(name) => match arg(name) {
                Some(Arg::Num(n)) => out.push_str(&locale::number(lang, *n)),
                Some(Arg::Text(t)) => out.push_str(t),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
            Part::Select {
                var,
                variants,
                default,
            } => {
                // Fluent's rule: an exact number first, then the plural category.
                let chosen = match arg(var) {
                    Some(Arg::Num(n)) => variants
                        .iter()
                        .position(|(k, _)| matches!(k, Key::Exact(e) if e == n))
                        .or_else(|| {
                            let category = lang.plural(*n);
                            variants
                                .iter()
                                .position(|(k, _)| matches!(k, Key::Plural(c) if *c == category))
                        }),
                    _ => None,
                }
                .unwrap_or(*default);
                write_parts(out, lang, variants[chosen].1, args);
            }
        }
    }
}

/// The current language and the way to change it, shared through a Yew context.
#[derive(Clone)]
pub struct I18n {
    pub lang: Lang,
    sets: &'static [Set],
    set_lang: Callback<Lang>,
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && std::ptr::eq(self.sets, other.sets)
    }
}

impl I18n {
    pub fn t(&self, id: &str) -> String {
        self.t_in(self.lang, id)
    }

    /// A message in a given language, whatever the current one (the poster shows two).
    pub fn t_in(&self, lang: Lang, id: &str) -> String {
        format(self.sets, lang, id, &[])
    }

    pub fn t_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        format(self.sets, self.lang, id, args)
    }

    /// Changes the language once its words are here (fetched the first time).
    pub fn set_lang(&self, lang: Lang) {
        self.set_lang.emit(lang);
    }

    /// The languages this app speaks, for its picker.
    pub fn languages(&self) -> Vec<Lang> {
        languages(self.sets)
    }

    /// A whole number as the current language writes it.
    pub fn number(&self, n: impl TryInto<i64>) -> String {
        locale::number(self.lang, n.try_into().unwrap_or(i64::MAX))
    }

    /// A calendar day as the current language writes it.
    pub fn date(&self, d: ponte_domain::Date) -> String {
        locale::date(self.lang, d)
    }

    /// `hh:mm` in Italy of a moment (seconds since the epoch).
    pub fn time(&self, at: i64) -> String {
        locale::time_in_italy(self.lang, at)
    }

    /// Day, month and time in Italy of a moment that may not be today.
    pub fn day_and_time(&self, at: i64) -> String {
        locale::day_and_time_in_italy(self.lang, at)
    }
}

#[hook]
pub fn use_i18n() -> I18n {
    // The provider wraps the whole app; its absence is a programming error, so fall back
    // to Italian rather than fail.
    use_context::<I18n>().unwrap_or_else(|| I18n {
        lang: Lang::It,
        sets: VISITOR,
        set_lang: Callback::noop(),
    })
}

#[derive(Properties)]
pub struct ProviderProps {
    /// The catalogue sets of this app ([`VISITOR`] or [`CITIZEN`]).
    pub sets: &'static [Set],
    pub children: Html,
}

impl PartialEq for ProviderProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.sets, other.sets) && self.children == other.children
    }
}

#[component(I18nProvider)]
pub fn i18n_provider(props: &ProviderProps) -> Html {
    let sets = props.sets;
    // The language chosen on this device (or on the server's pages, by cookie), if
    // this app speaks it.
    let wanted = use_memo((), move |_| {
        LocalStorage::get::<String>(STORAGE_KEY)
            .ok()
            .and_then(|c| Lang::from_code(&c))
            .or_else(|| {
                use wasm_bindgen::JsCast;
                let doc = document().dyn_into::<web_sys::HtmlDocument>().ok()?;
                Lang::from_cookie_header(&doc.cookie().ok()?)
            })
            .filter(|l| languages(sets).contains(l))
            .unwrap_or(Lang::It)
    });
    let wanted = *wanted;
    // Until a chosen language's words arrive (from the worker's cache, usually at
    // once), nothing is shown rather than a flash of Italian a screen reader would read.
    let ready = use_state(|| sets.iter().all(|s| s.is_loaded(wanted)));
    let lang = use_state(|| if *ready { wanted } else { Lang::It });
    {
        let (ready, lang) = (ready.clone(), lang.clone());
        use_effect_with((), move |_| {
            if !*ready {
                wasm_bindgen_futures::spawn_local(async move {
                    // Offline with nothing kept: Italian, rather than nothing at all.
                    if load(wanted, sets).await.is_ok() {
                        lang.set(wanted);
                    }
                    ready.set(true);
                });
            }
        });
    }
    {
        let lang = *lang;
        use_effect_with(lang, move |_| {
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", lang.code());
                let _ = root.set_attribute("dir", lang.dir());
            }
        });
    }
    let set_lang = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| {
            let lang = lang.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if load(l, sets).await.is_ok() {
                    let _ = LocalStorage::set(STORAGE_KEY, l.code());
                    remember_for_server_pages(l);
                    lang.set(l);
                }
            });
        })
    };
    if !*ready {
        return html! { <p class="status" role="status" aria-busy="true">{ "…" }</p> };
    }
    let ctx = I18n {
        lang: *lang,
        sets,
        set_lang,
    };
    html! {
        <ContextProvider<I18n> context={ctx}>{ props.children.clone() }</ContextProvider<I18n>>
    }
}

/// The server renders the centre's page (no wasm on that first load), so it learns the
/// choice from a cookie: a year, this site only, never sent cross-site.
fn remember_for_server_pages(lang: Lang) {
    use wasm_bindgen::JsCast;
    let secure = web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "https:");
    if let Ok(doc) = document().dyn_into::<web_sys::HtmlDocument>() {
        let _ = doc.set_cookie(&format!(
            "{}={}; Path=/; Max-Age=31536000; SameSite=Lax{}",
            ponte_domain::lang::COOKIE,
            lang.code(),
            if secure { "; Secure" } else { "" }
        ));
    }
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("the app runs in a browser page")
}

/// Loads every language of every set from the FTL files, as the server would serve
/// them (for native tests; once per test thread).
#[cfg(test)]
pub(crate) fn load_every_language() {
    thread_local! {
        static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if DONE.with(|d| d.replace(true)) {
        return;
    }
    for set in ponte_i18n::SETS {
        let compiled = ponte_i18n::compile_set(set, |file| {
            std::fs::read_to_string(format!("{}/src/i18n/{file}", env!("CARGO_MANIFEST_DIR")))
                .map_err(|e| e.to_string())
        })
        .unwrap();
        let ours = [VISITOR, CITIZEN, STAFF, KIOSK]
            .into_iter()
            .flatten()
            .find(|s| s.name == set.name)
            .unwrap();
        for (lang, catalogue, _) in compiled.into_iter().skip(1) {
            keep(lang, ours, catalogue.into_values().collect());
        }
    }
}

#[cfg(test)]
mod usage;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogues_are_sorted_for_lookup() {
        load_every_language();
        for lang in Lang::ALL {
            for set in CITIZEN {
                let ids: Vec<_> = set.get(lang).iter().map(|(id, _)| *id).collect();
                assert!(ids.windows(2).all(|w| w[0] < w[1]), "{lang:?}");
                assert!(ids.len() > 20);
            }
        }
    }

    #[test]
    fn the_visitor_app_lacks_only_the_citizen_words() {
        load_every_language();
        assert_eq!(
            format(VISITOR, Lang::It, "register-title", &[]),
            "register-title"
        );
        assert_eq!(
            format(CITIZEN, Lang::It, "register-title", &[]),
            "Registrati al centro"
        );
        assert_eq!(
            format(CITIZEN, Lang::En, "home-title", &[]),
            "Find your digital help centre"
        );
    }

    #[test]
    fn formats_plurals_exact_numbers_and_arguments() {
        load_every_language();
        let n = |count: usize| [("count", Arg::from(count))];
        assert_eq!(
            format(VISITOR, Lang::It, "home-results", &n(3)),
            "3 centri trovati"
        );
        assert_eq!(
            format(VISITOR, Lang::It, "home-results", &n(1)),
            "1 centro trovato"
        );
        assert_eq!(
            format(VISITOR, Lang::En, "home-results", &n(1)),
            "1 centre found"
        );
        assert_eq!(
            format(VISITOR, Lang::En, "home-results", &n(0)),
            "No centre found. Try removing a filter."
        );
        assert_eq!(
            format(
                VISITOR,
                Lang::It,
                "outbox-waiting",
                &[("what", "1 visita".into())]
            ),
            "In attesa di invio: 1 visita."
        );
        assert_eq!(
            format(VISITOR, Lang::En, "app-tagline", &[]),
            "Digital help points"
        );
        assert_eq!(
            format(VISITOR, Lang::En, "no-such-message", &[]),
            "no-such-message"
        );
    }

    #[test]
    fn each_language_picks_its_own_plural_forms() {
        load_every_language();
        let n = |count: usize| [("count", Arg::from(count))];
        let uk = |c| format(VISITOR, Lang::Uk, "home-results", &n(c));
        assert_eq!(uk(21), "Знайдено 21 центр");
        assert_eq!(uk(3), "Знайдено 3 центри");
        assert_eq!(uk(11), "Знайдено 11 центрів");
        let ar = |c| format(VISITOR, Lang::Ar, "home-results", &n(c));
        assert_eq!(ar(2), "وجدنا مركزين", "the dual");
        assert_eq!(ar(5), "وجدنا 5 مراكز");
        assert_eq!(ar(11), "وجدنا 11 مركزًا");
        // A language not loaded yet reads as Italian, never as an id.
        assert_eq!(
            format(VISITOR, Lang::Zh, "no-such-message", &[]),
            "no-such-message"
        );
        assert_ne!(format(VISITOR, Lang::Zh, "home-title", &[]), "home-title");
    }

    #[test]
    fn a_missing_argument_shows_its_name() {
        load_every_language();
        assert_eq!(
            format(VISITOR, Lang::En, "outbox-waiting", &[]),
            "Waiting to be sent: {what}."
        );
    }
}
