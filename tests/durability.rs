//! Acknowledged writes survive a crash: the server is killed with SIGKILL in the middle
//! of a burst of check-ins, and after a restart every check-in that got a 2xx is there.

mod support;

use std::sync::{Arc, Mutex};

use support::{Server, get, post_json, privacy_version, uuid, valid_cf};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_acknowledged_check_in_survives_sigkill() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let server = Server::start(&data, &["--demo"]);

    // A few citizens, each with a pass.
    let mut passes = Vec::new();
    for i in 0..8u32 {
        let body = serde_json::json!({
            "submission_id": uuid(0xA000 + u128::from(i)), "centre": "TOS-001",
            "codice_fiscale": valid_cf(i), "first_name": "Anna", "last_name": "Neri",
            "education": "C", "employment": "A", "citizenship": "A", "province": "FI",
            "privacy": {"version": privacy_version(), "channel": "kiosk"}
        });
        let r = post_json(&server.url("/api/v1/registrations"), &body).await;
        assert_eq!(r.status, 201, "{}", r.text());
        passes.push(r.json()["pass"].as_str().unwrap().to_owned());
    }

    // A burst of check-ins from 16 clients; remember every acknowledged reply.
    let acked: Arc<Mutex<Vec<(String, String, serde_json::Value)>>> = Arc::default();
    let url = server.url("/api/v1/checkins");
    let mut clients = tokio::task::JoinSet::new();
    for c in 0..16u128 {
        let (acked, url, passes) = (acked.clone(), url.clone(), passes.clone());
        clients.spawn(async move {
            for k in 0..10_000u128 {
                let id = uuid((c << 64) | k);
                let pass = passes[(k % 8) as usize].clone();
                let body =
                    serde_json::json!({"submission_id": id, "pass": pass, "centre": "TOS-001"});
                match support::try_post_json(&url, &body).await {
                    Some(r) if r.status == 201 => acked.lock().unwrap().push((id, pass, r.json())),
                    Some(r) => panic!("unexpected {}: {}", r.status, r.text()),
                    None => return, // the server is gone
                }
            }
        });
    }
    // Let a good number land, then pull the plug mid-burst.
    while acked.lock().unwrap().len() < 300 {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    server.kill();
    clients.join_all().await;
    let acked = acked.lock().unwrap().clone();
    assert!(acked.len() >= 300);

    let server = Server::start(&data, &[]);
    let report = get(&server.url("/api/v1/centres/TOS-001/attendance"), &[])
        .await
        .json();
    let stored = report["visits"].as_u64().unwrap() as usize;
    assert!(
        stored >= acked.len(),
        "{stored} stored < {} acknowledged",
        acked.len()
    );
    // Each acknowledged submission is there: sending it again replays the same visit.
    for (id, pass, reply) in &acked {
        let body = serde_json::json!({"submission_id": id, "pass": pass, "centre": "TOS-001"});
        let again = post_json(&server.url("/api/v1/checkins"), &body).await;
        assert_eq!(again.status, 201, "{}", again.text());
        assert_eq!(
            again.json()["visit"]["id"],
            reply["visit"]["id"],
            "submission {id}"
        );
    }
    // And replaying them stored nothing new.
    let after = get(&server.url("/api/v1/centres/TOS-001/attendance"), &[])
        .await
        .json();
    assert_eq!(after["visits"].as_u64().unwrap() as usize, stored);
}
