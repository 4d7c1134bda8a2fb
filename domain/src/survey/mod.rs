//! The digital-skills self-assessment (DigComp 2.2), taken on entry and again later so
//! the improvement a centre brings can be measured.
//!
//! - [`definition`]: the questionnaire as data, its checks, and its one-language view;
//! - [`scoring`]: area percentages, bands and "at least basic", written once;
//! - here: a response as sent by the phone, its checks, and the replies.

pub mod definition;
pub mod scoring;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Date;
use crate::centre::CentreCode;
use crate::checkin::when;
use crate::clock::UnixSeconds;
use crate::invalid::Invalid;
use crate::pass::PassToken;
use crate::submission::SubmissionId;
pub use definition::{Definition, DefinitionError, SurveyView};
pub use scoring::{AreaScore, Band, Change, Kind, RubricItem, Scores, score};

/// DigComp's five areas.
pub const AREAS: usize = 5;

/// Days that must pass between a citizen's entry survey and one that counts as their
/// exit (besides at least one service in between): what is measured is learning over
/// some visits, not the same afternoon twice. The phone's introduction says so.
pub const MIN_DAYS_TO_EXIT: i32 = 14;

/// Steps of the self-rating scale: I don't know how / with help / on my own /
/// confidently, and I could help others.
pub const SCALE_STEPS: usize = 4;

/// `POST /api/v1/surveys/digcomp/responses`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SurveyRequest {
    pub submission_id: SubmissionId,
    /// The definition version the answers belong to.
    pub version: String,
    pub centre: String,
    /// Without a pass the survey is anonymous: counted, never linked to anyone.
    #[serde(default)]
    pub pass: Option<String>,
    /// When the phone finished it (it may have waited offline); now if absent.
    #[serde(default)]
    pub at: Option<UnixSeconds>,
    /// Item id → value: 0–3 on the scale for skills, 0 (false) or 1 (true) for
    /// knowledge.
    pub answers: BTreeMap<String, u8>,
}

/// A response that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Survey {
    pub version: String,
    pub centre: CentreCode,
    pub pass: Option<PassToken>,
    pub at: UnixSeconds,
    pub date: Date,
    pub answers: BTreeMap<String, u8>,
    pub scores: Scores,
}

/// Why a response is refused: a field, or one item of the answers (named, so the
/// person or the client knows which question).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SurveyInvalid {
    #[error("{0}")]
    Field(#[from] Invalid),
    #[error("answers.{item}: {reason}")]
    Item { item: String, reason: String },
}

/// Every answer names an item of the version and has a value its item allows, and
/// every required item is answered.
pub fn check_answers(
    rubric: &[RubricItem],
    answers: &BTreeMap<String, u8>,
) -> Result<(), SurveyInvalid> {
    for (id, &value) in answers {
        let Some(item) = rubric.iter().find(|i| i.id == *id) else {
            let shown: String = id.chars().take(40).collect();
            return Err(SurveyInvalid::Item {
                item: shown,
                reason: "is not a question of this survey version".into(),
            });
        };
        if value > item.max_value() {
            return Err(SurveyInvalid::Item {
                item: id.clone(),
                reason: format!("must be from 0 to {}", item.max_value()),
            });
        }
    }
    if let Some(missing) = rubric
        .iter()
        .find(|i| !i.optional && !answers.contains_key(&i.id))
    {
        return Err(SurveyInvalid::Item {
            item: missing.id.clone(),
            reason: "is required and has no answer".into(),
        });
    }
    Ok(())
}

impl SurveyRequest {
    /// Checks the response against `rubric`, the items of the version it names (the
    /// caller has found that version; an unknown one is its error to report).
    pub fn validate(
        &self,
        rubric: &[RubricItem],
        now: UnixSeconds,
    ) -> Result<Survey, SurveyInvalid> {
        let centre = CentreCode::parse(&self.centre)?;
        let pass = match self.pass.as_deref().filter(|p| !p.is_empty()) {
            Some(p) => Some(PassToken::parse(p)?),
            None => None,
        };
        let (at, date) = when(self.at, now)?;
        check_answers(rubric, &self.answers)?;
        Ok(Survey {
            version: self.version.clone(),
            centre,
            pass,
            at,
            date,
            answers: self.answers.clone(),
            scores: score(rubric, &self.answers),
        })
    }
}

/// Entry (the first time) or exit (after at least one service since the entry).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Entry,
    Exit,
}

/// `201` reply to a response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyReply {
    pub phase: Phase,
    pub version: String,
    pub scores: Scores,
    pub every_area_with_help: bool,
    /// Exit only: percentage points per area since the entry survey.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
}

/// One phase's surveys at a centre: how many, mean score per area, share "at least
/// basic".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PhaseSkills {
    pub surveys: u64,
    /// Area ("1"–"5") → mean percentage, one decimal; empty when there are none.
    pub mean: BTreeMap<String, f64>,
    /// 0–1, two decimals.
    pub every_area_with_help_share: f64,
}

/// Citizens with both an entry and an exit survey: mean change per area.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Improvement {
    pub pairs: u64,
    /// Area → mean change in percentage points, one decimal.
    pub mean_change: BTreeMap<String, f64>,
}

/// Entry and exit figures and the paired improvement, for a centre or a group of them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SkillFigures {
    /// Entry surveys of citizens with a pass: the baseline of the paired improvement.
    pub entry: PhaseSkills,
    pub exit: PhaseSkills,
    pub improvement: Improvement,
    /// Surveys without a pass: linked to nobody, never paired, kept apart so they
    /// cannot move the citizens' figures (and bounded per centre and day).
    #[serde(default)]
    pub anonymous: PhaseSkills,
}

/// `GET /api/v1/centres/{code}/skills?from=&to=`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SkillsSummary {
    pub centre: String,
    pub from: Date,
    pub to: Date,
    #[serde(flatten)]
    pub figures: SkillFigures,
}

/// `GET /api/v1/programmes/{id}/skills?province=&from=&to=`: the same figures over every
/// centre of a programme (or of one of its provinces).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgrammeSkills {
    pub programme: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    /// Centres summed.
    pub centres: u64,
    pub from: Date,
    pub to: Date,
    #[serde(flatten)]
    pub figures: SkillFigures,
}

#[cfg(test)]
mod tests;
