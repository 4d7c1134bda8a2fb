//! The dashboard: figures by day, week and month for a programme, a province, a centre
//! or a coordinator's centres, distinct citizens counted once per bucket and scope,
//! the level below, and no breakdown of people with a group of fewer than five.

use ponte_domain::staff::Role;
use serde_json::Value;

use super::staff::{account, call, service, signed_in};
use super::{cf, checkin_at, now_seconds, post, register_back};

fn centre_province(f: &super::Fixture, code: &str) -> &'static str {
    f.app
        .store
        .reference()
        .centre(&ponte_domain::CentreCode::parse(code).unwrap())
        .unwrap()
        .province
        .code
}

fn cells(b: &Value, field: &str) -> Vec<(String, Value)> {
    b.as_array()
        .unwrap()
        .iter()
        .find(|x| x["field"] == field)
        .unwrap_or_else(|| panic!("no {field} in {b}"))["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["code"].as_str().unwrap().to_owned(), r["cell"].clone()))
        .collect()
}

fn cell<'a>(rows: &'a [(String, Value)], code: &str) -> &'a Value {
    &rows.iter().find(|(c, _)| c == code).unwrap().1
}

#[tokio::test]
async fn the_dashboard_counts_each_citizen_once_per_bucket_and_withholds_small_groups() {
    let f = super::fixture(false);
    account(&f, "region@toscana.it", Role::Region, Some("toscana"), &[]);
    account(&f, "fac@tos1.it", Role::Facilitator, None, &["TOS-001"]);
    account(
        &f,
        "coord@tos.it",
        Role::Coordinator,
        None,
        &["TOS-001", "TOS-002", "TOS-003"],
    );
    let region = signed_in(&f, "region@toscana.it").await;
    let fac = signed_in(&f, "fac@tos1.it").await;
    let coord = signed_in(&f, "coord@tos.it").await;

    // Anna signed up nine days ago: TOS-001 eight days ago and today, TOS-002 today.
    // Seven other women at TOS-001 today; Bruno at TOS-002 today.
    let anna = register_back(&f, 1, "TOS-001", &cf("NRENNA60A41D612"), 9).await;
    let mut visits_here = Vec::new();
    let mut n = 100;
    let mut check_in = |pass: String, centre: &'static str, days_ago: i64| {
        n += 1;
        let f = &f;
        let n = n;
        async move {
            let (status, body) = post(
                f,
                "/api/v1/checkins",
                &checkin_at(n, &pass, centre, days_ago),
            )
            .await;
            assert_eq!(status, 201, "{body}");
            body["visit"]["id"].as_u64().unwrap()
        }
    };
    check_in(anna.clone(), "TOS-001", 8).await;
    visits_here.push(check_in(anna.clone(), "TOS-001", 0).await);
    check_in(anna, "TOS-002", 0).await;
    for year in 61..68 {
        let pass = register_back(
            &f,
            200 + year,
            "TOS-001",
            &cf(&format!("NRENNA{year}A41D612")),
            0,
        )
        .await;
        visits_here.push(check_in(pass, "TOS-001", 0).await);
    }
    let bruno = register_back(&f, 300, "TOS-002", &cf("BNCBRN70B01D612"), 0).await;
    check_in(bruno, "TOS-002", 0).await;
    let (status, made) = call(
        &f,
        "POST",
        "/api/v1/services",
        Some(&fac),
        Some(&service(400, "TOS-001", &["B"], &visits_here[..2])),
    )
    .await;
    assert_eq!(status, 201, "{made}");

    let today = ponte_domain::clock::rome_date(now_seconds()).unwrap();
    let eight_ago =
        ponte_domain::Date::from_days_since_epoch(today.days_since_epoch() - 8).unwrap();
    let ask = |cookie: &str, query: String| {
        let cookie = cookie.to_owned();
        let f = &f;
        async move {
            call(
                f,
                "GET",
                &format!("/api/v1/programmes/toscana/dashboard?{query}"),
                Some(&cookie),
                None,
            )
            .await
        }
    };
    let period = format!("from={eight_ago}&to={today}");

    // The programme by day.
    let (status, d) = ask(&region, format!("{period}&by=day")).await;
    assert_eq!(status, 200, "{d}");
    let t = &d["totals"];
    assert_eq!(
        [
            &t["visits"],
            &t["new_citizens"],
            &t["services"],
            &t["participations"]
        ],
        [11, 9, 1, 2],
        "{t}"
    );
    let series = d["series"].as_array().unwrap();
    assert_eq!(series.len(), 9, "every day of the period, quiet ones too");
    assert_eq!(series[0]["start"], eight_ago.to_string());
    assert_eq!(
        (
            &series[0]["figures"]["visits"],
            &series[0]["figures"]["citizens"]
        ),
        (&1.into(), &1.into())
    );
    assert_eq!(series[4]["figures"]["visits"], 0);
    let last = series.last().unwrap();
    // Ten visits today, nine people: Anna came to two centres and is one citizen of
    // the programme that day.
    assert_eq!(
        (&last["figures"]["visits"], &last["figures"]["citizens"]),
        (&10.into(), &9.into()),
        "{last}"
    );
    assert_eq!(last["figures"]["new_citizens"], 8);

    // The level below: the programme's provinces, adding up to the totals.
    let parts = d["parts"].as_array().unwrap();
    let sum = |k: &str| {
        parts
            .iter()
            .map(|p| p["figures"][k].as_u64().unwrap())
            .sum::<u64>()
    };
    assert_eq!(
        (sum("visits"), sum("new_citizens"), sum("services")),
        (11, 9, 1)
    );
    let p1 = centre_province(&f, "TOS-001");
    assert!(
        parts
            .iter()
            .any(|p| p["code"] == p1 && p["figures"]["visits"].as_u64() > Some(0))
    );
    assert!(
        d["reports"].is_u64(),
        "a whole programme's reports are counted"
    );

    // Who the nine are: eight women and one man. Fewer than ten people are not broken
    // down at all: with the total shown, "< 5" beside zeros would say who he is.
    for b in d["people"].as_array().unwrap() {
        assert_eq!(
            (&b["withheld"], b["rows"].as_array().map(Vec::len)),
            (&Value::Bool(true), Some(0)),
            "{b}"
        );
    }
    assert_eq!(d["people"].as_array().unwrap().len(), 5);
    // Services are not people: one group service reads "< 5", nothing withheld.
    let types = cells(&d["services"], "type");
    assert_eq!(cell(&types, "B"), &Value::from("fewer_than_five"));
    assert_eq!(cell(&types, "A"), &serde_json::json!({"count": 0}));

    // By week and by month, Anna is one citizen of the bucket that holds today.
    for by in ["week", "month"] {
        let (status, w) = ask(&region, format!("{period}&by={by}")).await;
        assert_eq!(status, 200, "{w}");
        let last = w["series"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(last["figures"]["citizens"], 9, "{by}: {last}");
        assert_eq!(w["totals"]["visits"], 11, "{by}");
        // Widened to whole buckets: the period starts on a Monday or a 1st.
        let from: ponte_domain::Date = w["from"].as_str().unwrap().parse().unwrap();
        assert!(from <= eight_ago);
    }

    // One province: its centres below it.
    let (status, p) = ask(&region, format!("{period}&province={p1}")).await;
    assert_eq!(status, 200, "{p}");
    assert!(
        p["parts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["code"] == "TOS-001" && c["figures"]["visits"] == 9),
        "{p}"
    );
    assert!(
        p.get("reports").is_none(),
        "reports are counted per programme only"
    );

    // The facilitator's own centre: Anna twice and seven women.
    let (status, c) = ask(&fac, format!("{period}&centre=TOS-001")).await;
    assert_eq!(status, 200, "{c}");
    assert_eq!(
        (&c["totals"]["visits"], &c["totals"]["new_citizens"]),
        (&9.into(), &8.into())
    );
    assert_eq!(
        c["series"].as_array().unwrap().last().unwrap()["figures"]["citizens"],
        8
    );
    assert!(c["parts"].as_array().unwrap().is_empty());
    let (status, _) = ask(&fac, format!("{period}&centre=TOS-002")).await;
    assert_eq!(status, 403, "not the facilitator's centre");
    let (status, own) = ask(&fac, period.clone()).await;
    assert_eq!(
        (status, &own["totals"]["visits"]),
        (200, &9.into()),
        "its one centre"
    );

    // A coordinator's three centres: their sum, each below, and no distinct count
    // (people who went to two of them would be counted twice).
    let (status, co) = ask(&coord, period.clone()).await;
    assert_eq!(status, 200, "{co}");
    assert_eq!(co["totals"]["visits"], 11);
    assert_eq!(co["parts"].as_array().unwrap().len(), 3);
    assert!(co["series"][8]["figures"].get("citizens").is_none(), "{co}");
    let (status, _) = ask(&coord, format!("{period}&province=MI")).await;
    assert_eq!(status, 400);

    // A database from before these counters gets them at start, counted the same.
    f.app.store.recount_dashboard().unwrap();
    let (_, again) = ask(&region, format!("{period}&by=day")).await;
    assert_eq!(again, d);

    // Questions a person can act on.
    let long = format!("from=2024-01-01&to={today}&by=day");
    let (status, e) = ask(&region, long).await;
    assert_eq!(
        (status, e["error"]["field"].as_str()),
        (400, Some("by")),
        "{e}"
    );
    let (status, e) = ask(&region, "by=year".into()).await;
    assert_eq!((status, e["error"]["field"].as_str()), (400, Some("by")));
    let (status, e) = ask(&region, "centre=LOM-001".into()).await;
    assert_eq!(
        (status, e["error"]["field"].as_str()),
        (400, Some("centre"))
    );
    let (status, _) = ask(&region, "nope=1".into()).await;
    assert_eq!(status, 400);
}
