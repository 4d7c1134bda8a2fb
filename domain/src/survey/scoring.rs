//! Scoring, written once: the phone shows the result offline with it and the server
//! stores the same numbers.
//!
//! The formula (DigCompSAT's: an area's score is the mean of its items as a percentage):
//! - a skill item scores its step on the 4-step scale, 0 ("I don't know how") to 3
//!   ("confidently, and I could help others");
//! - a knowledge item scores 3 if answered right, 0 if wrong;
//! - an area's percentage is the sum of its answered items' points over 3 × their
//!   number, × 100, rounded half up. Skipped optional items count neither way;
//! - bands: Low 0–29, Foundation 30–47, Intermediate 48–80, Advanced 81–100;
//! - "at least basic" (after Eurostat's indicator, which asks for at least basic skills
//!   in all five areas): every area at Foundation or above, i.e. at least 30%.
//!
//! Integer arithmetic only, so wasm and native builds cannot round differently.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::AREAS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A self-rated task on the 4-step scale.
    Skill,
    /// A true/false statement with a right answer.
    Knowledge,
}

/// What scoring needs to know of one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RubricItem {
    pub id: String,
    pub area: u8,
    pub kind: Kind,
    /// Knowledge items: the right value (0 false, 1 true).
    #[serde(default)]
    pub correct: Option<u8>,
    #[serde(default)]
    pub optional: bool,
}

impl RubricItem {
    /// The highest value an answer to this item may have.
    pub fn max_value(&self) -> u8 {
        match self.kind {
            Kind::Skill => super::SCALE_STEPS as u8 - 1,
            Kind::Knowledge => 1,
        }
    }

    /// Points out of 3 for `value` (already checked to be in range).
    fn points(&self, value: u8) -> u32 {
        match self.kind {
            Kind::Skill => u32::from(value),
            Kind::Knowledge if Some(value) == self.correct => 3,
            Kind::Knowledge => 0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    Low,
    Foundation,
    Intermediate,
    Advanced,
}

impl Band {
    pub fn of(percent: u8) -> Band {
        match percent {
            0..=29 => Band::Low,
            30..=47 => Band::Foundation,
            48..=80 => Band::Intermediate,
            _ => Band::Advanced,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Band::Low => "low",
            Band::Foundation => "foundation",
            Band::Intermediate => "intermediate",
            Band::Advanced => "advanced",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
            band: Band::Low,
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

    /// At least basic in all five areas.
    pub fn at_least_basic(&self) -> bool {
        self.0.iter().all(|a| a.band >= Band::Foundation)
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
    let mut answered = [0u32; AREAS];
    for item in rubric {
        let Some(&value) = answers.get(&item.id) else {
            continue;
        };
        let area = usize::from(item.area);
        if value > item.max_value() || !(1..=AREAS).contains(&area) {
            continue;
        }
        points[area - 1] += item.points(value);
        answered[area - 1] += 1;
    }
    let mut areas = [AreaScore {
        percent: 0,
        band: Band::Low,
    }; AREAS];
    for (i, a) in areas.iter_mut().enumerate() {
        let n = answered[i];
        let percent = if n == 0 {
            0
        } else {
            // round(100 · p / 3n), half up, in integers.
            ((200 * points[i] + 3 * n) / (6 * n)) as u8
        };
        *a = AreaScore {
            percent,
            band: Band::of(percent),
        };
    }
    Scores(areas)
}
