//! Events over HTTP: the poster's token and window, one check-in per citizen, a full
//! event's waiting list, and the close recording one group service with everyone
//! present.

use ponte_domain::staff::Role;
use serde_json::{Value, json};

use super::staff::{account, call, signed_in};
use super::{cf, checkin, fixture, now_seconds, post, register, uuid};

/// An event at TOS-001 from `start` to `end` seconds from now, kept inside one day in
/// Italy (an event's window may not cross midnight), so the suite passes at any hour.
pub(super) fn event_body(n: u128, start: i64, end: i64, capacity: Option<u32>) -> Value {
    let now = now_seconds();
    let offset = ponte_domain::clock::rome_offset(now + start);
    let local = now + start + offset;
    let day_start = local - local.rem_euclid(86_400) - offset;
    let starts = (now + start).max(day_start + 1800);
    let ends = (now + end).min(day_start + 86_400 - 1).max(starts + 60);
    let at = |t: i64| {
        // RFC 3339 in UTC, as any client may send it.
        let date = ponte_domain::Date::from_days_since_epoch(t.div_euclid(86_400) as i32).unwrap();
        let secs = t.rem_euclid(86_400);
        format!(
            "{date}T{:02}:{:02}:{:02}Z",
            secs / 3600,
            secs % 3600 / 60,
            secs % 60
        )
    };
    json!({
        "submission_id": uuid(n), "centre": "TOS-001", "title": "Corso: SPID e CIE",
        "kind": "course", "starts_at": at(starts), "ends_at": at(ends), "capacity": capacity,
        "service": {"types": ["C"], "competences": ["9"], "domains": ["A", "B"]},
    })
}

fn token_of(poster_url: &str) -> String {
    poster_url.split("#t=").nth(1).unwrap().to_owned()
}

#[tokio::test]
async fn an_event_counts_each_citizen_once_and_closes_into_one_group_service() {
    let f = fixture(false);
    account(&f, "fac@tos1.it", Role::Facilitator, None, &["TOS-001"]);
    let cookie = signed_in(&f, "fac@tos1.it").await;
    let (status, made) = call(
        &f,
        "POST",
        "/api/v1/events",
        Some(&cookie),
        Some(&event_body(1, -600, 7200, Some(2))),
    )
    .await;
    assert_eq!(status, 201, "{made}");
    let id = made["event"]["id"].as_u64().unwrap();
    let (_, list) = call(
        &f,
        "GET",
        "/api/v1/centres/TOS-001/events",
        Some(&cookie),
        None,
    )
    .await;
    let poster = list["events"][0]["poster_url"]
        .as_str()
        .unwrap_or_else(|| panic!("{list}"))
        .to_owned();
    assert!(
        poster.starts_with(&format!("https://ponte.example.it/e/{id}#t=")),
        "{poster}"
    );
    let token = token_of(&poster);
    // The public page of the event says what and when, nothing about who.
    let (status, public) = super::get(&f, &format!("/api/v1/events/{id}")).await;
    assert_eq!(
        (status, public["title"].as_str()),
        (200, Some("Corso: SPID e CIE"))
    );

    let anna = register(&f, 10, "TOS-001", &cf("RSSMRA80A01D612")).await;
    let bruno = register(&f, 11, "TOS-002", &cf("VRDGPP75B02D612")).await;
    let carla = register(&f, 12, "TOS-003", &cf("BNCLRA70C43D612")).await;
    let path = format!("/api/v1/events/{id}/checkins");
    let body = |n: u128, pass: &str, token: &str| json!({"submission_id": uuid(n), "pass": pass, "token": token});

    let (status, first) = post(&f, &path, &body(20, &anna, &token)).await;
    assert_eq!(
        (status, first["status"].as_str()),
        (201, Some("present")),
        "{first}"
    );
    // Scanning again (a new submission) answers with the first: counted once.
    let (status, again) = post(&f, &path, &body(21, &anna, &token)).await;
    assert_eq!(
        (status, again["status"].as_str(), again["already"].as_bool()),
        (200, Some("present"), Some(true))
    );
    assert_eq!(again["visit"], first["visit"]);
    let (status, _) = post(&f, &path, &body(22, &bruno, &token)).await;
    assert_eq!(status, 201);
    // Full (capacity 2): the third waits, first in line.
    let (status, third) = post(&f, &path, &body(23, &carla, &token)).await;
    assert_eq!(
        (status, third["status"].as_str(), third["position"].as_u64()),
        (201, Some("waitlisted"), Some(1))
    );

    // A forged token, and another event's, are refused by name.
    let (status, forged) = post(
        &f,
        &path,
        &body(30, &anna, "00112233445566778899aabbccddeeff"),
    )
    .await;
    assert_eq!(
        (status, forged["error"]["code"].as_str()),
        (403, Some("event_token_invalid"))
    );
    let (_, tomorrow) = call(
        &f,
        "POST",
        "/api/v1/events",
        Some(&cookie),
        Some(&event_body(2, 86_400, 90_000, None)),
    )
    .await;
    let later = tomorrow["event"]["id"].as_u64().unwrap();
    let (_, list) = call(
        &f,
        "GET",
        "/api/v1/centres/TOS-001/events",
        Some(&cookie),
        None,
    )
    .await;
    let later_token = list["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"]["id"] == later)
        .map(|e| token_of(e["poster_url"].as_str().unwrap()))
        .unwrap();
    let (status, other) = post(&f, &path, &body(31, &anna, &later_token)).await;
    assert_eq!(
        (status, other["error"]["code"].as_str()),
        (403, Some("event_token_invalid"))
    );
    // Its own token, but tomorrow's event is not open yet.
    let (status, early) = post(
        &f,
        &format!("/api/v1/events/{later}/checkins"),
        &body(32, &anna, &later_token),
    )
    .await;
    assert_eq!(
        (status, early["error"]["code"].as_str()),
        (403, Some("event_closed"))
    );

    let (_, people) = call(
        &f,
        "GET",
        &format!("/api/v1/events/{id}/attendance"),
        Some(&cookie),
        None,
    )
    .await;
    let statuses: Vec<&str> = people["attendees"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["present", "present", "waitlisted"], "{people}");

    // Staff move Carla off the waiting list (above the capacity: their call), and
    // check in Dana, whose phone is flat, by the code on her card: the event is
    // full, so she waits.
    let promote = format!("/api/v1/events/{id}/promote");
    let carla_visit = third["visit"].as_u64().unwrap();
    let (status, up) = call(
        &f,
        "POST",
        &promote,
        Some(&cookie),
        Some(&json!({"submission_id": uuid(60), "visit": carla_visit})),
    )
    .await;
    assert_eq!(
        (status, up["status"].as_str()),
        (201, Some("present")),
        "{up}"
    );
    let (status, _) = call(
        &f,
        "POST",
        &promote,
        Some(&cookie),
        Some(&json!({"submission_id": uuid(61), "visit": carla_visit})),
    )
    .await;
    assert_eq!(status, 409, "present already");
    let dana = register(&f, 13, "TOS-001", &cf("NREMRC65D04D612")).await;
    let code = ponte_domain::pass::PassToken::parse(&dana)
        .unwrap()
        .short_code();
    let (status, added) = call(
        &f,
        "POST",
        &format!("/api/v1/events/{id}/attendees"),
        Some(&cookie),
        Some(&json!({"submission_id": uuid(62), "pass": code})),
    )
    .await;
    assert_eq!(
        (status, added["status"].as_str(), added["position"].as_u64()),
        (201, Some("waitlisted"), Some(1)),
        "{added}"
    );
    let res = warp::test::request()
        .path(&format!("/api/v1/events/{id}/attendance.csv"))
        .header("cookie", &cookie)
        .reply(&crate::http::routes(f.app.clone()))
        .await;
    assert_eq!(res.status(), 200);
    let csv = String::from_utf8(res.body().to_vec()).unwrap();
    assert_eq!(csv.lines().count(), 5, "a header and four people: {csv}");
    assert!(
        csv.starts_with("order,status,gender,age_band,visit\n1,present,B,"),
        "{csv}"
    );
    assert!(
        csv.lines().nth(4).unwrap().contains(",waitlisted,"),
        "{csv}"
    );

    // The close: one group service, the three present in it; the four visits stay.
    let close = format!("/api/v1/events/{id}/close");
    let (status, closed) = call(
        &f,
        "POST",
        &close,
        Some(&cookie),
        Some(&json!({"submission_id": uuid(40)})),
    )
    .await;
    assert_eq!(status, 201, "{closed}");
    assert_eq!(closed["service"]["participations"], 3);
    assert_eq!(closed["service"]["types"], json!(["C"]));
    let minutes = (made["event"]["ends_at"].as_i64().unwrap()
        - made["event"]["starts_at"].as_i64().unwrap())
        / 60;
    assert_eq!(
        closed["service"]["duration"],
        format!("{:02}:{:02}", minutes / 60, minutes % 60),
        "the event's length"
    );
    let (_, report) = super::get(&f, "/api/v1/centres/TOS-001/attendance").await;
    assert_eq!(
        (
            report["visits"].as_u64(),
            report["services"].as_u64(),
            report["participations"].as_u64()
        ),
        (Some(4), Some(1), Some(3)),
        "{report}"
    );
    // Closed is closed: not twice, and no more check-ins.
    let (status, twice) = call(
        &f,
        "POST",
        &close,
        Some(&cookie),
        Some(&json!({"submission_id": uuid(41)})),
    )
    .await;
    assert_eq!(
        (status, twice["error"]["code"].as_str()),
        (403, Some("event_closed"))
    );
    let elena = register(&f, 14, "TOS-001", &cf("GLLFNC60E45D612")).await;
    let (status, _) = post(&f, &path, &body(24, &elena, &token)).await;
    assert_eq!(status, 403);
    // A visit of the day from a phone is the same visit as the event's: still one.
    let (status, phone) = post(&f, "/api/v1/checkins", &checkin(50, &anna, "TOS-001")).await;
    assert_eq!(
        (status, phone["already_today"].as_bool()),
        (200, Some(true))
    );
}

#[tokio::test]
async fn bad_events_name_the_field_and_store_nothing() {
    let f = fixture(false);
    account(&f, "fac@tos1.it", Role::Facilitator, None, &["TOS-001"]);
    let cookie = signed_in(&f, "fac@tos1.it").await;
    let mut body = event_body(1, 0, 3600, None);
    body["ends_at"] = body["starts_at"].clone();
    let (status, reply) = call(&f, "POST", "/api/v1/events", Some(&cookie), Some(&body)).await;
    assert_eq!(
        (status, reply["error"]["field"].as_str()),
        (400, Some("ends_at"))
    );
    body = event_body(2, 0, 3600, None);
    body["service"]["competences"] = json!([]);
    let (status, reply) = call(&f, "POST", "/api/v1/events", Some(&cookie), Some(&body)).await;
    assert_eq!(
        (status, reply["error"]["field"].as_str()),
        (400, Some("service.competences"))
    );
    let (_, list) = call(
        &f,
        "GET",
        "/api/v1/centres/TOS-001/events",
        Some(&cookie),
        None,
    )
    .await;
    assert_eq!(list["events"], json!([]));
}

/// A phone offline at a gazebo sends its presence after the end: it counts, timed at the
/// tap; a presence sent now without a time, after the end, does not.
#[tokio::test]
async fn a_presence_tapped_in_time_counts_when_it_arrives_late() {
    let f = fixture(false);
    account(&f, "fac@tos1.it", Role::Facilitator, None, &["TOS-001"]);
    let cookie = signed_in(&f, "fac@tos1.it").await;
    let (status, made) = call(
        &f,
        "POST",
        "/api/v1/events",
        Some(&cookie),
        Some(&event_body(1, -7200, -3600, None)),
    )
    .await;
    assert_eq!(status, 201, "{made}");
    let id = made["event"]["id"].as_u64().unwrap();
    let ends =
        ponte_domain::event::parse_rfc3339(made["event"]["ends_at"].as_str().unwrap_or_default())
            .or_else(|| made["event"]["ends_at"].as_i64())
            .unwrap_or_else(|| panic!("{made}"));
    let (_, list) = call(
        &f,
        "GET",
        "/api/v1/centres/TOS-001/events",
        Some(&cookie),
        None,
    )
    .await;
    let token = token_of(list["events"][0]["poster_url"].as_str().unwrap());
    // Signed up before the event (a visit is never dated before its pass).
    let anna = super::register_back(&f, 10, "TOS-001", &cf("NRENNA60A41D612"), 1).await;
    let bruno = super::register_back(&f, 20, "TOS-001", &cf("BNCBRN70B01D612"), 1).await;
    let path = format!("/api/v1/events/{id}/checkins");
    let (status, late) = post(
        &f,
        &path,
        &json!({"submission_id": uuid(11), "pass": anna, "token": token, "at": ends - 600}),
    )
    .await;
    assert_eq!(
        (status, late["status"].as_str()),
        (201, Some("present")),
        "{late}"
    );
    let (status, now) = post(
        &f,
        &path,
        &json!({"submission_id": uuid(21), "pass": bruno, "token": token}),
    )
    .await;
    assert_eq!(
        (status, now["error"]["code"].as_str()),
        (403, Some("event_closed")),
        "{now}"
    );
    // Someone from Lombardia reads Toscana's notice on the event's page: recorded with
    // the presence.
    let carla_cf = cf("VRDCRL80C41D612");
    let carla = super::register_back(&f, 30, "LOM-001", &carla_cf, 1).await;
    let (status, reply) = post(
        &f,
        &path,
        &json!({"submission_id": uuid(31), "pass": carla, "token": token, "at": ends - 300,
            "privacy": {"version": super::privacy_version(), "channel": "phone"}}),
    )
    .await;
    assert_eq!(status, 201, "{reply}");
    let parsed = ponte_domain::codice_fiscale::CodiceFiscale::parse(&carla_cf).unwrap();
    let (_, record) = f
        .app
        .store
        .find_citizen(&f.secrets, &parsed)
        .unwrap()
        .unwrap();
    assert_eq!(
        record
            .privacy_acks
            .iter()
            .map(|a| a.programme.as_str())
            .collect::<Vec<_>>(),
        ["toscana"]
    );
    // A tap claimed after the end is not one made during it.
    let (status, _) = post(
        &f,
        &path,
        &json!({"submission_id": uuid(22), "pass": bruno, "token": token, "at": ends + 60}),
    )
    .await;
    assert_eq!(status, 403);
}
