//! Kiosk pairing: a code from the console, used once within 10 minutes, exchanged for
//! the tablet's token; revoking sends the tablet back to the pairing screen.

use ponte_domain::staff::Role;
use serde_json::json;

use super::staff::{account, call, signed_in};
use super::{cf, fixture, post, post_from, registration, uuid};

/// A paired kiosk of TOS-001: (its id, its token).
pub(super) async fn paired(f: &super::Fixture, cookie: &str) -> (u64, String) {
    let (status, offer) = call(
        f,
        "POST",
        "/api/v1/kiosks/pairings",
        Some(cookie),
        Some(&json!({"centre": "TOS-001"})),
    )
    .await;
    assert_eq!(status, 201, "{offer}");
    let code = offer["code"].as_str().unwrap().to_lowercase();
    let (status, kiosk) = post(f, "/api/v1/kiosks", &json!({"code": code})).await;
    assert_eq!(status, 201, "{kiosk}");
    (
        kiosk["kiosk"].as_u64().unwrap(),
        kiosk["token"].as_str().unwrap().to_owned(),
    )
}

async fn me(f: &super::Fixture, token: &str) -> (u16, serde_json::Value) {
    let res = warp::test::request()
        .path("/api/v1/kiosks/me")
        .header("x-ponte-kiosk", token)
        .reply(&crate::http::routes(f.app.clone()))
        .await;
    (
        res.status().as_u16(),
        serde_json::from_slice(res.body()).unwrap_or_default(),
    )
}

#[tokio::test]
async fn a_tablet_is_paired_once_by_a_code_and_revoked() {
    let f = fixture(false);
    account(&f, "fac@tos1.it", Role::Facilitator, None, &["TOS-001"]);
    let cookie = signed_in(&f, "fac@tos1.it").await;
    let (status, offer) = call(
        &f,
        "POST",
        "/api/v1/kiosks/pairings",
        Some(&cookie),
        Some(&json!({"centre": "TOS-001"})),
    )
    .await;
    assert_eq!(status, 201);
    let code = offer["code"].as_str().unwrap().to_owned();
    assert_eq!(code.len(), 6);
    assert!(offer["expires_at"].as_i64().unwrap() - super::now_seconds() > 590);
    let (status, kiosk) = post(
        &f,
        "/api/v1/kiosks",
        &json!({"code": format!("{}-{}", &code[..3], &code[3..])}),
    )
    .await;
    assert_eq!(
        (status, kiosk["centre"].as_str()),
        (201, Some("TOS-001")),
        "{kiosk}"
    );
    let token = kiosk["token"].as_str().unwrap().to_owned();
    // A code pairs one tablet; the token is not kept in clear.
    assert_eq!(
        post(&f, "/api/v1/kiosks", &json!({"code": code})).await.0,
        404
    );
    let raw = std::fs::read(f.app.store.path()).unwrap();
    assert!(!raw.windows(token.len()).any(|w| w == token.as_bytes()));
    assert_eq!(
        me(&f, &token).await,
        (
            200,
            json!({"kiosk": kiosk["kiosk"], "centre": "TOS-001", "idle_seconds": 90})
        )
    );
    let (_, list) = call(
        &f,
        "GET",
        "/api/v1/centres/TOS-001/kiosks",
        Some(&cookie),
        None,
    )
    .await;
    assert_eq!(list["kiosks"].as_array().unwrap().len(), 1);
    // Revoked: back to the pairing screen.
    let id = kiosk["kiosk"].as_u64().unwrap();
    assert_eq!(
        call(
            &f,
            "POST",
            &format!("/api/v1/kiosks/{id}/revoke"),
            Some(&cookie),
            None
        )
        .await
        .0,
        200
    );
    assert_eq!(me(&f, &token).await.0, 401);
    assert_eq!(me(&f, "not a token").await.0, 401);
    let (status, bad) = post(&f, "/api/v1/kiosks", &json!({"code": "0O1IL!"})).await;
    assert_eq!(
        (status, bad["error"]["field"].as_str()),
        (400, Some("code"))
    );
}

#[tokio::test]
async fn pairing_codes_cannot_be_guessed_in_a_hurry() {
    let f = fixture(false);
    let mut statuses = Vec::new();
    for _ in 0..7 {
        let (status, _, _) = post_from(
            &f,
            "/api/v1/kiosks",
            &json!({"code": "ABCDEF"}),
            "203.0.113.40",
            None,
        )
        .await;
        statuses.push(status);
    }
    assert_eq!(statuses, [404, 404, 404, 404, 404, 429, 429]);
    // Another address is not slowed by it.
    let (status, _, _) = post_from(
        &f,
        "/api/v1/kiosks",
        &json!({"code": "ABCDEF"}),
        "203.0.113.41",
        None,
    )
    .await;
    assert_eq!(status, 404);
}

async fn post_as_kiosk(
    f: &super::Fixture,
    path: &str,
    token: Option<&str>,
    body: &serde_json::Value,
) -> (u16, serde_json::Value) {
    let mut req = warp::test::request()
        .method("POST")
        .path(path)
        .header("content-type", "application/json");
    if let Some(token) = token {
        req = req.header("x-ponte-kiosk", token);
    }
    let res = req
        .json(body)
        .reply(&crate::http::routes(f.app.clone()))
        .await;
    (
        res.status().as_u16(),
        serde_json::from_slice(res.body()).unwrap_or_default(),
    )
}

/// What only a paired tablet may do: sign up with the channel "kiosk" at its own
/// centre, check a citizen in by the pass read by its camera or the code typed, at its
/// own centre whatever the body says; its idle time is the centre's.
#[tokio::test]
async fn a_paired_kiosk_signs_up_and_checks_in_at_its_own_centre() {
    let f = fixture(false);
    account(&f, "fac@tos1.it", Role::Facilitator, None, &["TOS-001"]);
    let cookie = signed_in(&f, "fac@tos1.it").await;
    let (_, token) = paired(&f, &cookie).await;

    let mut sign_up = registration(1, "TOS-001", &cf("RSSMRA80A01D612"));
    sign_up["privacy"]["channel"] = json!("kiosk");
    // Not from a tablet, or from one of another centre: refused, nothing stored.
    let (status, body) = post_as_kiosk(&f, "/api/v1/registrations", None, &sign_up).await;
    assert_eq!(status, 401, "{body}");
    let mut elsewhere = sign_up.clone();
    elsewhere["centre"] = json!("TOS-002");
    let (status, body) = post_as_kiosk(&f, "/api/v1/registrations", Some(&token), &elsewhere).await;
    assert_eq!(status, 403, "{body}");
    let (status, body) = post_as_kiosk(&f, "/api/v1/registrations", Some(&token), &sign_up).await;
    assert_eq!(status, 201, "{body}");
    let pass = body["pass"].as_str().unwrap().to_owned();
    let code = super::staff::short(&pass);

    // The code typed at the kiosk checks in at the kiosk's centre; once a day.
    let checkin = json!({"submission_id": uuid(2), "pass": code, "centre": "TOS-002"});
    let (status, body) = post_as_kiosk(&f, "/api/v1/kiosks/checkins", Some(&token), &checkin).await;
    assert_eq!(status, 400, "the body names no centre: {body}");
    let checkin = json!({"submission_id": uuid(2), "pass": code,
        "needs": {"public_services": ["B"], "competences": []}});
    let (status, first) =
        post_as_kiosk(&f, "/api/v1/kiosks/checkins", Some(&token), &checkin).await;
    assert_eq!(status, 201, "{first}");
    assert_eq!(first["visit"]["centre"], "TOS-001", "{first}");
    let again = json!({"submission_id": uuid(3), "pass": pass});
    let (status, second) = post_as_kiosk(&f, "/api/v1/kiosks/checkins", Some(&token), &again).await;
    assert_eq!(status, 200, "{second}");
    assert_eq!(second["visit"]["id"], first["visit"]["id"]);
    // The visit's questions answered at the kiosk by the same code; by nobody else.
    let visit = first["visit"]["id"].as_u64().unwrap();
    let mut answers = super::experience(7, &code);
    let path = format!("/api/v1/visits/{visit}/experience");
    let (status, body) = post_as_kiosk(&f, &path, None, &answers).await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (400, Some("pass")),
        "{body}"
    );
    let (status, body) = post_as_kiosk(&f, &path, Some(&token), &answers).await;
    assert_eq!(status, 201, "{body}");
    answers["submission_id"] = json!(uuid(8));
    assert_eq!(
        post_as_kiosk(&f, &path, Some(&token), &answers).await.0,
        409
    );
    // Without a tablet's token nobody checks in by a typed code.
    let stranger = json!({"submission_id": uuid(4), "pass": code});
    assert_eq!(
        post_as_kiosk(&f, "/api/v1/kiosks/checkins", None, &stranger)
            .await
            .0,
        401
    );
    let (status, bad) = post_as_kiosk(
        &f,
        "/api/v1/kiosks/checkins",
        Some(&token),
        &json!({"submission_id": uuid(5), "pass": "ZZZZ"}),
    )
    .await;
    assert_eq!(
        (status, bad["error"]["field"].as_str()),
        (400, Some("pass"))
    );

    // A check-in that says its notice was read at a kiosk comes from one.
    let claimed = json!({"submission_id": uuid(6), "pass": pass, "centre": "TOS-001",
        "privacy": {"version": super::privacy_version(), "channel": "kiosk"}});
    assert_eq!(
        post_as_kiosk(&f, "/api/v1/checkins", None, &claimed)
            .await
            .0,
        401
    );
    // A header that is not text is the caller's mistake, not the server's.
    let res = warp::test::request()
        .path("/api/v1/kiosks/me")
        .header("x-ponte-kiosk", &b"\xff\xfe"[..])
        .reply(&crate::http::routes(f.app.clone()))
        .await;
    assert_eq!(res.status(), 400);

    // The centre sets its kiosks' idle time, within reason.
    let (status, bad) = call(
        &f,
        "POST",
        "/api/v1/centres/TOS-001/kiosk-settings",
        Some(&cookie),
        Some(&json!({"idle_seconds": 5})),
    )
    .await;
    assert_eq!(
        (status, bad["error"]["field"].as_str()),
        (400, Some("idle_seconds"))
    );
    let (status, _) = call(
        &f,
        "POST",
        "/api/v1/centres/TOS-001/kiosk-settings",
        Some(&cookie),
        Some(&json!({"idle_seconds": 45})),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(me(&f, &token).await.1["idle_seconds"], 45);
}
