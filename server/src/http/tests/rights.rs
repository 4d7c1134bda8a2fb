//! A citizen's rights over their data: found by codice fiscale, copied out, erased,
//! each act logged; only by their region or their centre's coordinator.

use ponte_domain::staff::Role;
use serde_json::json;

use super::staff::{account, call, signed_in, visitor};
use super::*;

#[tokio::test]
async fn a_citizen_is_found_copied_out_and_erased_by_their_region_only() {
    let f = fixture(false);
    account(&f, "region@toscana.it", Role::Region, Some("toscana"), &[]);
    account(
        &f,
        "region@lombardia.it",
        Role::Region,
        Some("lombardia"),
        &[],
    );
    account(&f, "coord@tos2.it", Role::Coordinator, None, &["TOS-002"]);
    account(&f, "fac@tos1.it", Role::Facilitator, None, &["TOS-001"]);
    let toscana = signed_in(&f, "region@toscana.it").await;
    let lombardia = signed_in(&f, "region@lombardia.it").await;
    let elsewhere = signed_in(&f, "coord@tos2.it").await;
    let code = cf("RSSMRA80A01H501");
    let (pass, visit) = visitor(&f, 10, "TOS-001", "RSSMRA80A01H501").await;
    let desk = signed_in(&f, "fac@tos1.it").await;
    let service = super::staff::service(50, "TOS-001", &["A"], &[visit]);
    let (status, served) = call(&f, "POST", "/api/v1/services", Some(&desk), Some(&service)).await;
    assert_eq!(status, 201, "{served}");
    let attendance = || get(&f, "/api/v1/centres/TOS-001/attendance");
    let (_, counted_before) = attendance().await;

    // Found by the region, by nobody outside: the same 404 as a code never seen.
    let lookup = |cookie: &str| {
        let cookie = cookie.to_owned();
        let code = code.clone();
        let f = &f;
        async move {
            call(
                f,
                "POST",
                "/api/v1/citizens/lookup",
                Some(&cookie),
                Some(&json!({"codice_fiscale": code})),
            )
            .await
        }
    };
    let (status, found) = lookup(&toscana).await;
    assert_eq!(status, 200, "{found}");
    let id = found["citizen"]["id"].as_u64().unwrap();
    assert_eq!(lookup(&lombardia).await.0, 404);
    assert_eq!(lookup(&elsewhere).await.0, 404);
    let (status, bad) = call(
        &f,
        "POST",
        "/api/v1/citizens/lookup",
        Some(&toscana),
        Some(&json!({"codice_fiscale": "RSSMRA80A01H501X"})),
    )
    .await;
    assert_eq!(
        (status, bad["error"]["field"].as_str()),
        (400, Some("codice_fiscale"))
    );

    // Everything held, opened.
    let path = format!("/api/v1/citizens/{id}/export");
    let (status, data) = call(&f, "GET", &path, Some(&toscana), None).await;
    assert_eq!(status, 200, "{data}");
    assert_eq!(data["personal"]["codice_fiscale"], code.as_str());
    assert_eq!(
        data["personal"]["first_name"], "Mra",
        "the names the test signs up with"
    );
    assert_eq!(data["visits"][0]["id"], visit);
    assert_eq!(data["passes"].as_array().unwrap().len(), 1);
    assert_eq!(data["centres"][0]["centre"], "TOS-001");
    assert_eq!(data["services"][0]["id"], served["service"]["id"]);
    assert!(
        data["record"].get("sealed").is_none(),
        "given opened, not as ciphertext"
    );
    assert_eq!(call(&f, "GET", &path, Some(&lombardia), None).await.0, 404);

    // Erased: the pass stops, the counts stay, the code signs up as someone new.
    let who = format!("/api/v1/citizens/{id}");
    assert_eq!(
        call(&f, "DELETE", &who, Some(&lombardia), None).await.0,
        404
    );
    // Not while the month's national file, which must carry their service, is to come.
    let (status, refused) = call(&f, "DELETE", &who, Some(&toscana), None).await;
    assert_eq!(status, 409, "{refused}");
    assert!(
        refused["error"]["message"]
            .as_str()
            .unwrap()
            .contains("17(3)")
    );
    let month = &ponte_domain::clock::rome_date(now_seconds())
        .unwrap()
        .to_string()[..7];
    let res = warp::test::request()
        .path(&format!(
            "/api/v1/programmes/toscana/national.csv?month={month}"
        ))
        .header("cookie", toscana.as_str())
        .reply(&routes(f.app.clone()))
        .await;
    assert_eq!(res.status(), 200);
    let (status, erased) = call(&f, "DELETE", &who, Some(&toscana), None).await;
    assert_eq!(status, 200, "{erased}");
    assert_eq!(
        (
            erased["already"].as_bool(),
            erased["passes_revoked"].as_u64()
        ),
        (Some(false), Some(1))
    );
    // Her service is no longer a row of the month's file: she is left out, and the
    // counters say so as the file does.
    let tos = ponte_domain::ProgrammeId::parse("toscana").unwrap();
    let counts = f
        .app
        .store
        .national_counts("toscana", this_month().0, this_month().1, None)
        .unwrap();
    assert_eq!((counts.left_out, counts.sizes.len()), (1, 0), "{counts:?}");
    super::export::counters_say_what_the_file_holds(&f, &tos, month, &["TOS-001"]);
    let (status, _) = post(&f, "/api/v1/checkins", &checkin(20, &pass, "TOS-001")).await;
    assert_eq!(status, 403, "the pass no longer works");
    assert_eq!(
        attendance().await.1,
        counted_before,
        "what was counted stays counted"
    );
    let (_, data) = call(&f, "GET", &path, Some(&toscana), None).await;
    assert!(data["personal"].is_null(), "{data}");
    assert_eq!(lookup(&toscana).await.0, 404, "no longer found by the code");
    let (status, again) = call(&f, "DELETE", &who, Some(&toscana), None).await;
    assert_eq!((status, again["already"].as_bool()), (200, Some(true)));
    register(&f, 30, "TOS-001", &code).await;
    let (status, found) = lookup(&toscana).await;
    assert_eq!(status, 200);
    assert_ne!(found["citizen"]["id"].as_u64(), Some(id), "a new citizen");

    // Each act, by whom, and whose lookup key; never the code itself.
    let key = hex::encode(
        f.secrets
            .lookup_hash(&ponte_domain::codice_fiscale::CodiceFiscale::parse(&code).unwrap()),
    );
    let log = f.app.store.rights_log().unwrap();
    let acts: Vec<(&str, &str, Option<u64>)> = log
        .iter()
        .map(|a| (a.staff.as_str(), a.act.as_str(), a.citizen))
        .collect();
    assert_eq!(
        &acts[..4],
        [
            ("region@toscana.it", "lookup", Some(id)),
            ("region@lombardia.it", "lookup", None),
            ("coord@tos2.it", "lookup", None),
            ("region@toscana.it", "export", Some(id)),
        ]
    );
    assert!(
        log.iter()
            .filter(|a| a.citizen.is_none())
            .all(|a| a.lookup_key.is_none()),
        "a code that found no one is not kept"
    );
    assert!(acts.contains(&("region@toscana.it", "erase", Some(id))));
    // Up to the erasure; afterwards nothing is left to say whose it was.
    let erasure = log.iter().position(|a| a.act == "erase").unwrap();
    assert!(
        log[..=erasure]
            .iter()
            .filter(|a| a.citizen == Some(id))
            .all(|a| a.lookup_key.as_deref() == Some(key.as_str()))
    );
    assert!(
        log[erasure + 1..]
            .iter()
            .filter(|a| a.citizen == Some(id))
            .all(|a| a.lookup_key.is_none())
    );
    // Read by the region that answers for it, its own accounts' acts only.
    let (status, read) = call(
        &f,
        "GET",
        "/api/v1/citizens/rights-log",
        Some(&toscana),
        None,
    )
    .await;
    assert_eq!(status, 200, "{read}");
    let staff: Vec<&str> = read["acts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["staff"].as_str().unwrap())
        .collect();
    assert!(staff.contains(&"region@toscana.it") && staff.contains(&"coord@tos2.it"));
    assert!(
        !staff.contains(&"region@lombardia.it"),
        "another region's acts"
    );
    let (_, other) = call(
        &f,
        "GET",
        "/api/v1/citizens/rights-log",
        Some(&lombardia),
        None,
    )
    .await;
    assert!(
        other["acts"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["staff"] == "region@lombardia.it")
    );
    let text = serde_json::to_string(&log).unwrap();
    assert!(!text.contains(&code));
}

/// A programme's retention deletes names, contacts and the code itself months after
/// the rows that needed them went into a national file, never before: the citizen is
/// still found and counted once, and only a facilitator of their programme gives the
/// names back.
#[tokio::test]
async fn the_retention_deletes_names_months_after_their_rows_went_out() {
    let f = fixture(false);
    account(&f, "region@toscana.it", Role::Region, Some("toscana"), &[]);
    account(
        &f,
        "region@lombardia.it",
        Role::Region,
        Some("lombardia"),
        &[],
    );
    account(&f, "fac@tos1.it", Role::Facilitator, None, &["TOS-001"]);
    account(&f, "fac@lom1.it", Role::Facilitator, None, &["LOM-001"]);
    let toscana = signed_in(&f, "region@toscana.it").await;
    let lombardia = signed_in(&f, "region@lombardia.it").await;
    let desk = signed_in(&f, "fac@tos1.it").await;
    let other_desk = signed_in(&f, "fac@lom1.it").await;
    let code = cf("RSSMRA80A01H501");
    // Anna: served in Toscana. Bruno: came to Lombardia, whose period is over, so his
    // visit can never go out. Carla: signed up in Toscana, never served.
    let (_, visit) = visitor(&f, 10, "TOS-001", "RSSMRA80A01H501").await;
    let service = super::staff::service(50, "TOS-001", &["A"], &[visit]);
    let (status, served) = call(&f, "POST", "/api/v1/services", Some(&desk), Some(&service)).await;
    assert_eq!(status, 201, "{served}");
    visitor(&f, 20, "LOM-001", "BNCBRN70B01F205").await;
    register(&f, 30, "TOS-001", &cf("VRDCRL75C41D612")).await;
    let id_of = |code: &str| {
        let key = f
            .secrets
            .lookup_hash(&ponte_domain::codice_fiscale::CodiceFiscale::parse(code).unwrap());
        f.app.store.citizen_by_lookup(&key).unwrap().unwrap()
    };
    let (anna, bruno, carla) = (
        id_of(&code),
        id_of(&cf("BNCBRN70B01F205")),
        id_of(&cf("VRDCRL75C41D612")),
    );

    let mut version = String::new();
    for p in ["toscana", "lombardia"] {
        let programme = ponte_domain::ProgrammeId::parse(p).unwrap();
        let before = f
            .app
            .store
            .reference()
            .programme(&programme)
            .unwrap()
            .privacy
            .notice_version();
        let now_version = f
            .app
            .store
            .set_retention(&programme, Some(6))
            .unwrap()
            .unwrap();
        assert_ne!(
            now_version, before,
            "the notice says it: citizens see it again"
        );
        if p == "toscana" {
            version = now_version;
        }
    }
    let (_, listed) = get(&f, "/api/v1/programmes").await;
    assert!(
        listed["programmes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["privacy"]["names_retention_months"] == 6),
        "{listed}"
    );

    let now = now_seconds();
    let later = now + 7 * 31 * 86_400;
    let due = |at: i64| -> Vec<u64> {
        f.app
            .store
            .names_due(at)
            .unwrap()
            .into_iter()
            .map(|d| d.citizen)
            .collect()
    };
    let found = due(later);
    assert!(!found.contains(&anna), "no row of hers went out yet");
    assert!(
        found.contains(&carla),
        "never served: months after her sign-up"
    );
    assert!(
        found.contains(&bruno),
        "nothing to report: months after his visit"
    );
    let soon = due(now + 5 * 28 * 86_400);
    assert!(
        !soon.contains(&carla) && !soon.contains(&bruno),
        "not before"
    );
    // A file logged without her rows (another centre's, made earlier) is not hers.
    let month = ponte_domain::clock::rome_date(now).unwrap().to_string()[..7].to_owned();
    let early = crate::store::ExportRecord {
        by: "cli:test".into(),
        at: now - 86_400,
        programme: "toscana".into(),
        month: month.clone(),
        services: 0,
        rows: 0,
        left_out: 0,
        names_purged: 0,
        centres: vec![],
        files: vec![],
    };
    f.app.store.log_export(&early, &[]).unwrap();
    assert!(!due(later).contains(&anna), "a file without her row");
    let res = warp::test::request()
        .path(&format!(
            "/api/v1/programmes/toscana/national.csv?month={month}"
        ))
        .header("cookie", toscana.as_str())
        .reply(&routes(f.app.clone()))
        .await;
    assert_eq!(res.status(), 200);
    let summary = || {
        let (f, toscana, month) = (&f, &toscana, &month);
        async move {
            call(
                f,
                "GET",
                &format!("/api/v1/programmes/toscana/national?month={month}"),
                Some(toscana),
                None,
            )
            .await
            .1
        }
    };
    let exported = summary().await;
    assert_eq!(exported["names_purged"], 0);
    assert!(
        !due(now + 5 * 28 * 86_400).contains(&anna),
        "five months on: not yet"
    );
    let found = f.app.store.names_due(later).unwrap();
    let ids: Vec<u64> = found.iter().map(|d| d.citizen).collect();
    assert!(ids.contains(&anna) && ids.contains(&carla), "{found:?}");
    for d in &found {
        let rule = if d.citizen == bruno {
            "lombardia"
        } else {
            "toscana"
        };
        assert_eq!(d.programmes, [rule], "{found:?}");
    }

    let purged = f.app.store.apply_retention(&f.secrets, later).unwrap();
    assert_eq!(purged as usize, found.len());
    assert_eq!(
        f.app.store.apply_retention(&f.secrets, later).unwrap(),
        0,
        "once"
    );
    let copy = format!("/api/v1/citizens/{anna}/export");
    let (status, data) = call(&f, "GET", &copy, Some(&toscana), None).await;
    assert_eq!(status, 200, "{data}");
    assert_eq!(
        (
            data["personal"]["first_name"].as_str(),
            data["personal"]["last_name"].as_str(),
            &data["personal"]["codice_fiscale"],
        ),
        (Some(""), Some(""), &serde_json::Value::Null),
        "the names and the code go: {data}"
    );
    assert_eq!(data["record"]["names_purged_at"], later);
    assert_eq!(data["record"]["contact_consent"], false);
    let lookup = || {
        let (f, toscana, code) = (&f, &toscana, &code);
        async move {
            call(
                f,
                "POST",
                "/api/v1/citizens/lookup",
                Some(toscana),
                Some(&json!({"codice_fiscale": code})),
            )
            .await
        }
    };
    let (status, again) = lookup().await;
    assert_eq!(
        (status, again["citizen"]["id"].as_u64()),
        (200, Some(anna)),
        "still found by the code's fingerprint"
    );
    // The platform needs names: the month's file now leaves her out, and says so.
    let after = summary().await;
    assert_eq!(after["names_purged"], 1);
    let tos = ponte_domain::ProgrammeId::parse("toscana").unwrap();
    super::export::counters_say_what_the_file_holds(&f, &tos, &month, &["TOS-001"]);
    assert_eq!(
        after["rows"].as_u64().unwrap() + 1,
        exported["rows"].as_u64().unwrap()
    );

    // Logged as the retention's act, for Toscana's region, not Lombardia's.
    let log = f.app.store.rights_log().unwrap();
    let act = log
        .iter()
        .find(|a| a.citizen == Some(anna) && a.act == "purge")
        .expect("the deletion is logged");
    assert_eq!(act.staff, crate::store::RETENTION_ACTOR);
    assert_eq!(act.programme.as_deref(), Some("toscana"));
    let key = hex::encode(
        f.secrets
            .lookup_hash(&ponte_domain::codice_fiscale::CodiceFiscale::parse(&code).unwrap()),
    );
    assert_eq!(act.lookup_key.as_deref(), Some(key.as_str()));
    let acts_of = |cookie: &str, what: &'static str| {
        let (f, cookie) = (&f, cookie.to_owned());
        async move {
            let (_, read) =
                call(f, "GET", "/api/v1/citizens/rights-log", Some(&cookie), None).await;
            read["acts"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|a| a["act"] == what)
                .count()
        }
    };
    assert_eq!(acts_of(&toscana, "purge").await, found.len() - 1);
    assert_eq!(
        acts_of(&lombardia, "purge").await,
        1,
        "Bruno's, under its rule"
    );

    // A phone that knows her code, or another region's desk, gives nothing back.
    let sign_up = |n: u128, centre: &str| {
        let mut body = registration(n, centre, &code);
        let programme = if centre == "TOS-001" {
            "toscana"
        } else {
            "lombardia"
        };
        body["privacy"]["version"] = f
            .app
            .store
            .reference()
            .programme(&ponte_domain::ProgrammeId::parse(programme).unwrap())
            .unwrap()
            .privacy
            .notice_version()
            .into();
        body["first_name"] = "Mario".into();
        body["last_name"] = "Rossi".into();
        body
    };
    let (status, body) = post(&f, "/api/v1/registrations", &sign_up(40, "TOS-001")).await;
    assert_eq!(status, 201, "{body}");
    let mut at_lom = sign_up(41, "LOM-001");
    at_lom["privacy"]["channel"] = "assisted".into();
    let (status, body) = call(
        &f,
        "POST",
        "/api/v1/staff/registrations",
        Some(&other_desk),
        Some(&at_lom),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let (_, data) = call(&f, "GET", &copy, Some(&toscana), None).await;
    assert_eq!(data["personal"]["first_name"], "", "{data}");
    // Her own programme's desk does.
    let mut at_tos = sign_up(42, "TOS-001");
    at_tos["privacy"]["channel"] = "assisted".into();
    assert_eq!(at_tos["privacy"]["version"], version.as_str());
    let (status, body) = call(
        &f,
        "POST",
        "/api/v1/staff/registrations",
        Some(&desk),
        Some(&at_tos),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let (_, data) = call(&f, "GET", &copy, Some(&toscana), None).await;
    assert_eq!(
        (
            data["personal"]["first_name"].as_str(),
            data["personal"]["codice_fiscale"].as_str(),
            data["personal"]["email"].as_str(),
        ),
        (Some("Mario"), Some(code.as_str()), None),
        "names and code back, contacts not: {data}"
    );
    assert!(data["record"].get("names_purged_at").is_none());
    assert!(data["record"]["names_restored_at"].as_i64().is_some());
    assert_eq!(summary().await["names_purged"], 0);
    super::export::counters_say_what_the_file_holds(&f, &tos, &month, &["TOS-001"]);
    assert_eq!(acts_of(&toscana, "restore").await, 1);
    let restore = f
        .app
        .store
        .rights_log()
        .unwrap()
        .into_iter()
        .find(|a| a.act == "restore")
        .unwrap();
    assert_eq!(
        (
            restore.staff.as_str(),
            restore.citizen,
            restore.programme.as_deref()
        ),
        ("fac@tos1.it", Some(anna), Some("toscana"))
    );

    // Erased after the retention: not even the code's fingerprint stays.
    let carla_cf = cf("VRDCRL75C41D612");
    let (status, _) = call(
        &f,
        "DELETE",
        &format!("/api/v1/citizens/{carla}"),
        Some(&toscana),
        None,
    )
    .await;
    assert_eq!(status, 200);
    let (status, _) = call(
        &f,
        "POST",
        "/api/v1/citizens/lookup",
        Some(&toscana),
        Some(&json!({"codice_fiscale": carla_cf})),
    )
    .await;
    assert_eq!(status, 404, "no longer found by the code");
    let (_, data) = call(
        &f,
        "GET",
        &format!("/api/v1/citizens/{carla}/export"),
        Some(&toscana),
        None,
    )
    .await;
    assert!(data["record"].get("kept_lookup_key").is_none(), "{data}");
    let erase = f
        .app
        .store
        .rights_log()
        .unwrap()
        .into_iter()
        .find(|a| a.act == "erase" && a.citizen == Some(carla))
        .unwrap();
    assert!(erase.lookup_key.is_some(), "the erasure logs whose it was");
    super::export::counters_say_what_the_file_holds(&f, &tos, &month, &["TOS-001"]);
}

/// The first and last day of this month in Italy.
fn this_month() -> (ponte_domain::Date, ponte_domain::Date) {
    let month = ponte_domain::clock::rome_date(now_seconds())
        .unwrap()
        .to_string();
    crate::export::national::month_days(&month[..7]).unwrap()
}
