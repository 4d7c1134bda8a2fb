//! `GET /i18n/{lang}/{set}.json`: an app's words in a language other than Italian, which
//! the apps carry built in. Compiled at start from the same FTL files and with the same
//! compiler (`ponte-i18n`) as the apps' Italian, so a catalogue that would not build
//! stops the start. The app asks with `?v=` the file's version it was built with: that
//! answer never changes and is cached for a year (the service worker keeps it for
//! offline use); any other asks again every time.

use std::collections::HashMap;

use ponte_domain::lang::Lang;
use warp::Filter;
use warp::filters::BoxedFilter;
use warp::http::{HeaderValue, header};
use warp::reply::Response;

/// Every catalogue file the apps use, by name (Italian too: translations are checked
/// against it).
macro_rules! sources {
    ($($file:literal),* $(,)?) => {
        fn source(file: &str) -> Option<&'static str> {
            match file {
                $($file => Some(include_str!(concat!("../../../frontend/src/i18n/", $file))),)*
                _ => None,
            }
        }
    };
}

sources!(
    "it.ftl",
    "en.ftl",
    "ro.ftl",
    "sq.ftl",
    "ar.ftl",
    "uk.ftl",
    "zh.ftl",
    "es.ftl",
    "citizen.it.ftl",
    "citizen.en.ftl",
    "citizen.ro.ftl",
    "citizen.sq.ftl",
    "citizen.ar.ftl",
    "citizen.uk.ftl",
    "citizen.zh.ftl",
    "citizen.es.ftl",
    "kiosk.it.ftl",
    "kiosk.en.ftl",
    "kiosk.ro.ftl",
    "kiosk.sq.ftl",
    "kiosk.ar.ftl",
    "kiosk.uk.ftl",
    "kiosk.zh.ftl",
    "kiosk.es.ftl",
    "staff.it.ftl",
    "staff.en.ftl",
);

/// The compiled catalogues: (language, set) → (JSON, version).
pub struct Catalogues(HashMap<(Lang, &'static str), (Vec<u8>, String)>);

impl Catalogues {
    pub fn build() -> Result<Catalogues, String> {
        let mut out = HashMap::new();
        for set in ponte_i18n::SETS {
            let compiled = ponte_i18n::compile_set(set, |file| {
                source(file)
                    .map(str::to_owned)
                    .ok_or_else(|| format!("{file} is not among the server's catalogues"))
            })?;
            for (lang, catalogue, version) in compiled.into_iter().skip(1) {
                // A list of [id, parts], in id order: what the app looks messages up in.
                let list: Vec<(&String, &Vec<ponte_i18n::Part>)> = catalogue.iter().collect();
                let json = serde_json::to_vec(&list).map_err(|e| e.to_string())?;
                out.insert((lang, set.name), (json, version));
            }
        }
        Ok(Catalogues(out))
    }

    fn respond(&self, lang: &str, set: &str, asked: Option<&str>) -> Option<Response> {
        let lang = Lang::from_code(lang)?;
        let set = set.strip_suffix(".json")?;
        let (json, version) = self.0.get(&(lang, set))?;
        let mut res = Response::new(json.clone().into());
        let h = res.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json; charset=utf-8"),
        );
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(if asked == Some(version.as_str()) {
                "public, max-age=31536000, immutable"
            } else {
                "no-cache"
            }),
        );
        if let Ok(etag) = HeaderValue::from_str(&format!("\"{version}\"")) {
            h.insert(header::ETAG, etag);
        }
        Some(res)
    }
}

#[derive(serde::Deserialize)]
struct Asked {
    v: Option<String>,
}

pub fn routes(catalogues: std::sync::Arc<Catalogues>) -> BoxedFilter<(Response,)> {
    warp::path!("i18n" / String / String)
        .and(warp::get().or(warp::head()).unify())
        .and(
            warp::query::<Asked>()
                .or(warp::any().map(|| Asked { v: None }))
                .unify(),
        )
        .and_then(move |lang: String, set: String, asked: Asked| {
            let catalogues = catalogues.clone();
            async move {
                catalogues
                    .respond(&lang, &set, asked.v.as_deref())
                    .ok_or_else(warp::reject::not_found)
            }
        })
        .boxed()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_builds_and_only_they_are_served() {
        let c = Catalogues::build().unwrap();
        for lang in Lang::ALL.into_iter().skip(1) {
            for set in ["common", "citizen", "kiosk"] {
                assert!(
                    c.respond(lang.code(), &format!("{set}.json"), None)
                        .is_some()
                );
            }
        }
        assert!(c.respond("en", "staff.json", None).is_some());
        assert!(
            c.respond("ar", "staff.json", None).is_none(),
            "staff: it and en"
        );
        assert!(
            c.respond("it", "citizen.json", None).is_none(),
            "built into the app"
        );
        assert!(c.respond("xx", "citizen.json", None).is_none());
        assert!(c.respond("ro", "citizen", None).is_none());
    }
}
