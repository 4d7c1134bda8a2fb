use std::collections::BTreeMap;

use super::definition::{AreaDefinition, ItemDefinition};
use super::*;

fn texts(it: &str, en: &str) -> BTreeMap<String, String> {
    [
        ("it".to_owned(), it.to_owned()),
        ("en".to_owned(), en.to_owned()),
    ]
    .into()
}

fn labels(n: usize) -> BTreeMap<String, Vec<String>> {
    ["it", "en"]
        .map(|l| (l.to_owned(), (0..n).map(|i| format!("{l} {i}")).collect()))
        .into()
}

/// The smallest valid definition: one skill item per area, one knowledge item.
fn definition() -> Definition {
    let mut items: Vec<ItemDefinition> = (1..=5u8)
        .map(|area| ItemDefinition {
            id: format!("a{area}"),
            area,
            competence: format!("{area}.1"),
            kind: Kind::Skill,
            correct: None,
            optional: false,
            text: texts("Compito", "Task"),
            explanation: Default::default(),
        })
        .collect();
    items.push(ItemDefinition {
        id: "k4".into(),
        area: 4,
        competence: "4.2".into(),
        kind: Kind::Knowledge,
        correct: Some(false),
        optional: false,
        text: texts("Affermazione", "Statement"),
        explanation: Default::default(),
    });
    Definition {
        survey: "digcomp".into(),
        version: "test.1".into(),
        languages: vec!["it".into(), "en".into()],
        scale: labels(4),
        truth: labels(2),
        knowledge_points: 3,
        areas: (1..=5u8)
            .map(|area| AreaDefinition {
                area,
                name: texts("Area", "Area"),
                next: texts("Prossimo passo", "Next step"),
            })
            .collect(),
        items,
    }
}

#[test]
fn a_complete_definition_passes() {
    definition().validate().unwrap();
}

#[test]
fn dont_know_and_lighter_knowledge_are_one_definitions_choice() {
    let mut d = definition();
    d.truth = labels(3);
    d.knowledge_points = 1;
    d.items[5].explanation = texts("Perché", "Because");
    d.validate().unwrap();
    let rubric = d.rubric();
    let k = rubric.iter().find(|i| i.id == "k4").unwrap();
    assert_eq!((k.max_points, k.dont_know, k.max_value()), (1, true, 2));
    let view = d.view("en");
    assert_eq!(view.items[5].explanation.as_deref(), Some("Because"));
    assert_eq!(view.items[5].options.len(), 3);
    // An explanation on a skill, or one missing a language, is refused.
    d.items[0].explanation = texts("x", "y");
    assert_eq!(
        d.validate(),
        Err(DefinitionError::ExplanationOnSkill("a1".into()))
    );
    d.items[0].explanation = Default::default();
    d.items[5].explanation.remove("en");
    assert!(matches!(
        d.validate(),
        Err(DefinitionError::MissingTranslation { .. })
    ));
    d.items[5].explanation = Default::default();
    d.knowledge_points = 0;
    assert_eq!(d.validate(), Err(DefinitionError::BadKnowledgePoints(0)));
}

#[test]
fn refuses_a_duplicate_id() {
    let mut d = definition();
    d.items[1].id = "a1".into();
    assert_eq!(d.validate(), Err(DefinitionError::DuplicateId("a1".into())));
}

#[test]
fn refuses_a_missing_translation() {
    let mut d = definition();
    d.items[2].text.remove("en");
    assert!(matches!(
        d.validate(),
        Err(DefinitionError::MissingTranslation { lang, .. }) if lang == "en"
    ));
    let mut d = definition();
    d.scale.get_mut("it").unwrap().pop();
    assert!(matches!(
        d.validate(),
        Err(DefinitionError::BadLabels { what: "scale", .. })
    ));
    let mut d = definition();
    d.areas[0].next.insert("en".into(), "  ".into());
    assert!(matches!(
        d.validate(),
        Err(DefinitionError::MissingTranslation { .. })
    ));
}

#[test]
fn refuses_an_area_without_items() {
    let mut d = definition();
    d.items.retain(|i| i.area != 3);
    assert_eq!(d.validate(), Err(DefinitionError::AreaWithoutItems(3)));
    // Only optional items is no better: nobody has to answer anything there.
    let mut d = definition();
    d.items[2].optional = true;
    assert_eq!(d.validate(), Err(DefinitionError::AreaWithoutItems(3)));
}

#[test]
fn refuses_wrong_competences_and_keys() {
    let mut d = definition();
    d.items[0].competence = "1.4".into();
    assert!(matches!(
        d.validate(),
        Err(DefinitionError::BadCompetence { .. })
    ));
    let mut d = definition();
    d.items[1].competence = "1.1".into();
    assert!(matches!(
        d.validate(),
        Err(DefinitionError::BadCompetence { .. })
    ));
    let mut d = definition();
    d.items[5].correct = None;
    assert_eq!(d.validate(), Err(DefinitionError::BadKey("k4".into())));
}

#[test]
fn the_view_carries_options_lowest_first_and_the_key() {
    let v = definition().view("en");
    assert_eq!(v.lang, "en");
    assert_eq!(v.items[0].options.len(), 4);
    assert_eq!(v.items[0].options[0].value, 0);
    assert_eq!(v.items[0].correct, None);
    assert_eq!(v.items[5].correct, Some(0));
    assert_eq!(definition().view("xx").lang, "it", "unknown: the default");
    assert_eq!(v.rubric(), definition().rubric());
}

fn request(answers: &[(&str, u8)]) -> SurveyRequest {
    SurveyRequest {
        submission_id: SubmissionId::from_u128(1),
        version: "test.1".into(),
        centre: "TOS-001".into(),
        pass: None,
        at: None,
        answers: answers.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect(),
    }
}

#[test]
fn names_the_item_at_fault() {
    let rubric = definition().rubric();
    let all = [
        ("a1", 3),
        ("a2", 2),
        ("a3", 1),
        ("a4", 0),
        ("a5", 3),
        ("k4", 0),
    ];
    let ok = request(&all).validate(&rubric, 1_800_000_000).unwrap();
    assert_eq!(ok.scores.percents(), [100, 67, 33, 50, 100]);

    let mut unknown = all.to_vec();
    unknown.push(("zz", 1));
    let item = |r: Result<Survey, SurveyInvalid>| match r {
        Err(SurveyInvalid::Item { item, .. }) => item,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        item(request(&unknown).validate(&rubric, 1_800_000_000)),
        "zz"
    );
    let mut high = all.to_vec();
    high[5] = ("k4", 2);
    assert_eq!(item(request(&high).validate(&rubric, 1_800_000_000)), "k4");
    high[5] = ("k4", 0);
    high[0] = ("a1", 4);
    assert_eq!(item(request(&high).validate(&rubric, 1_800_000_000)), "a1");
    assert_eq!(
        item(request(&all[1..]).validate(&rubric, 1_800_000_000)),
        "a1",
        "a required item left out"
    );
}
