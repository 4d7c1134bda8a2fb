//! Staff sessions, scopes and the desk, through warp's test harness over a real redb
//! file: the authorisation matrix, login throttling, a stolen cookie after logout,
//! cross-site writes, and services counted once per service and per participant.

use std::collections::BTreeSet;

use ponte_domain::staff::{Email, Role, Scope};
use serde_json::{Value, json};

use super::{Fixture, cf, checkin, fixture, register, registration, uuid};
use crate::http::routes;
use crate::http::staff::ENDPOINTS;

const PASSWORD: &str = "una frase lunga abbastanza";
const ORIGIN: &str = "https://ponte.example.it";

fn code(c: &str) -> ponte_domain::CentreCode {
    ponte_domain::CentreCode::parse(c).unwrap()
}

pub(super) fn account(
    f: &Fixture,
    email: &str,
    role: Role,
    programme: Option<&str>,
    centres: &[&str],
) {
    let scope = Scope::new(
        role,
        programme.map(|p| ponte_domain::ProgrammeId::parse(p).unwrap()),
        centres.iter().map(|c| code(c)).collect(),
    )
    .unwrap();
    crate::staff::accounts::create(
        &f.app.store,
        Email::parse(email).unwrap(),
        scope,
        Some(PASSWORD.into()),
        "test",
        0,
    )
    .unwrap();
}

/// Signs in from `ip`: the status and the session cookie (`name=value`).
async fn login(f: &Fixture, email: &str, password: &str, ip: &str) -> (u16, Option<String>) {
    let res = warp::test::request()
        .method("POST")
        .path("/api/v1/session")
        .header("content-type", "application/json")
        .header("origin", ORIGIN)
        .remote_addr(format!("{ip}:40000").parse().unwrap())
        .json(&json!({"email": email, "password": password}))
        .reply(&routes(f.app.clone()))
        .await;
    let cookie = res.headers().get("set-cookie").map(|v| {
        let v = v.to_str().unwrap();
        assert!(
            v.contains("HttpOnly") && v.contains("SameSite=Strict"),
            "{v}"
        );
        assert!(v.contains("Secure"), "the public URL is https: {v}");
        v.split(';').next().unwrap().to_owned()
    });
    (res.status().as_u16(), cookie)
}

pub(super) async fn signed_in(f: &Fixture, email: &str) -> String {
    let (status, cookie) = login(f, email, PASSWORD, "198.51.100.1").await;
    assert_eq!(status, 200, "{email}");
    cookie.unwrap()
}

/// A request as the console sends it: the cookie, and this server's origin.
pub(super) async fn call(
    f: &Fixture,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    body: Option<&Value>,
) -> (u16, Value) {
    call_from(f, method, path, cookie, body, Some(ORIGIN)).await
}

async fn call_from(
    f: &Fixture,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    body: Option<&Value>,
    origin: Option<&str>,
) -> (u16, Value) {
    let mut req = warp::test::request().method(method).path(path);
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    if let Some(o) = origin {
        req = req.header("origin", o);
    }
    if let Some(b) = body {
        req = req.header("content-type", "application/json").json(b);
    }
    let res = req.reply(&routes(f.app.clone())).await;
    let body = serde_json::from_slice(res.body()).unwrap_or(Value::Null);
    (res.status().as_u16(), body)
}

pub(super) fn service(n: u128, centre: &str, types: &[&str], visits: &[u64]) -> Value {
    let today = ponte_domain::clock::rome_date(super::now_seconds()).unwrap();
    json!({
        "submission_id": uuid(n), "centre": centre, "date": today.to_string(),
        "duration": "00:45", "types": types, "competences": ["9"], "domains": ["A"],
        "details": "SPID con la CIE", "visits": visits,
    })
}

/// Signs up and checks in a citizen at `centre`: their pass and today's visit id.
pub(super) async fn visitor(f: &Fixture, n: u128, centre: &str, first15: &str) -> (String, u64) {
    let pass = register(f, n, centre, &cf(first15)).await;
    let (status, body) = super::post(f, "/api/v1/checkins", &checkin(n + 1, &pass, centre)).await;
    assert_eq!(status, 201, "{body}");
    (pass, body["visit"]["id"].as_u64().unwrap())
}

/// The short code of a pass, as printed under its QR.
pub(super) fn short(pass: &str) -> String {
    ponte_domain::pass::PassToken::parse(pass)
        .unwrap()
        .short_code()
}

const WHO: [&str; 7] = [
    "anonymous",
    "facilitator here",
    "facilitator elsewhere",
    "coordinator here",
    "region here",
    "region elsewhere",
    "admin",
];

/// Every staff endpoint × every kind of caller → the status expected. A new endpoint
/// without a row here fails the test.
#[tokio::test]
async fn authorisation_matrix() {
    let f = fixture(false);
    account(&f, "fac@tos1.it", Role::Facilitator, None, &["TOS-001"]);
    account(&f, "fac@tos2.it", Role::Facilitator, None, &["TOS-002"]);
    account(
        &f,
        "coord@tos.it",
        Role::Coordinator,
        None,
        &["TOS-001", "TOS-003"],
    );
    account(&f, "region@toscana.it", Role::Region, Some("toscana"), &[]);
    account(
        &f,
        "region@lombardia.it",
        Role::Region,
        Some("lombardia"),
        &[],
    );
    account(&f, "admin@ponte.it", Role::Admin, None, &[]);
    let emails = [
        "fac@tos1.it",
        "fac@tos2.it",
        "coord@tos.it",
        "region@toscana.it",
        "region@lombardia.it",
        "admin@ponte.it",
    ];
    let mut cookies: Vec<Option<String>> = vec![None];
    for e in emails {
        cookies.push(Some(signed_in(&f, e).await));
    }
    // One citizen (and one account to disable) per caller, so that what one caller
    // changes does not decide what the next one gets.
    let firsts = [
        "RSSMRA80A01D612",
        "VRDGPP75B02D612",
        "BNCLRA70C43D612",
        "NREMRC65D04D612",
        "GLLFNC60E05D612",
        "BRNSRA55H46D612",
        "CSTLCU50L07D612",
    ];
    let mut people = Vec::new();
    for (i, first) in firsts.iter().enumerate() {
        people.push(visitor(&f, 100 + 10 * i as u128, "TOS-001", first).await);
        account(
            &f,
            &format!("target{i}@tos1.it"),
            Role::Facilitator,
            None,
            &["TOS-001"],
        );
    }

    let (status, filed) = super::post(
        &f,
        "/api/v1/feedback",
        &super::report(5000, Some("TOS-001"), "A", "login", 3),
    )
    .await;
    assert_eq!(status, 201, "{filed}");
    let report_id = filed["id"].as_u64().unwrap();
    let (status, made) = call(
        &f,
        "POST",
        "/api/v1/events",
        cookies[1].as_deref(),
        Some(&super::events::event_body(5500, -600, 3600, None)),
    )
    .await;
    assert_eq!(status, 201, "{made}");
    let event_id = made["event"]["id"].as_u64().unwrap();
    let (kiosk_id, _) = super::kiosks::paired(&f, cookies[1].as_deref().unwrap()).await;

    // (method, path, expected for each of WHO, body for caller i)
    type Body = Box<dyn Fn(usize) -> Option<Value>>;
    let none = || -> Body { Box::new(|_| None) };
    // The desk: facilitators and coordinators of the centre; the region and admins
    // read counts, not citizens.
    let ok_here = |ok: u16| [401, ok, 403, ok, 403, 403, 403];
    let managers = |ok: u16| [401, 403, 403, ok, ok, 403, ok];
    let passes: Vec<String> = people.iter().map(|(p, _)| p.clone()).collect();
    let visits: Vec<u64> = people.iter().map(|(_, v)| *v).collect();
    let event_passes = passes.clone();
    let rows: Vec<(&str, &str, [u16; 7], Body)> = vec![
        (
            "GET",
            "/api/v1/session",
            [401, 200, 200, 200, 200, 200, 200],
            none(),
        ),
        (
            "GET",
            "/api/v1/staff/users",
            [401, 403, 403, 200, 200, 200, 200],
            none(),
        ),
        (
            "POST",
            "/api/v1/staff/users",
            managers(201),
            Box::new(|i| {
                Some(
                    json!({"email": format!("new{i}@tos1.it"), "role": "facilitator",
                    "centres": ["TOS-001"]}),
                )
            }),
        ),
        (
            "POST",
            "/api/v1/staff/users/disable",
            // Another region's is told there is no such account among its own.
            [401, 403, 403, 200, 200, 404, 200],
            Box::new(|i| Some(json!({"email": format!("target{i}@tos1.it")}))),
        ),
        (
            "POST",
            "/api/v1/staff/checkins",
            // Already checked in today from the phone: the first visit answers (200).
            ok_here(200),
            Box::new({
                let passes = passes.clone();
                move |i| {
                    Some(
                        json!({"submission_id": uuid(4000 + i as u128), "centre": "TOS-001",
                        "pass": short(&passes[i])}),
                    )
                }
            }),
        ),
        ("GET", "/api/v1/centres/TOS-001/today", ok_here(200), none()),
        (
            "GET",
            "/api/v1/centres/TOS-001/services",
            ok_here(200),
            none(),
        ),
        (
            "POST",
            "/api/v1/staff/lookup",
            ok_here(200),
            Box::new({
                let passes = passes.clone();
                move |i| Some(json!({"centre": "TOS-001", "pass": passes[i]}))
            }),
        ),
        (
            "POST",
            "/api/v1/services",
            ok_here(201),
            Box::new(move |i| Some(service(1000 + i as u128, "TOS-001", &["A"], &[visits[i]]))),
        ),
        (
            "POST",
            "/api/v1/staff/registrations",
            ok_here(201),
            Box::new(|i| {
                let mut r = registration(2000 + i as u128, "TOS-001", &cf("NRENNA90A41D612"));
                r["privacy"]["channel"] = json!("assisted");
                Some(r)
            }),
        ),
        (
            "POST",
            "/api/v1/events",
            ok_here(201),
            Box::new(|i| Some(super::events::event_body(6000 + i as u128, 0, 3600, None))),
        ),
        (
            "GET",
            "/api/v1/centres/TOS-001/events",
            ok_here(200),
            none(),
        ),
        ("GET", "/api/v1/events/{event}/qr.svg", ok_here(200), none()),
        (
            "GET",
            "/api/v1/events/{event}/attendance",
            ok_here(200),
            none(),
        ),
        (
            "POST",
            "/api/v1/events/{event}/close",
            // Allowed, and refused for what it is: nobody came yet.
            ok_here(400),
            Box::new(|i| Some(json!({"submission_id": uuid(7000 + i as u128)}))),
        ),
        (
            "POST",
            "/api/v1/events/{event}/attendees",
            ok_here(201),
            Box::new(move |i| {
                Some(
                    json!({"submission_id": uuid(7500 + i as u128), "pass": short(&event_passes[i])}),
                )
            }),
        ),
        (
            "POST",
            "/api/v1/events/{event}/promote",
            // Allowed, and told there is no such visit on the list.
            ok_here(404),
            Box::new(|i| Some(json!({"submission_id": uuid(7600 + i as u128), "visit": 999_999}))),
        ),
        (
            "GET",
            "/api/v1/events/{event}/attendance.csv",
            ok_here(200),
            none(),
        ),
        (
            "POST",
            "/api/v1/kiosks/pairings",
            ok_here(201),
            Box::new(|_| Some(json!({"centre": "TOS-001"}))),
        ),
        (
            "GET",
            "/api/v1/centres/TOS-001/kiosks",
            ok_here(200),
            none(),
        ),
        (
            "POST",
            "/api/v1/kiosks/{kiosk}/revoke",
            ok_here(200),
            none(),
        ),
        (
            "GET",
            "/api/v1/centres/TOS-001/kiosk-settings",
            ok_here(200),
            none(),
        ),
        (
            "POST",
            "/api/v1/centres/TOS-001/kiosk-settings",
            ok_here(200),
            Box::new(|_| Some(json!({"idle_seconds": 120}))),
        ),
        (
            "GET",
            "/api/v1/programmes/toscana/progress",
            // The whole programme's figures: its region and the admin.
            [401, 403, 403, 403, 200, 403, 200],
            none(),
        ),
        (
            "GET",
            "/api/v1/programmes/toscana/dashboard?centre=TOS-001",
            // A centre's figures: everyone whose scope holds it.
            [401, 200, 403, 200, 200, 403, 200],
            none(),
        ),
        (
            "POST",
            "/api/v1/programmes/toscana/shares",
            // Shares of the programme's target: its region and the admin.
            [401, 403, 403, 403, 200, 403, 200],
            Box::new(|_| Some(json!({"centre": "TOS-003", "citizens": 900}))),
        ),
        (
            "GET",
            "/api/v1/programmes/toscana/national",
            // Who reports: the coordinator (its centres), the region, the admin.
            [401, 403, 403, 200, 200, 403, 200],
            none(),
        ),
        (
            "GET",
            "/api/v1/programmes/toscana/national.csv",
            // The file with citizens' data: not for an admin, who reads counts.
            [401, 403, 403, 200, 200, 403, 403],
            none(),
        ),
        (
            "GET",
            "/api/v1/programmes/toscana/exports",
            [401, 403, 403, 200, 200, 403, 200],
            none(),
        ),
        (
            "GET",
            "/api/v1/programmes/toscana/report.csv",
            [401, 403, 403, 200, 200, 403, 200],
            none(),
        ),
        (
            "GET",
            "/api/v1/programmes/toscana/report.xlsx",
            [401, 403, 403, 200, 200, 403, 200],
            none(),
        ),
        (
            "GET",
            "/api/v1/staff/reports",
            [401, 403, 403, 200, 200, 200, 200],
            none(),
        ),
        (
            "POST",
            "/api/v1/staff/reports/{report}/review",
            [401, 403, 403, 200, 200, 403, 200],
            Box::new(|_| Some(json!({"status": "reviewed", "reply": "Grazie"}))),
        ),
        (
            "POST",
            "/api/v1/citizens/lookup",
            // A citizen's request about their data: their region and their centre's
            // coordinator; anyone else is told there is no such citizen among theirs.
            [401, 403, 403, 200, 200, 404, 403],
            Box::new(move |i| Some(json!({"codice_fiscale": cf(firsts[i])}))),
        ),
        (
            "GET",
            "/api/v1/citizens/rights-log",
            // Whoever answers for the data: the region (its accounts' acts), the admin.
            [401, 403, 403, 403, 200, 200, 200],
            none(),
        ),
        (
            "GET",
            "/api/v1/citizens/{citizen}/export",
            [401, 403, 403, 200, 200, 404, 403],
            none(),
        ),
        (
            "DELETE",
            "/api/v1/citizens/{citizen}",
            // The region alone: it answers for the data.
            [401, 403, 403, 403, 200, 404, 403],
            none(),
        ),
        // Last but signing out: it revokes each caller's citizen's pass.
        (
            "POST",
            "/api/v1/staff/passes/replace",
            ok_here(201),
            Box::new(move |i| {
                Some(
                    json!({"submission_id": uuid(3000 + i as u128), "centre": "TOS-001",
                    "pass_code": short(&passes[i])}),
                )
            }),
        ),
        ("DELETE", "/api/v1/session", [204; 7], none()),
    ];

    let listed: BTreeSet<(String, String)> = ENDPOINTS
        .iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    let tested: BTreeSet<(String, String)> = rows
        .iter()
        .map(|(m, p, ..)| {
            // The path without its query, as ENDPOINTS lists it.
            let path = p.split('?').next().unwrap_or(p);
            let template = path
                .replace("TOS-001", "{code}")
                .replace("{report}", "{id}")
                .replace("{event}", "{id}")
                .replace("{kiosk}", "{id}")
                .replace("{citizen}", "{id}")
                .replace("/programmes/toscana/", "/programmes/{id}/");
            (m.to_string(), template)
        })
        .collect();
    assert_eq!(
        listed, tested,
        "every staff endpoint has a row, and only those"
    );

    for (method, path, expected, body) in &rows {
        for (i, who) in WHO.iter().enumerate() {
            let path = path
                .replace("{i}", &i.to_string())
                .replace("{report}", &report_id.to_string())
                .replace("{event}", &event_id.to_string())
                .replace("{kiosk}", &kiosk_id.to_string())
                // The first caller's citizen, the first to sign up.
                .replace("{citizen}", "1");
            let (status, reply) =
                call(&f, method, &path, cookies[i].as_deref(), body(i).as_ref()).await;
            assert_eq!(status, expected[i], "{method} {path} as {who}: {reply}");
        }
    }
}

#[tokio::test]
async fn five_wrong_passwords_lock_the_account_at_that_address() {
    let f = fixture(false);
    account(&f, "fac@tos1.it", Role::Facilitator, None, &["TOS-001"]);
    account(&f, "other@tos1.it", Role::Facilitator, None, &["TOS-001"]);
    // An unknown e-mail and a wrong password get the same answer.
    let (status, cookie) = login(&f, "nobody@tos1.it", PASSWORD, "203.0.113.9").await;
    assert_eq!((status, cookie), (401, None));
    for _ in 0..5 {
        assert_eq!(
            login(&f, "fac@tos1.it", "not the password", "203.0.113.5")
                .await
                .0,
            401
        );
    }
    // Now even the right password waits, from that address.
    assert_eq!(
        login(&f, "fac@tos1.it", PASSWORD, "203.0.113.5").await.0,
        429
    );
    // A stranger guessing cannot lock the facilitator out everywhere: from the desk's
    // own address it still works, and other accounts at the guessing address too.
    assert_eq!(
        login(&f, "fac@tos1.it", PASSWORD, "203.0.113.6").await.0,
        200
    );
    assert_eq!(
        login(&f, "other@tos1.it", PASSWORD, "203.0.113.5").await.0,
        200
    );
    // Guessing spread over many addresses locks the account itself.
    for i in 0..20 {
        let ip = format!("198.51.100.{}", 10 + i);
        login(&f, "other@tos1.it", "not the password", &ip).await;
    }
    assert_eq!(
        login(&f, "other@tos1.it", PASSWORD, "203.0.113.7").await.0,
        429
    );
}

#[tokio::test]
async fn a_cookie_stops_working_at_logout_and_when_the_account_is_disabled() {
    let f = fixture(false);
    account(&f, "fac@tos1.it", Role::Facilitator, None, &["TOS-001"]);
    let cookie = signed_in(&f, "fac@tos1.it").await;
    let (status, me) = call(&f, "GET", "/api/v1/session", Some(&cookie), None).await;
    assert_eq!(status, 200);
    assert_eq!(
        me,
        json!({"email": "fac@tos1.it", "role": "facilitator",
        "programme": "toscana", "centres": ["TOS-001"]})
    );
    // The token is stored only hashed.
    let token = cookie.split('=').nth(1).unwrap();
    let raw = std::fs::read(f.app.store.path()).unwrap();
    assert!(!raw.windows(token.len()).any(|w| w == token.as_bytes()));

    assert_eq!(
        call(&f, "DELETE", "/api/v1/session", Some(&cookie), None)
            .await
            .0,
        204
    );
    // The same cookie, copied before the logout, no longer opens anything.
    assert_eq!(
        call(&f, "GET", "/api/v1/session", Some(&cookie), None)
            .await
            .0,
        401
    );
    assert_eq!(
        call(
            &f,
            "GET",
            "/api/v1/centres/TOS-001/today",
            Some(&cookie),
            None
        )
        .await
        .0,
        401
    );

    let cookie = signed_in(&f, "fac@tos1.it").await;
    assert!(f.app.store.disable_account("fac@tos1.it").unwrap());
    assert_eq!(
        call(&f, "GET", "/api/v1/session", Some(&cookie), None)
            .await
            .0,
        401
    );
    assert_eq!(
        login(&f, "fac@tos1.it", PASSWORD, "198.51.100.2").await.0,
        401
    );
}

#[tokio::test]
async fn staff_writes_from_another_site_are_refused() {
    let f = fixture(false);
    account(&f, "fac@tos1.it", Role::Facilitator, None, &["TOS-001"]);
    let cookie = signed_in(&f, "fac@tos1.it").await;
    let (_, visit) = visitor(&f, 10, "TOS-001", "RSSMRA80A01D612").await;
    let body = service(20, "TOS-001", &["A"], &[visit]);
    let (status, reply) = call_from(
        &f,
        "POST",
        "/api/v1/services",
        Some(&cookie),
        Some(&body),
        Some("https://evil.example"),
    )
    .await;
    assert_eq!(
        (status, reply["error"]["code"].as_str()),
        (403, Some("forbidden"))
    );
    assert_eq!(
        f.app
            .store
            .services_on(&code("TOS-001"), today())
            .unwrap()
            .len(),
        0
    );
    // A login from another site is refused too (no login CSRF).
    let res = warp::test::request()
        .method("POST")
        .path("/api/v1/session")
        .header("content-type", "application/json")
        .header("origin", "https://evil.example")
        .json(&json!({"email": "fac@tos1.it", "password": PASSWORD}))
        .reply(&routes(f.app.clone()))
        .await;
    assert_eq!(res.status(), 403);
    // Without a JSON content type, nothing is written either.
    let res = warp::test::request()
        .method("POST")
        .path("/api/v1/services")
        .header("cookie", &cookie)
        .header("content-type", "text/plain")
        .body(serde_json::to_vec(&body).unwrap())
        .reply(&routes(f.app.clone()))
        .await;
    assert_eq!(res.status(), 415);
    // From the console itself it goes through.
    let (status, _) = call(&f, "POST", "/api/v1/services", Some(&cookie), Some(&body)).await;
    assert_eq!(status, 201);
}

fn today() -> ponte_domain::Date {
    ponte_domain::clock::rome_date(super::now_seconds()).unwrap()
}

#[tokio::test]
async fn services_count_once_per_service_and_per_participant() {
    let f = fixture(false);
    account(&f, "fac@tos1.it", Role::Facilitator, None, &["TOS-001"]);
    let cookie = signed_in(&f, "fac@tos1.it").await;
    let (_, anna) = visitor(&f, 10, "TOS-001", "RSSMRA80A01D612").await;
    let (_, bruno) = visitor(&f, 20, "TOS-001", "VRDGPP75B02D612").await;
    let (_, carla) = visitor(&f, 30, "TOS-001", "BNCLRA70C43D612").await;
    let (_, elsewhere) = visitor(&f, 40, "TOS-002", "NREMRC65D04D612").await;
    let counts = |r: &Value| {
        (
            r["visits"].as_u64(),
            r["services"].as_u64(),
            r["participations"].as_u64(),
        )
    };
    let (_, before) = super::get(&f, "/api/v1/centres/TOS-001/attendance").await;
    assert_eq!(
        counts(&before),
        (Some(3), Some(0), Some(0)),
        "check-ins alone"
    );

    let one = service(100, "TOS-001", &["A"], &[anna]);
    let (status, reply) = call(&f, "POST", "/api/v1/services", Some(&cookie), Some(&one)).await;
    assert_eq!(status, 201, "{reply}");
    assert_eq!(reply["service"]["areas"], json!(["B"]));
    assert_eq!(reply["service"]["duration"], "00:45");
    assert_eq!(reply["service"]["facilitator"], "fac@tos1.it");
    // The tablet lost the reply and sent it again: the same reply, stored once.
    assert_eq!(
        call(&f, "POST", "/api/v1/services", Some(&cookie), Some(&one)).await,
        (201, reply)
    );
    let group = service(101, "TOS-001", &["B"], &[anna, bruno, carla]);
    assert_eq!(
        call(&f, "POST", "/api/v1/services", Some(&cookie), Some(&group))
            .await
            .0,
        201
    );
    let (_, after) = super::get(&f, "/api/v1/centres/TOS-001/attendance").await;
    assert_eq!(counts(&after), (Some(3), Some(2), Some(4)), "{after}");

    // The console shows which visits have a service.
    let (_, list) = call(
        &f,
        "GET",
        "/api/v1/centres/TOS-001/today",
        Some(&cookie),
        None,
    )
    .await;
    let served: Vec<u64> = list["visits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["services"].as_u64().unwrap())
        .collect();
    assert_eq!(served, [2, 1, 1], "{list}");
    assert_eq!(list["visits"][0]["first_here"], true);
    assert_eq!(list["visits"][0]["needs"]["public_services"], json!(["B"]));
    let (_, services) = call(
        &f,
        "GET",
        "/api/v1/centres/TOS-001/services",
        Some(&cookie),
        None,
    )
    .await;
    assert_eq!(services["services"].as_array().unwrap().len(), 2);

    // Refused, and nothing counted: a visit of another centre, an unknown visit, a
    // group marked individual, the same citizen twice.
    for (n, body, field) in [
        (
            200,
            service(200, "TOS-001", &["B"], &[anna, elsewhere]),
            "visits",
        ),
        (201, service(201, "TOS-001", &["A"], &[999_999]), ""),
        (
            202,
            service(202, "TOS-001", &["A"], &[anna, bruno]),
            "types",
        ),
        (
            203,
            service(203, "TOS-001", &["B"], &[anna, anna]),
            "visits",
        ),
    ] {
        let (status, reply) =
            call(&f, "POST", "/api/v1/services", Some(&cookie), Some(&body)).await;
        assert!(matches!(status, 400 | 404), "{n}: {status} {reply}");
        if !field.is_empty() {
            assert_eq!(reply["error"]["field"], field, "{n}");
        }
    }
    // Another centre's visit cannot be named from that centre's desk either.
    let foreign = service(300, "TOS-002", &["A"], &[elsewhere]);
    assert_eq!(
        call(
            &f,
            "POST",
            "/api/v1/services",
            Some(&cookie),
            Some(&foreign)
        )
        .await
        .0,
        403
    );
    let (_, last) = super::get(&f, "/api/v1/centres/TOS-001/attendance").await;
    assert_eq!(counts(&last), (Some(3), Some(2), Some(4)));
}

#[tokio::test]
async fn a_desk_finds_its_citizens_and_replaces_a_lost_pass() {
    let f = fixture(false);
    account(&f, "fac@tos1.it", Role::Facilitator, None, &["TOS-001"]);
    let cookie = signed_in(&f, "fac@tos1.it").await;
    let (pass, visit) = visitor(&f, 10, "TOS-001", "RSSMRA80A01D612").await;
    let (other, _) = visitor(&f, 20, "TOS-002", "VRDGPP75B02D612").await;
    let lookup = |pass: &str| json!({"centre": "TOS-001", "pass": pass});

    // By the QR's content, and by the code read aloud in any case.
    for given in [pass.clone(), short(&pass).to_lowercase().replace('-', "")] {
        let (status, card) = call(
            &f,
            "POST",
            "/api/v1/staff/lookup",
            Some(&cookie),
            Some(&lookup(&given)),
        )
        .await;
        assert_eq!(status, 200, "{card}");
        assert_eq!(card["today"]["visit"], visit);
        assert_eq!(card["gender"], "B");
        assert_eq!(card["visits_here"], 1);
    }
    // Someone who never came here is not found from this desk.
    let (status, _) = call(
        &f,
        "POST",
        "/api/v1/staff/lookup",
        Some(&cookie),
        Some(&lookup(&other)),
    )
    .await;
    assert_eq!(status, 404);

    let replace =
        json!({"submission_id": uuid(50), "centre": "TOS-001", "pass_code": short(&pass)});
    let (status, new) = call(
        &f,
        "POST",
        "/api/v1/staff/passes/replace",
        Some(&cookie),
        Some(&replace),
    )
    .await;
    assert_eq!(status, 201, "{new}");
    assert!(new["pass_qr_svg"].as_str().unwrap().contains("<svg"));
    let new_pass = new["pass"].as_str().unwrap();
    // The lost pass no longer checks in; the new one does, for the same citizen.
    let (status, _) = super::post(&f, "/api/v1/checkins", &checkin(60, &pass, "TOS-003")).await;
    assert_eq!(status, 403);
    let (status, _) = super::post(&f, "/api/v1/checkins", &checkin(61, new_pass, "TOS-003")).await;
    assert_eq!(status, 201);
    assert_eq!(f.app.store.citizen_count().unwrap(), 2);
    // The old code cannot make a second new pass.
    let again = json!({"submission_id": uuid(51), "centre": "TOS-001", "pass_code": short(&pass)});
    let (status, _) = call(
        &f,
        "POST",
        "/api/v1/staff/passes/replace",
        Some(&cookie),
        Some(&again),
    )
    .await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn accounts_are_made_below_and_the_password_is_shown_once() {
    let f = fixture(false);
    account(
        &f,
        "coord@tos.it",
        Role::Coordinator,
        None,
        &["TOS-001", "TOS-003"],
    );
    let cookie = signed_in(&f, "coord@tos.it").await;
    let new = json!({"email": "Nuova@Tos1.it", "role": "facilitator", "centres": ["TOS-003"]});
    let (status, made) = call(&f, "POST", "/api/v1/staff/users", Some(&cookie), Some(&new)).await;
    assert_eq!(status, 201, "{made}");
    assert_eq!(made["account"]["email"], "nuova@tos1.it");
    let password = made["password"].as_str().unwrap();
    assert_eq!(
        login(&f, "nuova@tos1.it", password, "198.51.100.3").await.0,
        200
    );
    // Not twice, not above, not outside.
    assert_eq!(
        call(&f, "POST", "/api/v1/staff/users", Some(&cookie), Some(&new))
            .await
            .0,
        409
    );
    let above = json!({"email": "c2@tos.it", "role": "coordinator", "centres": ["TOS-001"]});
    assert_eq!(
        call(
            &f,
            "POST",
            "/api/v1/staff/users",
            Some(&cookie),
            Some(&above)
        )
        .await
        .0,
        403
    );
    let outside = json!({"email": "f2@tos.it", "role": "facilitator", "centres": ["TOS-002"]});
    assert_eq!(
        call(
            &f,
            "POST",
            "/api/v1/staff/users",
            Some(&cookie),
            Some(&outside)
        )
        .await
        .0,
        403
    );
    let (_, list) = call(&f, "GET", "/api/v1/staff/users", Some(&cookie), None).await;
    let accounts = list["accounts"].as_array().unwrap();
    assert!(
        accounts.iter().any(|a| a["email"] == "nuova@tos1.it"),
        "{list}"
    );
    // Only those it manages: facilitators of its own centres (the demo's regions and
    // coordinator, and itself, are not listed).
    for a in accounts {
        assert_eq!(a["role"], "facilitator", "{a}");
        assert!(
            a["centres"]
                .as_array()
                .unwrap()
                .iter()
                .all(|c| c == "TOS-001" || c == "TOS-003"),
            "{a}"
        );
    }
    assert!(!serde_json::to_string(&list).unwrap().contains("argon2"));
}

#[tokio::test]
async fn a_coordinator_reviews_and_hides_reports_that_stay_counted() {
    let f = fixture(false);
    account(
        &f,
        "coord@tos.it",
        Role::Coordinator,
        None,
        &["TOS-001", "TOS-003"],
    );
    account(
        &f,
        "region@lombardia.it",
        Role::Region,
        Some("lombardia"),
        &[],
    );
    let coord = signed_in(&f, "coord@tos.it").await;
    let other = signed_in(&f, "region@lombardia.it").await;
    let mut ids = Vec::new();
    for (n, centre, service, category) in [
        (1, "TOS-001", "A", "login"),
        (2, "TOS-003", "B", "error"),
        (3, "TOS-002", "A", "login"),
    ] {
        let mut body = super::report(n, Some(centre), service, category, 4);
        body["text"] = json!("Non entro, scrivetemi a anna@example.it");
        body["contact"] = json!({"email": "anna@example.it", "consent": true});
        let (status, reply) = super::post(&f, "/api/v1/feedback", &body).await;
        assert_eq!(status, 201, "{reply}");
        ids.push(reply["id"].as_u64().unwrap());
    }
    let (status, list) = call(&f, "GET", "/api/v1/staff/reports", Some(&coord), None).await;
    assert_eq!(status, 200, "{list}");
    let seen: Vec<u64> = list["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_u64().unwrap())
        .collect();
    assert_eq!(
        seen,
        [ids[1], ids[0]],
        "its own centres, newest first: {list}"
    );
    let text = serde_json::to_string(&list).unwrap();
    assert!(
        !text.contains("anna@example.it"),
        "masked, and no contact: {text}"
    );
    assert_eq!(list["reports"][0]["has_contact"], true);
    // Filtered by service and category.
    let (_, only) = call(
        &f,
        "GET",
        "/api/v1/staff/reports?service=A&category=login",
        Some(&coord),
        None,
    )
    .await;
    assert_eq!(only["reports"].as_array().unwrap().len(), 1);
    let (status, bad) = call(
        &f,
        "GET",
        "/api/v1/staff/reports?status=gone",
        Some(&coord),
        None,
    )
    .await;
    assert_eq!(
        (status, bad["error"]["field"].as_str()),
        (400, Some("status"))
    );

    // Hidden: off the list of new ones, still counted in the summary.
    let (_, before) = super::get(&f, "/api/v1/feedback/summary?programme=toscana").await;
    let review = json!({"status": "hidden", "reply": "Doppia: vedi l'altra. Tel 3331234567"});
    let path = format!("/api/v1/staff/reports/{}/review", ids[0]);
    let (status, hidden) = call(&f, "POST", &path, Some(&coord), Some(&review)).await;
    assert_eq!(status, 200, "{hidden}");
    assert_eq!(hidden["status"], "hidden");
    assert!(
        !hidden["reply"].as_str().unwrap().contains("3331234567"),
        "the reply is masked too"
    );
    let (_, fresh) = call(
        &f,
        "GET",
        "/api/v1/staff/reports?status=new",
        Some(&coord),
        None,
    )
    .await;
    let fresh: Vec<u64> = fresh["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_u64().unwrap())
        .collect();
    assert_eq!(fresh, [ids[1]]);
    let (_, after) = super::get(&f, "/api/v1/feedback/summary?programme=toscana").await;
    assert_eq!(
        before["total"], after["total"],
        "hidden reports stay counted"
    );

    // Another programme's region sees none of these and cannot review them.
    let (_, theirs) = call(&f, "GET", "/api/v1/staff/reports", Some(&other), None).await;
    assert_eq!(theirs["reports"], json!([]));
    assert_eq!(
        call(&f, "POST", &path, Some(&other), Some(&review)).await.0,
        403
    );
    assert_eq!(
        call(
            &f,
            "POST",
            "/api/v1/staff/reports/999999/review",
            Some(&coord),
            Some(&review)
        )
        .await
        .0,
        404
    );
}

/// The national file names one site per service: a service of visits at two sites of a
/// centre would be split there, so it is refused here, by name.
#[tokio::test]
async fn a_service_holds_the_visits_of_one_site() {
    let f = fixture(false);
    // A Toscana centre with a second site (a branch, a van).
    let code = f
        .app
        .store
        .reference()
        .centres(&Default::default())
        .into_iter()
        .find(|c| c.programme.as_str() == "toscana" && !c.other_sites.is_empty())
        .unwrap()
        .code
        .to_string();
    account(
        &f,
        "fac@sites.it",
        Role::Facilitator,
        None,
        &[code.as_str()],
    );
    let cookie = signed_in(&f, "fac@sites.it").await;
    let mut visits = Vec::new();
    for (n, first15, site) in [(10u128, "NRENNA60A41D612", 1), (20, "BNCBRN70B01D612", 2)] {
        let pass = register(&f, n, &code, &cf(first15)).await;
        let mut body = checkin(n + 1, &pass, &code);
        body["site"] = json!(site);
        let (status, reply) = super::post(&f, "/api/v1/checkins", &body).await;
        assert_eq!(status, 201, "{reply}");
        visits.push(reply["visit"]["id"].as_u64().unwrap());
    }
    let (status, reply) = call(
        &f,
        "POST",
        "/api/v1/services",
        Some(&cookie),
        Some(&service(30, &code, &["B"], &visits)),
    )
    .await;
    assert_eq!(
        (status, reply["error"]["field"].as_str()),
        (400, Some("visits")),
        "{reply}"
    );
    for (i, v) in visits.iter().enumerate() {
        let (status, reply) = call(
            &f,
            "POST",
            "/api/v1/services",
            Some(&cookie),
            Some(&service(40 + i as u128, &code, &["A"], &[*v])),
        )
        .await;
        assert_eq!(status, 201, "{reply}");
    }
}
