//! The HTTP surface: `/healthz`, the JSON API under `/api/v1`, and the app itself.

mod api;
pub mod assets;
pub mod boundary;
pub mod catalogues;
pub(crate) mod citizens;
pub mod client;
pub mod compress;
pub mod connections;
pub mod error;
mod events;
mod feedback;
mod kiosks;
pub mod openapi;
mod pages;
pub mod query;
pub mod rate_limit;
mod reports;
pub mod staff;
mod surveys;
#[cfg(test)]
mod tests;
mod writes;
/// The server's clock, in seconds: what every write is stamped with.
pub use writes::now;

use std::sync::Arc;

use warp::filters::BoxedFilter;
use warp::reply::Response;
use warp::{Filter, Reply};

use crate::ledger::Ledger;
use crate::store::Store;
use assets::Assets;
use error::ApiError;
use ponte_domain::{Centre, Programme};
use rate_limit::RateLimit;

/// Largest request body the API accepts.
pub const MAX_BODY: u64 = 16 * 1024;

/// What every handler needs; cheap to clone.
#[derive(Clone)]
pub struct App {
    pub store: Arc<Store>,
    /// Where citizens reach this server, without a trailing slash; QR codes point here.
    pub public_url: Arc<str>,
    /// The built frontend; `None` serves the API only.
    pub assets: Option<Arc<Assets>>,
    /// What the server's own pages are made of; `None` without the built frontend.
    pub pages: Option<Arc<crate::pages::Pages>>,
    /// Where every citizen write goes.
    pub ledger: Ledger,
    /// The sealing and lookup keys, for what staff and tests read of a citizen.
    pub secrets: Arc<crate::secrets::Secrets>,
    /// Anonymous reports a client may send per minute.
    pub feedback_limit: Arc<rate_limit::RateLimit>,
    /// Anonymous skills surveys a client may send per minute: they count in the centre's
    /// figures without anyone behind them, so a script must not be able to pile them up.
    pub survey_limit: Arc<rate_limit::RateLimit>,
    /// The same over a day: a phone may take the anonymous test a few times, an address
    /// (a centre's network, many phones) a few dozen; more is a script.
    pub survey_daily_limit: Arc<rate_limit::RateLimit>,
    /// The questionnaires, checked at start.
    pub surveys: Arc<crate::surveys::Surveys>,
    /// The apps' words in every language but Italian, served when chosen.
    pub catalogues: Arc<catalogues::Catalogues>,
    /// The brake on guessing staff passwords.
    pub login_throttle: Arc<crate::staff::throttle::LoginThrottle>,
    /// Kiosk pairing attempts a client may make per minute.
    pub pairing_limit: Arc<rate_limit::RateLimit>,
    /// Check-ins a kiosk may send per minute: a queue of people is a few a minute; a
    /// stolen tablet guessing pass codes is slowed to nothing.
    pub kiosk_checkin_limit: Arc<rate_limit::RateLimit>,
    /// Sign-ups a client may send per minute: a family signing up on one phone is a
    /// few; a centre's network full of phones at an event's start, a hundred; a
    /// script, tens of thousands (each a stored citizen).
    pub registration_limit: Arc<rate_limit::RateLimit>,
    /// The same over a day.
    pub registration_daily_limit: Arc<rate_limit::RateLimit>,
    /// Check-ins (visits and events) a client may send per minute: an event's start
    /// behind one router is hundreds of phones, each once.
    pub checkin_limit: Arc<rate_limit::RateLimit>,
    /// Check-ins one pass may send per minute, from anywhere: a person checks in once
    /// or twice a day; each retry of the same submission is free, but a new one is a
    /// stored reply.
    pub pass_limit: Arc<rate_limit::RateLimit>,
    /// Copies of a citizen's data one staff account may take per minute: answering a
    /// request is one or two; more is harvesting.
    pub rights_limit: Arc<rate_limit::RateLimit>,
    /// Password checks running at once (each takes 19 MiB).
    pub login_slots: Arc<tokio::sync::Semaphore>,
}

/// What an [`App`] is made from: the one way `ponte serve` and the tests wire it.
pub struct AppConfig {
    pub data_dir: std::path::PathBuf,
    /// Where citizens reach the server, without a trailing slash.
    pub public_url: String,
    /// The built frontend; `None` (or a dir that cannot be read) serves the API only.
    pub dist_dir: Option<std::path::PathBuf>,
    pub ledger: crate::ledger::LedgerConfig,
    /// Load the demo centres if the database has none.
    pub demo: bool,
    /// The per-client limits on writes; off only for load tests from one address.
    pub rate_limits: bool,
    /// The database's page cache, MiB.
    pub cache_mb: usize,
}

/// Why an app could not be made.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error(transparent)]
    Secrets(#[from] crate::secrets::SecretsError),
    #[error("the built-in surveys: {0}")]
    Surveys(#[from] crate::surveys::SurveysError),
    #[error("the pages' words: {0}")]
    Messages(#[from] crate::pages::MessagesError),
    #[error("the apps' words: {0}")]
    Catalogues(String),
}

impl App {
    /// `"; Secure"` for the cookies this server sets when it is reached over TLS (the
    /// staff session, the language choice), else nothing: a cookie marked Secure on a
    /// plain-http test server would never come back.
    pub fn cookie_secure_attr(&self) -> &'static str {
        if self.public_url.starts_with("https://") {
            "; Secure"
        } else {
            ""
        }
    }

    /// Opens the store and the keys, starts the ledger's writer, loads the surveys and
    /// the app's files, and sets the limits on anonymous writes.
    pub fn build(config: AppConfig) -> Result<App, StartError> {
        let store = Arc::new(Store::open_with_cache(&config.data_dir, config.cache_mb)?);
        let secrets = Arc::new(crate::secrets::for_store(&store, &config.data_dir)?);
        let filled = store.backfill_births(&secrets)?;
        if filled > 0 {
            log::info!("sealed the birth of {filled} citizens registered before it was kept apart");
        }
        if config.demo
            && let Some(s) = crate::seed::load_demo(&store)?
        {
            log::info!("demo data loaded: {} centres", s.created);
            let now = crate::http::writes::now();
            match crate::seed::staff::create_demo_accounts(&store, &config.data_dir, now) {
                Ok(()) => log::info!(
                    "demo staff accounts made: their passwords are in {}",
                    config.data_dir.join(crate::seed::staff::FILE).display()
                ),
                Err(e) => log::warn!("demo staff accounts not made: {e}"),
            }
        }
        let assets = config.dist_dir.and_then(|dir| match Assets::load(&dir) {
            Ok(a) => Some(Arc::new(a)),
            Err(e) => {
                log::warn!("{e}; serving the API only");
                None
            }
        });
        let messages = crate::pages::Messages::load()?;
        let pages = assets.as_deref().and_then(|a| match crate::pages::Shell::from_assets(a) {
            Some(shell) => Some(Arc::new(crate::pages::Pages { shell, messages })),
            None => {
                log::warn!("the built frontend lacks its stylesheet or the citizen app; the centre's page is not served");
                None
            }
        });
        let limit = |l: RateLimit| Arc::new(l.on(config.rate_limits));
        Ok(App {
            ledger: Ledger::start(store.clone(), secrets.clone(), config.ledger),
            store,
            secrets,
            public_url: config.public_url.into(),
            assets,
            pages,
            feedback_limit: limit(RateLimit::per_minute(30, 300)),
            survey_limit: limit(RateLimit::per_minute(5, 30)),
            survey_daily_limit: limit(RateLimit::per_day(10, 40)),
            registration_limit: limit(RateLimit::per_minute(5, 120)),
            registration_daily_limit: limit(RateLimit::per_day(20, 2_000)),
            checkin_limit: limit(RateLimit::per_minute(30, 1_200)),
            pass_limit: limit(RateLimit::per_key_per_minute(6)),
            rights_limit: Arc::new(RateLimit::per_key_per_minute(10)),
            surveys: Arc::new(crate::surveys::Surveys::load()?),
            catalogues: Arc::new(catalogues::Catalogues::build().map_err(StartError::Catalogues)?),
            login_throttle: Default::default(),
            login_slots: Arc::new(tokio::sync::Semaphore::new(4)),
            // Pairing stays limited whatever the setting: it guards a secret.
            pairing_limit: Arc::new(RateLimit::per_minute(5, 30)),
            // So does a tablet's: a stolen one must not sweep pass codes.
            kiosk_checkin_limit: Arc::new(RateLimit::per_minute(20, 60)),
        })
    }
}

pub fn routes(app: App) -> BoxedFilter<(Response,)> {
    let ledger = app.ledger.clone();
    let health = warp::path!("healthz").and(get_or_head()).map(move || {
        let running = ledger.is_running();
        let mut res = warp::reply::json(&ponte_domain::api::Health {
            status: if running { "ok" } else { "unavailable" }.into(),
            writer: if running { "running" } else { "stopped" }.into(),
        })
        .into_response();
        if !running {
            *res.status_mut() = warp::http::StatusCode::SERVICE_UNAVAILABLE;
        }
        res
    });

    let assets = app.assets.clone();
    // Any method: a POST to a path nobody serves is a 404, not a 405 (a route that
    // checks the method first would make warp prefer "method not allowed").
    let frontend = warp::method()
        .and(warp::path::full())
        .and(warp::header::optional::<String>("accept-encoding"))
        .and(warp::header::optional::<String>("if-none-match"))
        .and_then(
            move |method: warp::http::Method,
                  path: warp::path::FullPath,
                  ae: Option<String>,
                  inm: Option<String>| {
                let assets = assets.clone();
                async move {
                    // The API's own paths never fall back to the app's HTML: an unknown
                    // one is a JSON 404 from `recover`.
                    if path.as_str() == "/api"
                        || path.as_str().starts_with("/api/")
                        || !matches!(method, warp::http::Method::GET | warp::http::Method::HEAD)
                    {
                        return Err(warp::reject::not_found());
                    }
                    assets
                        .as_ref()
                        .and_then(|a| a.respond(path.as_str(), ae.as_deref(), inm.as_deref()))
                        .map(Reply::into_response)
                        .ok_or_else(warp::reject::not_found)
                }
            },
        );

    // Built now, not at the first request: a mistake in it stops the start.
    openapi::json();
    let contract = warp::path!("api" / "openapi.json")
        .and(get_or_head())
        .map(|| api::public_json(Response::new(openapi::json().into())));
    let catalogues = app.catalogues.clone();
    let checked = boundary::checked(&app);
    let served = health
        .or(contract)
        .unify()
        .or(citizens::routes(app.clone()))
        .unify()
        .or(feedback::routes(app.clone()))
        .unify()
        .or(surveys::routes(app.clone()))
        .unify()
        .or(staff::routes(app.clone()))
        .unify()
        .or(events::routes(app.clone()))
        .unify()
        .or(kiosks::routes(app.clone()))
        .unify()
        .or(pages::routes(app.clone()))
        .unify()
        .or(catalogues::routes(catalogues))
        .unify()
        .or(api::routes(app))
        .unify()
        .or(frontend)
        .unify();
    let accept_encoding = warp::header::headers_cloned().map(|h: warp::http::HeaderMap| {
        h.get(warp::http::header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    });
    accept_encoding
        .and(warp::path::full())
        .and(checked.and(served).recover(error::recover).unify())
        .then(
            |ae: Option<String>, path: warp::path::FullPath, mut res: Response| async move {
                // RFC 9110 wants a 405 to say which methods the address takes.
                if res.status() == warp::http::StatusCode::METHOD_NOT_ALLOWED
                    && let Ok(allow) = openapi::allowed(path.as_str()).parse()
                {
                    res.headers_mut().insert(warp::http::header::ALLOW, allow);
                }
                compress::as_accepted(res, ae.as_deref()).await
            },
        )
        .with(warp::log::custom(|info| {
            log::info!(
                target: "ponte::http",
                "{} {} {} {:?}",
                info.method(),
                logged_path(info.path()),
                info.status().as_u16(),
                info.elapsed()
            )
        }))
        .map(Reply::into_response)
        .map(harden)
        .boxed()
}

/// A path as the log may keep it: decoded, then masked like free text, so a codice
/// fiscale (or an e-mail) someone put in an address is not written to the log.
fn logged_path(path: &str) -> String {
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    // Masked whole, then cut: a cut first could leave half a code to the log.
    let masked = ponte_domain::masking::mask(&decoded).0;
    masked.chars().take(200).collect()
}

/// What every reply carries: no browser guesses a type other than the one said, and
/// an API reply that says nothing about caching is kept by no cache (most are about
/// one citizen or one centre's live counts).
fn harden(mut res: Response) -> Response {
    use warp::http::{HeaderValue, header};
    let h = res.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if !h.contains_key(header::CACHE_CONTROL)
        && h.get(header::CONTENT_TYPE)
            .is_some_and(|t| t.as_bytes().starts_with(b"application/json"))
    {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

/// The centre a path or body names, with its programme. An impossible code is simply
/// not found, and is not echoed at length.
fn find_centre(app: &App, code: &str) -> Result<(Centre, Programme), ApiError> {
    let reference = app.store.reference();
    ponte_domain::CentreCode::parse(code)
        .ok()
        .and_then(|c| reference.centre(&c))
        .and_then(|c| {
            reference
                .programme(&c.programme)
                .map(|p| (c.clone(), p.clone()))
        })
        .ok_or_else(|| {
            let shown: String = code.chars().take(32).collect();
            ApiError::NotFound(format!("no centre has the code '{shown}'"))
        })
}

fn get_or_head() -> BoxedFilter<()> {
    warp::get().or(warp::head()).unify().boxed()
}
