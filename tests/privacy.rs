//! Privacy by design, checked on the real binary: personal data stays sealed.

mod support;

use support::{Server, post_json, privacy_version, uuid};

/// A registered codice fiscale, name, e-mail and pass appear neither in the database
/// file nor in the server's log, even on errors about them.
#[tokio::test]
async fn personal_data_stays_out_of_the_file_and_the_log() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let server = Server::start(&data, &["--demo"]);
    // Scarpantibus → SCR, Ermenegilda → RNG: the names must give the code's letters.
    let code = ponte_domain::codice_fiscale::complete("SCRRNG70A41F205").unwrap();
    let body = serde_json::json!({
        "submission_id": uuid(0xF00D), "centre": "LOM-010", "codice_fiscale": code,
        "first_name": "Ermenegilda", "last_name": "Scarpantibus", "education": "B",
        "employment": "F", "citizenship": "C", "province": "MI",
        "privacy": {"version": privacy_version(), "channel": "phone"},
        "contact": {"email": "ermenegilda@example.it", "consent": true}
    });
    let r = post_json(&server.url("/api/v1/registrations"), &body).await;
    assert_eq!(r.status, 201, "{}", r.text());
    let pass = r.json()["pass"].as_str().unwrap().to_owned();
    let checkin =
        serde_json::json!({"submission_id": uuid(0xF00E), "pass": pass, "centre": "LOM-010"});
    assert_eq!(
        post_json(&server.url("/api/v1/checkins"), &checkin)
            .await
            .status,
        201
    );
    // An error about the same data.
    let mut bad = body.clone();
    bad["submission_id"] = uuid(0xF00F).into();
    bad["codice_fiscale"] = format!("{}X", &code[..15]).into();
    assert_eq!(
        post_json(&server.url("/api/v1/registrations"), &bad)
            .await
            .status,
        400
    );
    let log = server.log().join("\n");
    server.stop();

    let file = std::fs::read(data.join("ponte.redb")).unwrap();
    for secret in [
        code.as_str(),
        &code[..15],
        "Ermenegilda",
        "Scarpantibus",
        "ermenegilda@example.it",
        &pass,
    ] {
        assert!(
            !file.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "'{secret}' in the database file"
        );
        assert!(!log.contains(secret), "'{secret}' in the log");
    }
    assert!(
        log.contains("POST /api/v1/registrations 201"),
        "the log does record requests:\n{log}"
    );
}
