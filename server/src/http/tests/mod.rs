//! The HTTP surface through warp's test harness, over a real redb file in a temp dir.

use std::sync::Arc;

use serde_json::Value;

use super::{App, AppConfig, routes};
use crate::secrets::Secrets;

mod contract;
mod dashboard;
mod defences;
mod events;
mod export;
mod kiosks;
mod pages;
mod progress;
mod rights;
mod staff;

struct Fixture {
    app: App,
    secrets: Arc<Secrets>,
    _dir: tempfile::TempDir,
}

fn fixture(with_dist: bool) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let dist = with_dist.then(|| {
        let dist = dir.path().join("dist");
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(
            dist.join("index.html"),
            "<!doctype html><title>Ponte</title>",
        )
        .unwrap();
        std::fs::write(
            dist.join("app-0123456789abcdef.js"),
            "console.log('ponte');".repeat(100),
        )
        .unwrap();
        // What the server's own pages take from the build: the stylesheet it inlines
        // and the citizen app it loads on a phone that has used it.
        std::fs::write(
            dist.join("app-0123456789abcdef.css"),
            "body{margin:0}".repeat(100),
        )
        .unwrap();
        let citizen = dist.join("citizen");
        std::fs::create_dir_all(&citizen).unwrap();
        std::fs::write(citizen.join("index.html"), "<!doctype html>").unwrap();
        std::fs::write(
            citizen.join("ponte-citizen-0123456789abcdef.js"),
            "export default 1",
        )
        .unwrap();
        std::fs::write(
            citizen.join("ponte-citizen-0123456789abcdef_bg.wasm"),
            "\0asm",
        )
        .unwrap();
        dist
    });
    let app = App::build(AppConfig {
        data_dir: dir.path().join("data"),
        public_url: "https://ponte.example.it".into(),
        dist_dir: dist,
        ledger: Default::default(),
        demo: true,
        rate_limits: true,
        cache_mb: crate::store::DEFAULT_CACHE_MB,
    })
    .unwrap();
    if let Some(assets) = &app.assets {
        assets.precompress();
    }
    // Every limit counts at one instant, so a test's counts never straddle a minute's
    // turn (CI once saw a pass's sixth check-in let through that way).
    let at = now_seconds();
    for limit in [
        &app.feedback_limit,
        &app.survey_limit,
        &app.survey_daily_limit,
        &app.registration_limit,
        &app.registration_daily_limit,
        &app.checkin_limit,
        &app.pass_limit,
        &app.rights_limit,
        &app.pairing_limit,
        &app.kiosk_checkin_limit,
    ] {
        limit.pin(at);
    }
    Fixture {
        secrets: app.secrets.clone(),
        app,
        _dir: dir,
    }
}

async fn get(f: &Fixture, path: &str) -> (u16, Value) {
    let res = warp::test::request()
        .path(path)
        .reply(&routes(f.app.clone()))
        .await;
    let body = serde_json::from_slice(res.body()).unwrap_or(Value::Null);
    (res.status().as_u16(), body)
}

#[tokio::test]
async fn health_and_programmes() {
    let f = fixture(false);
    assert_eq!(
        get(&f, "/healthz").await,
        (
            200,
            serde_json::json!({"status": "ok", "writer": "running"})
        )
    );
    let head = warp::test::request()
        .method("HEAD")
        .path("/healthz")
        .reply(&routes(f.app.clone()))
        .await;
    assert_eq!(head.status(), 200);

    let (status, body) = get(&f, "/api/v1/programmes").await;
    assert_eq!(status, 200);
    let programmes = body["programmes"].as_array().unwrap();
    let by_id = |id: &str| programmes.iter().find(|p| p["id"] == id).unwrap().clone();
    assert_eq!(by_id("toscana")["min_age"], 18);
    assert_eq!(by_id("lombardia")["min_age"], 16);
    assert_eq!(by_id("lombardia")["targets"][2]["citizens"], 341_000);
    assert_eq!(
        by_id("lombardia")["province_targets"]
            .as_array()
            .unwrap()
            .len(),
        12
    );
}

#[tokio::test]
async fn centres_by_programme_province_and_words() {
    let f = fixture(false);
    let (status, body) = get(&f, "/api/v1/centres?programme=lombardia&province=Sondrio").await;
    assert_eq!(status, 200);
    let centres = body["centres"].as_array().unwrap();
    assert_eq!(centres.len(), 8, "the seed's minimum for Sondrio");
    assert!(
        centres
            .iter()
            .all(|c| c["province"] == "SO" && c["programme"] == "lombardia")
    );

    let (_, body) = get(&f, "/api/v1/centres?q=livigno").await;
    assert!(
        body["centres"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["site"]["comune"] == "Livigno")
    );
    assert!(!body["centres"].as_array().unwrap().is_empty());

    // Codes are found in any case.
    let (status, body) = get(&f, "/api/v1/centres/tos-001").await;
    assert_eq!((status, body["code"].as_str()), (200, Some("TOS-001")));
}

#[tokio::test]
async fn errors_are_json_that_names_the_field() {
    let f = fixture(false);
    let (status, body) = get(&f, "/api/v1/centres?province=Gondor").await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["code"], "invalid");
    assert_eq!(body["error"]["field"], "province");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("Gondor")
    );

    let (status, body) = get(&f, "/api/v1/centres?province=FI&province=PO").await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (400, Some("province"))
    );

    let (status, body) = get(&f, "/api/v1/centres?colour=red").await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (400, Some("query"))
    );

    let (status, body) = get(&f, "/api/v1/centres/NOPE-1").await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (404, Some("not_found"))
    );
    assert_eq!(body["error"]["field"], Value::Null);

    // A malformed code is simply not found, and is not echoed at length.
    let long = "X".repeat(300);
    let (status, body) = get(&f, &format!("/api/v1/centres/{long}")).await;
    assert_eq!(status, 404);
    assert!(body["error"]["message"].as_str().unwrap().len() < 100);

    let (status, body) = get(&f, "/api/v1/nothing/here").await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (404, Some("not_found"))
    );

    // Without a built frontend, other paths are JSON 404s too.
    let (status, body) = get(&f, "/c/TOS-001").await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (404, Some("not_found"))
    );
}

#[tokio::test]
async fn qr_svg_points_at_the_public_url() {
    let f = fixture(false);
    let res = warp::test::request()
        .path("/api/v1/centres/TOS-007/qr.svg")
        .reply(&routes(f.app.clone()))
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "image/svg+xml");
    assert!(std::str::from_utf8(res.body()).unwrap().contains("<svg"));
    let code = ponte_domain::CentreCode::parse("TOS-007").unwrap();
    assert_eq!(
        crate::qr::centre_url("https://ponte.example.it/", &code, 1),
        "https://ponte.example.it/c/TOS-007"
    );
    // Each site of a centre has its own poster, whose QR names the site.
    assert_eq!(
        crate::qr::centre_url("https://ponte.example.it", &code, 2),
        "https://ponte.example.it/c/TOS-007?site=2"
    );
    let reference = f.app.store.reference();
    let centre = reference
        .centres(&Default::default())
        .into_iter()
        .find(|c| !c.other_sites.is_empty())
        .unwrap();
    let sites = centre.sites().count();
    let mut replies = Vec::new();
    for site in [1, sites, sites + 1] {
        let path = format!("/api/v1/centres/{}/qr.svg?site={site}", centre.code);
        let res = warp::test::request()
            .path(&path)
            .reply(&routes(f.app.clone()))
            .await;
        replies.push((res.status().as_u16(), res.body().clone()));
    }
    assert_eq!(
        replies.iter().map(|r| r.0).collect::<Vec<_>>(),
        [200, 200, 400]
    );
    assert_ne!(replies[0].1, replies[1].1, "another site, another code");
}

#[tokio::test]
async fn app_routes_get_index_and_hashed_files_are_immutable() {
    let f = fixture(true);
    let r = routes(f.app.clone());
    let page = warp::test::request()
        .path("/c/TOS-001/poster")
        .reply(&r)
        .await;
    assert_eq!(page.status(), 200);
    assert!(
        page.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    assert!(page.headers().contains_key("content-security-policy"));
    assert_eq!(page.headers()["cache-control"], "no-cache");

    let js = warp::test::request()
        .path("/app-0123456789abcdef.js")
        .header("accept-encoding", "gzip")
        .reply(&r)
        .await;
    assert_eq!(
        js.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(js.headers()["content-encoding"], "gzip");

    let missing = warp::test::request().path("/nothing.js").reply(&r).await;
    assert_eq!(missing.status(), 404);
    // An unknown API path never falls back to the app's HTML.
    let api = warp::test::request()
        .path("/api/v1/whatever")
        .reply(&r)
        .await;
    assert_eq!(api.headers()["content-type"], "application/json");
}

#[test]
fn public_urls_are_checked() {
    use crate::serve::normalise_public_url;
    assert_eq!(
        normalise_public_url("https://ponte.it/").unwrap(),
        "https://ponte.it"
    );
    assert!(normalise_public_url("ponte.it").is_err());
    assert!(normalise_public_url("https://").is_err());
    assert!(normalise_public_url("https://ponte.it/?x=1").is_err());
}

// --- Registrations and check-ins -------------------------------------------------

async fn post(f: &Fixture, path: &str, body: &Value) -> (u16, Value) {
    let res = warp::test::request()
        .method("POST")
        .path(path)
        .header("content-type", "application/json")
        .json(body)
        .reply(&routes(f.app.clone()))
        .await;
    let body = serde_json::from_slice(res.body()).unwrap_or(Value::Null);
    (res.status().as_u16(), body)
}

fn uuid(n: u128) -> String {
    ponte_domain::submission::SubmissionId::from_u128(n).to_string()
}

/// A valid code with the given first 15 characters.
fn cf(first15: &str) -> String {
    ponte_domain::codice_fiscale::complete(first15).unwrap()
}

/// The privacy notice in force for the demo programmes (both at revision 1).
fn privacy_version() -> String {
    format!("{}.r1", ponte_domain::privacy::NOTICE_TEXT_VERSION)
}

/// A sign-up from a phone, with names that give the code's letters.
fn registration(n: u128, centre: &str, codice_fiscale: &str) -> Value {
    let (first, last) = match codice_fiscale {
        "" => ("Maria".to_owned(), "Bianchi".to_owned()),
        code => ponte_domain::codice_fiscale::names_for(code),
    };
    serde_json::json!({
        "submission_id": uuid(n), "centre": centre, "codice_fiscale": codice_fiscale,
        "first_name": first, "last_name": last, "education": "C", "employment": "G",
        "citizenship": "A", "province": "FI",
        "privacy": {"version": privacy_version(), "channel": "phone"}
    })
}

fn checkin(n: u128, pass: &str, centre: &str) -> Value {
    serde_json::json!({"submission_id": uuid(n), "pass": pass, "centre": centre,
        "needs": {"public_services": ["B"], "competences": ["9"]}})
}

/// A citizen who signed up `days_ago` days ago (through the ledger, with that day's
/// clock), so that their visits may be dated back to then: none may be dated before.
async fn register_back(f: &Fixture, n: u128, centre: &str, code: &str, days_ago: i64) -> String {
    use ponte_domain::registration::{RegisteredBy, RegistrationRequest, Rules};
    let request: RegistrationRequest =
        serde_json::from_value(registration(n, centre, code)).unwrap();
    let reference = f.app.store.reference();
    let c = reference
        .centre(&ponte_domain::CentreCode::parse(centre).unwrap())
        .unwrap();
    let programme = reference.programme(&c.programme).unwrap();
    let rules = Rules {
        min_age: programme.min_age,
        without_codice_fiscale: false,
        privacy_version: programme.privacy.notice_version(),
        registered_by: RegisteredBy::Citizen,
    };
    let today = ponte_domain::clock::rome_date(now_seconds()).unwrap();
    let registration = request.validate(&rules, today).unwrap();
    let command = crate::ledger::Command {
        submission: request.submission_id,
        body_hash: [1; 32],
        write: crate::ledger::Write::Register {
            registration: Box::new(registration),
            centre: c.code.clone(),
            programme: c.programme.clone(),
            desk: None,
            now: now_seconds() - days_ago * 86_400 - 60,
        },
    };
    match f.app.ledger.submit(command).await.unwrap() {
        crate::ledger::Outcome::Accepted(crate::store::Accepted::Registered(r)) => r.pass,
        other => panic!("{other:?}"),
    }
}

async fn register(f: &Fixture, n: u128, centre: &str, code: &str) -> String {
    let (status, body) = post(f, "/api/v1/registrations", &registration(n, centre, code)).await;
    assert_eq!(status, 201, "{body}");
    body["pass"].as_str().unwrap().to_owned()
}

/// A writer that stopped is not hidden: /healthz says so with a 503, and writes are
/// answered 503 with Retry-After (the phones keep them and try again), not a 500.
#[tokio::test]
async fn health_says_when_the_writer_has_stopped() {
    let f = fixture(false);
    let halt = crate::ledger::Command {
        submission: ponte_domain::submission::SubmissionId::from_u128(9),
        body_hash: [0; 32],
        write: crate::ledger::Write::Halt,
    };
    let _ = f.app.ledger.submit(halt).await;
    for _ in 0..100 {
        if !f.app.ledger.is_running() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert_eq!(
        get(&f, "/healthz").await,
        (
            503,
            serde_json::json!({"status": "unavailable", "writer": "stopped"})
        )
    );
    let res = warp::test::request()
        .method("POST")
        .path("/api/v1/feedback")
        .header("content-type", "application/json")
        .json(
            &serde_json::json!({"submission_id": uuid(1), "public_service": "B",
            "category": "error", "severity": 3, "text": ""}),
        )
        .reply(&routes(f.app.clone()))
        .await;
    assert_eq!(res.status(), 503);
    assert!(res.headers().contains_key("retry-after"));
}

/// The reply kept for retries is small (the pass's QR code is drawn when answering,
/// not stored), and a retry still gets the same pass and its QR code.
#[tokio::test]
async fn a_registration_reply_is_kept_without_its_qr_code() {
    let f = fixture(false);
    let body = registration(1, "TOS-001", "RSSMRA80A01H501U");
    let (status, first) = post(&f, "/api/v1/registrations", &body).await;
    assert_eq!(status, 201);
    assert!(
        first["pass_qr_svg"].as_str().unwrap().starts_with("<?xml")
            || first["pass_qr_svg"].as_str().unwrap().contains("<svg")
    );
    let (status, again) = post(&f, "/api/v1/registrations", &body).await;
    assert_eq!((status, &again), (201, &first));
    let kept = f
        .app
        .store
        .stored_reply_size(ponte_domain::submission::SubmissionId::from_u128(1))
        .unwrap()
        .unwrap();
    assert!(kept < 400, "{kept} bytes kept for one registration");
}

#[tokio::test]
async fn a_retried_submission_is_stored_once() {
    let f = fixture(false);
    let pass = register(&f, 1, "TOS-001", "RSSMRA80A01H501U").await;
    let (first, body1) = post(&f, "/api/v1/checkins", &checkin(100, &pass, "TOS-001")).await;
    let (again, body2) = post(&f, "/api/v1/checkins", &checkin(100, &pass, "TOS-001")).await;
    assert_eq!((first, again), (201, 201));
    assert_eq!(body1, body2, "a retry gets the original reply");
    assert_eq!(f.app.store.visit_count().unwrap(), 1);

    // The same id with another body is a conflict, and nothing is written.
    let (status, body) = post(&f, "/api/v1/checkins", &checkin(100, &pass, "TOS-002")).await;
    assert_eq!(status, 409);
    assert_eq!(body["error"]["code"], "conflict");
    assert_eq!(f.app.store.visit_count().unwrap(), 1);

    // The registration replays too: same pass, not a second citizen.
    let (status, body) = post(
        &f,
        "/api/v1/registrations",
        &registration(1, "TOS-001", "RSSMRA80A01H501U"),
    )
    .await;
    assert_eq!((status, body["pass"].as_str()), (201, Some(pass.as_str())));
    assert_eq!(f.app.store.citizen_count().unwrap(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn eight_concurrent_duplicates_store_one_visit() {
    let f = Arc::new(fixture(false));
    let pass = register(&f, 1, "TOS-001", "RSSMRA80A01H501U").await;
    let body = checkin(200, &pass, "TOS-001");
    let mut sends = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let (f, body) = (f.clone(), body.clone());
        sends.spawn(async move { post(&f, "/api/v1/checkins", &body).await });
    }
    let replies = sends.join_all().await;
    assert!(replies.iter().all(|(s, _)| *s == 201), "{replies:?}");
    assert!(
        replies.windows(2).all(|w| w[0].1 == w[1].1),
        "all get the same reply"
    );
    assert_eq!(f.app.store.visit_count().unwrap(), 1);
    let (_, report) = get(&f, "/api/v1/centres/TOS-001/attendance").await;
    assert_eq!(report["visits"], 1);
}

fn checkin_at(n: u128, pass: &str, centre: &str, days_ago: i64) -> Value {
    let mut body = checkin(n, pass, centre);
    body["at"] = (now_seconds() - days_ago * 86_400).into();
    body
}

fn now_seconds() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[tokio::test]
async fn counts_visits_citizens_first_timers_and_new_citizens() {
    let f = fixture(false);
    let anna = register_back(&f, 1, "TOS-001", &cf("VRDNNA70M41D612"), 3).await;
    let bruno = register(&f, 2, "TOS-001", &cf("BRNBRN60A01D612")).await;
    // Anna: TOS-001 two days ago and today, then TOS-002 today. Bruno: TOS-002 today.
    for (n, pass, centre, days_ago) in [
        (10, &anna, "TOS-001", 2),
        (11, &anna, "TOS-001", 0),
        (12, &anna, "TOS-002", 0),
        (13, &bruno, "TOS-002", 0),
    ] {
        let (status, body) = post(
            &f,
            "/api/v1/checkins",
            &checkin_at(n, pass, centre, days_ago),
        )
        .await;
        assert_eq!(status, 201, "{body}");
    }
    let (_, one) = get(&f, "/api/v1/centres/TOS-001/attendance").await;
    let counts = |r: &Value| {
        [
            "visits",
            "citizens",
            "first_time_here",
            "new_citizens",
            "participations",
        ]
        .map(|k| r[k].as_u64().unwrap_or(u64::MAX))
    };
    // Two visits by one citizen: one distinct citizen in the period, at her first
    // visit here once.
    // No service recorded: visits, not participations.
    assert_eq!(counts(&one), [2, 1, 1, 1, 0], "{one}");
    let (_, two) = get(&f, "/api/v1/centres/TOS-002/attendance").await;
    // Anna is a first-timer at TOS-002 too, but new to the programme only once.
    assert_eq!(counts(&two), [2, 2, 2, 1, 0], "{two}");
    assert_eq!(two["days"].as_array().unwrap().len(), 1);
    // Today alone at TOS-001: Anna came back, she is not a first-timer today.
    let today = ponte_domain::clock::rome_date(now_seconds()).unwrap();
    let (_, day) = get(
        &f,
        &format!("/api/v1/centres/TOS-001/attendance?from={today}&to={today}"),
    )
    .await;
    assert_eq!(counts(&day), [1, 1, 0, 0, 0], "{day}");

    // A new phone: registering again gets a pass for the same citizen; both work.
    let (status, again) = post(
        &f,
        "/api/v1/registrations",
        &registration(3, "TOS-002", &cf("VRDNNA70M41D612")),
    )
    .await;
    assert_eq!(status, 201, "{again}");
    assert_eq!(again["citizen"]["gender"], "A", "the national code for F");
    let new_pass = again["pass"].as_str().unwrap();
    assert_ne!(new_pass, anna);
    let (status, first) = post(&f, "/api/v1/checkins", &checkin(14, new_pass, "TOS-003")).await;
    assert_eq!(status, 201, "{first}");
    assert_eq!(f.app.store.citizen_count().unwrap(), 2);
}

#[tokio::test]
async fn one_visit_a_day_per_citizen_and_centre() {
    let f = fixture(false);
    let anna = register_back(&f, 1, "TOS-001", &cf("VRDNNA70M41D612"), 2).await;
    let (status, first) = post(&f, "/api/v1/checkins", &checkin(10, &anna, "TOS-001")).await;
    assert_eq!(
        (status, first["already_today"].as_bool()),
        (201, Some(false))
    );
    // Tapping again, or a second phone of hers, later the same day.
    let (status, second) = post(&f, "/api/v1/checkins", &checkin(11, &anna, "TOS-001")).await;
    assert_eq!(status, 200, "{second}");
    assert_eq!(second["already_today"], true);
    assert_eq!(
        second["visit"]["id"], first["visit"]["id"],
        "the first visit"
    );
    assert_eq!(second["visits_here"], 1);
    assert_eq!(f.app.store.visit_count().unwrap(), 1);
    let (_, report) = get(&f, "/api/v1/centres/TOS-001/attendance").await;
    assert_eq!(
        (report["visits"].as_u64(), report["participations"].as_u64()),
        (Some(1), Some(0))
    );
    // Its own retry replays its own reply; another centre the same day is a visit.
    assert_eq!(
        post(&f, "/api/v1/checkins", &checkin(11, &anna, "TOS-001")).await,
        (200, second)
    );
    assert_eq!(
        post(&f, "/api/v1/checkins", &checkin(12, &anna, "TOS-002"))
            .await
            .0,
        201
    );
    // Yesterday is another day.
    assert_eq!(
        post(&f, "/api/v1/checkins", &checkin_at(13, &anna, "TOS-001", 1))
            .await
            .0,
        201
    );
    assert_eq!(f.app.store.visit_count().unwrap(), 3);
}

#[tokio::test]
async fn a_phone_cannot_take_over_or_probe_a_registered_codice_fiscale() {
    let f = fixture(false);
    let code = cf("VRDNNA70M41D612");
    let parsed = ponte_domain::codice_fiscale::CodiceFiscale::parse(&code).unwrap();
    let mut first = registration(1, "TOS-001", &code);
    first["education"] = "C".into();
    first["contact"] = serde_json::json!({"email": "anna@example.it", "consent": true});
    let (status, new) = post(&f, "/api/v1/registrations", &first).await;
    assert_eq!(status, 201, "{new}");
    let (id, before) = f
        .app
        .store
        .find_citizen(&f.secrets, &parsed)
        .unwrap()
        .unwrap();

    // Someone who knows her code and names registers "as" her with other details.
    let mut other = registration(2, "TOS-002", &code);
    other["education"] = "K".into();
    other["employment"] = "A".into();
    other["contact"] = serde_json::json!({"email": "attacker@example.it", "consent": true});
    let (status, again) = post(&f, "/api/v1/registrations", &other).await;
    assert_eq!(status, 201, "{again}");
    let (same, after) = f
        .app
        .store
        .find_citizen(&f.secrets, &parsed)
        .unwrap()
        .unwrap();
    assert_eq!(same, id);
    assert_eq!(
        (
            after.education.as_str(),
            after.employment.as_str(),
            &after.sealed
        ),
        (
            before.education.as_str(),
            before.employment.as_str(),
            &before.sealed
        ),
        "nothing she gave was overwritten"
    );
    assert_eq!(after.registered_centre, "TOS-001");
    // The two replies tell nothing about whether the code was known.
    let shape = |v: &Value| {
        let mut keys: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        keys.extend(v["citizen"].as_object().unwrap().keys().cloned());
        keys.sort();
        keys
    };
    assert_eq!(shape(&new), shape(&again));
    assert_eq!(new["citizen"], again["citizen"]);
    assert!(new["citizen"].get("new").is_none() && new["citizen"].get("id").is_none());

    // Names that do not give the code's letters are refused, kindly, naming the field.
    let mut wrong = registration(3, "TOS-001", &code);
    wrong["last_name"] = "Bianchi".into();
    let (status, body) = post(&f, "/api/v1/registrations", &wrong).await;
    assert_eq!(
        (
            status,
            body["error"]["code"].as_str(),
            body["error"]["field"].as_str()
        ),
        (422, Some("names_mismatch"), Some("last_name")),
        "{body}"
    );
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("facilitator")
    );
    wrong["submission_id"] = uuid(4).into();
    wrong["last_name"] = "Verdi".into();
    wrong["first_name"] = "Maria".into();
    let (status, body) = post(&f, "/api/v1/registrations", &wrong).await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (422, Some("first_name"))
    );
    // The desk's channel is not for the public endpoint.
    let mut desk = registration(5, "TOS-001", &code);
    desk["privacy"]["channel"] = "paper_assisted".into();
    let (status, body) = post(&f, "/api/v1/registrations", &desk).await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (400, Some("privacy.channel"))
    );
    assert_eq!(f.app.store.citizen_count().unwrap(), 1);
}

#[tokio::test]
async fn the_privacy_notice_is_the_programmes_and_a_new_one_is_recorded() {
    let f = fixture(false);
    let (_, list) = get(&f, "/api/v1/programmes").await;
    for p in list["programmes"].as_array().unwrap() {
        for key in [
            "controller",
            "controller_address",
            "controller_contact",
            "dpo_contact",
        ] {
            assert!(
                !p["privacy"][key].as_str().unwrap().is_empty(),
                "{key} of {}",
                p["id"]
            );
        }
    }
    // An old version is refused, naming the field.
    let code = cf("VRDNNA70M41D612");
    let mut old = registration(1, "TOS-001", &code);
    old["privacy"]["version"] = "2026-11".into();
    let (status, body) = post(&f, "/api/v1/registrations", &old).await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (400, Some("privacy.version"))
    );
    let anna = register(&f, 2, "LOM-001", &code).await;
    // At a Toscana centre the phone shows Toscana's notice before checking in, and the
    // visit records it (whose, which version, when the server received it).
    let parsed = ponte_domain::codice_fiscale::CodiceFiscale::parse(&code).unwrap();
    let acks = || {
        let (_, record) = f
            .app
            .store
            .find_citizen(&f.secrets, &parsed)
            .unwrap()
            .unwrap();
        assert_eq!(
            (
                record.privacy_programme.as_str(),
                record.privacy_version.as_str()
            ),
            ("lombardia", privacy_version().as_str())
        );
        record
            .privacy_acks
            .iter()
            .map(|a| format!("{} {}", a.programme, a.version))
            .collect::<Vec<_>>()
    };
    // A check-in that waited offline with a notice replaced since still counts; only
    // the notice in force would be recorded.
    let mut body = checkin(3, &anna, "TOS-001");
    body["privacy"] = serde_json::json!({"version": "2020-01.r1", "channel": "phone"});
    assert_eq!(post(&f, "/api/v1/checkins", &body).await.0, 201);
    assert!(acks().is_empty());
    // The desk's channel is not the phone's to claim.
    let mut desk = checkin(4, &anna, "TOS-002");
    desk["privacy"] =
        serde_json::json!({"version": privacy_version(), "channel": "paper_assisted"});
    let (status, reply) = post(&f, "/api/v1/checkins", &desk).await;
    assert_eq!(
        (status, reply["error"]["field"].as_str()),
        (400, Some("privacy.channel"))
    );
    let mut body = checkin(5, &anna, "TOS-002");
    body["privacy"] = serde_json::json!({"version": privacy_version(), "channel": "phone"});
    assert_eq!(post(&f, "/api/v1/checkins", &body).await.0, 201);
    assert_eq!(acks(), [format!("toscana {}", privacy_version())]);
    // Once is enough: the same programme's notice again adds nothing.
    let mut again = checkin(6, &anna, "TOS-003");
    again["privacy"] = serde_json::json!({"version": privacy_version(), "channel": "phone"});
    assert_eq!(post(&f, "/api/v1/checkins", &again).await.0, 201);
    assert_eq!(acks().len(), 1);
}

#[tokio::test]
async fn visits_keep_their_site_age_band_and_why_they_cannot_be_exported() {
    let f = fixture(false);
    // Turned 30 ten days ago: 29 at a visit twenty days ago.
    let today = ponte_domain::clock::rome_date(now_seconds()).unwrap();
    let born = ponte_domain::Date::from_days_since_epoch(today.days_since_epoch() - 10).unwrap();
    let months = "ABCDEHLMPRST".as_bytes();
    let first15 = format!(
        "VRDNNA{:02}{}{:02}D612",
        (born.year() - 30) % 100,
        months[usize::from(born.month()) - 1] as char,
        born.day() + 40
    );
    let anna = register_back(&f, 1, "TOS-001", &cf(&first15), 21).await;
    let (_, before) = post(&f, "/api/v1/checkins", &checkin_at(2, &anna, "TOS-001", 20)).await;
    let (_, after) = post(&f, "/api/v1/checkins", &checkin(3, &anna, "TOS-001")).await;
    let visit = |reply: &Value| {
        f.app
            .store
            .visit(reply["visit"]["id"].as_u64().unwrap())
            .unwrap()
            .unwrap()
    };
    assert_eq!(visit(&before).age_band, Some(1), "18–29 on the day");
    assert_eq!(visit(&after).age_band, Some(2), "30–54 on the day");
    assert_eq!(visit(&after).site, 1, "the main site by default");
    assert!(visit(&after).not_exportable.is_empty());

    // A centre with other sites: the poster's site number is kept; one it lacks is refused.
    let reference = f.app.store.reference();
    let centre = reference
        .centres(&Default::default())
        .into_iter()
        .find(|c| c.programme.as_str() == "toscana" && !c.other_sites.is_empty())
        .expect("a demo centre with a branch or mobile site");
    let sites = centre.sites().count() as u8;
    let mut body = checkin(4, &anna, centre.code.as_str());
    body["site"] = sites.into();
    let (status, reply) = post(&f, "/api/v1/checkins", &body).await;
    assert_eq!(status, 201, "{reply}");
    assert_eq!(visit(&reply).site, sites);
    body["submission_id"] = uuid(5).into();
    body["site"] = (sites + 1).into();
    let (status, reply) = post(&f, "/api/v1/checkins", &body).await;
    assert_eq!(
        (status, reply["error"]["field"].as_str()),
        (400, Some("site"))
    );

    // Lombardia's period ended on 2025-12-31; a 17-year-old signed up there is under
    // Toscana's 18 at a Toscana centre. Both visits are recorded, and flagged.
    let luca = register(&f, 6, "LOM-001", &cf("VRDLCU09E05D612")).await;
    let (status, lom) = post(&f, "/api/v1/checkins", &checkin(7, &luca, "LOM-001")).await;
    assert_eq!(status, 201, "{lom}");
    assert_eq!(
        visit(&lom).not_exportable,
        [ponte_domain::checkin::NotExportable::OutsidePeriod]
    );
    let (status, tos) = post(&f, "/api/v1/checkins", &checkin(8, &luca, "TOS-001")).await;
    assert_eq!(status, 201, "{tos}");
    assert_eq!(
        visit(&tos).not_exportable,
        [ponte_domain::checkin::NotExportable::UnderAge]
    );
    assert_eq!(visit(&tos).age_band, Some(5));
    let (_, report) = get(&f, "/api/v1/centres/TOS-001/attendance").await;
    assert_eq!(
        report["not_exportable"],
        serde_json::json!({"visits": 1, "outside_period": 0, "under_age": 1, "no_codice_fiscale": 0}),
        "{report}"
    );
    let (_, report) = get(&f, "/api/v1/centres/LOM-001/attendance").await;
    assert_eq!(report["not_exportable"]["outside_period"], 1, "{report}");
}

#[tokio::test]
async fn minimum_age_is_the_programmes() {
    let f = fixture(false);
    // Born in May 2009: 17 until May 2027.
    let seventeen = cf("VRDLCU09E05D612");
    let (status, body) = post(
        &f,
        "/api/v1/registrations",
        &registration(1, "TOS-001", &seventeen),
    )
    .await;
    assert_eq!(status, 422, "Toscana counts from 18: {body}");
    assert_eq!(body["error"]["code"], "under_age");
    assert!(!body["error"]["message"].as_str().unwrap().contains("VRD"));
    let (status, _) = post(
        &f,
        "/api/v1/registrations",
        &registration(2, "LOM-001", &seventeen),
    )
    .await;
    assert_eq!(status, 201, "Lombardia counts from 16");
    assert_eq!(f.app.store.citizen_count().unwrap(), 1);
}

#[tokio::test]
async fn without_a_codice_fiscale_only_where_the_programme_allows_it() {
    let f = fixture(false);
    let mut body = registration(1, "TOS-001", "");
    body["without_codice_fiscale"] = serde_json::json!({"birth_year": 1975, "sex": "F"});
    let (status, reply) = post(&f, "/api/v1/registrations", &body).await;
    assert_eq!(
        (status, reply["error"]["field"].as_str()),
        (400, Some("codice_fiscale"))
    );

    let toscana = ponte_domain::ProgrammeId::parse("toscana").unwrap();
    assert!(
        f.app
            .store
            .set_registration_without_codice_fiscale(&toscana, true)
            .unwrap()
    );
    let (status, reply) = post(&f, "/api/v1/registrations", &body).await;
    assert_eq!(status, 201, "{reply}");
    assert_eq!(
        (
            reply["citizen"]["gender"].as_str(),
            reply["citizen"]["age_band"].as_u64()
        ),
        (Some("A"), Some(2))
    );
    // Nobody can be found again without a code: the same person twice is two citizens.
    body["submission_id"] = uuid(2).into();
    let (status, reply) = post(&f, "/api/v1/registrations", &body).await;
    assert_eq!(status, 201);
    assert_eq!(f.app.store.citizen_count().unwrap(), 2);
    // Their passes check in like any other.
    let pass = reply["pass"].as_str().unwrap();
    assert_eq!(
        post(&f, "/api/v1/checkins", &checkin(3, pass, "TOS-001"))
            .await
            .0,
        201
    );
    // Lombardia still refuses.
    body["submission_id"] = uuid(4).into();
    body["centre"] = "LOM-001".into();
    assert_eq!(post(&f, "/api/v1/registrations", &body).await.0, 400);
}

#[tokio::test]
async fn personal_data_is_not_in_the_database_file() {
    let f = fixture(false);
    let code = cf("ZPPGFR80A01H501");
    let mut body = registration(1, "TOS-001", &code);
    body["first_name"] = "Gianfrancesco".into();
    body["last_name"] = "Zappacosta".into();
    body["contact"] = serde_json::json!({"email": "gianfrancesco@example.it", "consent": true});
    let (status, reply) = post(&f, "/api/v1/registrations", &body).await;
    assert_eq!(status, 201);
    let pass = reply["pass"].as_str().unwrap().to_owned();
    let path = f.app.store.path().to_owned();
    let bytes = std::fs::read(path).unwrap();
    for secret in [
        code.as_str(),
        "Gianfrancesco",
        "Zappacosta",
        "gianfrancesco@example.it",
        pass.as_str(),
    ] {
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "'{secret}' is in the database file in clear"
        );
    }
}

#[tokio::test]
async fn bad_check_ins_are_refused_clearly() {
    let f = fixture(false);
    let pass = register(&f, 1, "TOS-001", "RSSMRA80A01H501U").await;

    let (status, body) = post(&f, "/api/v1/checkins", &checkin(2, &pass, "TOS-999")).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (404, Some("not_found"))
    );

    let unknown = ponte_domain::pass::PassToken::from_random([9; 17]);
    let (status, body) = post(
        &f,
        "/api/v1/checkins",
        &checkin(3, unknown.as_str(), "TOS-001"),
    )
    .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (403, Some("forbidden"))
    );

    let token = ponte_domain::pass::PassToken::parse(&pass).unwrap();
    assert!(f.app.store.revoke_pass(&token).unwrap());
    let (status, body) = post(&f, "/api/v1/checkins", &checkin(4, &pass, "TOS-001")).await;
    assert_eq!(status, 403);
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("revoked")
    );

    let mut wrong = checkin(5, &pass, "TOS-001");
    wrong["needs"]["public_services"] = serde_json::json!("B");
    let (status, body) = post(&f, "/api/v1/checkins", &wrong).await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (400, Some("needs.public_services"))
    );

    let mut wrong = registration(6, "TOS-001", "RSSMRA80A01H501U");
    wrong["privacy"]["channel"] = "fax".into();
    let (status, body) = post(&f, "/api/v1/registrations", &wrong).await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (400, Some("privacy.channel"))
    );

    let big = "x".repeat(17 * 1024);
    let res = warp::test::request()
        .method("POST")
        .path("/api/v1/checkins")
        .header("content-type", "application/json")
        .body(big)
        .reply(&routes(f.app.clone()))
        .await;
    assert_eq!(res.status(), 413);
    assert_eq!(f.app.store.visit_count().unwrap(), 0);
}

// --- Feedback -------------------------------------------------------------------

async fn post_from(
    f: &Fixture,
    path: &str,
    body: &Value,
    ip: &str,
    device: Option<&str>,
) -> (u16, Value, Option<String>) {
    let mut req = warp::test::request()
        .method("POST")
        .path(path)
        .header("content-type", "application/json")
        .remote_addr(format!("{ip}:40000").parse().unwrap());
    if let Some(d) = device {
        req = req.header("x-ponte-device", d);
    }
    let res = req.json(body).reply(&routes(f.app.clone())).await;
    let retry = res
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().to_owned());
    let body = serde_json::from_slice(res.body()).unwrap_or(Value::Null);
    (res.status().as_u16(), body, retry)
}

fn report(n: u128, centre: Option<&str>, service: &str, category: &str, severity: u8) -> Value {
    let mut r = serde_json::json!({
        "submission_id": uuid(n), "public_service": service, "category": category,
        "severity": severity, "text": "Non si apre. Il mio codice è RSSMRA80A01H501U", "device": "phone"
    });
    if let Some(c) = centre {
        r["centre"] = c.into();
    }
    r
}

#[tokio::test]
async fn feedback_is_masked_counted_and_summarised() {
    let f = fixture(false);
    let ip = "203.0.113.5";
    let (status, body, _) = post_from(
        &f,
        "/api/v1/feedback",
        &report(1, None, "B", "error", 4),
        ip,
        None,
    )
    .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["masked"], serde_json::json!(["codice_fiscale"]));
    // Exactly once, and a reused id is a conflict.
    let (again, body2, _) = post_from(
        &f,
        "/api/v1/feedback",
        &report(1, None, "B", "error", 4),
        ip,
        None,
    )
    .await;
    assert_eq!((again, &body2), (201, &body));
    assert_eq!(
        post_from(
            &f,
            "/api/v1/feedback",
            &report(1, None, "A", "error", 4),
            ip,
            None
        )
        .await
        .0,
        409
    );

    for (n, centre, service, category, severity) in [
        (2, Some("TOS-001"), "B", "login", 2),
        (3, Some("TOS-002"), "D", "slow", 5),
        (4, Some("LOM-001"), "B", "login", 3),
    ] {
        let r = report(n, centre, service, category, severity);
        assert_eq!(post_from(&f, "/api/v1/feedback", &r, ip, None).await.0, 201);
    }
    let (status, toscana) = get(&f, "/api/v1/feedback/summary?programme=toscana").await;
    assert_eq!(status, 200);
    assert_eq!(toscana["total"]["reports"], 2);
    assert_eq!(toscana["by_service"]["B"]["reports"], 1);
    assert_eq!(toscana["by_service"]["D"]["mean_severity"], 5.0);
    let (_, all) = get(&f, "/api/v1/feedback/summary").await;
    assert_eq!(all["total"]["reports"], 4);
    assert_eq!(all["by_service"]["B"]["reports"], 3);
    assert_eq!(all["by_service"]["B"]["mean_severity"], 3.0);
    assert_eq!(all["by_category"]["login"]["reports"], 2);
    // Aggregates only: no text anywhere in the summary.
    assert!(!all.to_string().contains("apre"));

    let (status, body) = get(&f, "/api/v1/feedback/summary?programme=veneto").await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (400, Some("programme"))
    );
}

#[tokio::test]
async fn bad_reports_name_the_field_and_store_nothing() {
    let f = fixture(false);
    let ip = "203.0.113.6";
    let mut r = report(1, None, "Z", "error", 3);
    assert_eq!(
        post_from(&f, "/api/v1/feedback", &r, ip, None).await.1["error"]["field"],
        "public_service"
    );
    r = report(2, None, "B", "broken", 3);
    assert_eq!(
        post_from(&f, "/api/v1/feedback", &r, ip, None).await.1["error"]["field"],
        "category"
    );
    r = report(3, None, "B", "error", 0);
    assert_eq!(
        post_from(&f, "/api/v1/feedback", &r, ip, None).await.1["error"]["field"],
        "severity"
    );
    r = report(4, None, "B", "error", 3);
    r["text"] = "x".repeat(2_001).into();
    assert_eq!(
        post_from(&f, "/api/v1/feedback", &r, ip, None).await.1["error"]["field"],
        "text"
    );
    r = report(5, Some("TOS-999"), "B", "error", 3);
    assert_eq!(post_from(&f, "/api/v1/feedback", &r, ip, None).await.0, 404);
    let (_, all) = get(&f, "/api/v1/feedback/summary").await;
    assert_eq!(all["total"]["reports"], 0);
}

#[tokio::test]
async fn a_flood_from_one_client_is_slowed_but_a_busy_centre_is_not() {
    let f = fixture(false);
    let flood = "198.51.100.9";
    for n in 0..30 {
        let (status, body, _) = post_from(
            &f,
            "/api/v1/feedback",
            &report(100 + n, None, "A", "slow", 2),
            flood,
            None,
        )
        .await;
        assert_eq!(status, 201, "{body}");
    }
    let (status, body, retry) = post_from(
        &f,
        "/api/v1/feedback",
        &report(200, None, "A", "slow", 2),
        flood,
        None,
    )
    .await;
    assert_eq!(status, 429);
    assert_eq!(body["error"]["code"], "too_many_requests");
    let wait: u64 = retry.expect("Retry-After").parse().unwrap();
    assert!((1..=60).contains(&wait));
    // Phones at one centre share its address but not their device ids.
    let centre = "192.0.2.50";
    for phone in 0..12u128 {
        for k in 0..3u128 {
            let r = report(
                1_000 + phone * 10 + k,
                Some("TOS-003"),
                "C",
                "hard_to_understand",
                3,
            );
            let (status, _, _) = post_from(
                &f,
                "/api/v1/feedback",
                &r,
                centre,
                Some(&format!("device-{phone}")),
            )
            .await;
            assert_eq!(status, 201);
        }
    }
    let (_, all) = get(&f, "/api/v1/feedback/summary").await;
    assert_eq!(
        all["total"]["reports"],
        30 + 36,
        "the refused one was not stored"
    );
}

// --- Experience questionnaire (ES1–ES6) ---------------------------------------

fn experience(n: u128, pass: &str) -> Value {
    serde_json::json!({
        "submission_id": uuid(n), "pass": pass, "heard_from": ["L", "A"], "reason": ["G"],
        "come_back": "A", "topics": "Il fascicolo sanitario", "help_source": ["C"], "usefulness": 5
    })
}

#[tokio::test]
async fn only_the_visitor_answers_for_a_visit_and_only_once() {
    let f = fixture(false);
    let anna = register(&f, 1, "TOS-001", &cf("VRDNNA70M41D612")).await;
    let bruno = register(&f, 2, "TOS-001", &cf("BRNBRN60A01D612")).await;
    let (_, visit) = post(&f, "/api/v1/checkins", &checkin(3, &anna, "TOS-001")).await;
    let id = visit["visit"]["id"].as_u64().unwrap();
    let path = format!("/api/v1/visits/{id}/experience");

    // Someone else's pass: 403; a visit that does not exist: 404.
    let (status, _) = post(&f, &path, &experience(10, &bruno)).await;
    assert_eq!(status, 403);
    let (status, _) = post(&f, "/api/v1/visits/999/experience", &experience(11, &anna)).await;
    assert_eq!(status, 404);
    // A code that is not in the national list names its field.
    let mut wrong = experience(12, &anna);
    wrong["heard_from"] = serde_json::json!(["Z"]);
    let (status, body) = post(&f, &path, &wrong).await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (400, Some("heard_from"))
    );

    let (status, first) = post(&f, &path, &experience(13, &anna)).await;
    assert_eq!(status, 201, "{first}");
    assert_eq!(
        post(&f, &path, &experience(13, &anna)).await,
        (201, first),
        "a retry replays"
    );
    // Another submission for the same visit: answered already, and said so (not a
    // reused submission id).
    let (status, body) = post(&f, &path, &experience(14, &anna)).await;
    assert_eq!(
        (
            status,
            body["error"]["code"].as_str(),
            body["error"]["field"].as_str()
        ),
        (409, Some("already_answered"), None)
    );
    // A reused submission id names it.
    let mut reused = experience(13, &anna);
    reused["usefulness"] = 1.into();
    let (status, body) = post(&f, &path, &reused).await;
    assert_eq!(
        (
            status,
            body["error"]["code"].as_str(),
            body["error"]["field"].as_str()
        ),
        (409, Some("conflict"), Some("submission_id"))
    );
}

#[tokio::test]
async fn the_summary_counts_answers_once_per_questionnaire() {
    let f = fixture(false);
    let anna = register_back(&f, 1, "TOS-001", &cf("VRDNNA70M41D612"), 2).await;
    let mut answered = Vec::new();
    // Two visits on two days (one a day is counted).
    for (n, usefulness, days_ago) in [(3u128, 5, 1), (4, 2, 0)] {
        let (_, visit) = post(
            &f,
            "/api/v1/checkins",
            &checkin_at(n, &anna, "TOS-001", days_ago),
        )
        .await;
        let id = visit["visit"]["id"].as_u64().unwrap();
        let mut answers = experience(n + 10, &anna);
        answers["usefulness"] = usefulness.into();
        let path = format!("/api/v1/visits/{id}/experience");
        assert_eq!(post(&f, &path, &answers).await.0, 201);
        // A retry must not be counted again.
        assert_eq!(post(&f, &path, &answers).await.0, 201);
        answered.push(id);
    }
    let (status, summary) = get(&f, "/api/v1/feedback/summary?programme=toscana").await;
    assert_eq!(status, 200);
    let e = &summary["experience"];
    assert_eq!(e["questionnaires"], 2, "{summary}");
    assert_eq!(e["mean_usefulness"], 3.5);
    assert_eq!(e["heard_from"], serde_json::json!({"A": 2, "L": 2}));
    assert_eq!(e["come_back"], serde_json::json!({"A": 2}));
    assert_eq!(e["usefulness"], serde_json::json!({"2": 1, "5": 1}));
    // Another programme's summary does not see them.
    let (_, other) = get(&f, "/api/v1/feedback/summary?programme=lombardia").await;
    assert_eq!(other["experience"]["questionnaires"], 0);
}

// --- Digital-skills survey (DigComp) ---------------------------------------------------

/// Answers to every required item of the current version: every skill at `step`,
/// every knowledge item answered right (or wrong).
async fn survey_answers(f: &Fixture, step: u8, right: bool) -> Value {
    let (status, def) = get(f, "/api/v1/surveys/digcomp?lang=it").await;
    assert_eq!(status, 200);
    let mut answers = serde_json::Map::new();
    for item in def["items"].as_array().unwrap() {
        if item["optional"] == true {
            continue;
        }
        let value = match item["correct"].as_u64() {
            Some(c) if right => c,
            Some(c) => 1 - c,
            None => u64::from(step),
        };
        answers.insert(item["id"].as_str().unwrap().to_owned(), value.into());
    }
    Value::Object(answers)
}

/// A survey finished `days_ago` days ago (sent later by the phone).
fn survey_at(n: u128, pass: Option<&str>, answers: &Value, days_ago: i64) -> Value {
    let mut body = survey(n, pass, answers);
    body["at"] = (now_seconds() - days_ago * 86_400).into();
    body
}

fn survey(n: u128, pass: Option<&str>, answers: &Value) -> Value {
    let mut body = serde_json::json!({
        "submission_id": uuid(n), "version": "2026.2", "centre": "TOS-001", "answers": answers
    });
    if let Some(p) = pass {
        body["pass"] = p.into();
    }
    body
}

#[tokio::test]
async fn the_definition_comes_in_the_asked_language_with_its_key() {
    let f = fixture(false);
    let (status, it) = get(&f, "/api/v1/surveys/digcomp?lang=it").await;
    assert_eq!(status, 200);
    assert_eq!(
        (it["version"].as_str(), it["lang"].as_str()),
        (Some("2026.2"), Some("it"))
    );
    let (_, en) = get(&f, "/api/v1/surveys/digcomp?lang=en").await;
    assert_eq!(en["lang"], "en");
    assert_ne!(en["items"][0]["text"], it["items"][0]["text"]);
    let items = it["items"].as_array().unwrap();
    let areas: std::collections::BTreeSet<u64> =
        items.iter().map(|i| i["area"].as_u64().unwrap()).collect();
    assert_eq!(areas.len(), 5);
    for item in items {
        let options = item["options"].as_array().unwrap();
        match item["kind"].as_str() {
            Some("skill") => {
                assert_eq!(options.len(), 4);
                assert!(item.get("correct").is_none());
            }
            Some("knowledge") => {
                // False, true, and "I don't know"; a right answer is one point, and
                // the reason comes with the key.
                assert_eq!(options.len(), 3);
                assert!(item["correct"].is_u64());
                assert_eq!(item["points"], 1);
                assert!(!item["explanation"].as_str().unwrap().is_empty());
            }
            other => panic!("kind {other:?}"),
        }
    }
    // A phone that began with 2026.1 still gets it, as it was.
    let (_, old) = get(&f, "/api/v1/surveys/digcomp?version=2026.1").await;
    let knowledge = old["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "knowledge")
        .unwrap();
    assert_eq!(
        (
            knowledge["options"].as_array().unwrap().len(),
            knowledge["points"].as_u64()
        ),
        (2, Some(3))
    );
    // A language it does not have yet: Italian, and the reply says so.
    let (_, xx) = get(&f, "/api/v1/surveys/digcomp?lang=xx").await;
    assert_eq!(xx["lang"], "it");
    let (status, body) = get(&f, "/api/v1/surveys/digcomp?version=1999.1").await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (400, Some("version"))
    );
}

/// Someone who can do every task only with help and guesses every true/false right:
/// under 2026.1 the guesses lifted areas to "on their own"; under 2026.2 they do not,
/// and "I don't know" is accepted and scores nothing.
#[tokio::test]
async fn guesses_weigh_little_from_2026_2() {
    let f = fixture(false);
    let path = "/api/v1/surveys/digcomp/responses";
    let mut results = Vec::new();
    for (n, version) in [(1u128, "2026.1"), (2, "2026.2")] {
        let (_, def) = get(&f, &format!("/api/v1/surveys/digcomp?version={version}")).await;
        let mut answers = serde_json::Map::new();
        for item in def["items"].as_array().unwrap() {
            if item["optional"] == true {
                continue;
            }
            let value = item["correct"].as_u64().unwrap_or(1);
            answers.insert(item["id"].as_str().unwrap().to_owned(), value.into());
        }
        let mut body = survey(n, None, &Value::Object(answers));
        body["version"] = version.into();
        let (status, reply) = post(&f, path, &body).await;
        assert_eq!(status, 201, "{reply}");
        results.push(reply);
    }
    let bands = |r: &Value| -> Vec<String> {
        (1..=5)
            .map(|a| {
                r["scores"][a.to_string()]["band"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    };
    assert!(
        bands(&results[0]).iter().any(|b| b == "on_own"),
        "{}",
        results[0]
    );
    assert!(
        bands(&results[1]).iter().all(|b| b == "with_help"),
        "{}",
        results[1]
    );
    // "I don't know" (2) is a valid answer in 2026.2, not in 2026.1.
    let (_, def) = get(&f, "/api/v1/surveys/digcomp").await;
    let knowledge = def["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["kind"] == "knowledge")
        .unwrap();
    let mut answers = survey_answers(&f, 3, true).await;
    answers[knowledge["id"].as_str().unwrap()] = 2.into();
    let (status, reply) = post(&f, path, &survey(3, None, &answers)).await;
    assert_eq!(status, 201, "{reply}");
    let mut old = survey(4, None, &answers);
    old["version"] = "2026.1".into();
    assert_eq!(post(&f, path, &old).await.0, 400);
}

/// An entry taken with 2026.1 is not compared with an exit taken with 2026.2 (items
/// weigh and group differently): the new version's survey becomes the baseline, and
/// the citizen still counts once among the entries.
#[tokio::test]
async fn a_new_version_before_the_exit_becomes_the_baseline() {
    let f = fixture(false);
    let anna = register_back(&f, 1, "TOS-001", &cf("VRDNNA70M41D612"), 21).await;
    let (_, old) = get(&f, "/api/v1/surveys/digcomp?version=2026.1").await;
    let mut answers = serde_json::Map::new();
    for item in old["items"].as_array().unwrap() {
        if item["optional"] != true {
            answers.insert(item["id"].as_str().unwrap().to_owned(), 0.into());
        }
    }
    let path = "/api/v1/surveys/digcomp/responses";
    let mut entry = survey_at(10, Some(&anna), &Value::Object(answers), 20);
    entry["version"] = "2026.1".into();
    let (status, reply) = post(&f, path, &entry).await;
    assert_eq!(
        (status, reply["phase"].as_str()),
        (201, Some("entry")),
        "{reply}"
    );
    post(
        &f,
        "/api/v1/checkins",
        &checkin_at(11, &anna, "TOS-001", 18),
    )
    .await;
    let high = survey_answers(&f, 3, true).await;
    let (_, second) = post(&f, path, &survey(12, Some(&anna), &high)).await;
    assert_eq!(second["phase"], "entry", "{second}");
    assert!(second.get("change").is_none());
    let (_, report) = get(&f, "/api/v1/centres/TOS-001/skills").await;
    assert_eq!(
        (
            report["entry"]["surveys"].as_u64(),
            report["exit"]["surveys"].as_u64()
        ),
        (Some(1), Some(0)),
        "{report}"
    );
    assert_eq!(report["entry"]["mean"]["1"], 100.0, "the new baseline");
}

#[tokio::test]
async fn bad_survey_responses_name_the_item_and_store_nothing() {
    let f = fixture(false);
    let answers = survey_answers(&f, 2, true).await;
    let first = answers.as_object().unwrap().keys().next().unwrap().clone();

    let mut wrong_version = survey(1, None, &answers);
    wrong_version["version"] = "1999.1".into();
    let mut unknown_item = answers.clone();
    unknown_item["not-a-question"] = 1.into();
    let mut too_high = answers.clone();
    too_high[&first] = 4.into();
    let mut missing = answers.clone();
    missing.as_object_mut().unwrap().remove(&first);
    let mut not_a_number = answers.clone();
    not_a_number[&first] = "tanto".into();
    let cases = [
        (wrong_version, "version".to_owned()),
        (
            survey(2, None, &unknown_item),
            "answers.not-a-question".to_owned(),
        ),
        (survey(3, None, &too_high), format!("answers.{first}")),
        (survey(4, None, &missing), format!("answers.{first}")),
        (survey(5, None, &not_a_number), format!("answers.{first}")),
    ];
    for (body, field) in cases {
        let (status, reply) = post(&f, "/api/v1/surveys/digcomp/responses", &body).await;
        assert_eq!(status, 400, "{reply}");
        assert_eq!(
            reply["error"]["field"].as_str(),
            Some(field.as_str()),
            "{reply}"
        );
        assert!(!reply["error"]["message"].as_str().unwrap().is_empty());
    }
    let (status, _) = post(
        &f,
        "/api/v1/surveys/digcomp/responses",
        &serde_json::json!({"submission_id": uuid(6), "version": "2026.2", "centre": "XXX-999", "answers": answers}),
    )
    .await;
    assert_eq!(status, 404);
    let (_, report) = get(&f, "/api/v1/centres/TOS-001/skills").await;
    assert_eq!(
        report["entry"]["surveys"], 0,
        "nothing was stored: {report}"
    );
}

#[tokio::test]
async fn entry_then_exit_gives_a_paired_improvement() {
    let f = fixture(false);
    let anna = register_back(&f, 1, "TOS-001", &cf("VRDNNA70M41D612"), 21).await;
    let low = survey_answers(&f, 0, false).await;
    let high = survey_answers(&f, 2, true).await;
    let path = "/api/v1/surveys/digcomp/responses";

    // Made once: two bodies made a second apart would carry different times.
    let first = survey_at(10, Some(&anna), &low, 20);
    let (status, entry) = post(&f, path, &first).await;
    assert_eq!(status, 201, "{entry}");
    assert_eq!(entry["phase"], "entry");
    assert_eq!(entry["scores"]["1"]["percent"], 0);
    assert_eq!(entry["scores"]["1"]["band"], "not_yet");
    assert_eq!(entry["every_area_with_help"], false);
    assert!(entry.get("change").is_none());
    // The same submission again replays; a different body under its id is refused.
    assert_eq!(post(&f, path, &first).await, (201, entry));
    let (status, _) = post(&f, path, &survey(10, Some(&anna), &high)).await;
    assert_eq!(status, 409);

    // Again before any service: still an entry, and not counted twice.
    let (_, again) = post(&f, path, &survey_at(11, Some(&anna), &high, 19)).await;
    assert_eq!(again["phase"], "entry");
    // An anonymous survey: answered as an entry, linked to nobody, summed apart.
    let (_, anonymous) = post(&f, path, &survey(12, None, &high)).await;
    assert_eq!(anonymous["phase"], "entry");

    // A service, then a survey only ten days after the entry: too soon to be the exit.
    let (status, _) = post(
        &f,
        "/api/v1/checkins",
        &checkin_at(13, &anna, "TOS-001", 18),
    )
    .await;
    assert_eq!(status, 201);
    let (_, soon) = post(&f, path, &survey_at(17, Some(&anna), &high, 10)).await;
    assert_eq!(soon["phase"], "entry", "{soon}");
    // Twenty days after the entry, with a service between: the exit.
    let (status, exit) = post(&f, path, &survey(14, Some(&anna), &high)).await;
    assert_eq!(status, 201, "{exit}");
    assert_eq!(exit["phase"], "exit");
    // Skills at step 2 of 0–3 and every key right: each area between 67 and 100.
    for area in ["1", "2", "3", "4", "5"] {
        let p = exit["scores"][area]["percent"].as_i64().unwrap();
        assert!((67..=100).contains(&p), "area {area}: {p}");
        assert_eq!(exit["change"][area].as_i64().unwrap(), p, "from 0 at entry");
    }
    assert_eq!(exit["every_area_with_help"], true);

    let (status, report) = get(&f, "/api/v1/centres/TOS-001/skills").await;
    assert_eq!(status, 200);
    assert_eq!(report["entry"]["surveys"], 1, "Anna's first only: {report}");
    assert_eq!(report["anonymous"]["surveys"], 1, "{report}");
    assert_eq!(report["anonymous"]["every_area_with_help_share"], 1.0);
    assert_eq!(report["exit"]["surveys"], 1);
    assert_eq!(report["improvement"]["pairs"], 1);
    assert_eq!(report["entry"]["every_area_with_help_share"], 0.0);
    assert_eq!(report["exit"]["every_area_with_help_share"], 1.0);
    let exit_1 = exit["scores"]["1"]["percent"].as_f64().unwrap();
    assert_eq!(report["exit"]["mean"]["1"].as_f64(), Some(exit_1));
    assert_eq!(
        report["improvement"]["mean_change"]["1"].as_f64(),
        Some(exit_1)
    );
    assert_eq!(report["entry"]["mean"]["1"].as_f64(), Some(0.0));

    // Another service and a second exit replace the first in the sums.
    post(&f, "/api/v1/checkins", &checkin(15, &anna, "TOS-001")).await;
    let (_, second) = post(&f, path, &survey(16, Some(&anna), &low)).await;
    assert_eq!(second["phase"], "exit");
    assert_eq!(second["change"]["1"], 0);
    let (_, report) = get(&f, "/api/v1/centres/TOS-001/skills").await;
    assert_eq!(report["exit"]["surveys"], 1, "{report}");
    assert_eq!(report["improvement"]["pairs"], 1);
    assert_eq!(report["improvement"]["mean_change"]["1"], 0.0);
    assert_eq!(report["exit"]["every_area_with_help_share"], 0.0);

    // The programme's report sums its centres (all, or one province's).
    let (status, toscana) = get(&f, "/api/v1/programmes/toscana/skills").await;
    assert_eq!(status, 200, "{toscana}");
    assert_eq!(toscana["centres"], 169);
    assert_eq!(toscana["improvement"], report["improvement"]);
    assert_eq!(toscana["entry"], report["entry"]);
    let province = f
        .app
        .store
        .reference()
        .centre(&ponte_domain::CentreCode::parse("TOS-001").unwrap())
        .unwrap()
        .province
        .code;
    let (_, here) = get(
        &f,
        &format!("/api/v1/programmes/toscana/skills?province={province}"),
    )
    .await;
    assert_eq!(here["exit"]["surveys"], 1, "{here}");
    let (_, milano) = get(&f, "/api/v1/programmes/lombardia/skills?province=MI").await;
    assert_eq!(milano["exit"]["surveys"], 0);
    let (status, body) = get(&f, "/api/v1/programmes/toscana/skills?province=XX").await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (400, Some("province"))
    );
    assert_eq!(get(&f, "/api/v1/programmes/atlantide/skills").await.0, 404);

    // A day range without surveys reads as empty.
    let (_, empty) = get(
        &f,
        "/api/v1/centres/TOS-001/skills?from=2025-01-01&to=2025-01-31",
    )
    .await;
    assert_eq!(empty["entry"]["surveys"], 0);
    assert_eq!(empty["improvement"]["mean_change"], serde_json::json!({}));
}

#[tokio::test]
async fn anonymous_surveys_are_limited_per_phone_but_citizens_are_not() {
    let f = fixture(false);
    let answers = survey_answers(&f, 1, true).await;
    let anna = register(&f, 1, "TOS-001", &cf("VRDNNA70M41D612")).await;
    let path = "/api/v1/surveys/digcomp/responses";
    for n in 0..5 {
        let (status, _, _) = post_from(
            &f,
            path,
            &survey(100 + n, None, &answers),
            "10.0.0.9",
            Some("kiosk"),
        )
        .await;
        assert_eq!(status, 201);
    }
    let (status, body, retry) = post_from(
        &f,
        path,
        &survey(200, None, &answers),
        "10.0.0.9",
        Some("kiosk"),
    )
    .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (429, Some("too_many_requests"))
    );
    assert!(retry.is_some());
    // Another phone at the same address, and a citizen with a pass, go through.
    let (status, _, _) = post_from(
        &f,
        path,
        &survey(201, None, &answers),
        "10.0.0.9",
        Some("phone-2"),
    )
    .await;
    assert_eq!(status, 201);
    let (status, _, _) = post_from(
        &f,
        path,
        &survey(202, Some(&anna), &answers),
        "10.0.0.9",
        Some("kiosk"),
    )
    .await;
    assert_eq!(status, 201);
    let (_, report) = get(&f, "/api/v1/centres/TOS-001/skills").await;
    assert_eq!(
        (
            report["anonymous"]["surveys"].as_u64(),
            report["entry"]["surveys"].as_u64()
        ),
        (Some(6), Some(1)),
        "the refused one was not stored: {report}"
    );
}

#[tokio::test]
async fn anonymous_surveys_are_bounded_per_address_and_day_and_per_centre_and_day() {
    let f = fixture(false);
    let answers = survey_answers(&f, 1, true).await;
    let path = "/api/v1/surveys/digcomp/responses";
    // One address, new device ids every time, slowly (under the per-minute limit):
    // the daily ceiling of the address stops it.
    let mut refused = None;
    for n in 0..60u128 {
        let (status, _, retry) = post_from(
            &f,
            path,
            &survey(300 + n, None, &answers),
            "10.0.0.7",
            Some(&format!("d{n}")),
        )
        .await;
        if status == 429 {
            refused = Some((n, retry.is_some()));
            break;
        }
        assert_eq!(status, 201);
        // Each phone's minute starts afresh for the next; only the day's count grows.
        if n % 25 == 24 {
            f.app.survey_limit.forget();
        }
    }
    assert_eq!(refused, Some((40, true)), "40 a day from one address");
    // However many addresses, a centre counts at most its daily share of anonymous ones.
    let mut stored = 40;
    for n in 0..100u128 {
        let (status, _) = post(&f, path, &survey(500 + n, None, &answers)).await;
        if status == 429 {
            break;
        }
        stored += 1;
    }
    assert_eq!(stored, crate::store::ANONYMOUS_PER_CENTRE_DAY);
    let (_, report) = get(&f, "/api/v1/centres/TOS-001/skills").await;
    assert_eq!(report["anonymous"]["surveys"].as_u64(), Some(stored));
    assert_eq!(
        report["entry"]["surveys"], 0,
        "the citizens' figures are untouched"
    );
}
