//! The dashboard a programme office, a coordinator or a facilitator reads: what a
//! programme, a province, a centre (or a coordinator's centres) did over a period, by
//! day, week or month, and who was reached, broken down as the national platform
//! describes citizens and services. Written once here so the server's answer and the
//! console's table cannot disagree on a bucket's edges or on what is withheld.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::invalid::Invalid;

/// How the series is cut. Weeks run Monday to Sunday; months are calendar months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Bucket {
    Day,
    Week,
    Month,
}

/// Every bucket, in the order counters are kept.
pub const BUCKETS: [Bucket; 3] = [Bucket::Day, Bucket::Week, Bucket::Month];

/// A series by day is at most a year long: beyond, weeks or months say more.
pub const MAX_DAY_POINTS: i32 = 366;

impl Bucket {
    pub fn parse(s: &str) -> Result<Bucket, Invalid> {
        match s {
            "day" => Ok(Bucket::Day),
            "week" => Ok(Bucket::Week),
            "month" => Ok(Bucket::Month),
            _ => Err(Invalid::new("by", "day, week or month")),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Bucket::Day => "day",
            Bucket::Week => "week",
            Bucket::Month => "month",
        }
    }

    /// The byte that names the bucket in the counters' keys.
    pub fn tag(self) -> u8 {
        match self {
            Bucket::Day => b'd',
            Bucket::Week => b'w',
            Bucket::Month => b'm',
        }
    }

    /// The number of the bucket that holds `day` (days since 1970-01-01): the day
    /// itself, the week counted from the Monday 1969-12-29, or `year × 12 + month − 1`.
    pub fn period(self, day: i32) -> i32 {
        match self {
            Bucket::Day => day,
            Bucket::Week => (day + 3).div_euclid(7),
            Bucket::Month => match Date::from_days_since_epoch(day) {
                Some(d) => i32::from(d.year()) * 12 + i32::from(d.month()) - 1,
                None => 0,
            },
        }
    }

    /// The first day of bucket `period`.
    pub fn first_day(self, period: i32) -> i32 {
        match self {
            Bucket::Day => period,
            Bucket::Week => period * 7 - 3,
            Bucket::Month => {
                let year = u16::try_from(period.div_euclid(12)).unwrap_or(1);
                let month = u8::try_from(period.rem_euclid(12) + 1).unwrap_or(1);
                Date::new(year, month, 1).map_or(0, Date::days_since_epoch)
            }
        }
    }

    /// The last day of bucket `period`.
    pub fn last_day(self, period: i32) -> i32 {
        self.first_day(period + 1) - 1
    }
}

/// What describes a citizen in the national file, in its order: the age band on the
/// day of the first visit (AN8), gender (AN7), citizenship (AN11), education (AN9)
/// and employment (AN10).
pub const PEOPLE_FIELDS: [&str; 5] = [
    "age_band",
    "gender",
    "citizenship",
    "education",
    "employment",
];

/// What describes a service: its type (SE3), the competences treated (SE5) and the
/// public services it was about (SE6).
pub const SERVICE_FIELDS: [&str; 3] = ["type", "competence", "domain"];

/// The code counted for a citizen whose birth date is not known.
pub const UNKNOWN: &str = "unknown";

/// A count shown to people who must not be able to single anyone out: fewer than this
/// many is shown as "< 5".
pub const MIN_SHOWN: u64 = 5;

/// One cell of a breakdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Cell {
    Count(u64),
    /// Between 1 and 4.
    FewerThanFive,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Row {
    pub code: String,
    pub cell: Cell,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Breakdown {
    pub field: String,
    /// Empty when withheld.
    pub rows: Vec<Row>,
    /// Fewer than ten people, or a group of fewer than five: nothing is given.
    #[serde(default)]
    pub withheld: bool,
}

/// A breakdown of people with fewer in all than this is not given at all: with the
/// total shown, its zeros alone would tell where the few are.
pub const MIN_BROKEN_DOWN: u64 = 10;

/// Turns counts into cells: counts of 1 to 4 become "< 5".
///
/// When the cells add up to a total that is shown (each citizen has one age band, one
/// gender…: `partition`), a "< 5" could be worked back from the total and the other
/// cells, and hiding more cells does not end that: whoever knows which cells a rule
/// hides, and that it hid them because it had to, can still narrow a small cell to one
/// value (two reviews and an exhaustive search found such tables for every hiding rule
/// tried). So a breakdown of people with a cell of 1 to 4, or with fewer than
/// `MIN_BROKEN_DOWN` people, is withheld whole: the reader learns that some group is
/// small, never which or how small. Breakdowns of services (a service may carry
/// several codes: not a partition) show "< 5".
pub fn suppress(field: &str, counts: &[(String, u64)], partition: bool) -> Breakdown {
    let total: u64 = counts.iter().map(|(_, n)| n).sum();
    let small = |n: u64| (1..MIN_SHOWN).contains(&n);
    if partition && total > 0 && (total < MIN_BROKEN_DOWN || counts.iter().any(|c| small(c.1))) {
        return Breakdown {
            field: field.to_owned(),
            rows: Vec::new(),
            withheld: true,
        };
    }
    Breakdown {
        field: field.to_owned(),
        rows: counts
            .iter()
            .map(|(code, n)| Row {
                code: code.clone(),
                cell: if small(*n) {
                    Cell::FewerThanFive
                } else {
                    Cell::Count(*n)
                },
            })
            .collect(),
        withheld: false,
    }
}

/// What happened in a scope over a period. `citizens` (distinct people) is only kept
/// for a whole day, week or month of one centre, province or programme: distinct
/// counts do not add up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Figures {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citizens: Option<u64>,
    /// New to the programme: what its target counts.
    pub new_citizens: u64,
    pub visits: u64,
    pub services: u64,
    /// A citizen in a service, as the national platform counts them.
    pub participations: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Point {
    /// The bucket's first day.
    pub start: Date,
    pub figures: Figures,
}

/// One province of a programme, or one centre of a province or of a coordinator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Part {
    /// A province's sigla or a centre's code: what to ask for to go down a level.
    pub code: String,
    pub name: String,
    pub figures: Figures,
}

/// Skills surveys in the period: entries, exits, and the mean change in percentage
/// points per DigComp area of those who took both.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Skills {
    pub entries: u64,
    pub exits: u64,
    pub pairs: u64,
    /// Areas 1 to 5, rounded; empty with fewer than five pairs.
    pub mean_change: Vec<i64>,
}

/// `GET /api/v1/programmes/{id}/dashboard`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Dashboard {
    pub programme: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub centre: Option<String>,
    /// The period asked for, widened to whole weeks or months when the series is by
    /// week or month, so the points add up to the totals.
    pub from: Date,
    pub to: Date,
    pub by: Bucket,
    pub totals: Figures,
    pub series: Vec<Point>,
    /// The level below: a programme's provinces, a province's or a coordinator's
    /// centres; none for one centre.
    pub parts: Vec<Part>,
    /// The breakdowns are counted by whole month: they cover the months the period
    /// touches, from this day to that.
    pub breakdowns_from: Date,
    pub breakdowns_to: Date,
    /// The new citizens of those months by `PEOPLE_FIELDS`.
    pub people: Vec<Breakdown>,
    /// The services of those months by `SERVICE_FIELDS` (a service may carry several
    /// codes of a field).
    pub services: Vec<Breakdown>,
    pub skills: Skills,
    /// Reports about public services sent from the programme's centres in the period:
    /// counted per programme only, so given for a whole programme and absent below.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reports: Option<u64>,
}

/// The period asked for, widened to whole buckets: `(first day, last day)`.
pub fn widen(from: Date, to: Date, by: Bucket) -> (i32, i32) {
    (
        by.first_day(by.period(from.days_since_epoch())),
        by.last_day(by.period(to.days_since_epoch())),
    )
}

/// The period as whole months and the days either side, so a year is read from a
/// dozen month counters and at most sixty day counters: `(bucket, first period, last
/// period)`, inclusive.
pub fn split_by_month(from: i32, to: i32) -> Vec<(Bucket, i32, i32)> {
    let m = Bucket::Month;
    let first_whole = if m.first_day(m.period(from)) == from {
        m.period(from)
    } else {
        m.period(from) + 1
    };
    let last_whole = if m.last_day(m.period(to)) == to {
        m.period(to)
    } else {
        m.period(to) - 1
    };
    if first_whole > last_whole {
        return vec![(Bucket::Day, from, to)];
    }
    let mut parts = Vec::with_capacity(3);
    let head_end = m.first_day(first_whole) - 1;
    if from <= head_end {
        parts.push((Bucket::Day, from, head_end));
    }
    parts.push((m, first_whole, last_whole));
    let tail_start = m.last_day(last_whole) + 1;
    if tail_start <= to {
        parts.push((Bucket::Day, tail_start, to));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> i32 {
        s.parse::<Date>().unwrap().days_since_epoch()
    }

    #[test]
    fn weeks_run_monday_to_sunday_and_months_are_calendar_months() {
        let w = Bucket::Week;
        // 2026-11-30 is a Monday, 2026-12-06 a Sunday.
        assert_eq!(w.period(d("2026-11-30")), w.period(d("2026-12-06")));
        assert_ne!(w.period(d("2026-11-29")), w.period(d("2026-11-30")));
        assert_eq!(w.first_day(w.period(d("2026-12-02"))), d("2026-11-30"));
        assert_eq!(w.last_day(w.period(d("2026-12-02"))), d("2026-12-06"));
        let m = Bucket::Month;
        assert_eq!(m.first_day(m.period(d("2024-02-17"))), d("2024-02-01"));
        assert_eq!(m.last_day(m.period(d("2024-02-17"))), d("2024-02-29"));
        assert_eq!(m.last_day(m.period(d("2025-12-31"))), d("2025-12-31"));
        assert_eq!(m.period(d("2026-01-01")), m.period(d("2025-12-31")) + 1);
    }

    #[test]
    fn a_period_splits_into_whole_months_and_the_days_either_side() {
        assert_eq!(
            split_by_month(d("2026-01-15"), d("2026-04-10")),
            vec![
                (Bucket::Day, d("2026-01-15"), d("2026-01-31")),
                (
                    Bucket::Month,
                    Bucket::Month.period(d("2026-02-01")),
                    Bucket::Month.period(d("2026-03-01"))
                ),
                (Bucket::Day, d("2026-04-01"), d("2026-04-10")),
            ]
        );
        assert_eq!(
            split_by_month(d("2026-02-01"), d("2026-02-28")),
            vec![(
                Bucket::Month,
                Bucket::Month.period(d("2026-02-01")),
                Bucket::Month.period(d("2026-02-01"))
            )]
        );
        assert_eq!(
            split_by_month(d("2026-02-03"), d("2026-03-05")),
            vec![(Bucket::Day, d("2026-02-03"), d("2026-03-05"))]
        );
    }

    use std::collections::BTreeSet;

    fn counts(c: &[(&str, u64)]) -> Vec<(String, u64)> {
        c.iter().map(|(k, n)| ((*k).to_owned(), *n)).collect()
    }

    fn cells_of(b: &Breakdown) -> Vec<Cell> {
        b.rows.iter().map(|r| r.cell).collect()
    }

    #[test]
    fn a_breakdown_of_people_with_a_small_group_is_withheld_whole() {
        let b = suppress("gender", &counts(&[("A", 0), ("B", 40), ("C", 12)]), true);
        assert_eq!(
            cells_of(&b),
            [Cell::Count(0), Cell::Count(40), Cell::Count(12)]
        );
        for list in [
            &[("A", 3), ("B", 40)][..],
            &[("A", 1), ("B", 5), ("C", 20)],
            &[("A", 4), ("B", 6), ("C", 6), ("D", 12)],
            &[("A", 0), ("B", 9)],
        ] {
            let b = suppress("gender", &counts(list), true);
            assert!(b.withheld && b.rows.is_empty(), "{list:?}");
        }
        // Nobody at all: zeros say nothing.
        assert!(!suppress("gender", &counts(&[("A", 0), ("B", 0)]), true).withheld);
        // Codes of a service are not a partition (a service has several): "< 5".
        let b = suppress("domain", &counts(&[("A", 1), ("B", 7)]), false);
        assert_eq!(cells_of(&b), [Cell::FewerThanFive, Cell::Count(7)]);
    }

    /// Every value each cell can take for a reader who sees `shown`, knows the total
    /// and knows the rule: every table whose suppression looks exactly the same.
    fn possible_values(shown: &Breakdown, codes: usize, total: u64) -> Vec<BTreeSet<u64>> {
        fn walk(
            shown: &Breakdown,
            codes: usize,
            left: u64,
            chosen: &mut Vec<u64>,
            seen: &mut [BTreeSet<u64>],
        ) {
            if chosen.len() == codes {
                let table: Vec<(String, u64)> = chosen
                    .iter()
                    .enumerate()
                    .map(|(i, n)| (i.to_string(), *n))
                    .collect();
                if left == 0 && &suppress(&shown.field, &table, true) == shown {
                    for (set, v) in seen.iter_mut().zip(chosen.iter()) {
                        set.insert(*v);
                    }
                }
                return;
            }
            let (lo, hi) = match shown.rows.get(chosen.len()).map(|r| r.cell) {
                Some(Cell::Count(n)) => (n, n),
                Some(Cell::FewerThanFive) => (1, MIN_SHOWN - 1),
                None => (0, left),
            };
            for v in lo..=hi.min(left) {
                chosen.push(v);
                walk(shown, codes, left - v, chosen, seen);
                chosen.pop();
            }
        }
        let mut seen = vec![BTreeSet::new(); codes];
        walk(shown, codes, total, &mut Vec::new(), &mut seen);
        seen
    }

    #[test]
    fn no_small_group_of_people_can_be_worked_out_from_what_is_shown() {
        let values = [0u64, 1, 2, 3, 4, 5, 6, 9, 12];
        let mut small_groups = 0;
        for a in values {
            for b in values {
                for c in values {
                    let list: Vec<(String, u64)> = [a, b, c]
                        .iter()
                        .enumerate()
                        .map(|(i, n)| (i.to_string(), *n))
                        .collect();
                    let total = a + b + c;
                    let shown = suppress("age_band", &list, true);
                    let possible = possible_values(&shown, 3, total);
                    for ((_, n), set) in list.iter().zip(&possible) {
                        assert!(set.contains(n), "{list:?}: the truth is possible");
                        if (1..MIN_SHOWN).contains(n) {
                            small_groups += 1;
                            assert!(
                                set.len() >= 2,
                                "{list:?} shows {shown:?}, which pins a group of {n}: {set:?}"
                            );
                        }
                    }
                }
            }
        }
        assert!(small_groups > 300, "{small_groups}");
    }

    #[test]
    fn widening_takes_whole_buckets() {
        let from = "2026-11-04".parse().unwrap();
        let to = "2026-12-02".parse().unwrap();
        assert_eq!(
            widen(from, to, Bucket::Month),
            (d("2026-11-01"), d("2026-12-31"))
        );
        assert_eq!(
            widen(from, to, Bucket::Week),
            (d("2026-11-02"), d("2026-12-06"))
        );
        assert_eq!(
            widen(from, to, Bucket::Day),
            (d("2026-11-04"), d("2026-12-02"))
        );
    }
}
