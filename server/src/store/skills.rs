//! Digital-skills surveys: each response, each citizen's entry and latest exit, and the
//! per-centre, per-day sums the skills report reads (never the responses).
//!
//! The phase is decided here: a citizen's first survey is the entry; a later one is an
//! exit once they have had at least one service (a check-in) since the entry and at
//! least `MIN_DAYS_TO_EXIT` days have passed. A repeat
//! before any service is stored and answered as an entry but leaves the baseline and
//! the sums alone, so nobody is counted twice. A later exit replaces the earlier one in
//! the sums (its contribution is taken out first): each citizen counts with their latest
//! result. Anonymous surveys are answered as entries, linked to nobody, and summed
//! apart from the citizens' (at most `ANONYMOUS_PER_CENTRE_DAY` a centre and day).

use std::collections::BTreeMap;

use ponte_domain::Province;
use ponte_domain::query::CentreQuery;
use ponte_domain::survey::{
    AREAS, Improvement, MIN_DAYS_TO_EXIT, Phase, PhaseSkills, ProgrammeSkills, Scores,
    SkillFigures, SkillsSummary, Survey, SurveyReply,
};
use ponte_domain::{CentreCode, Date, ProgrammeId};
use redb::{ReadableDatabase, ReadableTable};
use serde::{Deserialize, Serialize};

use super::citizens::{PassState, pass_state};
use super::submissions::{Accepted, Checked, Refused};
use super::tables::{SKILL_SUMS, SkillSums as Sums};
use super::{Result, Store, Tables};

/// A stored response: the answers as given (to score again under their version if
/// ever needed), the scores, and where, when and which phase.
#[derive(Serialize)]
struct ResponseRecord<'a> {
    version: &'a str,
    centre: &'a str,
    programme: &'a str,
    at: i64,
    day: i32,
    phase: Phase,
    /// The citizen's id when taken with a pass; never anything personal.
    citizen: Option<u64>,
    answers: &'a BTreeMap<String, u8>,
    scores: Scores,
}

/// A survey as it counts in the sums.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Taken {
    /// The definition's version: an exit is compared only with an entry of the same
    /// version (another weighs and groups items differently).
    #[serde(default = "first_version")]
    version: String,
    percents: [u8; AREAS],
    basic: bool,
    centre: String,
    day: i32,
}

/// A citizen's baseline and latest exit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CitizenSkills {
    entry: Taken,
    /// Services (check-ins) the citizen had when taking the entry survey.
    services_at_entry: u32,
    exit: Option<Taken>,
}

fn first_version() -> String {
    "2026.1".into()
}

/// The kinds of rows in `SKILL_SUMS`.
const ENTRY: &str = "entry";
const EXIT: &str = "exit";
const PAIR: &str = "pair";
const ANONYMOUS: &str = "anonymous";

/// Anonymous surveys a centre counts in a day; beyond it they are refused (429). A busy
/// centre sees a few dozen people a day, most of them with a pass, whose surveys are
/// not bounded (each citizen counts once anyway).
pub const ANONYMOUS_PER_CENTRE_DAY: u64 = 100;

#[derive(Clone, Copy)]
enum Sign {
    Add,
    /// Takes out what an earlier exit added, when a later one replaces it.
    Remove,
}

/// Adds or takes out one survey, or one pair's change, in the sums of `centre` on `day`.
fn update_sums(
    t: &mut Tables<'_>,
    centre: &str,
    day: i32,
    kind: &str,
    values: [i64; AREAS],
    basic: bool,
    sign: Sign,
) -> Result<()> {
    let key = (centre, day, kind);
    let (n, b, s1, s2, s3, s4, s5) = t
        .skill_sums
        .get(key)?
        .map_or((0, 0, 0, 0, 0, 0, 0), |v| v.value());
    let step = |count: u64, counted: bool| match (counted, sign) {
        (false, _) => count,
        (true, Sign::Add) => count + 1,
        (true, Sign::Remove) => count.saturating_sub(1),
    };
    let sign = match sign {
        Sign::Add => 1,
        Sign::Remove => -1,
    };
    let next: Sums = (
        step(n, true),
        step(b, basic),
        s1 + sign * values[0],
        s2 + sign * values[1],
        s3 + sign * values[2],
        s4 + sign * values[3],
        s5 + sign * values[4],
    );
    t.skill_sums.insert(key, next)?;
    Ok(())
}

fn as_values(percents: [u8; AREAS]) -> [i64; AREAS] {
    percents.map(i64::from)
}

fn change(exit: &Taken, entry: &Taken) -> [i64; AREAS] {
    let mut d = [0i64; AREAS];
    for (i, slot) in d.iter_mut().enumerate() {
        *slot = i64::from(exit.percents[i]) - i64::from(entry.percents[i]);
    }
    d
}

/// Services (check-ins) a citizen has had, at every centre.
fn services(t: &Tables<'_>, citizen: u64) -> Result<u32> {
    let mut total = 0u32;
    for entry in t
        .citizen_at_centre
        .range((citizen, "")..(citizen + 1, ""))?
    {
        total = total.saturating_add(entry?.1.value());
    }
    Ok(total)
}

/// What a survey will do, decided by reading only.
pub enum SurveyPlan {
    Anonymous,
    /// A citizen's first: their baseline.
    Entry {
        citizen: u64,
        services: u32,
    },
    /// Before a service since the entry, or too soon: kept, not counted.
    Repeat {
        citizen: u64,
    },
    /// A new version of the survey before any exit: it becomes their baseline, in
    /// place of the old version's entry (each citizen counts once among the entries).
    Rebase {
        citizen: u64,
        services: u32,
        old: Box<CitizenSkills>,
    },
    /// Their exit, replacing an earlier one if any.
    Exit {
        citizen: u64,
        known: Box<CitizenSkills>,
    },
}

/// A survey's first phase: whose pass, whether the centre still counts anonymous ones
/// today, and the phase.
pub fn check_survey(t: &Tables<'_>, survey: &Survey) -> Result<Checked<SurveyPlan>> {
    let citizen = match &survey.pass {
        None => None,
        Some(pass) => match pass_state(t, pass)? {
            PassState::Valid(id) => Some(id),
            PassState::Revoked => return Ok(Err(Refused::RevokedPass)),
            PassState::Unknown => return Ok(Err(Refused::UnknownPass)),
        },
    };
    let centre = survey.centre.as_str();
    let day = survey.date.days_since_epoch();
    let Some(id) = citizen else {
        let today = t
            .skill_sums
            .get((centre, day, ANONYMOUS))?
            .map_or(0, |v| v.value().0);
        return Ok(if today >= ANONYMOUS_PER_CENTRE_DAY {
            Err(Refused::AnonymousDayFull)
        } else {
            Ok(SurveyPlan::Anonymous)
        });
    };
    let known: Option<CitizenSkills> = match t.survey_citizens.get(id)? {
        Some(v) => Some(serde_json::from_slice(v.value())?),
        None => None,
    };
    let services = services(t, id)?;
    Ok(Ok(match known {
        None => SurveyPlan::Entry {
            citizen: id,
            services,
        },
        Some(known) if known.entry.version != survey.version && known.exit.is_none() => {
            SurveyPlan::Rebase {
                citizen: id,
                services,
                old: Box::new(known),
            }
        }
        Some(known) if known.entry.version != survey.version => SurveyPlan::Repeat { citizen: id },
        Some(known)
            if services <= known.services_at_entry || day - known.entry.day < MIN_DAYS_TO_EXIT =>
        {
            SurveyPlan::Repeat { citizen: id }
        }
        Some(known) => SurveyPlan::Exit {
            citizen: id,
            known: Box::new(known),
        },
    }))
}

/// A survey's second phase: stores it and keeps the sums, in the batch's transaction.
pub fn write_survey(
    t: &mut Tables<'_>,
    survey: &Survey,
    programme: &ProgrammeId,
    plan: SurveyPlan,
) -> Result<Accepted> {
    let centre = survey.centre.as_str();
    let day = survey.date.days_since_epoch();
    let taken = Taken {
        version: survey.version.clone(),
        percents: survey.scores.percents(),
        basic: survey.scores.every_area_with_help(),
        centre: centre.to_owned(),
        day,
    };
    let values = as_values(taken.percents);

    let (citizen, phase, change_since_entry) = match plan {
        SurveyPlan::Anonymous => {
            update_sums(t, centre, day, ANONYMOUS, values, taken.basic, Sign::Add)?;
            (None, Phase::Entry, None)
        }
        SurveyPlan::Entry { citizen, services } => {
            update_sums(t, centre, day, ENTRY, values, taken.basic, Sign::Add)?;
            let record = CitizenSkills {
                entry: taken.clone(),
                services_at_entry: services,
                exit: None,
            };
            t.survey_citizens
                .insert(citizen, serde_json::to_vec(&record)?.as_slice())?;
            (Some(citizen), Phase::Entry, None)
        }
        SurveyPlan::Repeat { citizen } => (Some(citizen), Phase::Entry, None),
        SurveyPlan::Rebase {
            citizen,
            services,
            old,
        } => {
            let e = &old.entry;
            update_sums(
                t,
                &e.centre,
                e.day,
                ENTRY,
                as_values(e.percents),
                e.basic,
                Sign::Remove,
            )?;
            update_sums(t, centre, day, ENTRY, values, taken.basic, Sign::Add)?;
            let record = CitizenSkills {
                entry: taken.clone(),
                services_at_entry: services,
                exit: None,
            };
            t.survey_citizens
                .insert(citizen, serde_json::to_vec(&record)?.as_slice())?;
            (Some(citizen), Phase::Entry, None)
        }
        SurveyPlan::Exit { citizen, known } => {
            let mut known = *known;
            if let Some(old) = &known.exit {
                update_sums(
                    t,
                    &old.centre,
                    old.day,
                    EXIT,
                    as_values(old.percents),
                    old.basic,
                    Sign::Remove,
                )?;
                update_sums(
                    t,
                    &old.centre,
                    old.day,
                    PAIR,
                    change(old, &known.entry),
                    false,
                    Sign::Remove,
                )?;
            }
            update_sums(t, centre, day, EXIT, values, taken.basic, Sign::Add)?;
            let delta = change(&taken, &known.entry);
            update_sums(t, centre, day, PAIR, delta, false, Sign::Add)?;
            known.exit = Some(taken.clone());
            t.survey_citizens
                .insert(citizen, serde_json::to_vec(&known)?.as_slice())?;
            let entry_scores = Scores::from_percents(known.entry.percents);
            (
                Some(citizen),
                Phase::Exit,
                Some(survey.scores.change_since(&entry_scores)),
            )
        }
    };

    let id = t.next_id("survey")?;
    let record = ResponseRecord {
        version: &survey.version,
        centre,
        programme: programme.as_str(),
        at: survey.at,
        day,
        phase,
        citizen,
        answers: &survey.answers,
        scores: survey.scores,
    };
    t.survey_responses
        .insert(id, serde_json::to_vec(&record)?.as_slice())?;
    Ok(Accepted::Surveyed(SurveyReply {
        phase,
        version: survey.version.clone(),
        scores: survey.scores,
        every_area_with_help: survey.scores.every_area_with_help(),
        change: change_since_entry,
    }))
}

/// Running sums of one kind of row over a date range.
#[derive(Default)]
struct Total {
    n: u64,
    basic: u64,
    sums: [i64; AREAS],
}

impl Total {
    fn add(&mut self, (n, b, s1, s2, s3, s4, s5): Sums) {
        self.n += n;
        self.basic += b;
        for (slot, s) in self.sums.iter_mut().zip([s1, s2, s3, s4, s5]) {
            *slot += s;
        }
    }

    /// Area → mean, one decimal; empty when there is nothing to average.
    fn means(&self) -> BTreeMap<String, f64> {
        if self.n == 0 {
            return BTreeMap::new();
        }
        self.sums
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let mean = (*s as f64 / self.n as f64 * 10.0).round() / 10.0;
                ((i + 1).to_string(), mean)
            })
            .collect()
    }

    fn phase(&self) -> PhaseSkills {
        PhaseSkills {
            surveys: self.n,
            mean: self.means(),
            every_area_with_help_share: if self.n == 0 {
                0.0
            } else {
                (self.basic as f64 / self.n as f64 * 100.0).round() / 100.0
            },
        }
    }
}

/// Entry, exit and pair rows of `centres` over `from..=to`, from the sums only.
fn figures<'a>(
    sums: &redb::ReadOnlyTable<(&'static str, i32, &'static str), Sums>,
    centres: impl IntoIterator<Item = &'a str>,
    from: Date,
    to: Date,
) -> Result<SkillFigures> {
    let (mut entry, mut exit, mut pair, mut anonymous) = (
        Total::default(),
        Total::default(),
        Total::default(),
        Total::default(),
    );
    let (lo, hi) = (from.days_since_epoch(), to.days_since_epoch());
    for code in centres {
        for row in sums.range((code, lo, "")..=(code, hi, "\u{10FFFF}"))? {
            let (key, value) = row?;
            let total = match key.value().2 {
                ENTRY => &mut entry,
                EXIT => &mut exit,
                PAIR => &mut pair,
                ANONYMOUS => &mut anonymous,
                _ => continue,
            };
            total.add(value.value());
        }
    }
    Ok(SkillFigures {
        entry: entry.phase(),
        exit: exit.phase(),
        improvement: Improvement {
            pairs: pair.n,
            mean_change: pair.means(),
        },
        anonymous: anonymous.phase(),
    })
}

impl Store {
    /// A centre's skills report over `from..=to`.
    pub fn skills(&self, centre: &CentreCode, from: Date, to: Date) -> Result<SkillsSummary> {
        let tx = self.db.begin_read()?;
        let sums = tx.open_table(SKILL_SUMS)?;
        Ok(SkillsSummary {
            centre: centre.to_string(),
            from,
            to,
            figures: figures(&sums, [centre.as_str()], from, to)?,
        })
    }

    /// The skills figures of `centres` summed, for the dashboard.
    pub fn skills_of(&self, centres: &[String], from: Date, to: Date) -> Result<SkillFigures> {
        let tx = self.db.begin_read()?;
        let sums = tx.open_table(SKILL_SUMS)?;
        figures(&sums, centres.iter().map(String::as_str), from, to)
    }

    /// The skills report of every centre of `programme` (of one province, if given).
    pub fn programme_skills(
        &self,
        programme: &ProgrammeId,
        province: Option<&'static Province>,
        from: Date,
        to: Date,
    ) -> Result<ProgrammeSkills> {
        let query = CentreQuery {
            programme: Some(programme.clone()),
            province,
            ..CentreQuery::default()
        };
        let centres = self.reference().centres(&query);
        let tx = self.db.begin_read()?;
        let sums = tx.open_table(SKILL_SUMS)?;
        Ok(ProgrammeSkills {
            programme: programme.to_string(),
            province: province.map(|p| p.code.to_owned()),
            centres: centres.len() as u64,
            from,
            to,
            figures: figures(&sums, centres.iter().map(|c| c.code.as_str()), from, to)?,
        })
    }
}
