//! The HTTP surface through warp's test harness, over a real redb file in a temp dir.

use std::sync::Arc;

use serde_json::Value;

use super::assets::Assets;
use super::{App, routes};
use crate::seed;
use crate::store::Store;

struct Fixture {
    app: App,
    _dir: tempfile::TempDir,
}

fn fixture(with_dist: bool) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("data")).unwrap();
    seed::load_demo(&store).unwrap();
    let assets = with_dist.then(|| {
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
        let assets = Assets::load(&dist).unwrap();
        assets.precompress();
        Arc::new(assets)
    });
    Fixture {
        app: App {
            store: Arc::new(store),
            public_url: "https://ponte.example.it".into(),
            assets,
        },
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
        (200, serde_json::json!({"status": "ok"}))
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
    assert_eq!(
        crate::qr::centre_url(
            "https://ponte.example.it/",
            &ponte_domain::CentreCode::parse("TOS-007").unwrap()
        ),
        "https://ponte.example.it/c/TOS-007"
    );
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
