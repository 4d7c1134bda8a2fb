//! The words of the pages the server renders: the apps' own Fluent catalogues (the
//! common set and the page set, `frontend/src/i18n/`), resolved with `fluent-bundle`,
//! so a sentence is written once for the app and the page.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use ponte_domain::lang::Lang;

/// Each language's sources, the common set first.
fn sources(lang: Lang) -> [&'static str; 2] {
    match lang {
        Lang::It => [
            include_str!("../../../frontend/src/i18n/it.ftl"),
            include_str!("../../../frontend/src/i18n/page.it.ftl"),
        ],
        Lang::En => [
            include_str!("../../../frontend/src/i18n/en.ftl"),
            include_str!("../../../frontend/src/i18n/page.en.ftl"),
        ],
        Lang::Ro => [
            include_str!("../../../frontend/src/i18n/ro.ftl"),
            include_str!("../../../frontend/src/i18n/page.ro.ftl"),
        ],
        Lang::Sq => [
            include_str!("../../../frontend/src/i18n/sq.ftl"),
            include_str!("../../../frontend/src/i18n/page.sq.ftl"),
        ],
        Lang::Ar => [
            include_str!("../../../frontend/src/i18n/ar.ftl"),
            include_str!("../../../frontend/src/i18n/page.ar.ftl"),
        ],
        Lang::Uk => [
            include_str!("../../../frontend/src/i18n/uk.ftl"),
            include_str!("../../../frontend/src/i18n/page.uk.ftl"),
        ],
        Lang::Zh => [
            include_str!("../../../frontend/src/i18n/zh.ftl"),
            include_str!("../../../frontend/src/i18n/page.zh.ftl"),
        ],
        Lang::Es => [
            include_str!("../../../frontend/src/i18n/es.ftl"),
            include_str!("../../../frontend/src/i18n/page.es.ftl"),
        ],
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MessagesError {
    #[error("the {lang} catalogue does not parse: {detail}")]
    Parse { lang: &'static str, detail: String },
    #[error("the {lang} catalogue names a message twice: {detail}")]
    Twice { lang: &'static str, detail: String },
    #[error("the {lang} catalogue lacks {missing:?}, which Italian has")]
    Missing {
        lang: &'static str,
        missing: Vec<String>,
    },
}

pub struct Messages {
    bundles: Vec<(Lang, FluentBundle<FluentResource>)>,
}

impl Messages {
    /// Parses every language; a catalogue that does not parse, or lacks a message
    /// Italian has, stops the server at start rather than show an id to a citizen.
    pub fn load() -> Result<Messages, MessagesError> {
        let mut bundles = Vec::new();
        let mut italian_ids: Vec<String> = Vec::new();
        for lang in Lang::ALL {
            let id: unic_langid::LanguageIdentifier = lang
                .code()
                .parse()
                .expect("a language code is a language identifier");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // The pages are HTML in one direction per page: no isolation marks needed.
            bundle.set_use_isolating(false);
            let mut ids = Vec::new();
            for source in sources(lang) {
                let resource =
                    FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
                        MessagesError::Parse {
                            lang: lang.code(),
                            detail: format!("{errors:?}"),
                        }
                    })?;
                ids.extend(message_ids(&resource));
                bundle
                    .add_resource(resource)
                    .map_err(|errors| MessagesError::Twice {
                        lang: lang.code(),
                        detail: format!("{errors:?}"),
                    })?;
            }
            if lang == Lang::It {
                italian_ids = ids;
            } else {
                let missing: Vec<String> = italian_ids
                    .iter()
                    .filter(|id| !bundle.has_message(id))
                    .cloned()
                    .collect();
                if !missing.is_empty() {
                    return Err(MessagesError::Missing {
                        lang: lang.code(),
                        missing,
                    });
                }
            }
            bundles.push((lang, bundle));
        }
        Ok(Messages { bundles })
    }

    pub fn t(&self, lang: Lang, id: &str) -> String {
        self.t_with(lang, id, &[])
    }

    /// A message with its arguments; a missing message shows its id, as in the apps.
    pub fn t_with(&self, lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(bundle) = self.bundle(lang) else {
            return id.to_owned();
        };
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// Every message id of a language (the tests look for any shown as an id).
    pub fn ids(&self, lang: Lang) -> Vec<String> {
        sources(lang)
            .into_iter()
            .filter_map(|s| FluentResource::try_new(s.to_owned()).ok())
            .flat_map(|r| message_ids(&r))
            .collect()
    }

    fn bundle(&self, lang: Lang) -> Option<&FluentBundle<FluentResource>> {
        self.bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, b)| b)
    }
}

fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_loads_and_plurals_and_arguments_resolve() {
        let m = Messages::load().unwrap();
        assert_eq!(
            m.t_with(Lang::It, "centre-weekly", &[("hours", "12,5".into())]),
            "12,5 ore a settimana"
        );
        assert_eq!(
            m.t_with(Lang::En, "outbox-waiting-checkin", &[("count", 1.into())]),
            "1 visit"
        );
        assert_eq!(
            m.t_with(Lang::It, "outbox-waiting-checkin", &[("count", 3.into())]),
            "3 visite"
        );
        assert_eq!(m.t(Lang::En, "no-such-message"), "no-such-message");
        assert!(m.ids(Lang::It).iter().any(|id| id == "centre-where"));
    }
}
