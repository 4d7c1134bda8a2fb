//! The centre's kiosk in a real headless Chromium, served by the real `ponte` binary:
//! a facilitator pairs a tablet from the console and shortens its idle time; a citizen
//! signs up at the kiosk and walks away; the countdown shows, the screen is wiped and
//! nothing of them is left in the page, the storage, the caches or the history; the
//! next one checks in by typing their pass's code, another by showing it to the
//! camera; a revoked tablet goes back to the pairing screen.

mod support;

use support::{Browser, Server, artefact, dist_dir, get, qr_video, sign_up};

/// Everything the tablet's browser holds, as one text: the page, both storages, every
/// IndexedDB database's name, every Cache Storage entry's URL and body, and the
/// history's length.
async fn everything_kept(b: &Browser) -> serde_json::Value {
    let script = "const done = arguments[arguments.length - 1];
        (async () => {
            const local = {};
            for (let i = 0; i < localStorage.length; i++) {
                const k = localStorage.key(i); local[k] = localStorage.getItem(k);
            }
            const session = sessionStorage.length;
            const dbs = indexedDB.databases ? (await indexedDB.databases()).map(d => d.name) : [];
            let cached = '';
            for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                for (const req of await cache.keys()) {
                    const res = await cache.match(req);
                    cached += req.url + '\\n' + (await res.text()) + '\\n';
                }
            }
            return { page: document.body.innerText + document.body.innerHTML, local, session,
                dbs, cached, history: history.length };
        })().then(done, e => done({ error: String(e) }));";
    b.client
        .execute_async(script, vec![])
        .await
        .expect("read the browser's storage")
}

/// Taps `css` as a person would: scrolled to the middle of the screen first, clear of
/// the kiosk's bar at the bottom (WebDriver would scroll it just to the bottom edge).
async fn tap(b: &Browser, css: &str) {
    b.find(css).await;
    b.eval(&format!(
        "document.querySelector(\"{css}\").scrollIntoView({{block: 'center'}}); return true"
    ))
    .await;
    b.click(css).await;
}

/// Waits until the kiosk shows its first screen again (the language choice).
async fn back_at_the_start(b: &Browser) {
    b.wait_text("h1", "Scegli la lingua").await;
}

#[tokio::test]
async fn a_kiosk_forgets_each_citizen() {
    dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let data_arg = data.to_str().unwrap();
    Server::start(&data, &["--demo"]).stop();
    support::add_facilitator(data_arg, "fac@tos1.it", "TOS-001");
    let server = Server::start(&data, &["--demo"]);
    let visits = || async {
        get(&server.url("/api/v1/centres/TOS-001/attendance"), &[])
            .await
            .json()["visits"]
            .as_u64()
            .unwrap()
    };

    // The facilitator, at the console: the idle time at its shortest, and a code.
    let desk = Browser::start(1024, 768).await;
    desk.client.goto(&server.url("/staff")).await.unwrap();
    desk.type_into("#staff-email", "fac@tos1.it").await;
    desk.type_into("#staff-password", "una frase lunga abbastanza")
        .await;
    desk.click("button[type=submit]").await;
    desk.wait_text("#kiosks-title", "Postazioni").await;
    let idle = desk.find("#kiosk-idle").await;
    idle.clear().await.unwrap();
    idle.send_keys("10").await.unwrap();
    desk.click("#kiosk-idle-save").await;
    desk.wait_text("#kiosk-idle-status", "tra 30 e 600").await;
    idle.clear().await.unwrap();
    idle.send_keys("30").await.unwrap();
    desk.click("#kiosk-idle-save").await;
    desk.wait_text("#kiosk-idle-status", "Salvato: 30 secondi")
        .await;
    desk.click("#kiosk-pairing").await;
    let code = desk.find("#kiosk-pairing-code").await.text().await.unwrap();
    assert_eq!(code.len(), 6, "{code}");
    desk.assert_accessible("the console's kiosks").await;

    // A tablet held upright, without a working camera: the pairing screen only.
    let k = Browser::start(768, 1024).await;
    k.client.goto(&server.url("/kiosk")).await.unwrap();
    k.wait_text("h1", "Collega questo tablet").await;
    // The browser's own entries before the kiosk (its blank page): the kiosk adds none.
    let entries = k.eval("return history.length").await;
    k.assert_accessible("kiosk pairing").await;
    k.type_into("#kiosk-code", "AB1").await;
    tap(&k, "#kiosk-pair").await;
    k.wait_text("#kiosk-code-error", "6 caratteri").await;
    k.find("#kiosk-code").await.clear().await.unwrap();
    k.type_into("#kiosk-code", &code.to_lowercase()).await;
    tap(&k, "#kiosk-pair").await;
    back_at_the_start(&k).await;
    k.wait_text("h1", "Choose your language").await;
    // Every language's words are fetched here, so each line says it in its own.
    k.find("main[data-languages='8']").await;
    k.wait_text("h1", "Alegeți limba").await;
    k.wait_text("h1", "اختر اللغة").await;
    k.assert_accessible("kiosk language choice").await;
    artefact(&k, "kiosk-languages-768x1024.png").await;

    // A citizen signs up, sees their pass, and walks away.
    tap(&k, "#kiosk-lang-it").await;
    k.wait_text("#centre-name", "").await;
    k.find("#kiosk-register").await;
    k.assert_accessible("kiosk home").await;
    k.assert_fits("the kiosk home, portrait").await;
    // The footer's links to the server's pages would leave the kiosk: not here.
    assert_eq!(
        k.eval("return document.querySelectorAll(\"a[href='/privacy'], a[href='/accessibility']\").length")
            .await,
        0
    );
    artefact(&k, "kiosk-home-768x1024.png").await;
    tap(&k, "#kiosk-register").await;
    let cf = ponte_domain::codice_fiscale::complete("BNCLRA75M41D612").unwrap();
    let (first, last) = ponte_domain::codice_fiscale::names_for(&cf);
    k.type_into("#codice_fiscale", &cf).await;
    k.type_into("#first_name", &first).await;
    k.type_into("#last_name", &last).await;
    for (id, value) in [
        ("#education", "C"),
        ("#employment", "G"),
        ("#citizenship", "A"),
    ] {
        k.select(id, value).await;
    }
    tap(&k, "#privacy").await;
    k.assert_accessible("sign-up at the kiosk").await;
    tap(&k, "#register-submit").await;
    let pass_code = k.find("#pass-code").await.text().await.unwrap();
    assert_eq!(pass_code.len(), 9, "{pass_code}");
    // Signed up with the kiosk's channel, which the server takes only with the token
    // of a tablet paired to this centre: the pass shown says it was taken.
    let kept = everything_kept(&k).await;
    assert!(kept["page"].as_str().unwrap().contains(&pass_code));

    // Untouched, the countdown shows for the last 15 seconds, then the screen is wiped.
    k.wait_text("#kiosk-idle-text", "secondi").await;
    k.assert_accessible("the idle countdown").await;
    artefact(&k, "kiosk-countdown-768x1024.png").await;
    back_at_the_start(&k).await;
    let kept = everything_kept(&k).await;
    let everything = kept.to_string();
    for personal in [cf.as_str(), &first, &last, &pass_code] {
        assert!(
            !everything.contains(personal),
            "{personal} is still on the tablet: {everything}"
        );
    }
    let keys: Vec<&String> = kept["local"].as_object().unwrap().keys().collect();
    assert!(
        keys.iter()
            .all(|k| ["ponte.kiosk", "ponte.kiosk.token", "ponte.outbox"].contains(&k.as_str())),
        "{keys:?}"
    );
    assert_eq!(kept["session"], 0);
    assert_eq!(kept["dbs"], serde_json::json!([]));
    assert_eq!(kept["history"], entries, "Back would find the last citizen");

    // The next citizen has their pass on paper and types its code.
    let paper = sign_up(&server, 2, "TOS-001").await;
    tap(&k, "#kiosk-lang-en").await;
    k.wait_text("#kiosk-checkin", "Record your visit").await;
    tap(&k, "#kiosk-checkin").await;
    k.type_into("#kiosk-pass-code", "ZZZZ-ZZZZ").await;
    tap(&k, "#kiosk-pass-send").await;
    k.wait_text("#kiosk-checkin-status", "No pass has this code")
        .await;
    k.find("#kiosk-pass-code").await.clear().await.unwrap();
    k.type_into("#kiosk-pass-code", paper["code"].as_str().unwrap())
        .await;
    tap(&k, "#kiosk-pass-send").await;
    k.wait_text("#kiosk-checkin-status", "visit").await;
    let done = std::time::Instant::now();
    assert_eq!(visits().await, 1);
    k.assert_accessible("check-in by code at the kiosk").await;
    // A finished flow brings the countdown sooner than the idle time would (25 s left,
    // shown at 15: about 10 s, where 30 s of idle would take 15).
    k.wait_text("#kiosk-idle-text", "seconds").await;
    let waited = done.elapsed().as_secs_f64();
    assert!(waited < 13.5, "the countdown came after {waited:.1} s");
    // "Go on": the full time again, and the countdown gone.
    tap(&k, "#kiosk-stay").await;
    assert_eq!(
        k.eval("return document.querySelector('#kiosk-idle-text') === null")
            .await,
        true
    );
    // The visit's questions, answered here by the same code.
    tap(&k, ".experience-link").await;
    k.wait_text("h1", "How was your visit?").await;
    tap(&k, "#usefulness-5").await;
    tap(&k, "#come_back-A").await;
    tap(&k, "#experience-submit").await;
    k.wait_text("h1", "Thank you for your answers").await;
    let summary = get(
        &server.url("/api/v1/feedback/summary?programme=toscana"),
        &[],
    )
    .await
    .json();
    assert_eq!(summary["experience"]["questionnaires"], 1, "{summary}");
    // "I have finished": wiped at once, and in Italian again for the next person.
    tap(&k, "#kiosk-finish").await;
    back_at_the_start(&k).await;
    assert_eq!(k.eval("return document.documentElement.lang").await, "it");
    assert_eq!(k.eval("return history.length").await, entries);

    // In Arabic, every kiosk screen reads right to left and passes the same checks.
    tap(&k, "#kiosk-lang-ar").await;
    k.find("#kiosk-register").await;
    assert_eq!(
        k.eval("return [document.documentElement.lang, document.documentElement.dir]")
            .await,
        serde_json::json!(["ar", "rtl"])
    );
    k.assert_accessible("kiosk home, Arabic").await;
    k.assert_fits("the kiosk home, Arabic").await;
    tap(&k, "#kiosk-register").await;
    k.find("#codice_fiscale").await;
    tap(&k, "#register-submit").await;
    k.find("#error-summary").await;
    k.assert_accessible("sign-up at the kiosk with its errors, Arabic")
        .await;
    k.assert_fits("the kiosk's sign-up, Arabic").await;
    artefact(&k, "kiosk-register-ar-768x1024.png").await;
    // Left alone, the countdown comes, in Arabic too; "go on" keeps the screen.
    k.find("#kiosk-idle-text").await;
    k.assert_accessible("the idle countdown, Arabic").await;
    k.assert_fits("the idle countdown, Arabic").await;
    artefact(&k, "kiosk-countdown-ar-768x1024.png").await;
    tap(&k, "#kiosk-stay").await;
    tap(&k, "#kiosk-finish").await;
    back_at_the_start(&k).await;
    tap(&k, "#kiosk-lang-ar").await;
    tap(&k, "#kiosk-checkin").await;
    k.type_into("#kiosk-pass-code", paper["code"].as_str().unwrap())
        .await;
    tap(&k, "#kiosk-pass-send").await;
    k.find(".experience-link").await;
    k.assert_accessible("check-in by code at the kiosk, Arabic")
        .await;
    k.assert_fits("check-in by code at the kiosk, Arabic").await;
    tap(&k, ".experience-link").await;
    k.find("#experience-submit").await;
    k.assert_accessible("the visit's questions at the kiosk, Arabic")
        .await;
    k.assert_fits("the visit's questions at the kiosk, Arabic")
        .await;
    tap(&k, "#kiosk-finish").await;
    back_at_the_start(&k).await;
    assert_eq!(visits().await, 1, "the same pass again the same day");

    // A tablet lying flat, with a camera: a pass shown to it checks in.
    let phone = sign_up(&server, 3, "TOS-001").await;
    let video = tmp.path().join("pass.y4m");
    qr_video(phone["pass"].as_str().unwrap(), &video);
    desk.click("#kiosk-pairing").await;
    desk.wait_text("#kiosk-pairing-code", "").await;
    let second_code = loop {
        let c = desk.find("#kiosk-pairing-code").await.text().await.unwrap();
        if c != code {
            break c;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    let cam = Browser::start_with(
        1024,
        768,
        &[
            "--use-fake-device-for-media-stream".into(),
            "--use-fake-ui-for-media-stream".into(),
            format!("--use-file-for-fake-video-capture={}", video.display()),
        ],
    )
    .await;
    cam.client.goto(&server.url("/kiosk")).await.unwrap();
    cam.type_into("#kiosk-code", &second_code).await;
    tap(&cam, "#kiosk-pair").await;
    tap(&cam, "#kiosk-lang-it").await;
    cam.assert_fits("the kiosk home, landscape").await;
    tap(&cam, "#kiosk-checkin").await;
    // The pass read, the citizen's own check-in follows: the notice at this kiosk
    // first, then the visit.
    cam.wait_text(".privacy-updated .notice", "tablet del centro")
        .await;
    tap(&cam, "#privacy-ack").await;
    tap(&cam, "#checkin").await;
    cam.wait_text(".checkin-status", "visita").await;
    assert_eq!(visits().await, 2);
    tap(&cam, "#kiosk-finish").await;
    back_at_the_start(&cam).await;
    let kept = everything_kept(&cam).await.to_string();
    assert!(!kept.contains(phone["pass"].as_str().unwrap()), "{kept}");
    drop(cam);

    // The first tablet is revoked at the desk: at its next start, the pairing screen.
    desk.client.refresh().await.unwrap();
    desk.wait_text("#kiosk-list", "Tablet n. 1").await;
    desk.click("#kiosk-revoke-1").await;
    desk.wait_text("#kiosk-revoke-1", "ancora").await;
    desk.click("#kiosk-revoke-1").await;
    desk.wait_text("#kiosk-list", "scollegato").await;
    k.client.refresh().await.unwrap();
    k.wait_text("[role=alert]", "ha scollegato questo tablet")
        .await;
    k.find("#kiosk-code").await;
    let kept = everything_kept(&k).await;
    assert!(
        kept["local"].get("ponte.kiosk").is_none()
            && kept["local"].get("ponte.kiosk.token").is_none(),
        "{kept}"
    );
}
