//! Black-box tests of the `ponte` binary: the server and the centres commands, against a
//! real redb file in a temporary data dir.

mod support;

use support::{Server, get, ponte};

const HEADER: &str = "code,name,programme,organisation,province,comune,address,site_kind,opening_hours,quota_citizens,quota_services";

fn write_csv(dir: &std::path::Path, name: &str, body: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, body).unwrap();
    path
}

#[tokio::test]
async fn imported_centres_survive_restarts() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let csv = write_csv(
        tmp.path(),
        "centres.csv",
        &format!(
            "{HEADER}\n\
             TOS-900,Biblioteca Sant'Angelo,toscana,Comune di Firenze,Firenze,Firenze,\"Via Forlì 12\",main,\"lun 09:00-13:00; gio 15:00-19:00\",900,1300\n\
             LOM-900,Centro civico di Sant'Angelo,lombardia,\"Comune di Sant'Angelo Lodigiano\",LO,Sant'Angelo Lodigiano,\"Piazza della Libertà 1\",mobile,,400,0\n"
        ),
    );

    // An empty database answers, then is stopped so the command line can write to it.
    let server = Server::start(&data, &[]);
    let empty = get(&server.url("/api/v1/centres"), &[]).await;
    assert_eq!(empty.json()["centres"].as_array().unwrap().len(), 0);
    server.stop();

    let (code, out, err) = ponte(&[
        "centres",
        "import",
        csv.to_str().unwrap(),
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), "2 centres imported (2 new, 0 updated)");

    for round in 0..2 {
        let server = Server::start(&data, &[]);
        let c = get(&server.url("/api/v1/centres/TOS-900"), &[]).await;
        assert_eq!(c.status, 200, "round {round}: {}", c.text());
        let c = c.json();
        assert_eq!(c["name"], "Biblioteca Sant'Angelo");
        assert_eq!(c["site"]["address"], "Via Forlì 12");
        assert_eq!(c["site"]["hours"], "lun 09:00-13:00; gio 15:00-19:00");
        let found = get(
            &server.url("/api/v1/centres?q=forli&programme=toscana"),
            &[],
        )
        .await
        .json();
        assert_eq!(
            found["centres"][0]["code"], "TOS-900",
            "accent-blind search, round {round}"
        );
        let lodi = get(&server.url("/api/v1/centres?province=lodi"), &[])
            .await
            .json();
        assert_eq!(
            lodi["centres"][0]["site"]["comune"],
            "Sant'Angelo Lodigiano"
        );
        server.stop();
    }

    // Export gives back what was imported, and imports again as updates.
    let (code, exported, err) = ponte(&["centres", "export", "--data-dir", data.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(exported.starts_with(HEADER));
    assert!(exported.contains(
        "TOS-900,Biblioteca Sant'Angelo,toscana,Comune di Firenze,FI,Firenze,Via Forlì 12,main"
    ));
    let again = write_csv(tmp.path(), "again.csv", &exported);
    let (code, out, _) = ponte(&[
        "centres",
        "import",
        again.to_str().unwrap(),
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    assert_eq!(out.trim(), "2 centres imported (0 new, 2 updated)");
}

#[test]
fn a_bad_file_writes_nothing_and_names_every_problem() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let data_arg = data.to_str().unwrap();

    let missing = write_csv(
        tmp.path(),
        "missing.csv",
        "code,name,programme\nTOS-1,A,toscana\n",
    );
    let (code, _, err) = ponte(&[
        "centres",
        "import",
        missing.to_str().unwrap(),
        "--data-dir",
        data_arg,
    ]);
    assert_ne!(code, 0);
    assert!(
        err.contains("line 1, column province: missing column"),
        "{err}"
    );
    assert!(
        err.contains("line 1, column quota_services: missing column"),
        "{err}"
    );

    let bad = write_csv(
        tmp.path(),
        "bad.csv",
        &format!(
            "{HEADER}\n\
             TOS-1,Good row,toscana,Comune,FI,Firenze,Via Roma 1,main,,1,1\n\
             TOS-1,Same code,toscana,Comune,FI,Firenze,Via Roma 1,main,,1,1\n\
             TOS-3,Unknown province,toscana,Comune,Narnia,Firenze,Via Roma 1,main,,1,1\n\
             TOS-4,Wrong region,toscana,Comune,MI,Milano,Via Roma 1,main,,1,1\n\
             TOS-5,,toscana,Comune,FI,Firenze,Via Roma 1,tent,lun 10-9,many,1\n"
        ),
    );
    let (code, out, err) = ponte(&[
        "centres",
        "import",
        bad.to_str().unwrap(),
        "--data-dir",
        data_arg,
    ]);
    assert_ne!(code, 0);
    assert!(out.is_empty());
    for expected in [
        "line 3, column code: TOS-1 is already on line 2",
        "line 4, column province: 'Narnia' is not an Italian province",
        "line 5, column province: Milano is not in Toscana",
        "line 6, column name: is required",
        "line 6, column site_kind:",
        "line 6, column opening_hours:",
        "line 6, column quota_citizens:",
        "7 problem(s) found; nothing was imported",
    ] {
        assert!(err.contains(expected), "missing '{expected}' in:\n{err}");
    }
    // The good row was not written either.
    let (_, exported, _) = ponte(&["centres", "export", "--data-dir", data_arg]);
    assert_eq!(exported.trim(), HEADER);
}

#[test]
fn an_unusable_data_dir_is_one_clear_line() {
    let tmp = tempfile::tempdir().unwrap();
    // A data dir inside a regular file can never be created, even by root.
    let file = tmp.path().join("not-a-dir");
    std::fs::write(&file, "x").unwrap();
    let data = file.join("data");
    let (code, _, err) = ponte(&[
        "serve",
        "--addr",
        "127.0.0.1:0",
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "{err}");
    assert!(lines[0].starts_with("ponte: cannot use data dir"), "{err}");
    assert!(!err.contains("panicked"));
}

#[tokio::test]
async fn demo_data_loads_once_and_the_api_speaks_json() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    for _ in 0..2 {
        let server = Server::start(&data, &["--demo"]);
        let health = get(&server.url("/healthz"), &[]).await;
        assert_eq!(
            health.json(),
            serde_json::json!({"status": "ok", "writer": "running"})
        );
        let tos = get(&server.url("/api/v1/centres?programme=toscana"), &[])
            .await
            .json();
        let lom = get(&server.url("/api/v1/centres?programme=lombardia"), &[])
            .await
            .json();
        assert_eq!(tos["centres"].as_array().unwrap().len(), 169);
        assert_eq!(lom["centres"].as_array().unwrap().len(), 424);
        server.stop();
    }
    let server = Server::start(&data, &[]);

    let unknown = get(&server.url("/api/v1/centres/TOS-999"), &[]).await;
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.json()["error"]["code"], "not_found");
    assert_eq!(unknown.json()["error"]["field"], serde_json::Value::Null);

    let no_route = get(&server.url("/api/v2/whatever"), &[]).await;
    assert_eq!(no_route.status, 404);
    assert_eq!(no_route.header("content-type"), Some("application/json"));

    let bad = get(&server.url("/api/v1/centres?province=Narnia"), &[]).await;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.json()["error"]["field"], "province");
    let bad = get(&server.url("/api/v1/centres?programme=veneto"), &[]).await;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.json()["error"]["field"], "programme");

    // Big JSON is compressed only for clients that accept it.
    let br = get(&server.url("/api/v1/centres"), &[("accept-encoding", "br")]).await;
    assert_eq!(br.header("content-encoding"), Some("br"));
    let plain = get(&server.url("/api/v1/centres"), &[]).await;
    assert_eq!(plain.header("content-encoding"), None);
    assert!(
        br.body.len() * 5 < plain.body.len(),
        "{} vs {}",
        br.body.len(),
        plain.body.len()
    );

    // Nothing personal and no panics in the log.
    assert!(!server.log().iter().any(|l| l.contains("panicked")));
}

/// A lost pass is revoked from the command line by the short code under its QR (or
/// whole): it stops checking in at once, and other passes of the citizen keep working.
#[tokio::test]
async fn a_lost_pass_is_revoked_by_its_short_code() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let server = Server::start(&data, &["--demo"]);
    let lost = support::sign_up(&server, 4, "TOS-001").await;
    let kept = support::sign_up(&server, 5, "TOS-001").await;
    server.stop();
    let data_arg = data.to_str().unwrap();
    let short = lost["code"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .replace('-', "");
    let (code, out, err) = ponte(&["passes", "revoke", &short, "--data-dir", data_arg]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("revoked"), "{out}");
    let (code, out, _) = ponte(&[
        "passes",
        "revoke",
        lost["pass"].as_str().unwrap(),
        "--data-dir",
        data_arg,
    ]);
    assert_eq!((code, out.contains("already")), (0, true), "{out}");
    let (code, _, err) = ponte(&["passes", "revoke", "ZZZZ-ZZZZ", "--data-dir", data_arg]);
    assert_eq!(code, 1);
    assert!(err.contains("no pass has this code"), "{err}");

    let server = Server::start(&data, &[]);
    let checkin = |pass: &str, n: u128| serde_json::json!({"submission_id": support::uuid(n), "pass": pass, "centre": "TOS-001"});
    let url = server.url("/api/v1/checkins");
    let refused = support::post_json(&url, &checkin(lost["pass"].as_str().unwrap(), 1)).await;
    assert_eq!(refused.status, 403, "{}", refused.text());
    let ok = support::post_json(&url, &checkin(kept["pass"].as_str().unwrap(), 2)).await;
    assert_eq!(ok.status, 201, "{}", ok.text());
}

/// A region sets its own notice's controller and DPO: a new version, which a sign-up
/// must then acknowledge (the old one is refused) and the programme list shows.
#[tokio::test]
async fn a_region_sets_its_privacy_notice() {
    let version = |r: u32| format!("{}.r{r}", ponte_domain::privacy::NOTICE_TEXT_VERSION);
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let data_arg = data.to_str().unwrap();
    let (code, out, err) = ponte(&[
        "programmes",
        "set-privacy",
        "toscana",
        "--controller",
        "Regione Toscana",
        "--address",
        "Piazza del Duomo 10, Firenze",
        "--contact",
        "privacy@example.it",
        "--dpo",
        "rpd@example.it",
        "--data-dir",
        data_arg,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&version(2)), "{out}");
    let (code, _, err) = ponte(&[
        "programmes",
        "set-privacy",
        "toscana",
        "--controller",
        "",
        "--address",
        "x",
        "--contact",
        "x",
        "--dpo",
        "x",
        "--data-dir",
        data_arg,
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("all needed"), "{err}");
    // The retention: in months, said by the notice, so a version of its own.
    for bad in ["0", "121", "six"] {
        let (code, _, err) = ponte(&[
            "programmes",
            "set-retention",
            "toscana",
            bad,
            "--data-dir",
            data_arg,
        ]);
        assert_eq!(code, 1, "{bad}");
        assert!(err.contains("from 1 to 120, or off"), "{err}");
    }
    let (code, out, err) = ponte(&[
        "programmes",
        "set-retention",
        "toscana",
        "6",
        "--data-dir",
        data_arg,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("deleted 6 months after") && out.contains(&version(3)),
        "{out}"
    );
    let (code, out, err) = ponte(&["programmes", "apply-retention", "--data-dir", data_arg]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("of 0 citizens deleted"), "{out}");
    let server = Server::start(&data, &["--demo"]);
    let list = get(&server.url("/api/v1/programmes"), &[]).await.json();
    let toscana = list["programmes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "toscana")
        .unwrap();
    assert_eq!(toscana["privacy"]["dpo_contact"], "rpd@example.it");
    assert_eq!(toscana["privacy"]["revision"], 3);
    assert_eq!(toscana["privacy"]["names_retention_months"], 6);
    // Asked of the running server, which applies it itself.
    let (code, out, err) = ponte(&["programmes", "apply-retention", "--data-dir", data_arg]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("by the running server: retention applied"),
        "{out}"
    );
    let code = ponte_domain::codice_fiscale::complete("NRENNA70A41D612").unwrap();
    let mut body = serde_json::json!({
        "submission_id": support::uuid(1), "centre": "TOS-001", "codice_fiscale": code,
        "first_name": "Anna", "last_name": "Neri", "education": "C", "employment": "G",
        "citizenship": "A", "province": "FI",
        "privacy": {"version": support::privacy_version(), "channel": "phone"}
    });
    let old = support::post_json(&server.url("/api/v1/registrations"), &body).await;
    assert_eq!(old.status, 400, "the old notice: {}", old.text());
    body["privacy"]["version"] = version(3).into();
    let new = support::post_json(&server.url("/api/v1/registrations"), &body).await;
    assert_eq!(new.status, 201, "{}", new.text());
}
