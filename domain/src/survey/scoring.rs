//! Scoring, written once: the phone shows the result offline with it and the server
//! stores the same numbers.
//!
//! The formula (DigCompSAT's: an area's score is the mean of its items as a percentage):
//! - a skill item scores its step on the 4-step scale, 0 ("I don't know how") to 3
//!   ("confidently, and I could help others"), out of 3;
//! - a knowledge item scores its `max_points` if answered right and 0 if wrong or "I
//!   don't know", out of `max_points`: 1 from version 2026.2, so that a few lucky
//!   guesses weigh less than a task someone can do (3 in 2026.1, where a right answer
//!   weighed as much as "I could help others");
//! - an area's percentage is its answered items' points over their maximum, × 100,
//!   rounded half up. Skipped optional items count neither way;
//! - bands, named for the step of the scale they stand for, since self-rated everyday
//!   tasks show no more: not yet 0–29, with help 30–47, on one's own 48–80, confident
//!   81–100 (DigCompSAT's cut-offs);
//! - "with help or better in every area": every area at 30% or more. It is modelled
//!   on Eurostat's "at least basic skills in all five areas" but is not that indicator
//!   (see the README).
//!
//! Integer arithmetic only, so wasm and native builds cannot round differently.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::AREAS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A self-rated task on the 4-step scale.
    Skill,
    /// A true/false statement with a right answer.
    Knowledge,
}

/// What scoring needs to know of one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RubricItem {
    pub id: String,
    pub area: u8,
    pub kind: Kind,
    /// Knowledge items: the right value (0 false, 1 true).
    #[serde(default)]
    pub correct: Option<u8>,
    #[serde(default)]
    pub optional: bool,
    /// Knowledge items: the points of a right answer (3 in 2026.1, 1 since 2026.2).
    #[serde(default = "three")]
    pub max_points: u8,
    /// Knowledge items: whether "I don't know" (value 2) is offered.
    #[serde(default)]
    pub dont_know: bool,
}

fn three() -> u8 {
    3
}

/// A knowledge item's "I don't know", where offered: never right.
pub const DONT_KNOW: u8 = 2;

impl RubricItem {
    /// The highest value an answer to this item may have.
    pub fn max_value(&self) -> u8 {
        match self.kind {
            Kind::Skill => super::SCALE_STEPS as u8 - 1,
            Kind::Knowledge if self.dont_know => DONT_KNOW,
            Kind::Knowledge => 1,
        }
    }

    /// The most points the item can give.
    fn out_of(&self) -> u32 {
        match self.kind {
            Kind::Skill => super::SCALE_STEPS as u32 - 1,
            Kind::Knowledge => u32::from(self.max_points),
        }
    }

    /// Points for `value` (already checked to be in range).
    fn points(&self, value: u8) -> u32 {
        match self.kind {
            Kind::Skill => u32::from(value),
            Kind::Knowledge if Some(value) == self.correct => u32::from(self.max_points),
            Kind::Knowledge => 0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// 0–29%: most tasks not yet, even with help (the scale's step 0).
    NotYet,
    /// 30–47%: tasks done with someone's help (about step 1).
    WithHelp,
    /// 48–80%: tasks done on one's own (about step 2).
    OnOwn,
    /// 81–100%: done confidently, could help others (step 3).
    Confident,
}

impl Band {
    pub fn of(percent: u8) -> Band {
        match percent {
            0..=29 => Band::NotYet,
            30..=47 => Band::WithHelp,
            48..=80 => Band::OnOwn,
            _ => Band::Confident,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Band::NotYet => "not_yet",
            Band::WithHelp => "with_help",
            Band::OnOwn => "on_own",
            Band::Confident => "confident",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AreaScore {
    pub percent: u8,
    pub band: Band,
}

/// The five areas' scores, in the API as `{"1": {...}, …, "5": {...}}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    into = "BTreeMap<String, AreaScore>",
    try_from = "BTreeMap<String, AreaScore>"
)]
pub struct Scores(pub [AreaScore; AREAS]);

/// Per-area values as the API writes them: `{"1": …, …, "5": …}`.
fn to_map<T: Copy>(values: &[T; AREAS]) -> BTreeMap<String, T> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| ((i + 1).to_string(), *v))
        .collect()
}

fn from_map<T: Copy>(map: &BTreeMap<String, T>, empty: T) -> Result<[T; AREAS], String> {
    let mut out = [empty; AREAS];
    for (i, slot) in out.iter_mut().enumerate() {
        *slot = *map
            .get(&(i + 1).to_string())
            .ok_or_else(|| format!("area {} is missing", i + 1))?;
    }
    Ok(out)
}

impl From<Scores> for BTreeMap<String, AreaScore> {
    fn from(s: Scores) -> Self {
        to_map(&s.0)
    }
}

impl TryFrom<BTreeMap<String, AreaScore>> for Scores {
    type Error = String;
    fn try_from(map: BTreeMap<String, AreaScore>) -> Result<Self, String> {
        let empty = AreaScore {
            percent: 0,
            band: Band::NotYet,
        };
        from_map(&map, empty).map(Scores)
    }
}

impl Scores {
    /// Scores from stored percentages (the bands follow from them).
    pub fn from_percents(percents: [u8; AREAS]) -> Scores {
        Scores(percents.map(|percent| AreaScore {
            percent,
            band: Band::of(percent),
        }))
    }

    pub fn percents(&self) -> [u8; AREAS] {
        self.0.map(|a| a.percent)
    }

    /// With help or better in every one of the five areas (30% or more in each).
    pub fn every_area_with_help(&self) -> bool {
        self.0.iter().all(|a| a.band >= Band::WithHelp)
    }

    /// Percentage points gained (or lost) per area since `entry`.
    pub fn change_since(&self, entry: &Scores) -> Change {
        let mut d = [0i16; AREAS];
        for (i, slot) in d.iter_mut().enumerate() {
            *slot = i16::from(self.0[i].percent) - i16::from(entry.0[i].percent);
        }
        Change(d)
    }
}

/// Per-area change in percentage points, in the API as `{"1": Δ, …}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "BTreeMap<String, i16>", try_from = "BTreeMap<String, i16>")]
pub struct Change(pub [i16; AREAS]);

impl From<Change> for BTreeMap<String, i16> {
    fn from(c: Change) -> Self {
        to_map(&c.0)
    }
}

impl TryFrom<BTreeMap<String, i16>> for Change {
    type Error = String;
    fn try_from(map: BTreeMap<String, i16>) -> Result<Self, String> {
        from_map(&map, 0).map(Change)
    }
}

/// Scores answers that passed [`super::check_answers`]; answers to unknown items and
/// out-of-range values must not reach here (they are ignored if they do).
pub fn score(rubric: &[RubricItem], answers: &BTreeMap<String, u8>) -> Scores {
    let mut points = [0u32; AREAS];
    let mut out_of = [0u32; AREAS];
    for item in rubric {
        let Some(&value) = answers.get(&item.id) else {
            continue;
        };
        let area = usize::from(item.area);
        if value > item.max_value() || !(1..=AREAS).contains(&area) {
            continue;
        }
        points[area - 1] += item.points(value);
        out_of[area - 1] += item.out_of();
    }
    let mut areas = [AreaScore {
        percent: 0,
        band: Band::NotYet,
    }; AREAS];
    for (i, a) in areas.iter_mut().enumerate() {
        let max = out_of[i];
        let percent = if max == 0 {
            0
        } else {
            // round(100 · p / max), half up, in integers.
            ((200 * points[i] + max) / (2 * max)) as u8
        };
        *a = AreaScore {
            percent,
            band: Band::of(percent),
        };
    }
    Scores(areas)
}
