//! Every word the app shows goes through here: Project Fluent catalogues, one per
//! language, compiled into the app so it works offline. Italian is the default; the
//! citizen's choice is remembered on the device.

use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
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

    fn source(self) -> &'static str {
        match self {
            Lang::It => include_str!("it.ftl"),
            Lang::En => include_str!("en.ftl"),
        }
    }
}

/// One language's compiled catalogue.
pub struct Catalogue(FluentBundle<FluentResource>);

impl Catalogue {
    /// Parses a built-in catalogue. The sources are checked by this crate's tests, so a
    /// syntax error cannot ship; any entry that still fails to parse is skipped.
    pub fn new(lang: Lang) -> Catalogue {
        let resource = FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(|(r, _)| r);
        let langid = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![langid]);
        // No Unicode isolation marks: they would end up in copied text and test assertions.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        Catalogue(bundle)
    }

    /// The message `id`, or the id itself when missing so a gap shows instead of hiding.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.0.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.0
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    pub fn has(&self, id: &str) -> bool {
        self.0.has_message(id)
    }
}

thread_local! {
    static CATALOGUES: Rc<[Catalogue; 2]> = Rc::new([Catalogue::new(Lang::It), Catalogue::new(Lang::En)]);
}

/// The current language and the way to change it, shared through a Yew context.
#[derive(Clone)]
pub struct I18n {
    pub lang: Lang,
    catalogues: Rc<[Catalogue; 2]>,
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
        self.catalogues[lang as usize].format(id, None)
    }

    pub fn t_with(&self, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.catalogues[self.lang as usize].format(id, Some(&fa))
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
        catalogues: CATALOGUES.with(Rc::clone),
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
        catalogues: CATALOGUES.with(Rc::clone),
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

    fn ids(source: &str) -> Vec<String> {
        let resource = FluentResource::try_new(source.to_owned())
            .unwrap_or_else(|(_, errs)| panic!("catalogue does not parse: {errs:?}"));
        resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_language_has_every_message() {
        let it = ids(Lang::It.source());
        let en = ids(Lang::En.source());
        assert!(it.len() > 40);
        let missing_en: Vec<_> = it.iter().filter(|i| !en.contains(i)).collect();
        let missing_it: Vec<_> = en.iter().filter(|i| !it.contains(i)).collect();
        assert!(missing_en.is_empty(), "missing in en.ftl: {missing_en:?}");
        assert!(missing_it.is_empty(), "missing in it.ftl: {missing_it:?}");
    }

    #[test]
    fn formats_plurals_and_arguments() {
        let it = Catalogue::new(Lang::It);
        let mut args = FluentArgs::new();
        args.set("count", 3);
        assert_eq!(it.format("home-results", Some(&args)), "3 centri trovati");
        args.set("count", 1);
        assert_eq!(it.format("home-results", Some(&args)), "1 centro trovato");
        let en = Catalogue::new(Lang::En);
        args.set("count", 0);
        assert_eq!(
            en.format("home-results", Some(&args)),
            "No centre found. Try removing a filter."
        );
        assert_eq!(en.format("no-such-message", None), "no-such-message");
    }
}
