//! A programme's progress against its targets, from the counters kept at write time:
//! the counts rise with check-ins and services, the forecast follows the pace, the
//! centres behind their share are listed, a province has its own targets.

use ponte_domain::staff::Role;

use super::staff::{account, call, service, signed_in, visitor};

#[tokio::test]
async fn progress_counts_forecasts_and_names_the_centres_at_risk() {
    let f = fixture_with_region();
    let cookie = signed_in(&f, "region@toscana.it").await;
    let progress = |query: &'static str| {
        let cookie = cookie.clone();
        let f = &f;
        async move {
            call(
                f,
                "GET",
                &format!("/api/v1/programmes/toscana/progress{query}"),
                Some(&cookie),
                None,
            )
            .await
        }
    };
    let (status, before) = progress("").await;
    assert_eq!(status, 200, "{before}");
    assert_eq!(
        (before["citizens"].as_u64(), before["services"].as_u64()),
        (Some(0), Some(0))
    );
    assert!(
        before["forecast"]["citizens_date"].is_null(),
        "nothing moves yet"
    );
    assert!(!before["targets"].as_array().unwrap().is_empty());
    // Nobody came anywhere: every centre is behind its share.
    let centres = before["at_risk"].as_array().unwrap().len();
    assert!(centres > 1, "{before}");

    // Two citizens at TOS-001 (one twice: still one citizen), a service for both.
    account(&f, "fac@tos1.it", Role::Facilitator, None, &["TOS-001"]);
    let fac = signed_in(&f, "fac@tos1.it").await;
    let (_, a) = visitor(&f, 10, "TOS-001", "NRENNA60A41D612").await;
    let (_, b) = visitor(&f, 20, "TOS-001", "BNCBRN70B01D612").await;
    let (status, _) = super::post(
        &f,
        "/api/v1/checkins",
        &super::checkin(
            30,
            &super::register(&f, 31, "TOS-002", &super::cf("NRENNA60A41D612")).await,
            "TOS-002",
        ),
    )
    .await;
    assert_eq!(status, 201);
    let (status, _) = call(
        &f,
        "POST",
        "/api/v1/services",
        Some(&fac),
        Some(&service(40, "TOS-001", &["B"], &[a, b])),
    )
    .await;
    assert_eq!(status, 201);

    let (_, after) = progress("").await;
    assert_eq!(
        (
            after["citizens"].as_u64(),
            after["services"].as_u64(),
            after["participations"].as_u64()
        ),
        (Some(2), Some(1), Some(2)),
        "{after}"
    );
    assert_eq!(
        after["weeks"].as_array().unwrap().last().unwrap()["citizens"],
        2
    );
    // Two new citizens in four weeks: half a citizen a week, rounded to 1.
    assert_eq!(after["recent_weekly"]["citizens"], 1);
    // Two citizens in four weeks will not reach 170,000 within a century: no date is
    // promised (the arithmetic itself is tested in the shared crate).
    assert!(after["forecast"]["citizens_date"].is_null(), "{after}");
    // Anna came again at TOS-002: one citizen, counted where she first came.
    let first = |code: &str| {
        after["at_risk"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["centre"] == code)
            .map(|r| r["recent_weekly"].as_u64().unwrap())
    };
    // Half a citizen a week rounds to 1 at TOS-001 (0.5 → 1); none at TOS-002.
    assert_eq!((first("TOS-001"), first("TOS-002")), (Some(1), Some(0)));
    // A database from before the programme's day-by-centre counters gets them at
    // start, from the centres' own days: the same answer.
    f.app.store.recount_programme_centre_days().unwrap();
    let (_, again) = progress("").await;
    assert_eq!(again, after);
    // The centres are sorted by how far behind they are.
    let risk = after["at_risk"].as_array().unwrap();
    let gaps: Vec<i64> = risk
        .iter()
        .map(|r| r["required_weekly"].as_i64().unwrap() - r["recent_weekly"].as_i64().unwrap())
        .collect();
    // Rounding may tie neighbours, never reverse them by more than a unit.
    assert!(gaps.windows(2).all(|w| w[0] + 1 >= w[1]), "{gaps:?}");
    assert_eq!(
        risk.last().unwrap()["centre"],
        "TOS-001",
        "the one centre moving is last"
    );

    // The region sets TOS-001's share to what it has reached: no longer at risk.
    let (status, _) = call(
        &f,
        "POST",
        "/api/v1/programmes/toscana/shares",
        Some(&cookie),
        Some(&serde_json::json!({"centre": "TOS-001", "citizens": 1})),
    )
    .await;
    assert_eq!(status, 200);
    let (_, shared) = progress("").await;
    assert!(
        !shared["at_risk"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["centre"] == "TOS-001"),
        "{shared}"
    );
    let (status, bad) = call(
        &f,
        "POST",
        "/api/v1/programmes/toscana/shares",
        Some(&cookie),
        Some(&serde_json::json!({"centre": "LOM-001", "citizens": 5})),
    )
    .await;
    assert_eq!(
        (status, bad["error"]["field"].as_str()),
        (400, Some("centre"))
    );
    // The month's report per centre says the same as the dashboard (everything here
    // happened this month).
    let today = ponte_domain::clock::rome_date(super::now_seconds()).unwrap();
    let month = format!("{:04}-{:02}", today.year(), today.month());
    let body = |path: String| {
        let cookie = cookie.clone();
        let f = &f;
        async move {
            let res = warp::test::request()
                .path(&path)
                .header("cookie", &cookie)
                .reply(&crate::http::routes(f.app.clone()))
                .await;
            assert_eq!(res.status(), 200, "{path}");
            res.body().to_vec()
        }
    };
    let csv = body(format!(
        "/api/v1/programmes/toscana/report.csv?month={month}"
    ))
    .await;
    let mut reader = csv::Reader::from_reader(&csv[..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let total = rows.last().unwrap();
    assert_eq!(&total[0], "Totale");
    let n = |i: usize| total[i].parse::<u64>().unwrap();
    assert_eq!(
        (Some(n(5)), Some(n(6)), Some(n(7))),
        (
            after["citizens"].as_u64(),
            after["services"].as_u64(),
            after["participations"].as_u64()
        ),
        "new in the programme, services, participations"
    );
    assert_eq!(
        n(3),
        3,
        "three visits: Anna twice (two centres), Bruno once"
    );
    let tos1 = rows.iter().find(|r| &r[0] == "TOS-001").unwrap();
    assert_eq!((&tos1[3], &tos1[6]), ("2", "1"));
    let xlsx = body(format!(
        "/api/v1/programmes/toscana/report.xlsx?month={month}"
    ))
    .await;
    assert!(xlsx.starts_with(b"PK"), "a zip, as XLSX files are");
    assert!(xlsx.windows(24).any(|w| w == b"xl/worksheets/sheet1.xml"));
    // A province of the programme; one of another programme is refused by name.
    let (status, fi) = progress("?province=FI").await;
    assert_eq!((status, fi["province"].as_str()), (200, Some("FI")), "{fi}");
    assert!(fi["citizens"].as_u64().unwrap() <= 2);
    let (status, bad) = progress("?province=MI").await;
    assert_eq!(
        (status, bad["error"]["field"].as_str()),
        (400, Some("province"))
    );
    let (status, _) = progress("?nope=1").await;
    assert_eq!(status, 400);
}

fn fixture_with_region() -> super::Fixture {
    let f = super::fixture(false);
    account(&f, "region@toscana.it", Role::Region, Some("toscana"), &[]);
    f
}
