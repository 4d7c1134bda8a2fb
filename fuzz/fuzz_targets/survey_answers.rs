#![no_main]
//! A skills-test response against the current definition's rubric: checked and, when
//! it passes, scored; never a panic, and every score within its bounds.

use libfuzzer_sys::fuzz_target;
use ponte_domain::survey::SurveyRequest;
use ponte_domain::survey::definition::Definition;

static RUBRIC: std::sync::LazyLock<Vec<ponte_domain::survey::RubricItem>> =
    std::sync::LazyLock::new(|| {
        let definition: Definition =
            toml::from_str(include_str!("../../server/surveys/digcomp/2026.2.toml")).unwrap();
        definition.rubric()
    });

fuzz_target!(|data: &[u8]| {
    let rubric = &*RUBRIC;
    let Ok(request) = serde_json::from_slice::<SurveyRequest>(data) else {
        return;
    };
    if let Ok(survey) = request.validate(rubric, 1_800_000_000) {
        let scores = ponte_domain::survey::scoring::score(rubric, &survey.answers);
        for area in scores.0 {
            assert!(area.percent <= 100, "{area:?}");
        }
        // What is stored reads back the same.
        let json = serde_json::to_string(&scores).unwrap();
        assert_eq!(
            serde_json::from_str::<ponte_domain::survey::Scores>(&json).unwrap(),
            scores
        );
    }
});
