//! A citizen on their phone, in headless Chromium against the real server: signs up from
//! the centre's page, gets a pass, comes back and checks in with one tap, then checks in
//! with no network and sees the visit sent, once, when the network returns.

mod support;

use fantoccini::Locator;
use support::{Browser, Server, dist_dir, get, sign_up};

async fn visits(server: &Server, centre: &str) -> u64 {
    get(
        &server.url(&format!("/api/v1/centres/{centre}/attendance")),
        &[],
    )
    .await
    .json()["visits"]
        .as_u64()
        .unwrap()
}

#[tokio::test]
async fn sign_up_pass_one_tap_check_in_and_offline_check_in() {
    dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::start(&tmp.path().join("data"), &["--demo"]);
    let b = Browser::start(360, 740).await;

    // From the poster's page to the sign-up form (the citizen app).
    b.client.goto(&server.url("/c/TOS-001")).await.unwrap();
    b.wait_text("h1#centre-name", "Punto Digitale Facile").await;
    b.click("a[href='/c/TOS-001/register']").await;
    b.wait_text("h1", "Registrati al centro").await;

    // The codice fiscale is checked as it is typed, by the shared rules.
    let cf = b
        .client
        .find(Locator::Css("#codice_fiscale"))
        .await
        .unwrap();
    cf.send_keys("rssmra80a01h501v").await.unwrap();
    b.wait_text("#cf-help", "L'ultimo carattere non torna")
        .await;
    cf.clear().await.unwrap();
    cf.send_keys("RSSMRA80A01H501U").await.unwrap();
    b.wait_text("#cf-help", "Codice fiscale corretto").await;

    // Sending without the rest names every problem at once, in a summary at the top
    // that takes the focus and links to each field, and at each field; nothing is sent.
    b.click("#register-submit").await;
    b.wait_text("#error-summary", "Controlla i campi segnati")
        .await;
    assert_eq!(
        b.eval("return document.activeElement && document.activeElement.id")
            .await,
        "error-summary"
    );
    let listed = b
        .eval("return [...document.querySelectorAll('#error-summary a')].map(a => a.getAttribute('href')).join(' ')")
        .await;
    assert_eq!(
        listed, "#first_name #last_name #education #employment #citizenship #privacy",
        "every problem, in the form's order"
    );
    b.wait_text("#first_name-error", "Questo campo è obbligatorio")
        .await;
    b.wait_text("#education-error", "Scegli una delle opzioni")
        .await;
    assert_eq!(
        b.eval("return document.querySelector('#first_name').getAttribute('aria-invalid')")
            .await,
        "true"
    );
    // The limit is said before it is hit, and the field stops there.
    b.wait_text("#names-hint", "al massimo 80 caratteri").await;
    assert_eq!(
        b.eval("return document.querySelector('#last_name').maxLength")
            .await,
        80
    );
    b.assert_accessible("sign-up form with its errors (phone)")
        .await;

    for (id, text) in [("#first_name", "Mario"), ("#last_name", "D'Angelo")] {
        b.type_into(id, text).await;
    }
    for (id, value) in [
        ("#education", "C"),
        ("#employment", "G"),
        ("#citizenship", "A"),
    ] {
        b.select(id, value).await;
    }
    b.click("#privacy").await;
    b.assert_accessible("sign-up form (phone)").await;
    b.assert_fits("the sign-up form").await;

    // Someone too young for Toscana is told on the phone, by the shared rules, and
    // nothing is sent.
    let cf = b.find("#codice_fiscale").await;
    cf.clear().await.unwrap();
    let seventeen = ponte_domain::codice_fiscale::complete("VRDLCU09E05D612").unwrap();
    cf.send_keys(&seventeen).await.unwrap();
    b.click("#register-submit").await;
    b.wait_text("#error-summary", "servono almeno 18 anni")
        .await;
    // Said at the code itself, not "correct" beside an error.
    b.wait_text("#cf-help", "servono almeno 18 anni").await;
    assert!(
        !server
            .log()
            .iter()
            .any(|l| l.contains("POST /api/v1/registrations"))
    );
    cf.clear().await.unwrap();
    cf.send_keys("RSSMRA80A01H501U").await.unwrap();

    // The notice is the programme's: who holds the data and how to reach them.
    b.wait_text("#privacy-notice", "Regione Toscana").await;
    b.wait_text("#privacy-notice", "piattaforma nazionale")
        .await;

    // "D'Angelo" does not give the code's RSS: the phone says which name and how to
    // fix it (or that a facilitator can help), before anything is sent.
    b.click("#register-submit").await;
    b.wait_text(
        "[role=alert]",
        "Il cognome non corrisponde al codice fiscale",
    )
    .await;
    b.wait_text("[role=alert]", "un facilitatore").await;
    assert_eq!(
        b.eval("return document.querySelector('#last_name').getAttribute('aria-invalid')")
            .await,
        "true"
    );
    assert!(
        !server
            .log()
            .iter()
            .any(|l| l.contains("POST /api/v1/registrations"))
    );
    let last = b.find("#last_name").await;
    last.clear().await.unwrap();
    b.type_into("#last_name", "Rossi").await;

    b.click("#register-submit").await;
    b.wait_text("h1", "Fatto! Ecco il tuo pass.").await;
    let code = b.wait_text("#pass-code", "-").await;
    assert_eq!(code.len(), 9, "a short pass code like ABCD-EFGH: {code}");
    let qr_ok = b
        .eval("const i = document.querySelector('.pass-qr'); return !!i && i.complete && i.naturalWidth > 0")
        .await;
    assert_eq!(qr_ok, true, "the pass QR code shows");
    assert_eq!(
        visits(&server, "TOS-001").await,
        0,
        "signing up is not a visit"
    );
    // The sign-up page on a phone that keeps a pass says so, with the two choices.
    b.client
        .goto(&server.url("/c/TOS-001/register"))
        .await
        .unwrap();
    b.wait_text("h1", "Hai già un pass su questo telefono")
        .await;
    b.find("a[href='/c/TOS-001/checkin']").await;
    b.click("#register-someone-else").await;
    b.wait_text("h1", "Registrati al centro").await;
    b.find("#codice_fiscale").await;

    // Later: the centre's page offers the one-tap check-in.
    b.client.goto(&server.url("/c/TOS-001")).await.unwrap();
    b.client.refresh().await.unwrap();
    let link = b
        .client
        .wait()
        .for_element(Locator::Css("#checkin-link"))
        .await
        .unwrap();
    link.click().await.unwrap();
    b.wait_text(".checkin-status", "visita numero 1").await;
    b.assert_accessible("check-in page with the pass (phone)")
        .await;
    assert_eq!(visits(&server, "TOS-001").await, 1);
    // A reload does not check in again, and a visit already made today is not offered
    // again: it counts once.
    b.client.refresh().await.unwrap();
    b.wait_text(".experience-link", "Com'è andata").await;
    assert_eq!(
        b.eval("return document.querySelector('#checkin') === null")
            .await,
        true
    );
    b.wait_text(".checkin-status", "Hai già segnato la visita di oggi")
        .await;
    assert_eq!(visits(&server, "TOS-001").await, 1);

    // Another centre the same day, first opened with the network (the worker keeps it).
    b.client
        .goto(&server.url("/c/TOS-002/checkin"))
        .await
        .unwrap();
    b.wait_text("#checkin", "Segna la mia visita").await;
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;

    // No network: the page is offline (DevTools emulation) and, since the service
    // worker's own requests escape that emulation, the server is down too.
    let addr = server.addr.to_string();
    set_offline(&b, true).await;
    server.stop();
    // What they need help with is optional: a plain-language choice, sent as its code.
    let chip = b.client.find(Locator::Css("#need-pagopa")).await.unwrap();
    chip.click().await.unwrap();
    assert_eq!(
        chip.attr("aria-pressed").await.unwrap().as_deref(),
        Some("true")
    );
    let button = b.client.find(Locator::Css("#checkin")).await.unwrap();
    button.click().await.unwrap();
    b.wait_text(".checkin-status", "Sei offline").await;
    b.wait_text("#outbox", "In attesa di invio: 1 visita").await;
    // Still offline, the page reloads from the service worker's cache, and the queue is
    // still there.
    let controlled = b
        .eval("return navigator.serviceWorker.controller !== null")
        .await;
    assert_eq!(controlled, true, "the service worker controls the page");
    b.client.refresh().await.unwrap();
    b.wait_text("h1#centre-name", "Punto Digitale Facile").await;
    b.wait_text("#outbox", "In attesa di invio: 1 visita").await;

    // The network returns: the queued check-in is sent, once.
    let server = Server::start_at(&tmp.path().join("data"), &addr, &[]);
    set_offline(&b, false).await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while visits(&server, "TOS-002").await < 1 {
        assert!(
            std::time::Instant::now() < deadline,
            "the queued check-in was never sent"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let gone = b
        .eval("return document.querySelector('#outbox') === null")
        .await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    let mut gone = gone == true;
    while !gone && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        gone = b
            .eval("return document.querySelector('#outbox') === null")
            .await
            == true;
    }
    assert!(gone, "the banner goes once the queue is empty");
    // Give a duplicate send every chance to land, then count again.
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    assert_eq!(visits(&server, "TOS-002").await, 1, "exactly one new visit");
    assert_eq!(visits(&server, "TOS-001").await, 1);
}

/// A citizen whose phone has not seen the current privacy notice of a centre's
/// programme (it changed, or the centre is in another region) reads it before checking
/// in, once; the one-tap link waits for it. A site's poster names its site.
#[tokio::test]
async fn a_new_privacy_notice_is_shown_before_the_check_in_once() {
    dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::start(&tmp.path().join("data"), &["--demo"]);
    let pass = sign_up(&server, 5, "LOM-001").await;
    let b = Browser::start(360, 740).await;
    // A centre with more than one site, reached from its second site's poster.
    let centres = get(&server.url("/api/v1/centres?programme=toscana"), &[])
        .await
        .json();
    let centre = centres["centres"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["other_sites"].as_array().is_some_and(|s| !s.is_empty()))
        .expect("a demo centre with another site")["code"]
        .as_str()
        .unwrap()
        .to_owned();
    b.client
        .goto(&server.url(&format!("/c/{centre}/poster?site=2")))
        .await
        .unwrap();
    b.find(".poster-qr").await;
    let src = b
        .eval("return document.querySelector('.poster-qr').getAttribute('src')")
        .await;
    assert!(src.as_str().unwrap().ends_with("qr.svg?site=2"), "{src}");
    b.client
        .goto(&server.url(&format!("/c/{centre}?site=2")))
        .await
        .unwrap();
    b.keep_pass(&pass).await;
    b.eval("localStorage.removeItem('ponte.privacy'); return true")
        .await;
    b.client.refresh().await.unwrap();
    // The site goes with the one-tap link, and the check-in page keeps it for the day.
    assert_eq!(
        b.eval("return document.querySelector('#checkin-link').getAttribute('href')")
            .await,
        format!("/c/{centre}/checkin?site=2#now")
    );
    // The one-tap link: the notice comes first, and nothing is sent until it is read.
    b.click("#checkin-link").await;
    b.wait_text(
        ".privacy-updated",
        "leggi l'informativa sulla privacy di questo programma",
    )
    .await;
    b.wait_text("#privacy-notice", "Regione Toscana").await;
    b.assert_accessible("privacy notice shown again (phone)")
        .await;
    let kept = b.eval("return localStorage.getItem('ponte.site')").await;
    assert!(
        kept.as_str().unwrap().starts_with(&format!("{centre} 2 ")),
        "the site of the poster is kept for the check-in: {kept}"
    );
    assert_eq!(visits(&server, &centre).await, 0);
    b.click("#privacy-ack").await;
    b.click("#checkin").await;
    b.wait_text(".checkin-status", "visita numero 1").await;
    assert_eq!(visits(&server, &centre).await, 1);
    // Seen once is enough: the next time the check-in is there at once.
    b.client
        .goto(&server.url("/c/TOS-001/checkin"))
        .await
        .unwrap();
    b.wait_text("#checkin", "Segna la mia visita").await;
    assert_eq!(
        b.eval("return document.querySelector('.privacy-updated') === null")
            .await,
        true
    );
}

/// A check-in at TOS-001 tapped with no signal and the server gone: it waits in the
/// outbox, and the page says so. Gives the server's address, to start it there again.
async fn check_in_with_no_signal(b: &Browser, server: Server) -> String {
    b.client
        .goto(&server.url("/c/TOS-001/checkin"))
        .await
        .unwrap();
    b.wait_text("#checkin", "Segna la mia visita").await;
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    let addr = server.addr.to_string();
    set_offline(b, true).await;
    server.stop();
    b.click("#checkin").await;
    b.wait_text("#outbox", "In attesa di invio: 1 visita").await;
    addr
}

/// Waits until the service worker is active and has been handed what this visit
/// loaded (the page sends it 1.5 s after the worker is ready).
async fn worker_keeps_this_visit(b: &Browser) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !b
        .eval("return document.documentElement.dataset.sw || ''")
        .await
        .as_str()
        .is_some_and(|s| s.starts_with("ready:"))
    {
        assert!(
            std::time::Instant::now() < deadline,
            "service worker never got ready"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
}

/// DevTools network emulation through chromedriver.
async fn set_offline(b: &Browser, offline: bool) {
    #[derive(Debug)]
    struct NetworkConditions(bool);
    impl fantoccini::wd::WebDriverCompatibleCommand for NetworkConditions {
        fn endpoint(
            &self,
            base: &url::Url,
            session: Option<&str>,
        ) -> Result<url::Url, url::ParseError> {
            base.join(&format!(
                "session/{}/chromium/network_conditions",
                session.unwrap_or("")
            ))
        }
        fn method_and_body(&self, _: &url::Url) -> (hyper::Method, Option<String>) {
            let body = serde_json::json!({"network_conditions": {
                "offline": self.0, "latency": 0, "download_throughput": -1, "upload_throughput": -1
            }});
            (hyper::Method::POST, Some(body.to_string()))
        }
    }
    b.client
        .issue_cmd(NetworkConditions(offline))
        .await
        .expect("set network conditions");
}

/// One visit is enough: the centre's page then opens with no network at all.
#[tokio::test]
async fn the_centre_page_opens_offline_after_one_visit() {
    dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::start(&tmp.path().join("data"), &["--demo"]);
    let b = Browser::start(360, 740).await;
    b.client.goto(&server.url("/c/LOM-007")).await.unwrap();
    let name = get(&server.url("/api/v1/centres/LOM-007"), &[])
        .await
        .json()["name"]
        .as_str()
        .unwrap()
        .to_owned();
    b.wait_text("h1#centre-name", &name).await;
    worker_keeps_this_visit(&b).await;

    // Offline for real: the server is gone too.
    let url = server.url("/c/LOM-007");
    server.stop();
    set_offline(&b, true).await;
    b.client.goto(&url).await.unwrap();
    b.wait_text("h1#centre-name", &name).await;
    b.wait_text("main", "Orari di apertura").await;
}

/// Where a programme allows it (set from the command line), a person with no codice
/// fiscale signs up with year of birth and sex instead, and gets a pass.
#[tokio::test]
async fn sign_up_without_a_codice_fiscale_where_allowed() {
    dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let data_arg = data.to_str().unwrap();
    let (code, out, err) = support::ponte(&[
        "programmes",
        "set-without-codice-fiscale",
        "toscana",
        "true",
        "--data-dir",
        data_arg,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("now allowed"), "{out}");
    let server = Server::start(&data, &["--demo"]);
    let programmes = get(&server.url("/api/v1/programmes"), &[]).await.json();
    let toscana = programmes["programmes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "toscana")
        .unwrap()
        .clone();
    assert_eq!(toscana["registration_without_codice_fiscale"], true);

    let b = Browser::start(360, 740).await;
    b.client
        .goto(&server.url("/c/TOS-002/register"))
        .await
        .unwrap();
    b.wait_text("h1", "Registrati al centro").await;
    let no_cf = b
        .client
        .wait()
        .for_element(Locator::Css("#no_cf"))
        .await
        .unwrap();
    no_cf.click().await.unwrap();
    let year = b
        .client
        .wait()
        .for_element(Locator::Css("#birth_year"))
        .await
        .unwrap();
    year.send_keys("1968").await.unwrap();
    for (id, value) in [
        ("#sex", "F"),
        ("#education", "A"),
        ("#employment", "D"),
        ("#citizenship", "C"),
    ] {
        b.select(id, value).await;
    }
    for (id, text) in [("#first_name", "Amina"), ("#last_name", "Diallo")] {
        b.type_into(id, text).await;
    }
    b.click("#privacy").await;
    b.assert_accessible("sign-up without a codice fiscale")
        .await;
    b.click("#register-submit").await;
    b.wait_text("h1", "Fatto! Ecco il tuo pass.").await;
    b.wait_text("#pass-code", "-").await;
}

/// Anyone, without a pass, reports a problem with pagoPA from the centre page's link;
/// the personal data in the text is masked, and the public summary counts it. Then,
/// with a pass, they check in and answer the visit questionnaire (ES1–ES6), and the
/// summary counts that too.
#[tokio::test]
async fn report_a_problem_with_pagopa_then_answer_the_visit_questions() {
    dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::start(&tmp.path().join("data"), &["--demo"]);
    let b = Browser::start(360, 740).await;
    // The home page leads to the form too, without a centre.
    b.client.goto(&server.url("/")).await.unwrap();
    b.click("a[href='/feedback']").await;
    b.wait_text("h1", "Segnala un problema").await;
    b.client.goto(&server.url("/c/TOS-005")).await.unwrap();
    b.click("a[href='/c/TOS-005/feedback']").await;
    b.wait_text("h1", "Segnala un problema").await;
    // Sent empty: the service and what went wrong are marked, and nothing leaves.
    b.click("#feedback-submit").await;
    b.wait_text("[role=alert]", "Controlla i campi segnati")
        .await;
    let marked = b
        .eval("return [...document.querySelectorAll('.field-error')].map(e => e.id || e.className).join(' ')")
        .await;
    let marked = marked.as_str().unwrap();
    assert!(
        marked.contains("public_service") && marked.contains("choices"),
        "{marked}"
    );
    // "None of these" needs the service's name: the shared rule says so on the phone.
    b.click("#public_service-S").await;
    b.click("#category-slow").await;
    b.click("#feedback-submit").await;
    b.find(".field-error #service_name").await;
    assert!(
        !server
            .log()
            .iter()
            .any(|l| l.contains("POST /api/v1/feedback")),
        "nothing was sent"
    );
    b.click("#public_service-B").await;
    b.click("#category-error").await;
    b.click("#severity-4").await;
    b.type_into("#text", "L'avviso non si apre. Mi chiamo RSSMRA80A01H501U")
        .await;
    b.click("#device-phone").await;
    b.assert_accessible("report form (phone)").await;
    b.assert_fits("the report form").await;
    b.click("#feedback-submit").await;
    b.wait_text("h1", "Grazie!").await;
    b.wait_text("[role=status]", "Abbiamo nascosto i dati personali")
        .await;

    let summary = get(
        &server.url("/api/v1/feedback/summary?programme=toscana"),
        &[],
    )
    .await
    .json();
    assert_eq!(summary["total"]["reports"], 1);
    assert_eq!(summary["by_service"]["B"]["reports"], 1);
    assert_eq!(summary["by_category"]["error"]["mean_severity"], 4.0);
    assert_eq!(summary["experience"]["questionnaires"], 0);

    // The same person signs up (through the API here; the form has its own test) and
    // keeps the pass on the phone as the sign-up page does, then checks in with one tap.
    let pass = sign_up(&server, 7, "TOS-005").await;
    b.keep_pass(&pass).await;
    b.client
        .goto(&server.url("/c/TOS-005/checkin#now"))
        .await
        .unwrap();
    b.wait_text(".checkin-status", "visita numero 1").await;

    // The questionnaire is offered right after the check-in.
    b.click(".experience-link").await;
    b.wait_text("h1", "Com'è andata la visita?").await;
    // Sending without the one required answer says what is missing.
    b.click("#experience-submit").await;
    b.wait_text("[role=alert]", "quanto ti è stata utile").await;
    for id in [
        "#usefulness-4",
        "#come_back-B",
        "#reason-G",
        "#reason-F",
        "#heard_from-L",
        "#help_source-C",
    ] {
        b.click(id).await;
    }
    b.type_into("#topics", "Il fascicolo sanitario").await;
    b.assert_accessible("visit questionnaire (phone)").await;
    b.assert_fits("the visit questionnaire").await;
    b.click("#experience-submit").await;
    b.wait_text("h1", "Grazie per le tue risposte").await;

    let summary = get(
        &server.url("/api/v1/feedback/summary?programme=toscana"),
        &[],
    )
    .await
    .json();
    assert_eq!(summary["total"]["reports"], 1, "the report is still there");
    let e = &summary["experience"];
    assert_eq!(e["questionnaires"], 1, "{summary}");
    assert_eq!(e["mean_usefulness"], 4.0);
    assert_eq!(e["reason"], serde_json::json!({"F": 1, "G": 1}));
    assert_eq!(e["come_back"], serde_json::json!({"B": 1}));
    assert_eq!(e["heard_from"], serde_json::json!({"L": 1}));
    assert_eq!(e["help_source"], serde_json::json!({"C": 1}));

    // Coming back to the questionnaire does not ask again.
    b.client
        .goto(&server.url("/c/TOS-005/experience"))
        .await
        .unwrap();
    b.wait_text("[role=status]", "Hai già risposto").await;
}

/// A check-in queued offline is refused later (the pass was revoked meanwhile, at the
/// desk): the phone does not drop it unseen, but says what was not accepted and why,
/// until the citizen has read it.
#[tokio::test]
async fn a_queued_check_in_refused_later_is_shown_not_dropped() {
    dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let server = Server::start(&data, &["--demo"]);
    let pass = sign_up(&server, 6, "TOS-001").await;
    let b = Browser::start(360, 740).await;
    b.client.goto(&server.url("/c/TOS-001")).await.unwrap();
    b.keep_pass(&pass).await;
    let addr = check_in_with_no_signal(&b, server).await;

    // Meanwhile the pass is revoked at the desk.
    let data_arg = data.to_str().unwrap();
    let (code, _, err) = support::ponte(&[
        "passes",
        "revoke",
        pass["code"].as_str().unwrap(),
        "--data-dir",
        data_arg,
    ]);
    assert_eq!(code, 0, "{err}");

    let server = Server::start_at(&data, &addr, &[]);
    set_offline(&b, false).await;
    b.wait_text(
        "#outbox-refused",
        "Una visita salvata sul telefono non è stata accettata",
    )
    .await;
    b.wait_text("#outbox-refused", "Il pass non è più valido")
        .await;
    b.assert_accessible("a refused visit, shown (phone)").await;
    assert_eq!(visits(&server, "TOS-001").await, 0);
    // Read: it goes, and stays gone after a reload.
    b.click("#outbox-refused-ok").await;
    b.client.refresh().await.unwrap();
    b.find("h1#centre-name").await;
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    assert_eq!(
        b.eval("return document.querySelector('#outbox-refused') === null")
            .await,
        true
    );
}

/// Someone who just scanned a poster at 360 px sees at once what it is for: signing up
/// (or, with a pass, checking in) before the address and the hours; what waits to be
/// sent is named for what it is; the links a finger must hit are 48 px tall.
#[tokio::test]
async fn the_centre_page_starts_with_what_to_do() {
    dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::start(&tmp.path().join("data"), &["--demo"]);
    let b = Browser::start(360, 740).await;
    b.client.goto(&server.url("/c/TOS-001")).await.unwrap();
    b.find("h1#centre-name").await;
    let first_screen = |selector: &str| {
        format!(
            "const e = document.querySelector(\"{selector}\"); const r = e.getBoundingClientRect(); \
             const w = document.querySelector('#where').getBoundingClientRect(); \
             return r.bottom <= window.innerHeight && r.bottom <= w.top"
        )
    };
    assert_eq!(
        b.eval(&first_screen(".checkin a[href='/c/TOS-001/register']"))
            .await,
        true,
        "the sign-up is on the first screen, before the address"
    );
    // With a pass: the check-in first (what waits is named, and sent, by the page:
    // `the_centre_page_names_and_sends_what_waits`).
    let pass = sign_up(&server, 8, "TOS-001").await;
    b.keep_pass(&pass).await;
    b.client.refresh().await.unwrap();
    b.find("#checkin-link").await;
    assert_eq!(b.eval(&first_screen("#checkin-link")).await, true);
    let short = b
        .eval(
            "return [...document.querySelectorAll('main a')].filter(a => a.offsetParent !== null \
               && a.getBoundingClientRect().height < 48).map(a => a.textContent.trim()).join(' | ')",
        )
        .await;
    assert_eq!(short, "", "links under 48 px tall");
    // Checked in here today, questions unanswered: the way back to them is on the page.
    let today = ponte_domain::clock::rome_date(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64,
    )
    .unwrap();
    b.eval(&format!(
        "localStorage.setItem('ponte.visit', JSON.stringify({{id: 7, centre: 'TOS-001', date: '{today}', answered: false}})); return true"
    ))
    .await;
    b.client.refresh().await.unwrap();
    b.wait_text(".experience-link", "Com'è andata").await;
    b.eval(&format!(
        "localStorage.setItem('ponte.visit', JSON.stringify({{id: 7, centre: 'TOS-001', date: '{today}', answered: true}})); return true"
    ))
    .await;
    b.client.refresh().await.unwrap();
    b.find("#checkin-link").await;
    assert_eq!(
        b.eval("return document.querySelector('.experience-link') === null")
            .await,
        true,
        "not once answered"
    );
    b.assert_fits("the centre page").await;
    b.assert_accessible("the centre page with a pass and a queue (phone)")
        .await;
}

/// A report made with no network is saved on the phone, says so under a heading, leads
/// on (another report, back to the centre), and says it has gone once the network
/// returns, without the citizen doing anything.
#[tokio::test]
async fn a_report_made_offline_says_when_it_has_gone() {
    dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let server = Server::start(&data, &["--demo"]);
    let b = Browser::start(360, 740).await;
    b.client
        .goto(&server.url("/c/TOS-001/feedback"))
        .await
        .unwrap();
    b.find("#feedback-submit").await;
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;

    let addr = server.addr.to_string();
    set_offline(&b, true).await;
    server.stop();
    b.click("#public_service-B").await;
    b.click("#category-slow").await;
    b.click("#feedback-submit").await;
    b.wait_text("h1", "Segnalazione salvata sul telefono").await;
    b.wait_text("[role=status]", "verrà inviata appena possibile")
        .await;
    b.find("a[href='/c/TOS-001']").await;
    b.assert_accessible("a report saved on the phone").await;

    let server = Server::start_at(&data, &addr, &[]);
    set_offline(&b, false).await;
    b.wait_text("[role=status]", "La segnalazione è stata inviata")
        .await;
    b.wait_text("h1", "Grazie! La tua segnalazione è arrivata.")
        .await;
    let summary = get(
        &server.url("/api/v1/feedback/summary?programme=toscana"),
        &[],
    )
    .await
    .json();
    assert_eq!(summary["total"]["reports"], 1, "{summary}");
}

/// A visit saved on a phone with no signal is sent from the centre's page too (the
/// page a citizen opens again most), and the page names what waits until it is sent.
#[tokio::test]
async fn the_centre_page_names_and_sends_what_waits() {
    dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let server = Server::start(&data, &["--demo"]);
    let pass = sign_up(&server, 11, "TOS-001").await;
    let b = Browser::start(360, 740).await;
    let centre = server.url("/c/TOS-001");
    let server_url_survey = server.url("/c/TOS-001/survey");
    b.client.goto(&centre).await.unwrap();
    b.keep_pass(&pass).await;
    // The phone has been here before: the worker keeps the centre's page.
    worker_keeps_this_visit(&b).await;
    let addr = check_in_with_no_signal(&b, server).await;

    // A report waits too (made offline elsewhere; its body is not one the server
    // takes, so it will come back refused, not stored).
    b.eval(
        "const o = JSON.parse(localStorage.getItem('ponte.outbox')); \
         o.push({submission_id: '3f2b8c1e-6a4d-4f7e-9b1a-2c3d4e5f6a7b', endpoint: '/api/v1/feedback', body: '{}', next_try: 0, tries: 1}); \
         localStorage.setItem('ponte.outbox', JSON.stringify(o)); return true",
    )
    .await;

    // Later, still without signal, the poster's page again: it says what waits, by
    // name, and the check-in, not the sign-up, is its first button.
    b.client.goto(&centre).await.unwrap();
    b.find("h1#centre-name").await;
    b.wait_text(".outbox", "In attesa di invio: 1 visita, 1 segnalazione")
        .await;
    let short = b
        .eval(
            "return [...document.querySelectorAll('main a')].filter(a => a.offsetParent !== null \
               && a.getBoundingClientRect().height < 48).map(a => a.textContent.trim()).join(' | ')",
        )
        .await;
    assert_eq!(short, "", "links under 48 px tall");
    assert_eq!(
        b.eval(
            "const shown = (s) => document.querySelector(s).getBoundingClientRect().height > 0; \
             return [shown('#checkin-link'), shown('#register-link')]"
        )
        .await,
        serde_json::json!([true, false])
    );
    b.assert_accessible("the centre's page with a visit waiting (phone)")
        .await;

    // A page this phone never opened online says so, in plain words, with a retry.
    b.client.goto(&server_url_survey).await.unwrap();
    b.wait_text("h1", "Sei senza connessione").await;
    b.assert_accessible("offline, a page never opened (phone)")
        .await;
    // In every language of the apps, each marked with its own, each with its retry.
    for lang in ponte_domain::lang::Lang::ALL {
        let code = lang.code();
        let marked = b
            .eval(&format!(
                "const s = document.getElementById('{code}'); \
                 return s && [s.closest('[lang]').lang, getComputedStyle(s).direction, \
                   s.querySelector('a[href=\"\"]') !== null]"
            ))
            .await;
        assert_eq!(
            marked,
            serde_json::json!([code, lang.dir(), true]),
            "the offline page in {code}"
        );
    }
    b.wait_text("#ar h2", "غير متصل").await;
    b.assert_fits("the offline page at 360 px").await;
    b.client.goto(&centre).await.unwrap();
    b.find("h1#centre-name").await;

    // The signal is back: the page sends it, once, and the banner goes.
    let server = Server::start_at(&data, &addr, &[]);
    set_offline(&b, false).await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while b
        .eval("return document.querySelector('.outbox') !== null")
        .await
        == true
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the page never sent it"
        );
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
    assert_eq!(visits(&server, "TOS-001").await, 1);
    assert_eq!(
        b.eval("return localStorage.getItem('ponte.outbox')").await,
        "[]"
    );
}

/// Tabs into the radio group `name` and moves through it with the arrow key, which
/// checks each choice it reaches, until `id` is checked.
async fn choose_with_arrows(b: &Browser, name: &str, id: &str) {
    b.tab_to(&format!("input[name={name}]")).await;
    for _ in 0..15 {
        if b.eval("return document.activeElement.id").await == id {
            break;
        }
        b.press(ARROW_DOWN, false).await;
    }
    assert_eq!(
        b.eval(&format!("return document.getElementById('{id}').checked"))
            .await,
        true,
        "{id} chosen with the arrows"
    );
}

const ENTER: char = '\u{e007}';
const SPACE: char = '\u{e00d}';
const ARROW_DOWN: char = '\u{e015}';

/// A citizen without a mouse or a touch screen (a keyboard, a switch, a screen reader's
/// keys): signs up, checks in, takes the skills survey and reports a problem with Tab,
/// Enter, Space and the arrows alone. Every stop of the focus is visible, on the
/// screen and in the page's order, and nothing traps it (`Browser::tab_to`).
#[tokio::test]
async fn sign_up_check_in_survey_and_report_with_the_keyboard_alone() {
    dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::start(&tmp.path().join("data"), &["--demo"]);
    let b = Browser::start(1024, 768).await;

    b.client.goto(&server.url("/c/TOS-001")).await.unwrap();
    b.find("h1#centre-name").await;
    b.tab_to("#register-link").await;
    b.press(ENTER, false).await;
    b.wait_text("h1", "Registrati al centro").await;

    // Sent empty: the focus goes to the list of problems, whose first link leads to
    // the first field.
    b.tab_to("#register-submit").await;
    b.press(ENTER, false).await;
    b.wait_text("#error-summary", "Controlla i campi segnati")
        .await;
    assert_eq!(
        b.eval("return document.activeElement.id").await,
        "error-summary"
    );
    b.tab_to("#error-summary a").await;
    b.press(ENTER, false).await;
    assert_eq!(
        b.eval("return document.activeElement.id").await,
        "codice_fiscale"
    );
    b.type_here("RSSMRA80A01H501U").await;
    for (field, text) in [("#first_name", "Mario"), ("#last_name", "Rossi")] {
        b.tab_to(field).await;
        b.type_here(text).await;
    }
    for select in ["#education", "#employment", "#citizenship"] {
        b.tab_to(select).await;
        b.press(ARROW_DOWN, false).await;
        assert_ne!(
            b.eval(&format!("return document.querySelector('{select}').value"))
                .await,
            "",
            "{select} chosen with the arrow"
        );
    }
    b.tab_to("#privacy").await;
    b.press(SPACE, false).await;
    assert_eq!(
        b.eval("return document.querySelector('#privacy').checked")
            .await,
        true
    );
    b.tab_to("#register-submit").await;
    b.press(ENTER, false).await;
    b.wait_text("h1", "Fatto! Ecco il tuo pass.").await;

    // The check-in, from the centre's page.
    b.client.goto(&server.url("/c/TOS-001")).await.unwrap();
    b.find("#checkin-link").await;
    b.tab_to("#checkin-link").await;
    b.press(ENTER, false).await;
    b.wait_text(".checkin-status", "visita numero 1").await;
    assert_eq!(visits(&server, "TOS-001").await, 1);

    // The skills survey: each question's first choice with Space, then Next.
    b.client.goto(&server.url("/c/TOS-001")).await.unwrap();
    b.find("h1#centre-name").await;
    b.tab_to("a[href='/c/TOS-001/survey']").await;
    b.press(ENTER, false).await;
    b.tab_to("#survey-start").await;
    b.press(ENTER, false).await;
    let total = get(&server.url("/api/v1/surveys/digcomp?lang=it"), &[])
        .await
        .json()["items"]
        .as_array()
        .map(Vec::len)
        .expect("the survey's items");
    for i in 1..=total {
        b.wait_text("#survey-progress", &format!("Domanda {i} di {total}"))
            .await;
        b.tab_to("input[name=answer]").await;
        b.press(SPACE, false).await;
        b.tab_to("#survey-next").await;
        b.press(ENTER, false).await;
    }
    b.wait_text("h1", "Il tuo risultato").await;

    // A report about pagoPA.
    b.client.goto(&server.url("/c/TOS-001")).await.unwrap();
    b.find("h1#centre-name").await;
    b.tab_to("a[href='/c/TOS-001/feedback']").await;
    b.press(ENTER, false).await;
    b.wait_text("h1", "Segnala un problema").await;
    choose_with_arrows(&b, "public_service", "public_service-B").await;
    choose_with_arrows(&b, "category", "category-error").await;
    b.tab_to("input[name=severity]").await;
    b.press(SPACE, false).await;
    b.tab_to("#text").await;
    b.type_here("L'avviso non si apre").await;
    b.tab_to("#feedback-submit").await;
    b.press(ENTER, false).await;
    b.wait_text("h1", "Grazie!").await;
}
