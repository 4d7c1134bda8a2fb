//! Every word the app shows goes through here. The catalogues are Project Fluent files
//! (`it.ftl`, `en.ftl`), compiled into the app by `build.rs` so they work offline and cost
//! no parsing at start. Italian is the default; the citizen's choice is remembered on the
//! device.

use gloo_storage::{LocalStorage, Storage};
use yew::prelude::*;

const STORAGE_KEY: &str = ponte_domain::storage::LANG;

pub use ponte_domain::lang::Lang;

/// The CLDR cardinal plural category of a whole number. Italian and English share the
/// rule; a new language adds its own here.
fn plural(lang: Lang, n: i64) -> &'static str {
    match lang {
        Lang::It | Lang::En if n == 1 => "one",
        Lang::It | Lang::En => "other",
    }
}

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

/// One set of catalogues (one per language).
#[derive(Clone, Copy)]
pub struct Set {
    it: Catalogue,
    en: Catalogue,
}

impl Set {
    fn get(&self, lang: Lang) -> Catalogue {
        match lang {
            Lang::It => self.it,
            Lang::En => self.en,
        }
    }
}

/// The words of the visitor app.
pub const VISITOR: &[Set] = &[Set {
    it: COMMON_IT,
    en: COMMON_EN,
}];

/// The words of the citizen app: the visitor's and the sign-up's. Referenced only by the
/// citizen app, so the visitor app's wasm does not carry them.
pub const CITIZEN: &[Set] = &[
    VISITOR[0],
    Set {
        it: CITIZEN_IT,
        en: CITIZEN_EN,
    },
];

/// The words of the staff console: the citizen app's (its need labels, its errors) and
/// the console's own. Only the staff app refers to them.
pub const STAFF: &[Set] = &[
    VISITOR[0],
    CITIZEN[1],
    Set {
        it: STAFF_IT,
        en: STAFF_EN,
    },
];

/// The words of the centre's kiosk: the citizen app's (it shows the same pages) and
/// the kiosk's own.
pub const KIOSK: &[Set] = &[
    VISITOR[0],
    CITIZEN[1],
    Set {
        it: KIOSK_IT,
        en: KIOSK_EN,
    },
];

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
                Some(Arg::Num(n)) => out.push_str(&n.to_string()),
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
                            let category = plural(lang, *n);
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

    pub fn set_lang(&self, lang: Lang) {
        self.set_lang.emit(lang);
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
    let lang = use_state(|| {
        LocalStorage::get::<String>(STORAGE_KEY)
            .ok()
            .and_then(|c| Lang::from_code(&c))
            .or_else(|| {
                use wasm_bindgen::JsCast;
                let doc = document().dyn_into::<web_sys::HtmlDocument>().ok()?;
                Lang::from_cookie_header(&doc.cookie().ok()?)
            })
            .unwrap_or(Lang::It)
    });
    {
        let lang = *lang;
        use_effect_with(lang, move |_| {
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", lang.code());
            }
        });
    }
    let set_lang = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| {
            let _ = LocalStorage::set(STORAGE_KEY, l.code());
            remember_for_server_pages(l);
            lang.set(l);
        })
    };
    let ctx = I18n {
        lang: *lang,
        sets: props.sets,
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

#[cfg(test)]
mod usage;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogues_are_sorted_for_lookup() {
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
    fn a_missing_argument_shows_its_name() {
        assert_eq!(
            format(VISITOR, Lang::En, "outbox-waiting", &[]),
            "Waiting to be sent: {what}."
        );
    }
}
