//! A questionnaire as written in its data file, the checks it must pass before it may
//! be served, and the one-language view the API sends to phones.
//!
//! The definition is data, not code: item ids, DigComp area and competence, kind and
//! texts per language. Every language listed must be complete, so adding one is a
//! matter of adding its texts and its code to `languages`.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::scoring::{Kind, RubricItem};
use super::{AREAS, SCALE_STEPS};

/// Texts keyed by language code (`it`, `en`, …).
pub type Texts = BTreeMap<String, String>;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Definition {
    /// The questionnaire's name (`digcomp`).
    pub survey: String,
    /// Once published, a version never changes: a new text is a new version.
    pub version: String,
    /// Languages every text must have, the first being the default.
    pub languages: Vec<String>,
    /// The self-rating scale's labels per language, lowest first.
    pub scale: BTreeMap<String, Vec<String>>,
    /// The knowledge questions' labels per language: false, then true, then (from
    /// 2026.2) "I don't know".
    pub truth: BTreeMap<String, Vec<String>>,
    /// Points of a right knowledge answer, against 3 for a skill done confidently: 3
    /// when absent (2026.1), 1 from 2026.2 so that guesses weigh little.
    #[serde(default = "three")]
    pub knowledge_points: u8,
    pub areas: Vec<AreaDefinition>,
    pub items: Vec<ItemDefinition>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AreaDefinition {
    pub area: u8,
    pub name: Texts,
    /// A next step in plain words, shown when this area comes out weakest.
    pub next: Texts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ItemDefinition {
    pub id: String,
    pub area: u8,
    /// DigComp 2.2 numbering, `1.1` to `5.4`.
    pub competence: String,
    pub kind: Kind,
    /// Only knowledge items have a key: the right answer is true or false.
    #[serde(default)]
    pub correct: Option<bool>,
    /// May be skipped ("does not concern me"); required otherwise.
    #[serde(default)]
    pub optional: bool,
    pub text: Texts,
    /// Knowledge items: why the right answer is right, shown with it after the survey.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub explanation: Texts,
}

fn three() -> u8 {
    3
}

/// Why a definition may not be served.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DefinitionError {
    #[error("no languages are listed")]
    NoLanguages,
    #[error("item id '{0}' is used twice")]
    DuplicateId(String),
    #[error("item id '{0}' may use only a-z, 0-9 and '-'")]
    BadId(String),
    #[error("{what} has no '{lang}' text")]
    MissingTranslation { what: String, lang: String },
    #[error("area {0} has no required item")]
    AreaWithoutItems(u8),
    #[error("area {0} is listed twice or is not one of DigComp's five")]
    BadArea(u8),
    #[error(
        "item '{id}': competence '{competence}' is not a DigComp 2.2 competence of area {area}"
    )]
    BadCompetence {
        id: String,
        competence: String,
        area: u8,
    },
    #[error("item '{0}': a knowledge item needs `correct`, a skill item must not have it")]
    BadKey(String),
    #[error("the '{lang}' {what} needs exactly {expected} labels")]
    BadLabels {
        what: &'static str,
        lang: String,
        expected: usize,
    },
    #[error("knowledge_points must be 1 to 3, not {0}")]
    BadKnowledgePoints(u8),
    #[error("item '{0}': only a knowledge item has an explanation")]
    ExplanationOnSkill(String),
}

/// DigComp 2.2: how many competences each area has (1.1–1.3, 2.1–2.6, 3.1–3.4,
/// 4.1–4.4, 5.1–5.4).
const COMPETENCES: [u8; AREAS] = [3, 6, 4, 4, 4];

fn is_competence_of(competence: &str, area: u8) -> bool {
    let Some((a, c)) = competence.split_once('.') else {
        return false;
    };
    let (Ok(a), Ok(c)) = (a.parse::<u8>(), c.parse::<u8>()) else {
        return false;
    };
    a == area
        && (1..=AREAS as u8).contains(&a)
        && (1..=COMPETENCES[usize::from(a) - 1]).contains(&c)
}

impl Definition {
    /// Every check a definition must pass before it is served; the first failure.
    pub fn validate(&self) -> Result<(), DefinitionError> {
        if self.languages.is_empty() {
            return Err(DefinitionError::NoLanguages);
        }
        let need = |texts: &Texts, what: &dyn Fn() -> String| {
            for lang in &self.languages {
                if texts.get(lang).is_none_or(|t| t.trim().is_empty()) {
                    return Err(DefinitionError::MissingTranslation {
                        what: what(),
                        lang: lang.clone(),
                    });
                }
            }
            Ok(())
        };
        if !(1..=3).contains(&self.knowledge_points) {
            return Err(DefinitionError::BadKnowledgePoints(self.knowledge_points));
        }
        // Two truth labels (false, true), or three with "I don't know", in every language
        // alike: the first language decides.
        let truth_labels = self
            .languages
            .first()
            .and_then(|l| self.truth.get(l))
            .map_or(2, |l| if l.len() == 3 { 3 } else { 2 });
        for (what, labels, expected) in [
            ("scale", &self.scale, SCALE_STEPS),
            ("truth", &self.truth, truth_labels),
        ] {
            for lang in &self.languages {
                match labels.get(lang) {
                    None => {
                        return Err(DefinitionError::MissingTranslation {
                            what: format!("the {what} labels"),
                            lang: lang.clone(),
                        });
                    }
                    Some(l) if l.len() != expected || l.iter().any(|t| t.trim().is_empty()) => {
                        return Err(DefinitionError::BadLabels {
                            what,
                            lang: lang.clone(),
                            expected,
                        });
                    }
                    Some(_) => {}
                }
            }
        }
        let mut areas = BTreeSet::new();
        for a in &self.areas {
            if !(1..=AREAS as u8).contains(&a.area) || !areas.insert(a.area) {
                return Err(DefinitionError::BadArea(a.area));
            }
            need(&a.name, &|| format!("area {} name", a.area))?;
            need(&a.next, &|| format!("area {} next step", a.area))?;
        }
        let mut ids = BTreeSet::new();
        for item in &self.items {
            if item.id.is_empty()
                || !item
                    .id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(DefinitionError::BadId(item.id.clone()));
            }
            if !ids.insert(item.id.as_str()) {
                return Err(DefinitionError::DuplicateId(item.id.clone()));
            }
            if !is_competence_of(&item.competence, item.area) {
                return Err(DefinitionError::BadCompetence {
                    id: item.id.clone(),
                    competence: item.competence.clone(),
                    area: item.area,
                });
            }
            if (item.kind == Kind::Knowledge) != item.correct.is_some() {
                return Err(DefinitionError::BadKey(item.id.clone()));
            }
            need(&item.text, &|| format!("item '{}'", item.id))?;
            if !item.explanation.is_empty() {
                if item.kind != Kind::Knowledge {
                    return Err(DefinitionError::ExplanationOnSkill(item.id.clone()));
                }
                need(&item.explanation, &|| {
                    format!("explanation of '{}'", item.id)
                })?;
            }
        }
        for area in 1..=AREAS as u8 {
            if !areas.contains(&area) {
                return Err(DefinitionError::BadArea(area));
            }
            if !self.items.iter().any(|i| i.area == area && !i.optional) {
                return Err(DefinitionError::AreaWithoutItems(area));
            }
        }
        Ok(())
    }

    /// What scoring needs to know of each item (the same in every language).
    pub fn rubric(&self) -> Vec<RubricItem> {
        self.view("").rubric()
    }

    /// The definition in one language, as phones get it; an unknown language gets the
    /// default one (the reply says which).
    pub fn view(&self, lang: &str) -> SurveyView {
        let lang = if self.languages.iter().any(|l| l == lang) {
            lang
        } else {
            self.languages.first().map_or("it", String::as_str)
        };
        let text = |t: &Texts| t.get(lang).cloned().unwrap_or_default();
        let labels = |l: &BTreeMap<String, Vec<String>>| l.get(lang).cloned().unwrap_or_default();
        let (scale, truth) = (labels(&self.scale), labels(&self.truth));
        SurveyView {
            survey: self.survey.clone(),
            version: self.version.clone(),
            lang: lang.to_owned(),
            areas: self
                .areas
                .iter()
                .map(|a| AreaView {
                    area: a.area,
                    name: text(&a.name),
                    next: text(&a.next),
                })
                .collect(),
            items: self
                .items
                .iter()
                .map(|i| {
                    let labels = match i.kind {
                        Kind::Skill => &scale,
                        Kind::Knowledge => &truth,
                    };
                    ItemView {
                        id: i.id.clone(),
                        area: i.area,
                        competence: i.competence.clone(),
                        kind: i.kind,
                        text: text(&i.text),
                        options: labels
                            .iter()
                            .enumerate()
                            .map(|(value, label)| Choice {
                                value: value as u8,
                                label: label.clone(),
                            })
                            .collect(),
                        correct: i.correct.map(u8::from),
                        optional: i.optional,
                        points: match i.kind {
                            Kind::Skill => SCALE_STEPS as u8 - 1,
                            Kind::Knowledge => self.knowledge_points,
                        },
                        explanation: (!i.explanation.is_empty()).then(|| text(&i.explanation)),
                    }
                })
                .collect(),
        }
    }
}

/// `GET /api/v1/surveys/digcomp?lang=`: one version in one language. The key of the
/// knowledge items travels with it, because the phone scores too (offline).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyView {
    pub survey: String,
    pub version: String,
    pub lang: String,
    pub areas: Vec<AreaView>,
    pub items: Vec<ItemView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AreaView {
    pub area: u8,
    pub name: String,
    pub next: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ItemView {
    pub id: String,
    pub area: u8,
    pub competence: String,
    pub kind: Kind,
    pub text: String,
    /// Lowest first for skills; false, true (and "I don't know" from 2026.2) for
    /// knowledge.
    pub options: Vec<Choice>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correct: Option<u8>,
    #[serde(default)]
    pub optional: bool,
    /// The most points an answer gives: 3 for a skill, the version's for knowledge.
    #[serde(default = "three")]
    pub points: u8,
    /// Knowledge items: why the right answer is right, for the result screen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Choice {
    pub value: u8,
    pub label: String,
}

impl SurveyView {
    pub fn rubric(&self) -> Vec<RubricItem> {
        self.items
            .iter()
            .map(|i| RubricItem {
                id: i.id.clone(),
                area: i.area,
                kind: i.kind,
                correct: i.correct,
                optional: i.optional,
                max_points: i.points,
                dont_know: i.kind == Kind::Knowledge && i.options.len() > 2,
            })
            .collect()
    }
}
