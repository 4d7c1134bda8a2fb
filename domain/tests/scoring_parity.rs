//! The hand-computed scoring fixtures, run natively (`cargo test`) and compiled to wasm
//! (`cargo test --target wasm32-unknown-unknown`, run by wasm-bindgen-test-runner), so
//! the phone and the server are shown to give the very same numbers.

use std::collections::BTreeMap;

use ponte_domain::survey::{Band, RubricItem, check_answers, score};
use serde::Deserialize;

#[derive(Deserialize)]
struct Fixtures {
    rubric: Vec<RubricItem>,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    answers: BTreeMap<String, u8>,
    percents: [u8; 5],
    bands: [Band; 5],
    every_area_with_help: bool,
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn fixtures_score_as_computed_by_hand() {
    let f: Fixtures = serde_json::from_str(include_str!("fixtures/scoring.json")).unwrap();
    assert!(f.cases.len() >= 5);
    check(&f);
}

/// Version 2026.2: knowledge weighs 1, and "I don't know" is offered.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn lighter_knowledge_fixtures_score_as_computed_by_hand() {
    let f: Fixtures = serde_json::from_str(include_str!("fixtures/scoring-2026.2.json")).unwrap();
    assert!(f.cases.len() >= 4);
    check(&f);
}

fn check(f: &Fixtures) {
    for case in &f.cases {
        check_answers(&f.rubric, &case.answers).unwrap_or_else(|e| panic!("{}: {e}", case.name));
        let scores = score(&f.rubric, &case.answers);
        assert_eq!(scores.percents(), case.percents, "{}", case.name);
        assert_eq!(scores.0.map(|a| a.band), case.bands, "{}", case.name);
        assert_eq!(
            scores.every_area_with_help(),
            case.every_area_with_help,
            "{}",
            case.name
        );
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn change_is_exit_minus_entry_per_area() {
    let f: Fixtures = serde_json::from_str(include_str!("fixtures/scoring.json")).unwrap();
    let entry = score(&f.rubric, &f.cases[2].answers);
    let exit = score(&f.rubric, &f.cases[1].answers);
    assert_eq!(exit.change_since(&entry).0, [33, 50, 67, 100, 17]);
    let json = serde_json::to_value(exit.change_since(&entry)).unwrap();
    assert_eq!(json["4"], 100);
}
