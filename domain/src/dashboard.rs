//! The dashboard a programme office, a coordinator or a facilitator reads: what a
//! programme, a province, a centre (or a coordinator's centres) did over a period, by
//! day, week or month, and who was reached, broken down as the national platform
//! describes citizens and services. Written once here so the server's answer and the
//! console's table cannot disagree on a bucket's edges or on which cells are hidden.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::invalid::Invalid;

/// How the series is cut. Weeks run Monday to Sunday; months are calendar months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
#[serde(rename_all = "snake_case")]
pub enum Cell {
    Count(u64),
    /// Between 1 and 4.
    FewerThanFive,
    /// Any number, hidden so that the total minus the cells shown does not give back
    /// a cell of fewer than five.
    Hidden,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub code: String,
    pub cell: Cell,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Breakdown {
    pub field: String,
    /// Empty when withheld.
    pub rows: Vec<Row>,
    /// Too few people, or too few cells to hide a "< 5" among: nothing is given.
    #[serde(default)]
    pub withheld: bool,
}

/// A breakdown of people with fewer in all than this is not given at all: with the
/// total shown, its zeros alone would tell where the few are.
pub const MIN_BROKEN_DOWN: u64 = 10;

/// Turns counts into cells. Counts of 1 to 4 become "< 5". When the cells add up to
/// a total that is shown (each citizen has one age band, one gender…: `partition`),
/// more cells are hidden until no "< 5" can be worked back exactly from the total and
/// the cells shown: the reader knows the suppressed cells' sum, that each "< 5" is 1
/// to 4 and each hidden one at least 5, so the sum must leave every "< 5" at least
/// two values. Where hiding cannot do that, or the people are fewer than
/// `MIN_BROKEN_DOWN`, the breakdown is withheld whole. Zero is shown otherwise: with
/// ten or more people it singles no one out.
pub fn suppress(field: &str, counts: &[(String, u64)], partition: bool) -> Breakdown {
    let withheld = || Breakdown {
        field: field.to_owned(),
        rows: Vec::new(),
        withheld: true,
    };
    let total: u64 = counts.iter().map(|(_, n)| n).sum();
    if partition && total > 0 && total < MIN_BROKEN_DOWN {
        return withheld();
    }
    let mut rows: Vec<Row> = counts
        .iter()
        .map(|(code, n)| Row {
            code: code.clone(),
            cell: match *n {
                0 => Cell::Count(0),
                n if n < MIN_SHOWN => Cell::FewerThanFive,
                n => Cell::Count(n),
            },
        })
        .collect();
    if partition {
        let small: Vec<u64> = counts
            .iter()
            .map(|(_, n)| *n)
            .filter(|n| (1..MIN_SHOWN).contains(n))
            .collect();
        let (k, small_sum) = (small.len() as u64, small.iter().sum::<u64>());
        let (mut hidden, mut hidden_sum) = (0u64, 0u64);
        let safe = |hidden: u64, hidden_sum: u64| {
            let sum = small_sum + hidden_sum;
            if hidden == 0 {
                // Only "< 5" cells: each is pinned when all are 1 or all are 4.
                k >= 2 && sum > k && sum < (MIN_SHOWN - 1) * k
            } else {
                // Each "< 5" is pinned to 1 when everything suppressed is at its least.
                sum > k + MIN_SHOWN * hidden
            }
        };
        while k > 0 && !safe(hidden, hidden_sum) {
            let next = rows
                .iter()
                .enumerate()
                .filter_map(|(i, r)| match r.cell {
                    Cell::Count(n) if n >= MIN_SHOWN => Some((n, i)),
                    _ => None,
                })
                .min();
            let Some((n, i)) = next else {
                return withheld();
            };
            rows[i].cell = Cell::Hidden;
            hidden += 1;
            hidden_sum += n;
        }
    }
    Breakdown {
        field: field.to_owned(),
        rows,
        withheld: false,
    }
}

/// What happened in a scope over a period. `citizens` (distinct people) is only kept
/// for a whole day, week or month of one centre, province or programme: distinct
/// counts do not add up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
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
pub struct Point {
    /// The bucket's first day.
    pub start: Date,
    pub figures: Figures,
}

/// One province of a programme, or one centre of a province or of a coordinator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    /// A province's sigla or a centre's code: what to ask for to go down a level.
    pub code: String,
    pub name: String,
    pub figures: Figures,
}

/// Skills surveys in the period: entries, exits, and the mean change in percentage
/// points per DigComp area of those who took both.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skills {
    pub entries: u64,
    pub exits: u64,
    pub pairs: u64,
    /// Areas 1 to 5, rounded; empty with fewer than five pairs.
    pub mean_change: Vec<i64>,
}

/// `GET /api/v1/programmes/{id}/dashboard`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

    fn counts(c: &[(&str, u64)]) -> Vec<(String, u64)> {
        c.iter().map(|(k, n)| ((*k).to_owned(), *n)).collect()
    }

    #[test]
    fn fewer_than_five_is_hidden_and_cannot_be_worked_back_from_the_total() {
        let b = suppress("gender", &counts(&[("A", 3), ("B", 40)]), true);
        assert_eq!(b.rows[0].cell, Cell::FewerThanFive);
        // 43 new citizens are shown in the totals: 43 − 40 would give the 3 back.
        assert_eq!(b.rows[1].cell, Cell::Hidden);

        let b = suppress(
            "age_band",
            &counts(&[("1", 2), ("2", 30), ("3", 9), ("4", 0)]),
            true,
        );
        let cells: Vec<Cell> = b.rows.iter().map(|r| r.cell).collect();
        assert_eq!(
            cells,
            [
                Cell::FewerThanFive,
                Cell::Count(30),
                Cell::Hidden,
                Cell::Count(0)
            ]
        );

        // Two small cells: only their sum could be worked out, not either.
        let b = suppress(
            "citizenship",
            &counts(&[("1", 2), ("2", 4), ("3", 9)]),
            true,
        );
        assert_eq!(b.rows[2].cell, Cell::Count(9));

        // One person alone beside a cell of exactly 5: hiding the 5 leaves 6 to share,
        // and "< 5" + hidden ≥ 5 pins the small one to 1; the next is hidden too.
        let b = suppress("gender", &counts(&[("A", 1), ("B", 5), ("C", 20)]), true);
        let cells: Vec<Cell> = b.rows.iter().map(|r| r.cell).collect();
        assert_eq!(cells, [Cell::FewerThanFive, Cell::Hidden, Cell::Hidden]);

        // Two "< 5" whose sum, 2, can only be 1 + 1: the 10 is hidden too.
        let b = suppress("education", &counts(&[("1", 1), ("2", 1), ("3", 10)]), true);
        assert_eq!(
            b.rows[2].cell,
            Cell::Hidden,
            "1 + 1 = 2 would give both back"
        );

        // Fewer than ten people: no breakdown at all, zeros and total would tell.
        let b = suppress("employment", &counts(&[("1", 3), ("2", 0), ("3", 5)]), true);
        assert!(b.withheld && b.rows.is_empty());
        // Ten or more, but one "< 5" and no cell to hide beside it.
        let b = suppress(
            "citizenship",
            &counts(&[("1", 4), ("2", 3), ("3", 4)]),
            true,
        );
        assert!(
            !b.withheld,
            "three small cells summing 11: each could be 3 or 4"
        );
        let b = suppress(
            "citizenship",
            &counts(&[("1", 4), ("2", 4), ("3", 4)]),
            true,
        );
        assert!(b.withheld, "4 + 4 + 4 = 12 pins each at 4");

        // Codes of a service are not a partition (a service has several): no second
        // cell is hidden.
        let b = suppress("domain", &counts(&[("A", 1), ("B", 7)]), false);
        assert_eq!(b.rows[1].cell, Cell::Count(7));
        assert_eq!(b.rows[0].cell, Cell::FewerThanFive);
    }

    /// Every value each suppressed cell can take, given what a reader sees: the cells
    /// shown, the total, "< 5" as 1 to 4 and hidden as at least 5.
    fn possible_values(b: &Breakdown, total: u64) -> Vec<std::collections::BTreeSet<u64>> {
        let ranges: Vec<(u64, u64)> = b
            .rows
            .iter()
            .map(|r| match r.cell {
                Cell::Count(n) => (n, n),
                Cell::FewerThanFive => (1, MIN_SHOWN - 1),
                Cell::Hidden => (MIN_SHOWN, total),
            })
            .collect();
        let mut seen = vec![std::collections::BTreeSet::new(); ranges.len()];
        fn walk(
            ranges: &[(u64, u64)],
            left: u64,
            chosen: &mut Vec<u64>,
            seen: &mut [std::collections::BTreeSet<u64>],
        ) {
            let Some(&(lo, hi)) = ranges.get(chosen.len()) else {
                if left == 0 {
                    for (set, v) in seen.iter_mut().zip(chosen.iter()) {
                        set.insert(*v);
                    }
                }
                return;
            };
            for v in lo..=hi.min(left) {
                chosen.push(v);
                walk(ranges, left - v, chosen, seen);
                chosen.pop();
            }
        }
        walk(&ranges, total, &mut Vec::new(), &mut seen);
        seen
    }

    #[test]
    fn no_small_cell_can_be_worked_out_exactly_from_any_breakdown_shown() {
        let values = [0u64, 1, 2, 3, 4, 5, 6, 9, 12];
        let mut checked = 0;
        for a in values {
            for b in values {
                for c in values {
                    for d in values {
                        let list = counts(&[("1", a), ("2", b), ("3", c), ("4", d)]);
                        let total = a + b + c + d;
                        let shown = suppress("age_band", &list, true);
                        if shown.withheld {
                            continue;
                        }
                        let possible = possible_values(&shown, total);
                        for (row, set) in shown.rows.iter().zip(&possible) {
                            if row.cell == Cell::FewerThanFive {
                                assert!(set.len() >= 2, "{list:?} shows {shown:?}: {set:?}");
                                checked += 1;
                            }
                        }
                    }
                }
            }
        }
        assert!(checked > 1000, "the search met few small cells: {checked}");
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
