//! Every word the app shows goes through here. The catalogues are Project Fluent files
//! (`it.ftl`, `en.ftl`), compiled into the app by `build.rs` so they work offline and cost
//! no parsing at start. Italian is the default; the citizen's choice is remembered on the
//! device.

use gloo_storage::{LocalStorage, Storage};
use yew::prelude::*;

const STORAGE_KEY: &str = "ponte.lang";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    It,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::It, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::En => "en",
        }
    }

    /// The language's own name, as a speaker looks for it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::It => "Italiano",
            Lang::En => "English",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The CLDR cardinal plural category of a whole number. Italian and English share
    /// the rule; a new language adds its own here.
    fn plural(self, n: i64) -> &'static str {
        match self {
            Lang::It | Lang::En if n == 1 => "one",
            Lang::It | Lang::En => "other",
        }
    }

    fn catalogue(self) -> &'static [(&'static str, &'static [Part])] {
        match self {
            Lang::It => IT,
            Lang::En => EN,
        }
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

/// The message `id` in `lang`, or the id itself when missing, so a gap shows instead of
/// hiding. (The build refuses catalogues that differ, so this only catches typos in ids.)
pub fn format(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let catalogue = lang.catalogue();
    match catalogue.binary_search_by(|(k, _)| (*k).cmp(id)) {
        Ok(i) => {
            let mut out = String::new();
            write_parts(&mut out, lang, catalogue[i].1, args);
            out
        }
        Err(_) => id.to_owned(),
    }
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
    set_lang: Callback<Lang>,
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
    }
}

impl I18n {
    pub fn t(&self, id: &str) -> String {
        self.t_in(self.lang, id)
    }

    /// A message in a given language, whatever the current one (the poster shows two).
    pub fn t_in(&self, lang: Lang, id: &str) -> String {
        format(lang, id, &[])
    }

    pub fn t_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        format(self.lang, id, args)
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
        set_lang: Callback::noop(),
    })
}

#[derive(Properties, PartialEq)]
pub struct ProviderProps {
    pub children: Html,
}

#[component(I18nProvider)]
pub fn i18n_provider(props: &ProviderProps) -> Html {
    let lang = use_state(|| {
        LocalStorage::get::<String>(STORAGE_KEY)
            .ok()
            .and_then(|c| Lang::from_code(&c))
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
            lang.set(l);
        })
    };
    let ctx = I18n {
        lang: *lang,
        set_lang,
    };
    html! {
        <ContextProvider<I18n> context={ctx}>{ props.children.clone() }</ContextProvider<I18n>>
    }
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("the app runs in a browser page")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogues_are_sorted_for_lookup() {
        for lang in Lang::ALL {
            let ids: Vec<_> = lang.catalogue().iter().map(|(id, _)| *id).collect();
            assert!(ids.windows(2).all(|w| w[0] < w[1]), "{lang:?}");
            assert!(ids.len() > 40);
        }
    }

    #[test]
    fn formats_plurals_exact_numbers_and_arguments() {
        let n = |count: usize| [("count", Arg::from(count))];
        assert_eq!(format(Lang::It, "home-results", &n(3)), "3 centri trovati");
        assert_eq!(format(Lang::It, "home-results", &n(1)), "1 centro trovato");
        assert_eq!(format(Lang::En, "home-results", &n(1)), "1 centre found");
        assert_eq!(
            format(Lang::En, "home-results", &n(0)),
            "No centre found. Try removing a filter."
        );
        assert_eq!(
            format(
                Lang::It,
                "centre-managed-by",
                &[("organisation", "Comune di Forlì".into())]
            ),
            "Gestito da Comune di Forlì"
        );
        assert_eq!(format(Lang::En, "app-tagline", &[]), "Digital help points");
        assert_eq!(format(Lang::En, "no-such-message", &[]), "no-such-message");
    }

    #[test]
    fn a_missing_argument_shows_its_name() {
        assert_eq!(
            format(Lang::En, "centre-weekly", &[]),
            "{hours} hours a week"
        );
    }
}
