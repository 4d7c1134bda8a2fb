//! A programme's progress against its dated targets: what `GET
//! /api/v1/programmes/{id}/progress` answers, and the arithmetic of pace, forecast and
//! risk, written once for the server and the dashboard.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::programme::Target;

/// Pace is measured over the last four weeks.
pub const RECENT_DAYS: i32 = 28;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Progress {
    pub programme: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    pub today: Date,
    pub citizens: u64,
    pub services: u64,
    pub participations: u64,
    pub targets: Vec<TargetView>,
    pub forecast: Forecast,
    /// Per week, at the last four weeks' pace.
    pub recent_weekly: Weekly,
    /// Centres whose required weekly pace to their share of the next target exceeds
    /// their recent pace, largest shortfall first.
    pub at_risk: Vec<AtRisk>,
    /// Cumulative counts at the end of each week (Monday to Sunday) that moved, for a
    /// burn-up chart.
    pub weeks: Vec<WeekPoint>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TargetView {
    pub date: Date,
    pub citizens: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<u32>,
}

impl From<&Target> for TargetView {
    fn from(t: &Target) -> Self {
        TargetView {
            date: t.due,
            citizens: t.citizens,
            services: t.services,
        }
    }
}

/// When the next target is met at the recent pace: today if met already, `None` if
/// nothing moves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Forecast {
    pub citizens_date: Option<Date>,
    pub services_date: Option<Date>,
}

/// Whole numbers a week (rounded), so the console carries no float parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Weekly {
    pub citizens: u32,
    pub services: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AtRisk {
    pub centre: String,
    pub name: String,
    /// New citizens a week still needed to reach the centre's share by the target date
    /// (rounded up).
    pub required_weekly: u32,
    /// New citizens a week over the last four weeks (rounded).
    pub recent_weekly: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeekPoint {
    /// The week's Sunday.
    pub end: Date,
    pub citizens: u64,
    pub services: u64,
}

/// `POST /api/v1/programmes/{id}/shares`: the region sets a centre's share of the
/// citizens' target (`null`: back to the quota or an equal part).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ShareRequest {
    pub centre: String,
    pub citizens: Option<u32>,
}

/// No centre reaches more people than this in a programme's life.
pub const MAX_SHARE: u32 = 1_000_000;

/// The target the work is heading for: the first not yet due, else the last.
pub fn next_target(targets: &[Target], today: Date) -> Option<&Target> {
    targets
        .iter()
        .find(|t| t.due >= today)
        .or_else(|| targets.last())
}

impl Progress {
    /// The target the figures are shown against, by the same rule as [`next_target`].
    pub fn next_target(&self) -> Option<&TargetView> {
        self.targets
            .iter()
            .find(|t| t.date >= self.today)
            .or_else(|| self.targets.last())
    }
}

impl ShareRequest {
    /// The centre as a code and the share within reason.
    pub fn validate(&self) -> Result<(crate::CentreCode, Option<u32>), crate::invalid::Invalid> {
        let code = crate::CentreCode::parse(&self.centre)
            .map_err(|_| crate::invalid::Invalid::new("centre", "a centre's code, like TOS-001"))?;
        if self.citizens.is_some_and(|n| n > MAX_SHARE) {
            return Err(crate::invalid::Invalid::new(
                "citizens",
                format!("at most {MAX_SHARE}"),
            ));
        }
        Ok((code, self.citizens))
    }
}

/// Per week, from a count over the last [`RECENT_DAYS`] days.
pub fn weekly(recent: u64) -> f64 {
    recent as f64 * 7.0 / f64::from(RECENT_DAYS)
}

/// The day `goal` is reached from `done` at `recent` per [`RECENT_DAYS`] days.
pub fn forecast(done: u64, goal: u64, recent: u64, today: Date) -> Option<Date> {
    if done >= goal {
        return Some(today);
    }
    if recent == 0 {
        return None;
    }
    let days = ((goal - done) as f64 * f64::from(RECENT_DAYS) / recent as f64).ceil();
    if days > 36_500.0 {
        return None;
    }
    Date::from_days_since_epoch(today.days_since_epoch() + days as i32)
}

/// What a week must bring from `today` to reach `goal` from `done` by `due` (the rest
/// in one week when the date is this week or past).
pub fn required_weekly(done: u64, goal: u64, today: Date, due: Date) -> f64 {
    let left = goal.saturating_sub(done) as f64;
    let weeks = f64::from((due.days_since_epoch() - today.days_since_epoch()).max(7)) / 7.0;
    left / weeks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn the_forecast_follows_the_last_four_weeks() {
        let today = d("2025-06-01");
        // 280 in 28 days is 10 a day: 1,000 more take 100 days.
        assert_eq!(forecast(9_000, 10_000, 280, today), Some(d("2025-09-09")));
        assert_eq!(forecast(10_000, 10_000, 0, today), Some(today));
        assert_eq!(forecast(0, 10_000, 0, today), None);
        assert_eq!(weekly(280), 70.0);
    }

    #[test]
    fn the_required_pace_spreads_what_is_left_over_the_weeks_left() {
        let today = d("2025-06-01");
        assert_eq!(required_weekly(0, 700, today, d("2025-07-13")), 700.0 / 6.0);
        assert_eq!(required_weekly(700, 700, today, d("2025-07-13")), 0.0);
        // Past due: all that is left, this week.
        assert_eq!(required_weekly(100, 700, today, d("2025-01-01")), 600.0);
    }

    #[test]
    fn the_next_target_is_the_first_not_yet_due() {
        let t = |due: &str, citizens| Target {
            due: d(due),
            citizens,
            services: None,
            points: None,
        };
        let targets = [t("2023-12-31", 1), t("2024-12-31", 2), t("2025-12-31", 3)];
        assert_eq!(next_target(&targets, d("2024-06-01")).unwrap().citizens, 2);
        assert_eq!(next_target(&targets, d("2026-06-01")).unwrap().citizens, 3);
        assert!(next_target(&[], d("2026-06-01")).is_none());
    }
}
