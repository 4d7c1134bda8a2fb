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

/// A programme's retention deletes names and contacts months after the national file
/// that carried them, never before; the codice fiscale stays, so the citizen is still
/// found and counted once, and a new sign-up gives the names back.
#[tokio::test]
async fn the_retention_deletes_names_months_after_their_national_file() {
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
    let toscana = signed_in(&f, "region@toscana.it").await;
    let lombardia = signed_in(&f, "region@lombardia.it").await;
    let desk = signed_in(&f, "fac@tos1.it").await;
    let code = cf("RSSMRA80A01H501");
    let (_, visit) = visitor(&f, 10, "TOS-001", "RSSMRA80A01H501").await;
    let service = super::staff::service(50, "TOS-001", &["A"], &[visit]);
    let (status, served) = call(&f, "POST", "/api/v1/services", Some(&desk), Some(&service)).await;
    assert_eq!(status, 201, "{served}");
    // Someone in a programme that keeps names, in a month exported alike.
    register(&f, 20, "LOM-001", &cf("BNCLRA85M41D612")).await;
    let (status, body) = post(
        &f,
        "/api/v1/checkins",
        &checkin(
            21,
            &register(&f, 22, "LOM-001", &cf("VRDLGU70C10F205")).await,
            "LOM-001",
        ),
    )
    .await;
    assert_eq!(status, 201, "{body}");

    let programme = ponte_domain::ProgrammeId::parse("toscana").unwrap();
    let before = f
        .app
        .store
        .reference()
        .programme(&programme)
        .unwrap()
        .privacy
        .notice_version();
    let version = f
        .app
        .store
        .set_retention(&programme, Some(6))
        .unwrap()
        .unwrap();
    assert_ne!(version, before, "the notice says it: citizens see it again");
    let (_, listed) = get(&f, "/api/v1/programmes").await;
    let listed = listed["programmes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "toscana")
        .unwrap()
        .clone();
    assert_eq!(listed["privacy"]["names_retention_months"], 6);

    let now = now_seconds();
    let later = now + 7 * 31 * 86_400;
    let id = f.app.store.citizen_by_lookup(
        &f.secrets
            .lookup_hash(&ponte_domain::codice_fiscale::CodiceFiscale::parse(&code).unwrap()),
    );
    let id = id.unwrap().unwrap();
    let due = |at: i64| -> Vec<u64> {
        f.app
            .store
            .names_due(at)
            .unwrap()
            .into_iter()
            .map(|d| d.citizen)
            .collect()
    };
    assert!(!due(later).contains(&id), "never sent: the names stay");
    // A file of the month made before the visit did not carry it.
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
    f.app.store.log_export(&early).unwrap();
    assert!(!due(later).contains(&id), "a file from before the visit");
    for who in [&toscana, &lombardia] {
        let programme = if who == &toscana {
            "toscana"
        } else {
            "lombardia"
        };
        let res = warp::test::request()
            .path(&format!(
                "/api/v1/programmes/{programme}/national.csv?month={month}"
            ))
            .header("cookie", who.as_str())
            .reply(&routes(f.app.clone()))
            .await;
        assert_eq!(res.status(), 200);
    }
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
        !due(now + 5 * 28 * 86_400).contains(&id),
        "five months on: not yet"
    );
    let found = f.app.store.names_due(later).unwrap();
    assert!(found.iter().any(|d| d.citizen == id));
    assert!(
        found.iter().all(|d| d.programme == "toscana"),
        "Lombardia keeps its names: {found:?}"
    );

    let purged = f.app.store.apply_retention(&f.secrets, later).unwrap();
    assert_eq!(purged as usize, found.len());
    assert_eq!(
        f.app.store.apply_retention(&f.secrets, later).unwrap(),
        0,
        "once"
    );
    let copy = format!("/api/v1/citizens/{id}/export");
    let (status, data) = call(&f, "GET", &copy, Some(&toscana), None).await;
    assert_eq!(status, 200, "{data}");
    assert_eq!(
        (
            data["personal"]["first_name"].as_str(),
            data["personal"]["last_name"].as_str(),
            data["personal"]["codice_fiscale"].as_str(),
        ),
        (Some(""), Some(""), Some(code.as_str())),
        "the names go, the code stays"
    );
    assert_eq!(data["record"]["names_purged_at"], later);
    assert_eq!(data["record"]["contact_consent"], false);
    let (status, _) = call(
        &f,
        "POST",
        "/api/v1/citizens/lookup",
        Some(&toscana),
        Some(&json!({"codice_fiscale": code})),
    )
    .await;
    assert_eq!(status, 200, "still found by the code");
    // The platform needs names: the month's file now leaves them out, and says so.
    let after = summary().await;
    assert_eq!(after["names_purged"].as_u64(), Some(found.len() as u64));
    assert_eq!(
        after["rows"].as_u64().unwrap() + found.len() as u64,
        exported["rows"].as_u64().unwrap()
    );

    // Logged as the retention's act, for Toscana's region, not Lombardia's.
    let log = f.app.store.rights_log().unwrap();
    let act = log
        .iter()
        .find(|a| a.citizen == Some(id) && a.act == "purge")
        .expect("the deletion is logged");
    assert_eq!(act.staff, crate::store::RETENTION_ACTOR);
    assert_eq!(act.programme.as_deref(), Some("toscana"));
    let key = hex::encode(
        f.secrets
            .lookup_hash(&ponte_domain::codice_fiscale::CodiceFiscale::parse(&code).unwrap()),
    );
    assert_eq!(act.lookup_key.as_deref(), Some(key.as_str()));
    let acts_of = |cookie: &str| {
        let (f, cookie) = (&f, cookie.to_owned());
        async move {
            let (_, read) =
                call(f, "GET", "/api/v1/citizens/rights-log", Some(&cookie), None).await;
            read["acts"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|a| a["act"] == "purge")
                .count()
        }
    };
    assert_eq!(acts_of(&toscana).await, found.len());
    assert_eq!(acts_of(&lombardia).await, 0);

    // Signing up again with the code gives the names back, and the rows.
    let mut again = registration(30, "TOS-001", &code);
    again["privacy"]["version"] = version.into();
    let (status, body) = post(&f, "/api/v1/registrations", &again).await;
    assert_eq!(status, 201, "{body}");
    let (_, data) = call(&f, "GET", &copy, Some(&toscana), None).await;
    assert_eq!(data["personal"]["first_name"], "Mra", "{data}");
    assert!(data["record"].get("names_purged_at").is_none());
    assert_eq!(
        summary().await["names_purged"].as_u64(),
        Some(found.len() as u64 - 1)
    );
}
