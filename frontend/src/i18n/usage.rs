//! Every message id the code asks for exists in the catalogues: the ids written out in
//! `t(…)`, `t_with(…)` and `t_in(…)` calls, and those built with `format!` from a prefix
//! (`need-{key}`, `band-{}`…), expanded here over the values they are built from. A
//! missing id would show on screen as the id itself; a new built prefix fails here
//! until its values are listed.

use std::path::Path;

use ponte_domain::checkin::NEED_CHOICES;
use ponte_domain::codelists::{
    self, CITIZENSHIP, COME_BACK, CodeList, EDUCATION, EMPLOYMENT, HEARD_FROM, HELP_SOURCE,
    PUBLIC_SERVICE, REASON,
};
use ponte_domain::dashboard::{BUCKETS, PEOPLE_FIELDS, SERVICE_FIELDS};
use ponte_domain::feedback::Category;
use ponte_domain::survey::Band;

use super::{CITIZEN, KIOSK, STAFF, Set, format};

/// The kiosk's home buttons (`kiosk/home.rs`).
const KIOSK_ACTIONS: [&str; 5] = ["register", "checkin", "survey", "feedback", "phone"];

fn codes(list: CodeList) -> Vec<String> {
    list.iter().map(|(c, _)| (*c).to_owned()).collect()
}

/// What each built prefix expands to: (the `format!` text up to its first `{`… `}`
/// placeholder as written in the code, every id it can make).
fn built() -> Vec<(&'static str, Vec<String>)> {
    let questions = [
        ("heard_from", HEARD_FROM),
        ("reason", REASON),
        ("come_back", COME_BACK),
        ("help_source", HELP_SOURCE),
    ];
    let selects = [
        ("education", EDUCATION),
        ("employment", EMPLOYMENT),
        ("citizenship", CITIZENSHIP),
    ];
    let with = |prefix: &str, values: Vec<String>| {
        values
            .into_iter()
            .map(|v| format!("{prefix}-{v}"))
            .collect::<Vec<_>>()
    };
    vec![
        (
            "experience-{question}",
            with(
                "experience",
                questions.iter().map(|(q, _)| (*q).to_owned()).collect(),
            ),
        ),
        (
            "{question}-{code}",
            questions
                .iter()
                .flat_map(|(q, list)| with(q, codes(list)))
                .collect(),
        ),
        ("come_back-{code}", with("come_back", codes(COME_BACK))),
        (
            "{field}-{c}",
            selects
                .iter()
                .flat_map(|(f, list)| with(f, codes(list)))
                .collect(),
        ),
        (
            "need-{key}",
            with(
                "need",
                NEED_CHOICES.iter().map(|(k, _)| (*k).to_owned()).collect(),
            ),
        ),
        ("service-{code}", with("service", codes(PUBLIC_SERVICE))),
        (
            "category-{}",
            with(
                "category",
                Category::ALL
                    .iter()
                    .map(|c| c.as_str().to_owned())
                    .collect(),
            ),
        ),
        (
            "band-{}",
            with(
                "band",
                [Band::NotYet, Band::WithHelp, Band::OnOwn, Band::Confident]
                    .iter()
                    .map(|b| b.as_str().to_owned())
                    .collect(),
            ),
        ),
        (
            "register-names-mismatch-{}",
            with(
                "register-names-mismatch",
                vec!["first_name".into(), "last_name".into()],
            ),
        ),
        (
            "register-names-mismatch-{field}",
            with(
                "register-names-mismatch",
                vec!["first_name".into(), "last_name".into()],
            ),
        ),
        (
            "refused-{}",
            with(
                "refused",
                ponte_domain::api::ErrorCode::ALL
                    .iter()
                    .map(|c| c.as_str().to_owned())
                    .collect(),
            ),
        ),
        (
            "outbox-refused-{}",
            with(
                "outbox-refused",
                ["checkin", "survey", "feedback", "experience"]
                    .map(str::to_owned)
                    .to_vec(),
            ),
        ),
        (
            "outbox-waiting-{kind}",
            with(
                "outbox-waiting",
                ["checkin", "survey", "feedback", "experience"]
                    .map(str::to_owned)
                    .to_vec(),
            ),
        ),
        (
            "kiosk-{key}",
            with("kiosk", KIOSK_ACTIONS.map(str::to_owned).to_vec()),
        ),
        (
            "kiosk-{key}-text",
            KIOSK_ACTIONS.map(|k| format!("kiosk-{k}-text")).to_vec(),
        ),
        (
            "staff-role-{}",
            with(
                "staff-role",
                ponte_domain::staff::Role::ALL
                    .iter()
                    .map(|r| r.as_str().to_owned())
                    .collect(),
            ),
        ),
        (
            "staff-dash-by-{b}",
            with(
                "staff-dash-by",
                BUCKETS.map(|b| b.as_str().to_owned()).to_vec(),
            ),
        ),
        (
            "staff-dash-series-{}",
            with(
                "staff-dash-series",
                BUCKETS.map(|b| b.as_str().to_owned()).to_vec(),
            ),
        ),
        (
            "staff-dash-{k}",
            with(
                "staff-dash",
                ["citizens", "new", "visits", "services", "participations"]
                    .map(str::to_owned)
                    .to_vec(),
            ),
        ),
        (
            "staff-dash-field-{}",
            with(
                "staff-dash-field",
                PEOPLE_FIELDS
                    .iter()
                    .chain(SERVICE_FIELDS.iter())
                    .map(|f| (*f).to_owned())
                    .collect(),
            ),
        ),
        (
            "staff-gender-{}",
            with("staff-gender", codes(codelists::GENDER)),
        ),
        (
            "staff-age-{b}",
            with("staff-age", (1..=5).map(|b| b.to_string()).collect()),
        ),
        (
            "staff-service-invalid-{field}",
            with(
                "staff-service-invalid",
                [
                    "date",
                    "duration",
                    "types",
                    "competences",
                    "domains",
                    "details",
                    "visits",
                ]
                .map(str::to_owned)
                .to_vec(),
            ),
        ),
        ("service-{c}", with("service", codes(PUBLIC_SERVICE))),
        ("service-{}", with("service", codes(PUBLIC_SERVICE))),
        (
            "staff-event-kind-{}",
            with(
                "staff-event-kind",
                ponte_domain::event::EventKind::ALL
                    .iter()
                    .map(|k| k.as_str().to_owned())
                    .collect(),
            ),
        ),
        (
            "staff-status-{}",
            with(
                "staff-status",
                ponte_domain::feedback::ReviewStatus::ALL
                    .iter()
                    .map(|s| s.as_str().to_owned())
                    .collect(),
            ),
        ),
        (
            "{id}-{code}",
            selects
                .iter()
                .flat_map(|(id, list)| with(id, codes(list)))
                .collect(),
        ),
    ]
}

/// Every `.rs` file under `dir`.
fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            // The app's code, not its tests (which ask for missing ids on purpose).
            let code = text.split("#[cfg(test)]").next().unwrap_or("").to_owned();
            out.push((path.display().to_string(), code));
        }
    }
}

/// The string literals that follow each of `openers` in `text`.
fn literals_after<'a>(text: &'a str, openers: &[&str]) -> Vec<&'a str> {
    let mut found = Vec::new();
    for opener in openers {
        let mut rest = text;
        while let Some(i) = rest.find(opener) {
            let after = &rest[i + opener.len()..];
            if let Some(end) = after.find('"') {
                found.push(&after[..end]);
            }
            rest = after;
        }
    }
    found
}

fn exists(sets: &[Set], id: &str) -> bool {
    // `format` gives the id back when no catalogue has it; every language the sets
    // speak has the same ids (the build checks it), so Italian answers for all.
    super::load_every_language();
    super::languages(sets)
        .into_iter()
        .all(|lang| format(sets, lang, id, &[]) != id)
}

/// The catalogues the code in `file` is shown with: the staff console's own, or the
/// citizen app's (which holds the visitor app's).
fn sets_of(file: &str) -> &'static [Set] {
    if file.contains("/src/staff/") {
        STAFF
    } else if file.contains("/src/kiosk/") {
        KIOSK
    } else {
        CITIZEN
    }
}

#[test]
fn every_message_the_code_asks_for_is_in_the_catalogues() {
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let built = built();
    let (mut literal, mut prefixed, mut missing) = (0, 0, Vec::new());
    for (file, text) in &files {
        let plain = literals_after(
            text,
            &[".t(\"", ".t_with(\"", "Lang::It, \"", "Lang::En, \""],
        );
        let sets = sets_of(file);
        for id in plain {
            literal += 1;
            if !exists(sets, id) {
                missing.push(format!("{file}: {id}"));
            }
        }
        let made = literals_after(
            text,
            &[".t(&format!(\"", ".t_with(&format!(\"", ", &format!(\""],
        );
        for pattern in made {
            prefixed += 1;
            match built.iter().find(|(p, _)| *p == pattern) {
                Some((_, ids)) => missing.extend(
                    ids.iter()
                        .filter(|id| !exists(sets, id))
                        .map(|id| format!("{file}: {id} (from {pattern})")),
                ),
                None => missing.push(format!(
                    "{file}: a message id built as \"{pattern}\": list its values in this test"
                )),
            }
        }
    }
    assert!(
        literal > 100,
        "only {literal} ids found: is the scan still right?"
    );
    assert!(prefixed >= 8, "only {prefixed} built ids found");
    assert!(
        missing.is_empty(),
        "missing messages:\n{}",
        missing.join("\n")
    );
    // The scan itself can fail: an id nobody wrote is missing.
    assert!(!exists(CITIZEN, "no-such-message"));
    assert!(
        !exists(CITIZEN, "kiosk-finish") && !exists(STAFF, "kiosk-finish"),
        "only the kiosk carries the kiosk's words"
    );
    assert!(
        !exists(CITIZEN, "staff-title"),
        "the citizen app does not carry the console's words"
    );
    let _ = codelists::GENDER;
}
