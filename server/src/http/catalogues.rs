//! `GET /i18n/{lang}/{set}.json`: an app's words in a language other than Italian, which
//! the apps carry built in. Compiled at start from the same FTL files and with the same
//! compiler (`ponte-i18n`) as the apps' Italian, so a catalogue that would not build
//! stops the start.
//!
//! The answer is the messages' parts in the order of their ids, without the ids: every
//! language has exactly Italian's ids (the build checks it) and the app holds them in
//! the same order, which saves a sixth of what a phone downloads. So the app must get
//! the version it was built with: it asks with `?v=`, and another version is a 404
//! (the app then stays in Italian until it is updated, rather than show one message in
//! another's place). That answer never changes: cached for a year, and kept by the
//! service worker for offline use. It is compressed once, at start, at brotli's best.

use std::collections::HashMap;

use ponte_domain::lang::Lang;
use warp::Filter;
use warp::filters::BoxedFilter;
use warp::http::{HeaderValue, header};
use warp::reply::Response;

use super::compress::{Accepts, Effort, Encoding, compress};

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
    "staff.ro.ftl",
    "staff.sq.ftl",
    "staff.ar.ftl",
    "staff.uk.ftl",
    "staff.zh.ftl",
    "staff.es.ftl",
);

/// One catalogue as served: JSON, its brotli and gzip copies, its version.
struct Served {
    json: Vec<u8>,
    brotli: Vec<u8>,
    gzip: Vec<u8>,
    version: String,
}

/// The compiled catalogues, by (language, set).
pub struct Catalogues(HashMap<(Lang, &'static str), Served>);

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
                let parts: Vec<&Vec<ponte_i18n::Part>> = catalogue.values().collect();
                let json = serde_json::to_vec(&parts).map_err(|e| e.to_string())?;
                let served = Served {
                    brotli: compress(&json, Encoding::Brotli, Effort::Static),
                    gzip: compress(&json, Encoding::Gzip, Effort::Static),
                    json,
                    version,
                };
                out.insert((lang, set.name), served);
            }
        }
        Ok(Catalogues(out))
    }

    fn respond(
        &self,
        lang: &str,
        set: &str,
        asked: Option<&str>,
        accepts: Accepts,
    ) -> Option<Response> {
        let lang = Lang::from_code(lang)?;
        let set = set.strip_suffix(".json")?;
        let served = self.0.get(&(lang, set))?;
        if asked.is_some_and(|v| v != served.version) {
            return None;
        }
        let (body, encoding) = match () {
            _ if accepts.brotli => (&served.brotli, Some(Encoding::Brotli)),
            _ if accepts.gzip => (&served.gzip, Some(Encoding::Gzip)),
            _ => (&served.json, None),
        };
        let mut res = Response::new(body.clone().into());
        let h = res.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json; charset=utf-8"),
        );
        h.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
        if let Some(e) = encoding {
            h.insert(
                header::CONTENT_ENCODING,
                HeaderValue::from_static(e.header()),
            );
        }
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(if asked.is_some() {
                "public, max-age=31536000, immutable"
            } else {
                "no-cache"
            }),
        );
        if let Ok(etag) = HeaderValue::from_str(&format!("\"{}\"", served.version)) {
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
        .and(warp::header::optional::<String>("accept-encoding"))
        .and_then(
            move |lang: String, set: String, asked: Asked, ae: Option<String>| {
                let catalogues = catalogues.clone();
                async move {
                    catalogues
                        .respond(
                            &lang,
                            &set,
                            asked.v.as_deref(),
                            Accepts::parse(ae.as_deref()),
                        )
                        .ok_or_else(warp::reject::not_found)
                }
            },
        )
        .boxed()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_builds_and_only_they_are_served() {
        let c = Catalogues::build().unwrap();
        let plain = Accepts::default();
        for lang in Lang::ALL.into_iter().skip(1) {
            for set in ["common", "citizen", "kiosk", "staff"] {
                let res = c.respond(lang.code(), &format!("{set}.json"), None, plain);
                assert!(res.is_some(), "{lang:?} {set}");
            }
        }
        assert!(
            c.respond("it", "staff.json", None, plain).is_none(),
            "built into the app"
        );
        assert!(
            c.respond("ro", "events.json", None, plain).is_none(),
            "not a set"
        );
        assert!(
            c.respond("it", "citizen.json", None, plain).is_none(),
            "built into the app"
        );
        assert!(c.respond("xx", "citizen.json", None, plain).is_none());
        assert!(c.respond("ro", "citizen", None, plain).is_none());
        // Another build's version is refused: its messages are in another order.
        let v = c.0[&(Lang::Uk, "citizen")].version.clone();
        assert!(c.respond("uk", "citizen.json", Some(&v), plain).is_some());
        assert!(
            c.respond("uk", "citizen.json", Some("0123456789abcdef"), plain)
                .is_none()
        );
        let br = Accepts::parse(Some("gzip, br"));
        let res = c.respond("uk", "citizen.json", Some(&v), br).unwrap();
        assert_eq!(res.headers()["content-encoding"], "br");
        assert_eq!(
            res.headers()["cache-control"],
            "public, max-age=31536000, immutable"
        );
    }
}
