//! The defences every request passes: writes only from Ponte's own pages and as JSON,
//! oversized requests refused in JSON, floods slowed, replies that say their type and
//! are not cached, JSON compressed, and the keys tied to their database.

use serde_json::Value;

use super::*;

async fn post_with(f: &Fixture, path: &str, headers: &[(&str, &str)], body: &str) -> (u16, Value) {
    let mut req = warp::test::request().method("POST").path(path);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = req.body(body).reply(&routes(f.app.clone())).await;
    let body = serde_json::from_slice(res.body()).unwrap_or(Value::Null);
    (res.status().as_u16(), body)
}

fn citizens(f: &Fixture) -> u64 {
    f.app.store.citizen_count().unwrap()
}

#[tokio::test]
async fn a_write_from_another_site_or_without_its_type_is_refused_and_stores_nothing() {
    let f = fixture(false);
    let body = registration(1, "TOS-001", "RSSMRA80A01H501U").to_string();
    let json = ("content-type", "application/json");
    for headers in [
        vec![json, ("origin", "https://evil.example")],
        vec![json, ("origin", "null")],
        vec![json, ("sec-fetch-site", "cross-site")],
    ] {
        let (status, reply) = post_with(&f, "/api/v1/registrations", &headers, &body).await;
        assert_eq!(status, 403, "{headers:?}: {reply}");
        assert_eq!(reply["error"]["code"], "forbidden");
    }
    // A body without a type is what another page can send without a preflight.
    for headers in [vec![], vec![("content-type", "text/plain")]] {
        let (status, reply) = post_with(&f, "/api/v1/registrations", &headers, &body).await;
        assert_eq!(status, 415, "{headers:?}: {reply}");
    }
    assert_eq!(citizens(&f), 0);
    // Staff writes too: a sign-in from another site is refused before any password
    // is checked.
    let (status, _) = post_with(
        &f,
        "/api/v1/session",
        &[json, ("origin", "https://evil.example")],
        r#"{"email":"a@b.it","password":"x"}"#,
    )
    .await;
    assert_eq!(status, 403);
    // From this server's own pages it goes through.
    let (status, reply) = post_with(
        &f,
        "/api/v1/registrations",
        &[
            json,
            ("origin", "https://ponte.example.it"),
            ("sec-fetch-site", "same-origin"),
        ],
        &body,
    )
    .await;
    assert_eq!(status, 201, "{reply}");
    assert_eq!(citizens(&f), 1);
}

#[tokio::test]
async fn replies_say_their_type_are_not_cached_when_personal_and_compress_when_large() {
    let f = fixture(false);
    let res = warp::test::request()
        .method("POST")
        .path("/api/v1/registrations")
        .header("content-type", "application/json")
        .json(&registration(1, "TOS-001", "RSSMRA80A01H501U"))
        .reply(&routes(f.app.clone()))
        .await;
    assert_eq!(res.status(), 201);
    assert_eq!(
        res.headers()["cache-control"],
        "no-store",
        "it carries a pass"
    );
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    for path in ["/api/v1/nothing", "/api/v1/centres/XXX-999", "/healthz"] {
        let res = warp::test::request()
            .path(path)
            .reply(&routes(f.app.clone()))
            .await;
        assert_eq!(res.headers()["x-content-type-options"], "nosniff", "{path}");
        assert!(res.headers().contains_key("cache-control"), "{path}");
    }
    for path in [
        "/api/v1/surveys/digcomp?lang=it",
        "/api/v1/feedback/summary",
        "/api/v1/centres/TOS-001/skills",
        "/api/v1/programmes",
    ] {
        let res = warp::test::request()
            .path(path)
            .header("accept-encoding", "gzip, br")
            .reply(&routes(f.app.clone()))
            .await;
        assert_eq!(res.status(), 200, "{path}");
        let len = res.body().len();
        let encoding = res
            .headers()
            .get("content-encoding")
            .map(|v| v.to_str().unwrap());
        if len >= crate::http::compress::JSON_MIN || encoding.is_some() {
            assert_eq!(encoding, Some("br"), "{path}: {len} bytes");
            let mut plain = Vec::new();
            std::io::Read::read_to_end(
                &mut brotli::Decompressor::new(res.body().as_ref(), 4096),
                &mut plain,
            )
            .unwrap();
            let _: Value = serde_json::from_slice(&plain).unwrap();
        }
        assert_eq!(res.headers()["vary"], "Accept-Encoding", "{path}");
    }
    let res = warp::test::request()
        .path("/api/v1/surveys/digcomp?lang=it")
        .header("accept-encoding", "gzip, br")
        .reply(&routes(f.app.clone()))
        .await;
    assert_eq!(
        res.headers()["content-encoding"],
        "br",
        "the survey is large"
    );
}

#[tokio::test]
async fn unknown_paths_and_oversized_requests_are_refused_in_json() {
    let f = fixture(true);
    let (status, reply) = post_with(
        &f,
        "/no/such/thing",
        &[("content-type", "application/json")],
        "{}",
    )
    .await;
    assert_eq!(
        (status, reply["error"]["code"].as_str()),
        (404, Some("not_found"))
    );
    let (status, _) = post_with(&f, "/api/v1/nothing", &[], "").await;
    assert_eq!(status, 404);
    // A real route with the wrong method is still a 405.
    let res = warp::test::request()
        .path("/api/v1/registrations")
        .reply(&routes(f.app.clone()))
        .await;
    assert_eq!(res.status(), 405);

    // Over Ponte's limit; past 64 KB the address cannot even be parsed (the `http`
    // crate's limit), and hyper answers an empty 414 before any of this runs.
    let long = format!("/api/v1/centres?q={}", "a".repeat(20 * 1024));
    let (status, reply) = get(&f, &long).await;
    assert_eq!(
        (status, reply["error"]["code"].as_str()),
        (414, Some("uri_too_long"))
    );
    let mut req = warp::test::request().path("/healthz");
    for n in 0..1000 {
        req = req.header(format!("x-h-{n}").as_str(), "1");
    }
    let res = req.reply(&routes(f.app.clone())).await;
    assert_eq!(res.status(), 431);
    let reply: Value = serde_json::from_slice(res.body()).unwrap();
    assert_eq!(reply["error"]["code"], "headers_too_large");
}

/// One client cannot pile up citizens or check one pass in thousands of times, while
/// a centre's network full of phones at an event's start gets through.
#[tokio::test]
async fn sign_ups_and_check_ins_are_limited_per_client_and_pass_not_per_centre() {
    let f = fixture(false);
    let script = "198.51.100.9";
    let mut refused_at = None;
    for n in 0..20u128 {
        let body = registration(100 + n, "TOS-001", &cf(&format!("RSSMRA80A01H{:03}", n)));
        let (status, _, retry) =
            post_from(&f, "/api/v1/registrations", &body, script, Some("dev")).await;
        if status == 429 {
            assert!(retry.is_some());
            refused_at = Some(n);
            break;
        }
        assert_eq!(status, 201);
    }
    assert_eq!(
        refused_at,
        Some(5),
        "a sixth sign-up a minute from one phone"
    );
    // A centre's router: a hundred phones, each signing up once, all get through.
    let centre = "203.0.113.50";
    let mut passes = Vec::new();
    for n in 0..100u128 {
        let code = cf(&format!("BNCLRA85M41D{:03}", n));
        let (status, body, _) = post_from(
            &f,
            "/api/v1/registrations",
            &registration(1_000 + n, "TOS-001", &code),
            centre,
            Some(&format!("phone-{n}")),
        )
        .await;
        assert_eq!(status, 201, "phone {n}: {body}");
        passes.push(body["pass"].as_str().unwrap().to_owned());
    }
    // And each checks in once.
    for (n, pass) in passes.iter().enumerate() {
        let (status, body, _) = post_from(
            &f,
            "/api/v1/checkins",
            &checkin(5_000 + n as u128, pass, "TOS-001"),
            centre,
            Some(&format!("phone-{n}")),
        )
        .await;
        assert_eq!(status, 201, "phone {n}: {body}");
    }
    // One pass sent again and again, from addresses and devices that change.
    let pass = &passes[0];
    let mut refused_at = None;
    for n in 0..20u128 {
        let (status, _, _) = post_from(
            &f,
            "/api/v1/checkins",
            &checkin(9_000 + n, pass, "TOS-001"),
            &format!("192.0.2.{n}"),
            Some(&n.to_string()),
        )
        .await;
        if status == 429 {
            refused_at = Some(n);
            break;
        }
        assert_eq!(status, 200, "already checked in today");
    }
    assert_eq!(refused_at, Some(5), "the pass's first check-in counted too");
    // A retry of one it sent is not a new one: answered, not refused.
    let (status, _, _) = post_from(
        &f,
        "/api/v1/checkins",
        &checkin(5_000, pass, "TOS-001"),
        centre,
        Some("phone-0"),
    )
    .await;
    assert_eq!(status, 201);
}

#[test]
fn a_codice_fiscale_in_an_address_is_not_logged() {
    for path in [
        "/api/v1/citizens/RSSMRA80A01H501U",
        "/c/RSS%20MRA%2080A01%20H501U",
        "/x/mario.rossi@example.it/y",
    ] {
        let logged = crate::http::logged_path(path);
        assert!(
            !logged.contains("501U") && !logged.contains("rossi@"),
            "{logged}"
        );
    }
    assert_eq!(
        crate::http::logged_path("/api/v1/centres/TOS-001"),
        "/api/v1/centres/TOS-001"
    );
}
