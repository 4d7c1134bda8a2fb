//! The app in a real headless Chromium, served by the real `ponte` binary with the
//! built frontend and the demo data.

mod support;

use fantoccini::Locator;
use support::{Browser, Server, dist_dir, get};

/// A centre page at phone size: the server renders the centre, the page switches to
/// English, and opens the printable poster.
#[tokio::test]
async fn centre_page_language_and_poster_on_a_phone() {
    dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::start(&tmp.path().join("data"), &["--demo"]);
    let expected = get(&server.url("/api/v1/centres/TOS-001"), &[])
        .await
        .json();
    let name = expected["name"].as_str().unwrap().to_owned();

    let b = Browser::start(360, 740).await;
    b.client.goto(&server.url("/c/TOS-001")).await.unwrap();
    b.wait_text("h1#centre-name", &name).await;
    b.wait_text("main", "Orari di apertura").await;
    b.assert_accessible("centre page (it, phone)").await;
    assert_eq!(b.eval("return document.documentElement.lang").await, "it");
    assert_eq!(
        b.eval("return document.title").await,
        format!("{name} · Ponte")
    );

    // Nothing overflows sideways on a 360 px screen.
    b.assert_fits("the centre page").await;

    b.click("#lang-menu").await;
    b.click("#lang-en").await;
    b.wait_text("main", "Opening hours").await;
    b.wait_text("main", "What you can do here").await;
    b.assert_accessible("centre page (en, phone)").await;
    assert_eq!(b.eval("return document.documentElement.lang").await, "en");
    assert_eq!(
        b.client
            .find(Locator::Css("#lang-en"))
            .await
            .unwrap()
            .attr("aria-current")
            .await
            .unwrap(),
        Some("true".into())
    );

    // The choice survives a reload.
    b.client.refresh().await.unwrap();
    b.wait_text("main", "Opening hours").await;

    // The statements every footer links to: what stays on the phone, accessibility.
    b.click("a[href='/accessibility']").await;
    b.wait_text("h1", "Accessibility statement").await;
    b.assert_accessible("accessibility statement (en, phone)")
        .await;
    b.assert_fits("the accessibility statement").await;
    b.click("a[href='/privacy']").await;
    b.wait_text("h1", "Privacy and cookies").await;
    b.assert_accessible("privacy and cookies (en, phone)").await;
    b.client.back().await.unwrap();
    b.client.back().await.unwrap();
    b.wait_text("main", "Opening hours").await;

    b.click(".staff-link a").await;
    b.wait_text("h1.poster-name", &name).await;
    let it = b
        .wait_text(".poster-line[lang=it]", "Inquadra il codice")
        .await;
    let en = b.wait_text(".poster-line[lang=en]", "Scan the code").await;
    b.assert_accessible("poster").await;
    assert!(!it.is_empty() && !en.is_empty());
    assert!(
        b.client
            .current_url()
            .await
            .unwrap()
            .path()
            .ends_with("/c/TOS-001/poster")
    );
    // The QR image loads, and the poster has no app header.
    let qr_loaded = b
        .eval("const i = document.querySelector('.poster-qr'); return i.complete && i.naturalWidth > 0")
        .await;
    assert_eq!(qr_loaded, true);
    assert_eq!(
        b.eval("return document.querySelector('.site-header') === null")
            .await,
        true
    );
    // Back returns to the centre's page (the server's), forward to the poster (the
    // visitor app's).
    b.client.back().await.unwrap();
    b.wait_text("h1#centre-name", &name).await;
    b.client.forward().await.unwrap();
    b.wait_text("h1.poster-name", &name).await;
    // Printing hides the tools: emulate print media and look.
    let tools_hidden_in_print = b
        .eval(
            "for (const s of document.styleSheets) { for (const r of s.cssRules) { \
               if (r.media && r.media.mediaText === 'print' && r.cssText.includes('.no-print')) return true; } } \
             return false",
        )
        .await;
    assert_eq!(tools_hidden_in_print, true);
}

/// The QR code on the poster, rendered by the browser and read back like a phone
/// camera would, carries exactly the centre's public URL.
#[tokio::test]
async fn qr_code_decodes_to_the_centre_url() {
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::start(
        &tmp.path().join("data"),
        &["--demo", "--public-url", "https://ponte.example.it/"],
    );
    let svg = get(&server.url("/api/v1/centres/LOM-042/qr.svg"), &[]).await;
    assert_eq!(svg.status, 200);
    assert_eq!(svg.header("content-type"), Some("image/svg+xml"));

    let b = Browser::start(600, 600).await;
    b.client
        .goto(&server.url("/api/v1/centres/LOM-042/qr.svg"))
        .await
        .unwrap();
    let png = b.client.screenshot().await.unwrap();
    let img = image::load_from_memory(&png).unwrap().to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(img);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the screen");
    let (_, content) = grids[0].decode().unwrap();
    assert_eq!(content, "https://ponte.example.it/c/LOM-042");

    let missing = get(&server.url("/api/v1/centres/LOM-999/qr.svg"), &[]).await;
    assert_eq!(missing.status, 404);
}

/// Finding a centre on a kiosk-size screen: region, province, then words.
#[tokio::test]
async fn find_a_centre_on_a_tablet() {
    dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::start(&tmp.path().join("data"), &["--demo"]);
    let prato = get(
        &server.url("/api/v1/centres?programme=toscana&province=PO"),
        &[],
    )
    .await
    .json();
    let prato_count = prato["centres"].as_array().unwrap().len();

    let b = Browser::start(1280, 800).await;
    b.client.goto(&server.url("/")).await.unwrap();
    b.wait_text("h1", "Trova il tuo centro").await;
    b.wait_text(".results", "Scegli una regione").await;
    let select = b
        .client
        .wait()
        .for_element(Locator::Css("select#programme"))
        .await
        .unwrap();
    select.select_by_value("toscana").await.unwrap();
    b.wait_text(".results [role=status]", "169 centri trovati")
        .await;
    b.assert_accessible("search page with results (tablet)")
        .await;
    b.select("select#province", "PO").await;
    b.wait_text(
        ".results [role=status]",
        &format!("{prato_count} centri trovati"),
    )
    .await;
    let search = b.client.find(Locator::Css("input#search")).await.unwrap();
    search.send_keys("xyzzy").await.unwrap();
    b.wait_text(".results [role=status]", "Nessun centro trovato")
        .await;
    search.clear().await.unwrap();
    search.send_keys("TOS-16").await.unwrap();
    b.wait_text(".results", "TOS-16").await;
    // Opening a result leads to its page.
    b.click(".centre-card a").await;
    b.wait_text("h1#centre-name", "Punto Digitale Facile").await;
}

/// Static files: hashed names are cached for good, and compressed for those who accept it.
#[tokio::test]
async fn assets_are_cached_and_compressed() {
    let dist = dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::start(&tmp.path().join("data"), &[]);
    let wasm = std::fs::read_dir(&dist)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.ends_with("_bg.wasm"))
        .expect("a built wasm");

    let index = get(&server.url("/c/TOS-001/poster"), &[]).await;
    assert_eq!(index.status, 200);
    assert_eq!(index.header("cache-control"), Some("no-cache"));
    assert!(index.text().contains(&wasm), "SPA routes get index.html");
    let etag = index.header("etag").unwrap().to_owned();
    let again = get(&server.url("/"), &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, 304);

    // Compressed copies are made in the background just after start. With this
    // suite's six servers compressing four bundles at once on two cores, that took
    // over 20 s once: wait up to a minute (what is checked is the headers, not speed).
    let url = server.url(&format!("/{wasm}"));
    let mut tries = 0;
    let br = loop {
        let r = get(&url, &[("accept-encoding", "gzip, br")]).await;
        if r.header("content-encoding") == Some("br") || tries > 600 {
            break r;
        }
        tries += 1;
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    assert_eq!(br.header("content-encoding"), Some("br"));
    assert_eq!(
        br.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(br.header("content-type"), Some("application/wasm"));
    let plain = get(&url, &[]).await;
    assert_eq!(plain.header("content-encoding"), None);
    assert_eq!(plain.body, std::fs::read(dist.join(&wasm)).unwrap());
    assert!(br.body.len() < plain.body.len() / 2);

    assert_eq!(get(&server.url("/missing.js"), &[]).await.status, 404);
    assert!(
        get(&server.url("/robots.txt"), &[])
            .await
            .text()
            .contains("User-agent")
    );
}

#[tokio::test]
async fn axe_check_catches_a_violation() {
    let b = Browser::start(400, 400).await;
    b.client
        .goto("data:text/html,<html><body><img src='x.png'><input></body></html>")
        .await
        .unwrap();
    let caught = tokio::spawn(async move { b.assert_accessible("broken page").await }).await;
    assert!(caught.is_err(), "axe must report a missing alt and label");
}

/// The "fits the screen" check can fail: a page wider than the phone is caught.
#[tokio::test]
async fn fit_check_catches_a_page_wider_than_the_screen() {
    let b = Browser::start(360, 640).await;
    b.client
        .goto("data:text/html,<meta name=viewport content='width=device-width'><div style='width:420px'>x</div>")
        .await
        .unwrap();
    let caught = tokio::spawn(async move { b.assert_fits("a 420 px block").await }).await;
    assert!(
        caught.is_err(),
        "a 420 px block on a 360 px screen must be caught"
    );
}

/// Arabic on a small phone: the page reads right to left and mirrors (the brand on the
/// right, the language menu on the left), nothing scrolls sideways at 320 px, axe finds
/// nothing, from the centre's page through the sign-up to the pass. Screenshots are
/// kept under `target/artefacts/` for a person to look at.
#[tokio::test]
async fn arabic_reads_right_to_left_from_the_poster_to_the_pass() {
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::start(&tmp.path().join("data"), &["--demo"]);
    let b = Browser::start(320, 640).await;
    b.client
        .goto(&server.url("/c/TOS-001?lang=ar"))
        .await
        .unwrap();
    b.find("h1#centre-name").await;
    assert_eq!(b.eval("return document.documentElement.dir").await, "rtl");
    // The brand holds the right edge (the start of an Arabic line), as it holds the left
    // one in Italian, whether or not the menu fits beside it.
    let mirrored = "const brand = document.querySelector('.brand').getBoundingClientRect(); \
        return innerWidth - brand.right < 40 && brand.left > 40";
    support::artefact(&b, "ar-320-centre.png").await;
    assert_eq!(b.eval(mirrored).await, true, "the header mirrors");
    b.assert_fits("the centre page (ar, 320 px)").await;
    b.assert_accessible("centre page (ar, 320 px)").await;
    b.click("#lang-menu").await;
    b.find("#lang-uk").await;
    b.assert_fits("the language menu open (ar, 320 px)").await;
    b.assert_accessible("language menu (ar, 320 px)").await;
    support::artefact(&b, "ar-320-languages.png").await;
    b.click("#lang-menu").await;

    b.click("#register-link").await;
    b.find("#codice_fiscale").await;
    assert_eq!(b.eval("return document.documentElement.lang").await, "ar");
    assert_eq!(b.eval("return document.documentElement.dir").await, "rtl");
    assert_eq!(b.eval(mirrored).await, true, "the app's header mirrors too");
    // The notice itself in Arabic (its opening words), not only the page around it.
    b.wait_text("#privacy-notice", "تسجّل الخدمات التي تحصل عليها")
        .await;
    b.assert_fits("the sign-up (ar, 320 px)").await;
    b.assert_accessible("sign-up (ar, 320 px)").await;
    support::artefact(&b, "ar-320-sign-up.png").await;
    b.sign_up_as_mario("RSSMRA80A01H501U").await;
    b.find(".pass-qr").await;
    b.assert_fits("the pass (ar, 320 px)").await;
    b.assert_accessible("pass (ar, 320 px)").await;
    support::artefact(&b, "ar-320-pass.png").await;
    // Another language is a tap away, and the app speaks it at once.
    b.click("#lang-menu").await;
    b.click("#lang-es").await;
    b.wait_text("h1", "pase").await;
    assert_eq!(b.eval("return document.documentElement.dir").await, "ltr");
    // The menu gave focus back to its button, and its list, opened left to right at
    // 320 px, stays on the screen.
    assert_eq!(
        b.eval("return document.activeElement.id").await,
        "lang-menu"
    );
    b.click("#lang-menu").await;
    b.find("#lang-uk").await;
    b.assert_fits("the language menu open (es, 320 px)").await;
    let inside = "const r = document.querySelector('.lang-switch nav').getBoundingClientRect(); \
        return r.left >= 0 && r.right <= innerWidth";
    assert_eq!(b.eval(inside).await, true, "the list is on the screen");
}

/// Larger text and higher contrast: chosen in the footer of the centre's page (the
/// server's) or of the app, remembered on the device, applied before the next page
/// paints, axe-clean; and text at twice its size still fits a 360 px phone.
#[tokio::test]
async fn a_display_choice_is_remembered_and_text_at_200_percent_fits() {
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::start(&tmp.path().join("data"), &["--demo"]);
    let b = Browser::start(360, 740).await;
    let classes = "return document.documentElement.className";
    let pressed = |id: &'static str| {
        format!("return document.querySelector('#{id}').getAttribute('aria-pressed')")
    };
    b.client.goto(&server.url("/c/TOS-001")).await.unwrap();
    b.find("h1#centre-name").await;
    assert_eq!(b.eval(&pressed("display-text-large")).await, "false");
    b.click("#display-text-large").await;
    b.click("#display-contrast-high").await;
    let now = b.eval(classes).await;
    assert!(
        now.as_str().unwrap().contains("text-large")
            && now.as_str().unwrap().contains("contrast-high"),
        "{now}"
    );
    assert_eq!(b.eval(&pressed("display-text-large")).await, "true");
    b.assert_fits("the centre page, larger text").await;
    b.assert_accessible("centre page, larger text and high contrast")
        .await;
    support::artefact(&b, "display-large-contrast-centre.png").await;
    // Remembered, and on before the page paints.
    b.client.refresh().await.unwrap();
    b.find("h1#centre-name").await;
    assert!(
        b.eval(classes)
            .await
            .as_str()
            .unwrap()
            .contains("text-large")
    );
    assert_eq!(b.eval(&pressed("display-contrast-high")).await, "true");
    // The app reads the same choice, and can undo one.
    b.click("#register-link").await;
    b.find("#codice_fiscale").await;
    assert!(
        b.eval(classes)
            .await
            .as_str()
            .unwrap()
            .contains("contrast-high")
    );
    assert_eq!(b.eval(&pressed("display-text-large")).await, "true");
    b.assert_fits("the sign-up, larger text").await;
    b.assert_accessible("sign-up, larger text and high contrast")
        .await;
    b.click("#display-text-large").await;
    assert!(
        !b.eval(classes)
            .await
            .as_str()
            .unwrap()
            .contains("text-large")
    );
    b.client.goto(&server.url("/c/TOS-001")).await.unwrap();
    b.find("h1#centre-name").await;
    let now = b.eval(classes).await;
    assert!(
        !now.as_str().unwrap().contains("text-large")
            && now.as_str().unwrap().contains("contrast-high"),
        "{now}"
    );
    // Text at 200 % (the browser's text zoom, as WCAG 1.4.4 asks): nothing is cut
    // off sideways on the centre's page or in the sign-up.
    let zoom = "document.documentElement.style.fontSize = '225%'; return true";
    b.eval(zoom).await;
    b.assert_fits("the centre page, text at 200 %").await;
    b.click("#register-link").await;
    b.find("#codice_fiscale").await;
    b.eval(zoom).await;
    b.assert_fits("the sign-up, text at 200 %").await;
    support::artefact(&b, "text-200-sign-up.png").await;
}

/// Every other screen a citizen meets, in Arabic on a 320 px phone: the search, the
/// poster, the check-in, the visit's questions, the skills test from its start to a
/// question and its result, the report form with its errors, the privacy and
/// accessibility pages and a page that does not exist. Each reads right to left, fits,
/// and passes axe and the 44 px check.
#[tokio::test]
async fn every_citizen_screen_in_arabic_at_320_px() {
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::start(&tmp.path().join("data"), &["--demo"]);
    let pass = support::sign_up(&server, 21, "TOS-001").await;
    let b = Browser::start(320, 640).await;
    b.client
        .goto(&server.url("/c/TOS-001?lang=ar"))
        .await
        .unwrap();
    b.find("h1#centre-name").await;
    b.keep_pass(&pass).await;
    let rtl = |what: &'static str| {
        let b = &b;
        async move {
            assert_eq!(
                b.eval("return [document.documentElement.lang, document.documentElement.dir]")
                    .await,
                serde_json::json!(["ar", "rtl"]),
                "{what}"
            );
            b.assert_fits(what).await;
            b.assert_accessible(what).await;
        }
    };
    for (path, ready, what) in [
        ("/", "#search", "the search (ar, 320 px)"),
        ("/c/TOS-001/poster", ".poster-qr", "the poster (ar, 320 px)"),
        ("/privacy", "main h1", "the privacy page (ar, 320 px)"),
        (
            "/accessibility",
            "main h1",
            "the accessibility statement (ar, 320 px)",
        ),
        (
            "/nowhere",
            "main h1",
            "a page that does not exist (ar, 320 px)",
        ),
    ] {
        b.client.goto(&server.url(path)).await.unwrap();
        b.find(ready).await;
        rtl(what).await;
    }

    b.client
        .goto(&server.url("/c/TOS-001/checkin#now"))
        .await
        .unwrap();
    b.find(".experience-link").await;
    rtl("the check-in (ar, 320 px)").await;
    b.click(".experience-link").await;
    b.find("#experience-submit").await;
    b.click("#experience-submit").await;
    b.find("[role=alert]").await;
    rtl("the visit's questions with an error (ar, 320 px)").await;

    b.client
        .goto(&server.url("/c/TOS-001/survey"))
        .await
        .unwrap();
    b.find("#survey-start").await;
    rtl("the skills test's start (ar, 320 px)").await;
    b.click("#survey-start").await;
    b.find("#survey-text").await;
    rtl("a question of the skills test (ar, 320 px)").await;
    let total = get(&server.url("/api/v1/surveys/digcomp?lang=ar"), &[])
        .await
        .json()["items"]
        .as_array()
        .map(Vec::len)
        .expect("the survey's items");
    for _ in 0..total {
        b.click("#answer-1").await;
        b.click("#survey-next").await;
    }
    b.find("#survey-answers").await;
    rtl("the skills test's result (ar, 320 px)").await;

    b.client
        .goto(&server.url("/c/TOS-001/feedback"))
        .await
        .unwrap();
    b.find("#feedback-submit").await;
    b.click("#feedback-submit").await;
    b.find("[role=alert]").await;
    rtl("the report form with its errors (ar, 320 px)").await;
}
