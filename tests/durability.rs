//! Acknowledged writes survive a crash: the server is killed with SIGKILL in the middle
//! of a burst of check-ins, and after a restart every check-in that got a 2xx is there.

mod support;

use std::sync::{Arc, Mutex};

use support::{Server, get, post_json, registration, uuid};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_acknowledged_check_in_survives_sigkill() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let server = Server::start(&data, &["--demo"]);

    // A few citizens, each with a pass.
    let mut passes = Vec::new();
    for i in 0..8u32 {
        let body = registration(i, 0xA000 + u128::from(i));
        let r = post_json(&server.url("/api/v1/registrations"), &body).await;
        assert_eq!(r.status, 201, "{}", r.text());
        passes.push(r.json()["pass"].as_str().unwrap().to_owned());
    }

    // A burst of check-ins from 16 clients at 20 centres (one visit per citizen, centre
    // and day is counted: a repeat is acknowledged with the first visit, 200); remember
    // every acknowledged reply and its status.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let centre = move |k: u128| format!("TOS-{:03}", 1 + (k / 8) % 20);
    let body = move |id: &str, pass: &str, k: u128| serde_json::json!({"submission_id": id, "pass": pass, "centre": centre(k)});
    type Acked = (String, String, u128, u16, serde_json::Value);
    let acked: Arc<Mutex<Vec<Acked>>> = Arc::default();
    let url = server.url("/api/v1/checkins");
    let mut clients = tokio::task::JoinSet::new();
    for c in 0..16u128 {
        let (acked, url, passes) = (acked.clone(), url.clone(), passes.clone());
        clients.spawn(async move {
            for k in 0..10_000u128 {
                let id = uuid((c << 64) | k);
                let pass = passes[(k % 8) as usize].clone();
                match support::try_post_json(&url, &body(&id, &pass, k)).await {
                    Some(r) if r.status == 201 || r.status == 200 => {
                        acked
                            .lock()
                            .unwrap()
                            .push((id, pass, k, r.status, r.json()))
                    }
                    Some(r) => panic!("unexpected {}: {}", r.status, r.text()),
                    None => return, // the server is gone
                }
            }
        });
    }
    // Let a good number land, then pull the plug mid-burst.
    while acked.lock().unwrap().len() < 300 {
        assert!(!clients.is_empty());
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    server.kill();
    clients.join_all().await;
    let acked = acked.lock().unwrap().clone();
    assert!(acked.len() >= 300);

    let server = Server::start(&data, &[]);
    let today = ponte_domain::clock::rome_date(now).unwrap();
    let to = ponte_domain::Date::from_days_since_epoch(today.days_since_epoch() + 1).unwrap();
    let from = ponte_domain::Date::from_days_since_epoch(today.days_since_epoch() - 40).unwrap();
    let visits = || async {
        let mut total = 0;
        for n in 1..=20 {
            let report = get(
                &server.url(&format!(
                    "/api/v1/centres/TOS-{n:03}/attendance?from={from}&to={to}"
                )),
                &[],
            )
            .await
            .json();
            total += report["visits"].as_u64().unwrap() as usize;
        }
        total
    };
    let stored = visits().await;
    assert!(stored > 0);
    let distinct: std::collections::BTreeSet<u64> = acked
        .iter()
        .map(|a| a.4["visit"]["id"].as_u64().unwrap())
        .collect();
    assert!(
        stored >= distinct.len(),
        "{stored} stored < {} acknowledged visits",
        distinct.len()
    );
    // Each acknowledged submission is there: sending it again replays the same visit
    // with the same status.
    for (id, pass, k, status, reply) in &acked {
        let again = post_json(&server.url("/api/v1/checkins"), &body(id, pass, *k)).await;
        assert_eq!(again.status, *status, "{}", again.text());
        assert_eq!(
            again.json()["visit"]["id"],
            reply["visit"]["id"],
            "submission {id}"
        );
    }
    // And replaying them stored nothing new.
    assert_eq!(visits().await, stored);
}

/// The crash drill: ten times in a row, the server is killed with SIGKILL under a mix of
/// check-ins, skills surveys and reports from 12 clients. After the last restart every
/// write that was acknowledged in any round is there: sent again, it gets the very
/// reply it got the first time.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn ten_crashes_under_mixed_writes_lose_nothing_acknowledged() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut server = Server::start(&data, &["--demo"]);
    let mut passes = Vec::new();
    for i in 0..8u32 {
        let body = registration(i, 0xB000 + u128::from(i));
        let r = post_json(&server.url("/api/v1/registrations"), &body).await;
        assert_eq!(r.status, 201, "{}", r.text());
        passes.push(r.json()["pass"].as_str().unwrap().to_owned());
    }
    let definition = get(&server.url("/api/v1/surveys/digcomp?lang=it"), &[])
        .await
        .json();
    let mut answers = serde_json::Map::new();
    for item in definition["items"].as_array().unwrap() {
        if item["optional"] != true {
            let value = item["correct"].as_u64().unwrap_or(3);
            answers.insert(item["id"].as_str().unwrap().to_owned(), value.into());
        }
    }
    let answers = serde_json::Value::Object(answers);
    let version = definition["version"].clone();

    // (path, body, status, reply) of every acknowledged write, over all rounds.
    type Acked = (String, serde_json::Value, u16, serde_json::Value);
    let acked: Arc<Mutex<Vec<Acked>>> = Arc::default();
    for round in 0..10u128 {
        let before = acked.lock().unwrap().len();
        let mut clients = tokio::task::JoinSet::new();
        for c in 0..12u128 {
            let (acked, base, passes) = (acked.clone(), server.url(""), passes.clone());
            let (answers, version) = (answers.clone(), version.clone());
            clients.spawn(async move {
                for k in 0..100_000u128 {
                    let id = uuid((round << 96) | (c << 64) | k);
                    let pass = &passes[(k % 8) as usize];
                    let (path, body) = match (c + k) % 3 {
                        0 => (
                            "/api/v1/checkins",
                            serde_json::json!({"submission_id": id, "pass": pass,
                                "centre": format!("TOS-{:03}", 1 + k % 20)}),
                        ),
                        1 => (
                            "/api/v1/surveys/digcomp/responses",
                            serde_json::json!({"submission_id": id, "version": version,
                                "centre": "TOS-001", "pass": pass, "answers": answers}),
                        ),
                        _ => (
                            "/api/v1/feedback",
                            serde_json::json!({"submission_id": id, "public_service": "B",
                                "category": "error", "severity": 3, "text": "Non si apre"}),
                        ),
                    };
                    match support::try_post_json(&format!("{base}{path}"), &body).await {
                        Some(r) if r.status == 201 || r.status == 200 => acked
                            .lock()
                            .unwrap()
                            .push((path.to_owned(), body, r.status, r.json())),
                        Some(r) => panic!("{path}: unexpected {}: {}", r.status, r.text()),
                        None => return, // the server is gone
                    }
                }
            });
        }
        while acked.lock().unwrap().len() < before + 150 {
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        server.kill();
        clients.join_all().await;
        server = Server::start(&data, &[]);
    }
    let acked = acked.lock().unwrap().clone();
    let kinds = |p: &str| acked.iter().filter(|a| a.0 == p).count();
    println!(
        "{} writes acknowledged over 10 crashes: {} check-ins, {} surveys, {} reports",
        acked.len(),
        kinds("/api/v1/checkins"),
        kinds("/api/v1/surveys/digcomp/responses"),
        kinds("/api/v1/feedback")
    );
    assert!(kinds("/api/v1/surveys/digcomp/responses") > 0 && kinds("/api/v1/feedback") > 0);
    for (path, body, status, reply) in &acked {
        let again = post_json(&server.url(path), body).await;
        assert_eq!(
            (again.status, again.json()),
            (*status, reply.clone()),
            "{path} {}",
            body["submission_id"]
        );
    }
}

/// A backup made while the server serves (through its control socket) restores into a
/// fresh data dir with every count of the moment it was made, and a submission sent
/// before it replays its first reply there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_made_while_serving_restores_every_count() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let server = Server::start(&data, &["--demo"]);
    let mut first = None;
    for i in 0..5u32 {
        let body = registration(i, 0xC000 + u128::from(i));
        let r = post_json(&server.url("/api/v1/registrations"), &body).await;
        assert_eq!(r.status, 201, "{}", r.text());
        let pass = r.json()["pass"].as_str().unwrap().to_owned();
        let c = post_json(
            &server.url("/api/v1/checkins"),
            &serde_json::json!({"submission_id": uuid(0xC100 + u128::from(i)), "pass": pass, "centre": "TOS-001"}),
        )
        .await;
        assert_eq!(c.status, 201);
        first.get_or_insert((body, r.json()));
        let f = post_json(
            &server.url("/api/v1/feedback"),
            &serde_json::json!({"submission_id": uuid(0xC200 + u128::from(i)), "public_service": "A",
                "category": "error", "severity": 2, "text": "Lento"}),
        )
        .await;
        assert_eq!(f.status, 201);
    }
    let reports = |server: &Server| {
        let urls = [
            server.url("/api/v1/centres/TOS-001/attendance"),
            server.url("/api/v1/feedback/summary"),
            server.url("/api/v1/centres/TOS-001/skills"),
        ];
        async move {
            let mut out = Vec::new();
            for u in urls {
                out.push(get(&u, &[]).await.json());
            }
            out
        }
    };
    let before = reports(&server).await;

    let copy = tmp.path().join("backup.redb");
    let (code, out, err) = support::ponte(&[
        "backup",
        "--out",
        copy.to_str().unwrap(),
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("by the running server"), "{out}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // Writes go on; this one is after the copy.
    let later = post_json(
        &server.url("/api/v1/feedback"),
        &serde_json::json!({"submission_id": uuid(0xC300), "public_service": "A",
            "category": "error", "severity": 2, "text": "Dopo"}),
    )
    .await;
    assert_eq!(later.status, 201);
    assert_ne!(reports(&server).await, before);
    server.stop();

    let restored = tmp.path().join("restored");
    let (code, _, err) = support::ponte(&[
        "restore",
        copy.to_str().unwrap(),
        "--data-dir",
        restored.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = support::ponte(&[
        "restore",
        copy.to_str().unwrap(),
        "--data-dir",
        restored.to_str().unwrap(),
    ]);
    assert_ne!(code, 0, "never over a database");
    assert!(err.contains("already holds a database"), "{err}");
    std::fs::copy(data.join("ponte.keys"), restored.join("ponte.keys")).unwrap();
    let server = Server::start(&restored, &[]);
    assert_eq!(
        reports(&server).await,
        before,
        "every count of the moment of the copy"
    );
    let (body, reply) = first.unwrap();
    let again = post_json(&server.url("/api/v1/registrations"), &body).await;
    assert_eq!((again.status, again.json()), (201, reply));
}

/// The sealing key rotated while serving: everything sealed before is sealed again and
/// still opens (a kept reply replays), the key file holds the new key alone, and the
/// old key no longer starts the server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_rotated_while_serving_leave_the_old_key_useless() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let server = Server::start(&data, &["--demo"]);
    let mut sent = Vec::new();
    for i in 0..3u32 {
        let body = registration(i, 0xF000 + u128::from(i));
        let r = post_json(&server.url("/api/v1/registrations"), &body).await;
        assert_eq!(r.status, 201, "{}", r.text());
        sent.push((body, r.json()));
    }
    let keys = data.join("ponte.keys");
    let old = std::fs::read_to_string(&keys).unwrap();
    let line = |text: &str, name: &str| {
        text.lines()
            .find(|l| l.starts_with(&format!("{name}=")))
            .map(str::to_owned)
    };

    let (code, out, err) =
        support::ponte(&["keys", "rotate", "--data-dir", data.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("by the running server") && out.contains("3 citizens"),
        "{out}"
    );
    let new = std::fs::read_to_string(&keys).unwrap();
    assert_ne!(line(&new, "sealing"), line(&old, "sealing"));
    assert_eq!(
        line(&new, "lookup"),
        line(&old, "lookup"),
        "citizens are found as before"
    );
    assert_eq!(
        line(&new, "previous"),
        None,
        "the old key is gone from the file"
    );

    // What was sealed before opens under the new key: the kept replies replay.
    for (body, reply) in &sent {
        let again = post_json(&server.url("/api/v1/registrations"), body).await;
        assert_eq!((again.status, again.json()), (201, reply.clone()));
    }
    server.stop();

    // The old key is refused: nothing in the database is sealed under it any more.
    std::fs::write(&keys, &old).unwrap();
    let out = Server::command(&data, "127.0.0.1:0", &[]).output().unwrap();
    assert_ne!(out.status.code(), Some(0));
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(
        log.contains("not the ones the database was written with"),
        "{log}"
    );
    std::fs::write(&keys, &new).unwrap();
    let server = Server::start(&data, &[]);
    let (body, reply) = &sent[0];
    let again = post_json(&server.url("/api/v1/registrations"), body).await;
    assert_eq!((again.status, again.json()), (201, reply.clone()));
}
