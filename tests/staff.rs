//! The staff console in a real headless Chromium at tablet size, served by the real
//! `ponte` binary: accounts made with `ponte users`, a facilitator who signs in, sees a
//! phone's check-in arrive, scans a citizen's pass through a fake camera, and records
//! an individual and a group service; the centre's counts rise once per service and
//! once per participant.

mod support;

use support::{
    Browser, Server, artefact, dist_dir, get, ponte, post_json, qr_video, sign_up, uuid,
};

/// Picks this month in the console's national-file section, as the month field would.
async fn pick_this_month(b: &Browser) {
    b.find("#exports-month").await;
    b.eval(
        "const m = document.getElementById('exports-month'); \
         const d = new Date(); \
         m.value = d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0'); \
         m.dispatchEvent(new Event('change', {bubbles: true})); return true",
    )
    .await;
}

async fn check_in(server: &Server, n: u128, pass: &str) -> u64 {
    let reply = post_json(
        &server.url("/api/v1/checkins"),
        &serde_json::json!({"submission_id": uuid(n), "pass": pass, "centre": "TOS-001",
            "needs": {"public_services": ["B"], "competences": ["9"]}}),
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    reply.json()["visit"]["id"].as_u64().unwrap()
}

#[tokio::test]
async fn a_facilitator_records_services_from_the_tablet() {
    dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let data_arg = data.to_str().unwrap();
    // The demo centres first, then the accounts (the database is the server's while
    // it runs).
    let first = Server::start(&data, &["--demo"]);
    let log = first.log().join("\n");
    first.stop();
    // The demo's staff accounts, to try the console at once: their passwords are in a
    // file only the owner reads, never in the log.
    let demo = data.join("demo-accounts.txt");
    let text = std::fs::read_to_string(&demo).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with("facilitatore@demo.ponte.it"))
        .unwrap();
    let demo_password = line.rsplit('\t').next().unwrap();
    assert_eq!(demo_password.len(), 23, "{line}");
    assert!(!log.contains(demo_password), "a password in the log");
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&demo).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let (code, out, err) = ponte(&[
        "users",
        "add",
        "Fac@Tos1.it",
        "--role",
        "facilitator",
        "--centre",
        "TOS-001",
        "--data-dir",
        data_arg,
    ]);
    assert_eq!(code, 0, "{err}");
    let password = out
        .lines()
        .find_map(|l| l.strip_prefix("password (shown only now): "))
        .unwrap_or_else(|| panic!("no password printed: {out}"))
        .to_owned();
    let (code, _, err) = ponte(&[
        "users",
        "add",
        "x@y.it",
        "--role",
        "facilitator",
        "--data-dir",
        data_arg,
    ]);
    assert_ne!(code, 0, "a facilitator needs a centre");
    assert!(err.contains("centre"), "{err}");
    // A coordinator whose password comes on standard input, as a script would give it.
    let mut add = std::process::Command::new(support::PONTE)
        .args([
            "users",
            "add",
            "coord@tos.it",
            "--role",
            "coordinator",
            "--centre",
            "TOS-001",
            "--centre",
            "TOS-002",
            "--data-dir",
            data_arg,
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        add.stdin
            .take()
            .unwrap()
            .write_all(b"una frase lunga abbastanza\n")
            .unwrap();
    }
    let added = add.wait_with_output().unwrap();
    assert!(added.status.success());
    assert!(
        !String::from_utf8_lossy(&added.stdout).contains("password"),
        "nothing to show"
    );
    // A facilitator who left is disabled; back a year later, a new password brings
    // the same account back.
    assert_eq!(
        ponte(&[
            "users",
            "add",
            "old@tos1.it",
            "--role",
            "facilitator",
            "--centre",
            "TOS-001",
            "--data-dir",
            data_arg
        ])
        .0,
        0
    );
    assert_eq!(
        ponte(&["users", "disable", "old@tos1.it", "--data-dir", data_arg]).0,
        0
    );
    let (code, out, err) = ponte(&[
        "users",
        "set-password",
        "old@tos1.it",
        "--data-dir",
        data_arg,
    ]);
    assert_eq!(code, 0, "{err}");
    let old_password = out
        .lines()
        .find_map(|l| l.strip_prefix("password (shown only now): "))
        .unwrap_or_else(|| panic!("no password printed: {out}"))
        .to_owned();
    let (code, list, _) = ponte(&["users", "list", "--data-dir", data_arg]);
    assert!(
        list.contains("old@tos1.it\tfacilitator\tTOS-001\tactive"),
        "{list}"
    );
    assert_eq!(code, 0);
    assert!(
        list.contains("fac@tos1.it\tfacilitator\tTOS-001\tactive"),
        "{list}"
    );
    assert!(
        !list.contains(&password),
        "the password is never shown again"
    );

    let server = Server::start(&data, &["--demo"]);
    let back = post_json(
        &server.url("/api/v1/session"),
        &serde_json::json!({"email": "old@tos1.it", "password": old_password}),
    )
    .await;
    assert_eq!(back.status, 200, "{}", back.text());
    let citizens = [
        sign_up(&server, 1, "TOS-001").await,
        sign_up(&server, 2, "TOS-001").await,
        sign_up(&server, 3, "TOS-001").await,
    ];
    let pass = |i: usize| citizens[i]["pass"].as_str().unwrap().to_owned();
    let video = tmp.path().join("pass.y4m");
    qr_video(&pass(0), &video);

    let b = Browser::start_with(
        768,
        1024,
        &[
            "--use-fake-device-for-media-stream".into(),
            "--use-fake-ui-for-media-stream".into(),
            format!("--use-file-for-fake-video-capture={}", video.display()),
        ],
    )
    .await;
    b.client.goto(&server.url("/staff")).await.unwrap();
    b.wait_text("h1", "Accedi alla console").await;
    b.assert_accessible("staff sign-in").await;
    b.type_into("#staff-email", "fac@tos1.it").await;
    b.type_into("#staff-password", "not the password").await;
    b.click("button[type=submit]").await;
    b.wait_text("#login-error", "non corrette").await;
    b.find("#staff-password").await.clear().await.unwrap();
    b.type_into("#staff-password", &password).await;
    b.click("button[type=submit]").await;
    b.wait_text(".staff-who", "fac@tos1.it").await;
    b.wait_text("#today-count", "Nessuna visita").await;
    // The session cookie is not for scripts.
    assert_eq!(b.eval("return document.cookie").await, "");

    // A citizen checks in on their phone: the tablet shows it without a reload.
    let first = check_in(&server, 101, &pass(0)).await;
    b.wait_text("#today-list", "prima visita").await;
    b.wait_text("#today-count", "1 visita").await;
    b.assert_accessible("console with a check-in").await;
    b.assert_fits("the console at 768 px").await;
    let second = check_in(&server, 102, &pass(1)).await;
    let third = check_in(&server, 103, &pass(2)).await;
    b.wait_text("#today-count", "3 visite").await;

    // The first citizen shows their pass; the tablet's camera reads it.
    b.click("#scan-pass").await;
    b.wait_text("#citizen-card", "1 visita qui").await;
    b.click("#pick-visit").await;
    b.wait_text("#service-visits", "Per 1 cittadino").await;
    // What the citizen said they need is already ticked: SPID/CIE (9) and pagoPA (B).
    assert_eq!(
        b.eval("return document.getElementById('competences-9').checked")
            .await,
        true
    );
    assert_eq!(
        b.eval("return document.getElementById('domains-B').checked")
            .await,
        true
    );
    assert_eq!(
        b.eval("return document.getElementById('types-A').checked")
            .await,
        true
    );
    b.type_into("#service-details", "SPID attivato con la CIE")
        .await;
    // The duration is never assumed: sending without it says so at the field.
    b.click("#record-service").await;
    b.wait_text("#service-duration-error", "ore e minuti").await;
    b.type_into("#service-duration", "0:45").await;
    b.click("#record-service").await;
    b.wait_text("#service-done", "per 1 cittadino").await;
    b.wait_text(&format!("li[data-visit='{first}']"), "Servizio registrato")
        .await;

    // A group service for all three, chosen in the day's list.
    for visit in [first, second, third] {
        b.click(&format!("#visit-{visit}")).await;
    }
    b.wait_text("#service-visits", "Per 3 cittadini").await;
    assert_eq!(
        b.eval("return document.getElementById('types-B').checked")
            .await,
        true
    );
    b.type_into("#service-duration", "1:30").await;
    b.click("#record-service").await;
    b.wait_text("#service-done", "per 3 cittadini").await;
    b.wait_text("#today-count", "2 servizi").await;
    b.assert_accessible("console after two services").await;
    artefact(&b, "staff-console-768x1024.png").await;

    // Once per service, once per participant; visits unchanged.
    let report = get(&server.url("/api/v1/centres/TOS-001/attendance"), &[])
        .await
        .json();
    assert_eq!(
        (
            report["visits"].as_u64(),
            report["services"].as_u64(),
            report["participations"].as_u64()
        ),
        (Some(3), Some(2), Some(4)),
        "{report}"
    );

    // Someone without a phone is signed up at the desk: every problem at once first,
    // then the pass to print. The names need not give the code's letters here.
    b.click("#open-signup").await;
    b.click("#desk-signup-send").await;
    let problems = b.wait_text(".error-summary", "Codice fiscale").await;
    assert!(problems.contains("Titolo di studio"), "{problems}");
    b.type_into("#codice_fiscale", &support::valid_cf(9)).await;
    b.type_into("#first_name", "Maria").await;
    b.type_into("#last_name", "Rossi").await;
    b.select("#education", "C").await;
    b.select("#employment", "G").await;
    b.select("#citizenship", "A").await;
    b.click("#privacy").await;
    b.assert_accessible("desk sign-up").await;
    b.click("#desk-signup-send").await;
    let card = b.wait_text("#signup-card", "-").await;
    assert!(card.len() >= 9, "{card}");
    assert_eq!(
        b.eval("return Object.keys(localStorage).filter(k => k.includes('pass')).length")
            .await,
        0,
        "the citizen's pass is not kept on the tablet"
    );
    let code = b
        .find("#signup-card .pass-code")
        .await
        .text()
        .await
        .unwrap();
    b.click("#signup-next").await;
    assert_eq!(
        b.eval("return document.getElementById('signup-card') === null")
            .await,
        true
    );

    // She has no phone: the facilitator types the code from her card and checks her in.
    b.find("#pass-code").await.clear().await.unwrap();
    b.type_into("#pass-code", &code).await;
    b.click(".staff-finder button[type=submit]").await;
    b.wait_text("#citizen-card", "non ha ancora segnato").await;
    b.click("#desk-checkin").await;
    b.wait_text("#citizen-card", "Aggiungi al servizio").await;
    b.wait_text("#today-count", "4 visite").await;

    // Signing out ends the session on the server: the console asks to sign in again.
    b.click("#sign-out").await;
    b.wait_text("h1", "Accedi alla console").await;
    b.client.refresh().await.unwrap();
    b.wait_text("h1", "Accedi alla console").await;

    // A citizen reports a problem; the coordinator reads it masked and hides it.
    let filed = post_json(
        &server.url("/api/v1/feedback"),
        &serde_json::json!({"submission_id": uuid(900), "centre": "TOS-001",
            "public_service": "B", "category": "error", "severity": 4,
            "text": "Il pagamento non va, chiamatemi al 3331234567"}),
    )
    .await;
    assert_eq!(filed.status, 201, "{}", filed.text());
    let summary = || async {
        get(
            &server.url("/api/v1/feedback/summary?programme=toscana"),
            &[],
        )
        .await
        .json()["total"]["reports"]
            .clone()
    };
    let counted = summary().await;
    b.type_into("#staff-email", "coord@tos.it").await;
    b.type_into("#staff-password", "una frase lunga abbastanza")
        .await;
    b.click("button[type=submit]").await;
    b.wait_text(".staff-who", "coordinatore").await;
    let text = b.wait_text("#reports-list", "Il pagamento non va").await;
    assert!(
        text.contains("[telefono]") && !text.contains("3331234567"),
        "{text}"
    );
    b.assert_accessible("console with reports").await;
    // The month's national file for its centres: what it holds, and a link per file.
    // It opens on the month just ended (the one uploaded); this one is picked.
    pick_this_month(&b).await;
    b.wait_text("#exports-summary", "2 servizi, 4 righe").await;
    b.wait_text("#export-part-1", "4 righe").await;
    b.click(".hide-report").await;
    b.wait_text("#reports-none", "Nessuna segnalazione").await;
    b.select("#reports-status", "hidden").await;
    b.wait_text("#reports-list", "Nascosta").await;
    assert_eq!(summary().await, counted, "a hidden report stays counted");

    // The coordinator makes an account for a new facilitator of one of its centres;
    // the password shows once, and works.
    b.type_into("#account-email", "nuovo@tos2.it").await;
    b.click("#account-centre-TOS-002").await;
    b.click("#account-create").await;
    let made = b.wait_text("#account-made", "nuovo@tos2.it").await;
    let new_password = b.find(".staff-password").await.text().await.unwrap();
    assert_eq!(new_password.len(), 23, "{made}");
    b.wait_text("#accounts-list", "nuovo@tos2.it").await;
    b.assert_accessible("console with accounts").await;
    let login = post_json(
        &server.url("/api/v1/session"),
        &serde_json::json!({"email": "nuovo@tos2.it", "password": new_password}),
    )
    .await;
    assert_eq!(login.status, 200, "{}", login.text());

    // Landscape, as the tablet is often held at the desk: the same console fits.
    let wide = Browser::start(1024, 768).await;
    wide.client.goto(&server.url("/staff")).await.unwrap();
    wide.type_into("#staff-email", "fac@tos1.it").await;
    wide.type_into("#staff-password", &password).await;
    wide.click("button[type=submit]").await;
    wide.wait_text("#today-count", "4 visite").await;
    wide.assert_fits("the console at 1024 px").await;
    artefact(&wide, "staff-console-1024x768.png").await;
    // A facilitator who reads Arabic best: the whole console in it, mirrored.
    wide.choose_language("ar", "rtl").await;
    wide.wait_text("#today-title", "اليوم").await;
    wide.assert_accessible("the console, Arabic").await;
    wide.assert_fits("the console at 1024 px, Arabic").await;
    // The statement that covers the console is a link away, in every language.
    wide.find("footer a[href='/accessibility']").await;
    // A service begun and sent without its duration, then a desk sign-up sent empty:
    // the forms with their errors, in Arabic.
    wide.click(&format!("#visit-{first}")).await;
    wide.click("#record-service").await;
    wide.find("#service-duration-error").await;
    wide.assert_accessible("the service form with its error, Arabic")
        .await;
    wide.assert_fits("the service form, Arabic").await;
    artefact(&wide, "staff-service-ar-1024x768.png").await;
    wide.click("#open-signup").await;
    wide.click("#desk-signup-send").await;
    wide.find(".error-summary").await;
    wide.assert_accessible("the desk sign-up with its errors, Arabic")
        .await;
    wide.assert_fits("the desk sign-up, Arabic").await;
    wide.client.set_window_size(360, 740).await.unwrap();
    wide.assert_fits("the console at 360 px, Arabic").await;
    wide.assert_accessible("the console at 360 px, Arabic")
        .await;
    artefact(&wide, "staff-console-ar-360x740.png").await;
    wide.client.set_window_size(1024, 768).await.unwrap();
    // Signed out, the sign-in in Arabic, with its error, then in again.
    wide.click("#sign-out").await;
    wide.type_into("#staff-email", "fac@tos1.it").await;
    wide.type_into("#staff-password", "not the password").await;
    wide.click("button[type=submit]").await;
    wide.find("#login-error").await;
    wide.assert_accessible("sign-in with its error, Arabic")
        .await;
    wide.assert_fits("sign-in, Arabic").await;
    wide.find("#staff-password").await.clear().await.unwrap();
    wide.type_into("#staff-password", &password).await;
    wide.click("button[type=submit]").await;
    wide.wait_text("#today-title", "اليوم").await;
    wide.choose_language("it", "ltr").await;
    drop(wide);
    drop(b);

    // The region watches its programme against its targets.
    let accounts = std::fs::read_to_string(&demo).unwrap();
    let region_line = accounts
        .lines()
        .find(|l| l.starts_with("toscana@demo.ponte.it"))
        .unwrap();
    let region_password = region_line.rsplit('\t').next().unwrap();
    let r = Browser::start(1024, 768).await;
    // The dashboard's own address: the console, with the dashboard in view.
    r.client
        .goto(&server.url("/staff/dashboard"))
        .await
        .unwrap();
    r.type_into("#staff-email", "toscana@demo.ponte.it").await;
    r.type_into("#staff-password", region_password).await;
    r.click("button[type=submit]").await;
    let reached = r
        .wait_text(
            "#progress-citizens",
            "Cittadini nuovi nel programma (al primo accesso): 4 su",
        )
        .await;
    // The goal grouped as Italian groups it, the date as Italian writes it.
    assert!(
        reached.contains("su 170.000 entro il 31/12/2026"),
        "{reached}"
    );
    r.wait_text("#progress-services", "Servizi registrati: 2")
        .await;
    r.find(".staff-chart polyline").await;
    r.wait_text("#progress-risk", "cittadini nuovi a settimana")
        .await;
    pick_this_month(&r).await;
    r.wait_text("#exports-summary", "2 servizi, 4 righe").await;
    // The month's report per centre, as a spreadsheet: it downloads.
    let href = r
        .find("#report-xlsx")
        .await
        .attr("href")
        .await
        .unwrap()
        .unwrap();
    let cookie = r.client.get_named_cookie("ponte_staff").await;
    let xlsx = get(
        &server.url(&href),
        &[(
            "cookie",
            &format!(
                "ponte_staff={}",
                cookie.map(|c| c.value().to_owned()).unwrap_or_default()
            ),
        )],
    )
    .await;
    assert_eq!(xlsx.status, 200, "{href}");
    assert!(xlsx.body.starts_with(b"PK"));
    // The region sets TOS-001's share: saved, and the figures worked out again.
    r.type_into("#share-centre", "tos-001").await;
    r.type_into("#share-citizens", "4").await;
    r.click("#share-save").await;
    r.wait_text("#share-status", "Quota salvata").await;
    r.assert_accessible("the region's progress").await;
    artefact(&r, "staff-progress-1024x768.png").await;
    // The dashboard says the same: four new citizens, two services, four
    // participations, over the last 30 days, with its provinces below.
    r.find("#dash-totals tbody td").await;
    let cells = |css: &'static str| {
        let r = &r;
        async move {
            r.eval(&format!(
                "return [...document.querySelectorAll('{css}')].map(td => td.textContent)"
            ))
            .await
        }
    };
    let totals = cells("#dash-totals tbody td").await;
    assert_eq!(
        (&totals[1], &totals[3], &totals[4]),
        (&"4".into(), &"2".into(), &"4".into()),
        "{totals}"
    );
    // Four people: too few to break down, so no count of them is shown at all.
    let gender = cells("#dash-gender td").await;
    assert_eq!(
        gender,
        serde_json::json!([
            "Dettaglio non mostrato: meno di 10 persone, o un gruppo di meno di 5 che si potrebbe riconoscere."
        ])
    );
    // Two services of the same type: that cell reads "< 5".
    let types = cells("#dash-type td").await;
    assert!(
        types.as_array().unwrap().iter().any(|c| c == "< 5"),
        "{types}"
    );
    // Down a level: a province, then its centres; and back up.
    let province = r.find("#dash-parts tbody button").await;
    let label = province.text().await.unwrap();
    province.click().await.unwrap();
    r.wait_text("#dash-scope", &label[..2]).await;
    r.wait_text("#dash-parts", "TOS-").await;
    r.assert_accessible("the dashboard of a province").await;
    // The form says what is shown: by day until another is chosen.
    assert_eq!(
        r.eval("return document.getElementById('dash-by').value")
            .await,
        "day"
    );
    // The dashboard alone, as the region reads it (the page's picture starts at the top).
    let section = r.find("section[aria-labelledby=dash-title]").await;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/artefacts");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("staff-dashboard-1024.png"),
        section.screenshot().await.unwrap(),
    )
    .unwrap();
    r.click("#dash-up").await;
    r.wait_text("#dash-scope", "toscana").await;
    r.select("#dash-by", "month").await;
    r.click("#dash-show").await;
    r.wait_text("#dash-series caption", "Mese per mese").await;
    // On a phone the same page fits: wide tables scroll inside their own box.
    r.client.set_window_size(360, 740).await.unwrap();
    r.assert_fits("the region's dashboard at 360 px").await;
    r.assert_accessible("the region's dashboard at 360 px")
        .await;
    r.client.set_window_size(1024, 768).await.unwrap();
    // Toscana sets no targets per province: said so, with the province's counts.
    r.select("#progress-province", "FI").await;
    r.wait_text("#progress-title ~ p", "non ha obiettivi datati")
        .await;
    // The region's screens in Arabic: the same checks, at 1024 and 360 px.
    r.choose_language("ar", "rtl").await;
    r.assert_accessible("the region's console, Arabic").await;
    r.assert_fits("the region's console at 1024 px, Arabic")
        .await;
    artefact(&r, "staff-region-ar-1024x768.png").await;
    r.client.set_window_size(360, 740).await.unwrap();
    r.assert_fits("the region's console at 360 px, Arabic")
        .await;
    r.assert_accessible("the region's console at 360 px, Arabic")
        .await;
    drop(r);

    // The month's national upload file from the command line: the two services, one
    // row per citizen in each (1 + 3), the header the platform's.
    server.stop();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let today = ponte_domain::clock::rome_date(now).unwrap();
    let month = format!("{:04}-{:02}", today.year(), today.month());
    let out = tmp.path().join("export");
    let (code, printed, err) = ponte(&[
        "export",
        "national",
        "--programme",
        "toscana",
        "--month",
        &month,
        "--out",
        out.to_str().unwrap(),
        "--data-dir",
        data_arg,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(printed.contains("2 services, 4 rows"), "{printed}");
    let file = std::fs::read_to_string(out.join(format!("toscana-{month}.csv"))).unwrap();
    assert!(file.starts_with("IDFacilitatore,NominativoFacilitatore,IDSede,"));
    assert_eq!(file.lines().count(), 5, "{file}");
    assert!(file.contains("SPID attivato con la CIE"), "{file}");
    assert!(out.join(format!("toscana-{month}-LEGGIMI.txt")).exists());
}

/// An event made in the console: its poster's page takes a citizen's presence with one
/// tap (and refuses another event's code), and closing it records one group service.
#[tokio::test]
async fn an_event_poster_takes_presence_and_closes_into_a_service() {
    dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let data_arg = data.to_str().unwrap();
    Server::start(&data, &["--demo"]).stop();
    support::add_facilitator(data_arg, "eventi@tos1.it", "TOS-001");
    let server = Server::start(&data, &["--demo"]);
    let citizen = sign_up(&server, 7, "TOS-001").await;

    // The event runs from ten minutes ago for two hours (within today, in Italy).
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let local = now + ponte_domain::clock::rome_offset(now);
    let minute_of_day = |t: i64| t.rem_euclid(86_400) / 60;
    let start = (minute_of_day(local) - 10).max(0);
    let end = (start + 120).min(23 * 60 + 59);
    let hhmm = |m: i64| format!("{:02}:{:02}", m / 60, m % 60);

    let b = Browser::start(768, 1024).await;
    b.client.goto(&server.url("/staff")).await.unwrap();
    b.type_into("#staff-email", "eventi@tos1.it").await;
    b.type_into("#staff-password", "una frase lunga abbastanza")
        .await;
    b.click("button[type=submit]").await;
    b.wait_text("#events-title", "Eventi").await;
    b.type_into("#event-title-input", "Corso: usare lo SPID")
        .await;
    // Time fields are typed differently in every locale: set as the picker would.
    b.eval(&format!(
        "document.getElementById('event-start').value = '{}'; \
         document.getElementById('event-end').value = '{}'; return true",
        hhmm(start),
        hhmm(end)
    ))
    .await;
    b.click("#event-competences-9").await;
    b.click("#event-domains-A").await;
    b.click("#event-create").await;
    if let Ok(e) = b
        .client
        .find(fantoccini::Locator::Css("#event-error"))
        .await
    {
        panic!("the event was refused: {}", e.text().await.unwrap());
    }
    b.wait_text("#events-list", "Corso: usare lo SPID").await;
    b.assert_accessible("console with an event").await;
    let poster = b
        .find("#events-list li")
        .await
        .attr("data-poster")
        .await
        .unwrap()
        .unwrap();
    let path = poster
        .split_once("127.0.0.1")
        .map(|(_, p)| p.split_once('/').unwrap().1)
        .unwrap();
    let event_path = format!("/{path}");
    b.click(".show-poster").await;
    let mut qr_loaded = serde_json::Value::Bool(false);
    for _ in 0..50 {
        qr_loaded = b
            .eval("const i = document.querySelector('.event-qr'); return !!i && i.complete && i.naturalWidth > 0")
            .await;
        if qr_loaded == true {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(qr_loaded, true, "the poster's QR image loads");

    // A citizen with a pass scans another event's code first: refused, by name.
    b.keep_pass(&citizen).await;
    let (page, _) = event_path.split_once("#t=").unwrap();
    b.client
        .goto(&server.url(&format!("{page}#t=00112233445566778899aabbccddeeff")))
        .await
        .unwrap();
    b.wait_text("#event-name", "Corso: usare lo SPID").await;
    b.click("#event-checkin").await;
    b.wait_text("#event-refused", "non è di questo evento")
        .await;
    // Then the right poster: present with one tap.
    b.client.goto(&server.url(&event_path)).await.unwrap();
    b.client.refresh().await.unwrap();
    b.wait_text("#event-name", "Corso: usare lo SPID").await;
    b.assert_accessible("event page").await;
    b.click("#event-checkin").await;
    b.wait_text("#event-done", "Presenza segnata").await;

    // On a small phone, as most citizens have: the page fits, and a second citizen
    // is present.
    let phone = Browser::start(360, 740).await;
    phone.client.goto(&server.url("/")).await.unwrap();
    phone.keep_pass(&sign_up(&server, 8, "TOS-001").await).await;
    // This phone has not shown the programme's notice yet (a pass copied from a
    // paper card, a browser's data cleared): it comes before the presence.
    phone
        .eval("localStorage.removeItem('ponte.privacy'); return true")
        .await;
    phone.client.goto(&server.url(&event_path)).await.unwrap();
    phone.wait_text("#event-name", "Corso: usare lo SPID").await;
    phone.wait_text("#privacy-notice", "Regione Toscana").await;
    phone.assert_fits("the event page at 360 px").await;
    phone
        .assert_accessible("event page with the notice (phone)")
        .await;
    phone.click("#privacy-ack").await;
    phone.assert_accessible("event page (phone)").await;
    phone.click("#event-checkin").await;
    phone.wait_text("#event-done", "Presenza segnata").await;
    // The same page in Arabic, once the presence is marked.
    phone.choose_language("ar", "rtl").await;
    phone.assert_fits("the event page at 360 px, Arabic").await;
    phone.assert_accessible("event page (phone), Arabic").await;
    drop(phone);

    // Back at the console: two present; closing records the group service.
    b.client.goto(&server.url("/staff")).await.unwrap();
    b.wait_text("#events-list", "2 presenti").await;
    b.click("#events-list details summary").await;
    b.wait_text(".staff-attendees", "presente").await;
    b.assert_accessible("event attendance").await;
    b.choose_language("ar", "rtl").await;
    b.find(".staff-attendees").await;
    b.assert_accessible("event attendance, Arabic").await;
    b.choose_language("it", "ltr").await;
    b.click(".close-event").await;
    // It cannot be undone, so the console asks first.
    b.client.accept_alert().await.unwrap();
    b.wait_text("#events-list", "Chiuso").await;
    let report = get(&server.url("/api/v1/centres/TOS-001/attendance"), &[])
        .await
        .json();
    assert_eq!(
        (
            report["visits"].as_u64(),
            report["services"].as_u64(),
            report["participations"].as_u64()
        ),
        (Some(2), Some(1), Some(2)),
        "{report}"
    );
    // The events in Arabic: the form and the closed event.
    b.choose_language("ar", "rtl").await;
    b.find("#events-list").await;
    b.assert_accessible("the events, Arabic").await;
    b.assert_fits("the events, Arabic").await;
}
