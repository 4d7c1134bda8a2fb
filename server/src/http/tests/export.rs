//! The national upload file: its header byte for byte, every value in its code list,
//! the split into files, the citizens without a codice fiscale left out, and the
//! national merging rule giving back exactly the services recorded.

use std::collections::{BTreeMap, BTreeSet};

use ponte_domain::codelists;
use ponte_domain::staff::Role;
use serde_json::json;

use super::staff::{account, call, service, signed_in, visitor};
use super::{checkin, fixture, post, registration};
use crate::export::national::{self, MAX_ROWS};

/// The header as the national platform's documentation lists it.
const HEADER: &str = "IDFacilitatore,NominativoFacilitatore,IDSede,NominativoSede,\
AN1,AN2,AN3,AN4,AN5,AN6,AN7,AN8,AN9,AN10,AN11,AN12,AN14,AN17,PR1,PR2,\
SE1,SE2,SE3,SE4,SE5,SE6,SE7,ES1,ES2,ES3,ES4,ES5,ES6\r\n";

/// What a month's file holds by the counters kept as services were written is what
/// building the file finds, for the whole programme and for some of its centres (with
/// files of 3 rows, so the parts are compared too); and a count from scratch gives the
/// same counters.
pub(super) fn counters_say_what_the_file_holds(
    f: &super::Fixture,
    programme: &ponte_domain::ProgrammeId,
    month: &str,
    centres: &[&str],
) {
    let centres: Vec<ponte_domain::CentreCode> = centres
        .iter()
        .map(|c| ponte_domain::CentreCode::parse(c).unwrap())
        .collect();
    let figures = |centres: Option<&[ponte_domain::CentreCode]>, open| {
        let n =
            national::build(&f.app.store, &f.secrets, programme, centres, month, 3, open).unwrap();
        let parts: Vec<(String, u32)> = n
            .files
            .iter()
            .map(|(f, _)| (f.name.clone(), f.rows))
            .collect();
        (
            n.services,
            n.rows,
            n.left_out,
            n.names_purged,
            n.flagged,
            n.services_left_out,
            parts,
        )
    };
    let scopes = [None, Some(&centres[..])];
    let kept: Vec<_> = scopes
        .iter()
        .map(|&scope| {
            let counted = figures(scope, national::Open::CountsOnly);
            assert_eq!(
                counted,
                figures(scope, national::Open::Identities),
                "counters and file, {scope:?}"
            );
            counted
        })
        .collect();
    f.app.store.recount_national().unwrap();
    for (scope, kept) in scopes.iter().zip(kept) {
        assert_eq!(
            kept,
            figures(*scope, national::Open::CountsOnly),
            "counters kept and counted from scratch, {scope:?}"
        );
    }
}

/// Services over three days at two centres, of one to four people each, recorded out
/// of the days' order, a citizen at both centres: the summary from the counters is the
/// file (its parts of 3 rows included), for the programme and for one centre.
#[tokio::test]
async fn the_summary_is_the_file_across_days_centres_and_sizes() {
    let f = fixture(false);
    account(
        &f,
        "fac@tos.it",
        Role::Facilitator,
        None,
        &["TOS-001", "TOS-002"],
    );
    let cookie = signed_in(&f, "fac@tos.it").await;
    let mut passes = Vec::new();
    for i in 0..6u128 {
        let code = super::cf(&format!("BNCBRN7{i}B01D612"));
        passes.push(super::register_back(&f, 600 + i, "TOS-001", &code, 3).await);
    }
    let mut visit = std::collections::HashMap::new();
    let mut n = 700;
    let mut check_in = async |who: usize, centre: &str, days_ago: i64| -> u64 {
        if let Some(id) = visit.get(&(who, centre.to_owned(), days_ago)) {
            return *id;
        }
        n += 1;
        let body = super::checkin_at(n, &passes[who], centre, days_ago);
        let (status, reply) = post(&f, "/api/v1/checkins", &body).await;
        assert_eq!(status, 201, "{reply}");
        let id = reply["visit"]["id"].as_u64().unwrap();
        visit.insert((who, centre.to_owned(), days_ago), id);
        id
    };
    let plan: [(i64, &str, &[usize]); 6] = [
        (2, "TOS-001", &[0, 1, 2]),
        (0, "TOS-001", &[0]),
        (1, "TOS-002", &[0, 1]),
        (1, "TOS-001", &[2, 3, 4, 5]),
        (0, "TOS-002", &[1]),
        (2, "TOS-002", &[3]),
    ];
    let mut months = std::collections::BTreeSet::new();
    for (i, (days_ago, centre, who)) in plan.into_iter().enumerate() {
        let mut visits = Vec::new();
        for &w in who {
            visits.push(check_in(w, centre, days_ago).await);
        }
        let day = ponte_domain::clock::rome_date(super::now_seconds() - days_ago * 86_400).unwrap();
        months.insert(day.to_string()[..7].to_owned());
        // A: one citizen; B: a group.
        let kind = if who.len() > 1 { "B" } else { "A" };
        let mut body = service(800 + i as u128, centre, &[kind], &visits);
        body["date"] = day.to_string().into();
        let (status, reply) =
            call(&f, "POST", "/api/v1/services", Some(&cookie), Some(&body)).await;
        assert_eq!(status, 201, "{reply}");
    }
    let toscana = ponte_domain::ProgrammeId::parse("toscana").unwrap();
    let mut rows = 0;
    for month in &months {
        counters_say_what_the_file_holds(&f, &toscana, month, &["TOS-002"]);
        let (first, last) = national::month_days(month).unwrap();
        let counts = f
            .app
            .store
            .national_counts("toscana", first, last, None)
            .unwrap();
        rows += counts.sizes.iter().map(|(r, n)| r * n).sum::<u32>();
    }
    assert_eq!(rows, 12, "every participation is a row");
}

fn in_list(list: codelists::CodeList, value: &str) -> bool {
    value.split(':').all(|v| list.iter().any(|(c, _)| *c == v))
}

#[tokio::test]
async fn the_national_file_is_the_platforms_and_merges_back_into_the_services() {
    let f = fixture(false);
    account(&f, "fac@tos1.it", Role::Facilitator, None, &["TOS-001"]);
    let cookie = signed_in(&f, "fac@tos1.it").await;
    let (_, anna) = visitor(&f, 10, "TOS-001", "NRENNA60A41D612").await;
    let (_, bruno) = visitor(&f, 20, "TOS-001", "BNCBRN70B01D612").await;
    let (_, carla) = visitor(&f, 30, "TOS-001", "VRDCRL80C41D612").await;
    // Someone the programme lets sign up without a codice fiscale: counted at home,
    // left out of the national file.
    let toscana = ponte_domain::ProgrammeId::parse("toscana").unwrap();
    f.app
        .store
        .set_registration_without_codice_fiscale(&toscana, true)
        .unwrap();
    let mut body = registration(40, "TOS-001", "");
    body["without_codice_fiscale"] = json!({"birth_year": 1975, "sex": "F"});
    let (status, reply) = post(&f, "/api/v1/registrations", &body).await;
    assert_eq!(status, 201, "{reply}");
    let (status, reply) = post(
        &f,
        "/api/v1/checkins",
        &checkin(41, reply["pass"].as_str().unwrap(), "TOS-001"),
    )
    .await;
    assert_eq!(status, 201);
    let dora = reply["visit"]["id"].as_u64().unwrap();

    // Anna alone; the four together; Bruno alone, alike Anna's in every merged field
    // (same facilitator, site, day, length, type, competences, domains and details).
    for (n, types, visits) in [
        (100u128, &["A"][..], vec![anna]),
        (101, &["B"][..], vec![anna, bruno, carla, dora]),
        (102, &["A"][..], vec![bruno]),
    ] {
        let (status, reply) = call(
            &f,
            "POST",
            "/api/v1/services",
            Some(&cookie),
            Some(&service(n, "TOS-001", types, &visits)),
        )
        .await;
        assert_eq!(status, 201, "{reply}");
    }
    // A 17-year-old from Lombardia (which counts from 16) at a Toscana centre (from
    // 18): the visit is flagged, and its service stays out of Toscana's file.
    let minor = super::register(
        &f,
        50,
        "LOM-001",
        &ponte_domain::codice_fiscale::complete("VRDLCU09E05D612").unwrap(),
    )
    .await;
    let (status, reply) = post(&f, "/api/v1/checkins", &checkin(51, &minor, "TOS-001")).await;
    assert_eq!(status, 201, "{reply}");
    let minor_visit = reply["visit"]["id"].as_u64().unwrap();
    let (status, reply) = call(
        &f,
        "POST",
        "/api/v1/services",
        Some(&cookie),
        Some(&service(103, "TOS-001", &["A"], &[minor_visit])),
    )
    .await;
    assert_eq!(status, 201, "{reply}");
    let today = ponte_domain::clock::rome_date(super::now_seconds()).unwrap();
    let month = format!("{:04}-{:02}", today.year(), today.month());

    // At most 3 rows a file, a day's services smallest first: Anna's and Bruno's; then
    // the group, never split.
    let made = national::build(
        &f.app.store,
        &f.secrets,
        &toscana,
        None,
        &month,
        3,
        national::Open::Identities,
    )
    .unwrap();
    assert_eq!((made.services, made.rows, made.left_out), (3, 5, 1));
    assert_eq!(
        (made.flagged, made.services_left_out),
        (1, 1),
        "the minor's service"
    );
    counters_say_what_the_file_holds(&f, &toscana, &month, &["TOS-001"]);
    let names: Vec<&str> = made.files.iter().map(|(f, _)| f.name.as_str()).collect();
    assert_eq!(
        names,
        [1, 2].map(|n| format!("toscana-{month}-{n}.csv")),
        "numbered files beyond the first"
    );
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (file, bytes) in &made.files {
        assert!(bytes.starts_with(HEADER.as_bytes()), "{}", file.name);
        let mut reader = csv::Reader::from_reader(&bytes[..]);
        let mut n = 0;
        for r in reader.records() {
            rows.push(r.unwrap().iter().map(str::to_owned).collect());
            n += 1;
        }
        assert!(n <= 3 && n == file.rows as usize, "{}: {n} rows", file.name);
        use sha2::Digest;
        assert_eq!(file.sha256, hex::encode(sha2::Sha256::digest(bytes)));
    }
    assert_eq!(made.files[1].0.rows, 3, "the group stays in one file");

    // Every value is the platform's.
    for r in &rows {
        assert_eq!(r.len(), 33);
        let cf = ponte_domain::codice_fiscale::CodiceFiscale::parse(&r[6])
            .unwrap_or_else(|e| panic!("AN3 {}: {e}", r[6]));
        let (first, last) = ponte_domain::codice_fiscale::names_for(cf.as_str());
        assert_eq!(
            (r[4].as_str(), r[5].as_str()),
            (first.as_str(), last.as_str())
        );
        assert_eq!(
            r[7], "",
            "AN4 is for those without a code, who are not here"
        );
        assert!(in_list(codelists::GENDER, &r[10]), "AN7 {}", r[10]);
        assert!(
            ["1", "2", "3", "4", "5"].contains(&r[11].as_str()),
            "AN8 {}",
            r[11]
        );
        assert!(in_list(codelists::EDUCATION, &r[12]), "AN9 {}", r[12]);
        assert!(in_list(codelists::EMPLOYMENT, &r[13]), "AN10 {}", r[13]);
        assert!(in_list(codelists::CITIZENSHIP, &r[14]), "AN11 {}", r[14]);
        assert!(
            ponte_domain::province::Province::by_code(&r[15]).is_some(),
            "AN12 {}",
            r[15]
        );
        assert_eq!(r[20], today.to_string(), "SE1");
        assert_eq!(r[21], "00:45", "SE2");
        assert!(in_list(codelists::SERVICE_TYPE, &r[22]), "SE3 {}", r[22]);
        assert!(in_list(codelists::DIGCOMP_AREA, &r[23]), "SE4 {}", r[23]);
        assert!(in_list(codelists::COMPETENCE, &r[24]), "SE5 {}", r[24]);
        assert!(in_list(codelists::PUBLIC_SERVICE, &r[25]), "SE6 {}", r[25]);
        assert!(r[26].chars().count() <= 600, "SE7");
        assert_eq!(r[2], "TOS-001", "IDSede");
    }

    // The platform's merging rule rebuilds each service once, with its citizens.
    let mut merged: BTreeMap<Vec<String>, BTreeSet<String>> = BTreeMap::new();
    for r in &rows {
        // The platform's merging fields, found by name in the header.
        let key: Vec<String> = [
            "IDFacilitatore",
            "IDSede",
            "SE1",
            "SE2",
            "SE3",
            "SE5",
            "SE6",
            "SE7",
        ]
        .map(|name| r[national::COLUMNS.iter().position(|c| *c == name).unwrap()].clone())
        .to_vec();
        assert!(
            merged.entry(key).or_default().insert(r[6].clone()),
            "a citizen twice in a service"
        );
    }
    let cf_of = |first15: &str| ponte_domain::codice_fiscale::complete(first15).unwrap();
    let expected: BTreeSet<BTreeSet<String>> = [
        vec![cf_of("NRENNA60A41D612")],
        vec![
            cf_of("NRENNA60A41D612"),
            cf_of("BNCBRN70B01D612"),
            cf_of("VRDCRL80C41D612"),
        ],
        vec![cf_of("BNCBRN70B01D612")],
    ]
    .into_iter()
    .map(|v| v.into_iter().collect())
    .collect();
    let got: BTreeSet<BTreeSet<String>> = merged.into_values().collect();
    assert_eq!(got, expected);

    // With the platform's limit, one file; written with its note, and logged.
    let made = national::build(
        &f.app.store,
        &f.secrets,
        &toscana,
        None,
        &month,
        MAX_ROWS,
        national::Open::Identities,
    )
    .unwrap();
    assert_eq!(MAX_ROWS, 9_000);
    assert_eq!(made.files.len(), 1);
    assert_eq!(made.files[0].0.name, format!("toscana-{month}.csv"));
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("national");
    national::write(&made, out.as_path()).unwrap();
    let note = std::fs::read_to_string(out.as_path().join(format!("toscana-{month}-LEGGIMI.txt")))
        .unwrap();
    assert!(
        note.contains("senza codice fiscale esclusi dal file: 1"),
        "{note}"
    );
    assert!(note.contains(&made.files[0].0.sha256), "{note}");
    assert!(
        note.contains(
            "non è esportabile (età inferiore al minimo del programma, fuori dal periodo): 1"
        ),
        "{note}"
    );
    {
        use std::os::unix::fs::PermissionsExt;
        let mode =
            |p: std::path::PathBuf| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(
            mode(out.as_path().join(&made.files[0].0.name)),
            0o600,
            "codici fiscali in clear"
        );
        assert_eq!(mode(out.clone()), 0o700);
    }
    // Never written over: the month's upload stays as it was sent.
    assert!(national::write(&made, out.as_path()).is_err());
    // Another month, another programme: nothing of these.
    let empty = national::build(
        &f.app.store,
        &f.secrets,
        &toscana,
        None,
        "2020-01",
        MAX_ROWS,
        national::Open::Identities,
    )
    .unwrap();
    assert_eq!((empty.rows, empty.files[0].0.rows), (0, 0));
    let lombardia = ponte_domain::ProgrammeId::parse("lombardia").unwrap();
    assert_eq!(
        national::build(
            &f.app.store,
            &f.secrets,
            &lombardia,
            None,
            &month,
            MAX_ROWS,
            national::Open::Identities
        )
        .unwrap()
        .rows,
        0
    );
    assert!(
        national::build(
            &f.app.store,
            &f.secrets,
            &toscana,
            None,
            "2026-13",
            MAX_ROWS,
            national::Open::Identities
        )
        .is_err()
    );

    // From the console: a coordinator reports its own centres' services; the file is
    // the same, and logged with its SHA-256; a facilitator is not the one who reports.
    account(
        &f,
        "coord@tos.it",
        Role::Coordinator,
        None,
        &["TOS-001", "TOS-002"],
    );
    account(&f, "coord@tos9.it", Role::Coordinator, None, &["TOS-009"]);
    let coord = signed_in(&f, "coord@tos.it").await;
    let (status, summary) = call(
        &f,
        "GET",
        &format!("/api/v1/programmes/toscana/national?month={month}"),
        Some(&coord),
        None,
    )
    .await;
    assert_eq!(status, 200, "{summary}");
    assert_eq!(
        (summary["rows"].as_u64(), summary["left_out"].as_u64()),
        (Some(5), Some(1))
    );
    assert!(
        !summary.to_string().contains("NRENNA"),
        "nothing personal in the summary"
    );
    let other = signed_in(&f, "coord@tos9.it").await;
    let (_, none) = call(
        &f,
        "GET",
        "/api/v1/programmes/toscana/national",
        Some(&other),
        None,
    )
    .await;
    assert_eq!(
        none["rows"], 0,
        "another ente's coordinator sees none of these"
    );
    let res = warp::test::request()
        .path(&format!(
            "/api/v1/programmes/toscana/national.csv?month={month}&part=1"
        ))
        .header("cookie", &coord)
        .reply(&crate::http::routes(f.app.clone()))
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
    assert!(res.body().starts_with(HEADER.as_bytes()));
    // The summary, which builds no row, counts the file's rows and names it.
    let lines = res
        .body()
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .count();
    assert_eq!(
        summary["parts"],
        json!([{"part": 1, "name": format!("toscana-{month}.csv"), "rows": lines - 1}])
    );
    let sha = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(res.body()))
    };
    let (_, log) = call(
        &f,
        "GET",
        "/api/v1/programmes/toscana/exports",
        Some(&coord),
        None,
    )
    .await;
    let last = &log["exports"][0]["export"];
    assert_eq!(
        (last["by"].as_str(), last["files"][0]["sha256"].as_str()),
        (Some("coord@tos.it"), Some(sha.as_str())),
        "{log}"
    );
    assert_eq!(log["exports"].as_array().unwrap().len(), 1, "{log}");
    assert_eq!(
        last["centres"],
        json!(["TOS-001", "TOS-002"]),
        "whose services"
    );
    let (status, _) = call(
        &f,
        "GET",
        &format!("/api/v1/programmes/toscana/national.csv?month={month}&part=2"),
        Some(&coord),
        None,
    )
    .await;
    assert_eq!(status, 404, "one file this month");
    let (status, bad) = call(
        &f,
        "GET",
        "/api/v1/programmes/toscana/national?month=2026-1",
        Some(&coord),
        None,
    )
    .await;
    assert_eq!(
        (status, bad["error"]["field"].as_str()),
        (400, Some("month"))
    );
    assert_eq!(
        call(
            &f,
            "GET",
            "/api/v1/programmes/toscana/national",
            Some(&cookie),
            None
        )
        .await
        .0,
        403
    );
}
