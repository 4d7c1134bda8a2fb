//! The digital-skills survey on a phone, in headless Chromium against the real server:
//! from the centre's page to the result, with a reload in the middle (it resumes) and
//! the last answer given with no network (the result is scored on the phone, and the
//! answers are sent once when the network returns).

mod support;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use ponte_domain::survey::{SurveyView, score};
use support::{Browser, Server, dist_dir, get, post_json, sign_up, uuid};

async fn skills(server: &Server) -> serde_json::Value {
    get(&server.url("/api/v1/centres/TOS-001/skills"), &[])
        .await
        .json()
}

#[tokio::test]
async fn take_the_survey_with_a_reload_and_an_offline_finish() {
    dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::start(&tmp.path().join("data"), &["--demo"]);
    let view: SurveyView = serde_json::from_value(
        get(&server.url("/api/v1/surveys/digcomp?lang=it"), &[])
            .await
            .json(),
    )
    .unwrap();

    // A citizen with a pass (the sign-up form has its own test).
    let pass = sign_up(&server, 3, "TOS-001").await;
    let addr = server.addr.to_string();
    let mut running = Some(server);
    let server = running.as_ref().unwrap();
    let b = Browser::start(360, 740).await;
    b.client.goto(&server.url("/c/TOS-001")).await.unwrap();
    b.keep_pass(&pass).await;
    b.click("a[href='/c/TOS-001/survey']").await;
    b.wait_text("h1", "Metti alla prova le tue competenze digitali")
        .await;
    b.wait_text(".lead", &format!("{} domande", view.items.len()))
        .await;
    b.assert_accessible("survey introduction (phone)").await;
    b.click("#survey-start").await;

    // The answers: skills alternate between steps 1 and 2, knowledge answered right,
    // the first optional item skipped.
    let mut answers = BTreeMap::new();
    let mut skipped_one = false;
    let middle = view.items.len() / 2;
    for (i, item) in view.items.iter().enumerate() {
        let total = view.items.len();
        b.wait_text("#survey-progress", &format!("Domanda {} di {total}", i + 1))
            .await;
        b.wait_text("#survey-text", &item.text).await;
        if i == 0 {
            b.assert_accessible("survey question (phone)").await;
            b.assert_fits("a question").await;
        }
        if item.optional && !skipped_one {
            skipped_one = true;
            b.click("#survey-skip").await;
            continue;
        }
        let value = item.correct.unwrap_or(1 + (i % 2) as u8);
        b.click(&format!("#answer-{value}")).await;
        answers.insert(item.id.clone(), value);

        if i == middle {
            // A reload in the middle: the same question, its answer kept.
            b.client.refresh().await.unwrap();
            b.wait_text("#survey-progress", &format!("Domanda {} di {total}", i + 1))
                .await;
            let kept = b
                .eval(&format!(
                    "return document.querySelector('#answer-{value}').checked"
                ))
                .await;
            assert_eq!(kept, true, "the answer survived the reload");
            // Back goes to the previous question, with its answer.
            b.click("#survey-back").await;
            b.wait_text("#survey-progress", &format!("Domanda {i} di {total}"))
                .await;
            b.click("#survey-next").await;
            b.wait_text("#survey-progress", &format!("Domanda {} di {total}", i + 1))
                .await;
        }
        if i + 1 == total {
            // The last answer with no network: the phone scores, the outbox keeps it.
            running.take().unwrap().stop();
        }
        b.click("#survey-next").await;
    }
    assert!(skipped_one, "the survey has an optional item");

    let expected = score(&view.rubric(), &answers);
    b.wait_text("h1", "Il tuo risultato").await;
    b.wait_text("[role=status]", "Sei offline").await;
    for (i, area) in expected.0.iter().enumerate() {
        b.wait_text(&format!("#area-{}", i + 1), &format!("{}%", area.percent))
            .await;
    }
    b.assert_accessible("survey result (phone)").await;
    b.assert_fits("the result").await;
    // Each true/false statement comes back with the right answer and why.
    b.wait_text("#survey-answers", "Risposta giusta").await;
    let knowledge = view
        .items
        .iter()
        .filter(|i| i.explanation.is_some())
        .count();
    assert!(knowledge >= 5);
    assert_eq!(
        b.eval("return document.querySelectorAll('#survey-answers li').length")
            .await,
        knowledge
    );
    // The phone stays offline for three weeks with the survey queued (an exit counts
    // only 14 days after the entry): its time is the one it was finished at.
    let queued = b
        .eval(
            "const o = JSON.parse(localStorage.getItem('ponte.outbox')); \
         for (const p of o) { const b = JSON.parse(p.body); \
           if (b.answers) { b.at -= 21 * 86400; p.body = JSON.stringify(b); } } \
         localStorage.setItem('ponte.outbox', JSON.stringify(o)); return o.length",
        )
        .await;
    assert_eq!(queued, 1, "the survey waits in the outbox");

    // The network returns: the answers are sent, once, and counted as an entry.
    let server = Server::start_at(&tmp.path().join("data"), &addr, &[]);
    let deadline = Instant::now() + Duration::from_secs(20);
    while skills(&server).await["entry"]["surveys"] != 1 {
        assert!(
            Instant::now() < deadline,
            "the queued survey was never sent"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    let report = skills(&server).await;
    assert_eq!(report["entry"]["surveys"], 1, "exactly once: {report}");
    assert_eq!(
        report["entry"]["mean"]["1"].as_f64(),
        Some(f64::from(expected.0[0].percent)),
        "the server scored as the phone did"
    );
    // Progress is gone: the survey starts afresh, and says the next one may be the exit.
    b.client
        .goto(&server.url("/c/TOS-001/survey"))
        .await
        .unwrap();
    b.wait_text("#survey-start", "Inizia").await;
    b.wait_text(".notice", "Hai già fatto il test di partenza")
        .await;

    // After a service, the second survey is the exit: every task "confidently", every
    // statement right; the result shows the change since the entry, area by area.
    let checkin = post_json(
        &server.url("/api/v1/checkins"),
        &serde_json::json!({"submission_id": uuid(77), "pass": pass["pass"], "centre": "TOS-001"}),
    )
    .await;
    assert_eq!(checkin.status, 201);
    b.click("#survey-start").await;
    let mut best = BTreeMap::new();
    for (i, item) in view.items.iter().enumerate() {
        b.wait_text("#survey-progress", &format!("Domanda {} di", i + 1))
            .await;
        let value = item.correct.unwrap_or(3);
        b.click(&format!("#answer-{value}")).await;
        best.insert(item.id.clone(), value);
        b.click("#survey-next").await;
    }
    b.wait_text(".lead", "Questo è il test dopo le tue visite")
        .await;
    let exit = score(&view.rubric(), &best);
    for (i, change) in exit.change_since(&expected).0.iter().enumerate() {
        b.wait_text(
            &format!("#area-{}", i + 1),
            &format!("100% · Con sicurezza, potresti aiutare altri · {change:+} punti dall'inizio"),
        )
        .await;
    }
    assert_eq!(skills(&server).await["improvement"]["pairs"], 1);
}

/// On the smallest phones (320 px), without a pass, in English: the survey says it is
/// anonymous, switching language in the middle keeps the answers, and nothing is wider
/// than the screen; the report form's tiles and the visit questionnaire fit too.
#[tokio::test]
async fn anonymous_survey_in_two_languages_on_a_320px_phone() {
    dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::start(&tmp.path().join("data"), &["--demo"]);
    let b = Browser::start(320, 640).await;
    b.client
        .goto(&server.url("/c/LOM-010/survey"))
        .await
        .unwrap();
    b.wait_text("#survey-start", "Inizia").await;
    b.wait_text(".notice", "Senza pass il test è anonimo").await;
    b.click("#lang-menu").await;
    b.click("#lang-en").await;
    b.wait_text("h1", "Test your digital skills").await;
    b.wait_text(".notice", "Without a pass the test is anonymous")
        .await;
    b.click("#survey-start").await;
    b.wait_text("#survey-progress", "Question 1 of").await;
    b.wait_text("#survey-text", "opening hours").await;
    b.assert_fits("question 1").await;
    b.click("#answer-3").await;
    b.click("#survey-next").await;
    b.wait_text("#survey-progress", "Question 2 of").await;
    b.click("#answer-0").await;

    // Switching to Italian mid-survey: the same question, now in Italian, answer kept.
    b.click("#lang-menu").await;
    b.click("#lang-it").await;
    b.wait_text("#survey-progress", "Domanda 2 di").await;
    b.wait_text("#survey-text", "sito").await;
    assert_eq!(
        b.eval("return document.querySelector('#answer-0').checked")
            .await,
        true
    );
    b.click("#survey-back").await;
    b.wait_text("#survey-text", "orari di apertura").await;
    assert_eq!(
        b.eval("return document.querySelector('#answer-3').checked")
            .await,
        true,
        "the first answer survived the language switch"
    );
    b.assert_fits("question 1 in Italian").await;

    // Jumping to the last question with most left unanswered (a hand-edited or stale
    // progress): finishing takes the citizen back to the first one missing, and sends
    // nothing.
    let total = b
        .eval(
            "const k = 'ponte.survey.LOM-010.anonymous'; \
             const p = JSON.parse(localStorage.getItem(k)); \
             p.at = p.view.items.length - 1; \
             localStorage.setItem(k, JSON.stringify(p)); \
             return p.view.items.length",
        )
        .await;
    b.client.refresh().await.unwrap();
    b.wait_text("#survey-progress", &format!("Domanda {total} di {total}"))
        .await;
    b.click("#answer-1").await;
    b.click("#survey-next").await;
    b.wait_text("#survey-progress", &format!("Domanda 3 di {total}"))
        .await;
    let report = get(&server.url("/api/v1/centres/LOM-010/skills"), &[])
        .await
        .json();
    assert_eq!(report["entry"]["surveys"], 0, "nothing was sent: {report}");

    // The visit questionnaire without a visit today says what to do first.
    b.client
        .goto(&server.url("/c/LOM-010/experience"))
        .await
        .unwrap();
    b.wait_text("[role=status]", "Segna prima la visita").await;
    // The report form's service tiles fit on 320 px.
    b.client
        .goto(&server.url("/c/LOM-010/feedback"))
        .await
        .unwrap();
    b.find("#public_service-S").await;
    b.assert_fits("the report form's service tiles").await;
}
