//! `GET /api/v1/programmes/{id}/progress?province=`: a programme (or one of its
//! provinces) against its dated targets — reached so far, the forecast at the last four
//! weeks' pace, and the centres at risk — for staff whose scope holds the programme.
//! Every figure comes from the counters kept at write time (`store/progress.rs`).

use ponte_domain::Date;
use ponte_domain::progress::{
    AtRisk, Forecast, Progress, TargetView, WeekPoint, Weekly, forecast, next_target,
    required_weekly, weekly,
};
use ponte_domain::province::Province;
use warp::reply::Response;

use super::guard::Credentials;
use super::private_json;
use crate::http::App;
use crate::http::error::ApiError;
use crate::http::query;
use crate::http::writes::today;

pub async fn progress(
    app: App,
    credentials: Credentials,
    id: String,
    raw: String,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    let programme = staff.programme(&app, &id)?;
    let q: query::Progress = query::parse(&raw, query::Progress::NAMES)?;
    let province = match query::given(&q.province) {
        None => None,
        Some(code) => Some(
            Province::by_code(code)
                .filter(|p| programme.contains_province(p))
                .ok_or_else(|| {
                    ponte_domain::Invalid::new("province", "not a province of this programme")
                })?,
        ),
    };
    let today = today()?;
    let store = app.store.clone();
    let (pid, pcode) = (programme.id.to_string(), province.map(|p| p.code));
    let counts = tokio::task::spawn_blocking(move || store.progress(&pid, pcode, today)).await??;

    // A province's own targets where the programme sets them; else the programme's.
    let targets = match province {
        Some(p) => programme
            .province_targets
            .iter()
            .find(|t| t.province.code == p.code)
            .map(|t| t.targets.clone())
            .unwrap_or_default(),
        None => programme.targets.clone(),
    };
    let next = next_target(&targets, today);
    let forecast = Forecast {
        citizens_date: next.and_then(|t| {
            forecast(
                counts.citizens,
                u64::from(t.citizens),
                counts.recent_citizens,
                today,
            )
        }),
        services_date: next.and_then(|t| {
            t.services.and_then(|goal| {
                forecast(
                    counts.services,
                    u64::from(goal),
                    counts.recent_services,
                    today,
                )
            })
        }),
    };

    // Each centre's share of the next target: what the region set, else the target
    // split in proportion to the quotas the import set (they were set for an earlier target, and may not add up to
    // this one), else in equal parts.
    let reference = app.store.reference();
    let mut at_risk = Vec::new();
    if let Some(t) = next {
        let quotas: u64 = counts
            .centres
            .iter()
            .filter_map(|c| reference.centre(&c.code))
            .map(|c| u64::from(c.quota.citizens))
            .sum();
        let centres = counts.centres.len().max(1) as u64;
        let goal = u64::from(t.citizens);
        for c in &counts.centres {
            let code = &c.code;
            let Some(centre) = reference.centre(code) else {
                continue;
            };
            let share = match (c.share, quotas) {
                (Some(n), _) => u64::from(n),
                (None, 0) => goal.div_ceil(centres),
                (None, sum) => (goal * u64::from(centre.quota.citizens)).div_ceil(sum),
            };
            let required = required_weekly(u64::from(c.citizens), share, today, t.due);
            let recent = weekly(u64::from(c.recent));
            if required > recent {
                at_risk.push((
                    required - recent,
                    AtRisk {
                        centre: code.to_string(),
                        name: centre.name.clone(),
                        required_weekly: required.ceil() as u32,
                        recent_weekly: recent.round() as u32,
                    },
                ));
            }
        }
    }
    // Largest gap first, measured before rounding.
    at_risk.sort_by(|a, b| b.0.total_cmp(&a.0));
    let at_risk = at_risk.into_iter().map(|(_, r)| r).collect();

    Ok(private_json(&Progress {
        programme: programme.id.to_string(),
        province: province.map(|p| p.code.to_owned()),
        today,
        citizens: counts.citizens,
        services: counts.services,
        participations: counts.participations,
        targets: targets.iter().map(TargetView::from).collect(),
        forecast,
        recent_weekly: Weekly {
            citizens: weekly(counts.recent_citizens).round() as u32,
            services: weekly(counts.recent_services).round() as u32,
        },
        at_risk,
        weeks: weeks(&counts.by_day),
    }))
}

/// The cumulative counts at the end of each week (its Sunday) that moved.
fn weeks(by_day: &std::collections::BTreeMap<i32, (u64, u64)>) -> Vec<WeekPoint> {
    let mut out: Vec<WeekPoint> = Vec::new();
    for (&day, &(citizens, services)) in by_day {
        // 1970-01-01 was a Thursday: Monday is 0.
        let sunday = day + (6 - (day + 3).rem_euclid(7));
        let Some(end) = Date::from_days_since_epoch(sunday) else {
            continue;
        };
        match out.last_mut() {
            Some(w) if w.end == end => {
                w.citizens = citizens;
                w.services = services;
            }
            _ => out.push(WeekPoint {
                end,
                citizens,
                services,
            }),
        }
    }
    out
}

/// The region sets a centre's share of the citizens' target (or clears it).
pub async fn set_share(
    app: App,
    credentials: Credentials,
    id: String,
    posted: crate::http::writes::Posted,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    let programme = staff.programme(&app, &id)?;
    let request: ponte_domain::progress::ShareRequest = posted.json()?;
    let (code, citizens) = request.validate()?;
    let in_programme = app
        .store
        .reference()
        .centre(&code)
        .is_some_and(|c| c.programme == programme.id);
    if !in_programme {
        return Err(ponte_domain::Invalid::new("centre", "not a centre of this programme").into());
    }
    let store = app.store.clone();
    let c = code.to_string();
    tokio::task::spawn_blocking(move || store.set_share(&c, citizens)).await??;
    super::audit(&staff.account, "set a centre's share", Some(code.as_str()));
    Ok(super::private_json(&request))
}
