//! `GET /api/v1/programmes/{id}/dashboard?province=&centre=&from=&to=&by=`: what a
//! programme, one of its provinces, a centre or a coordinator's centres did over a
//! period, by day, week or month, with the level below and the breakdowns. A region
//! (or an admin) reads its whole programme and goes down to any centre; a coordinator
//! or facilitator reads only its own centres. Every figure comes from counters kept at
//! write time (`store/dashboard.rs`).

use ponte_domain::codelists::{
    CITIZENSHIP, COMPETENCE, CodeList, EDUCATION, EMPLOYMENT, GENDER, PUBLIC_SERVICE, SERVICE_TYPE,
};
use ponte_domain::dashboard::{
    Breakdown, Bucket, Dashboard, MAX_DAY_POINTS, MIN_SHOWN, PEOPLE_FIELDS, Part, Point,
    SERVICE_FIELDS, Skills, UNKNOWN, suppress, widen,
};
use ponte_domain::query::DateRange;
use ponte_domain::{Centre, CentreCode, Date, Invalid, Programme, ProgrammeId, Province};
use std::collections::BTreeMap;
use warp::reply::Response;

use super::guard::{Credentials, Staff};
use super::private_json;
use crate::http::App;
use crate::http::error::ApiError;
use crate::http::query;
use crate::http::writes::today;
use crate::store::{DashboardRead, centre_scope, programme_scope};

/// The age bands' codes as the visits keep them (`codice_fiscale::age_band`).
const AGE_BANDS: CodeList = &[
    ("1", "18-29"),
    ("2", "30-54"),
    ("3", "55-74"),
    ("4", "75+"),
    ("5", "14-17"),
];

/// What the request asks for, once checked against the account's scope.
struct Asked {
    programme: Programme,
    province: Option<&'static Province>,
    centre: Option<Centre>,
    /// The centres whose figures are summed (for skills) and, for a coordinator
    /// without a centre, the scopes summed.
    centres: Vec<Centre>,
    whole_programme: bool,
}

fn not_ours() -> ApiError {
    ApiError::Forbidden("this is outside the centres your account works for".into())
}

/// Reads `province=` and `centre=` within what `staff` may see of programme `id`.
fn asked(app: &App, staff: &Staff, id: &str, q: &query::Dashboard) -> Result<Asked, ApiError> {
    let reference = app.store.reference();
    let programme = ProgrammeId::parse(id)
        .ok()
        .and_then(|id| reference.programme(&id).cloned())
        .ok_or_else(|| ApiError::NotFound("there is no such programme".into()))?;
    let province = match query::given(&q.province) {
        None => None,
        Some(code) => Some(
            Province::by_code(code)
                .filter(|p| programme.contains_province(p))
                .ok_or_else(|| Invalid::new("province", "not a province of this programme"))?,
        ),
    };
    let centre = match query::given(&q.centre) {
        None => None,
        Some(code) => Some(
            CentreCode::parse(code)
                .ok()
                .and_then(|c| reference.centre(&c).cloned())
                .filter(|c| c.programme == programme.id)
                .filter(|c| province.is_none_or(|p| p == c.province))
                .ok_or_else(|| {
                    Invalid::new("centre", "not a centre of this programme (or province)")
                })?,
        ),
    };
    let whole = staff.scope().holds_programme(&programme.id);
    let mine = |c: &Centre| whole || staff.scope().holds_centre(&c.code, &programme.id);
    let centres: Vec<Centre> = match &centre {
        Some(c) if mine(c) => vec![c.clone()],
        Some(_) => return Err(not_ours()),
        None => reference
            .centres_of(programme.id.as_str())
            .filter(|c| province.is_none_or(|p| p == c.province))
            .filter(|c| mine(c))
            .cloned()
            .collect(),
    };
    if !whole && centres.is_empty() {
        return Err(not_ours());
    }
    Ok(Asked {
        whole_programme: whole && province.is_none() && centre.is_none(),
        programme,
        province,
        centre,
        centres,
    })
}

pub async fn dashboard(
    app: App,
    credentials: Credentials,
    id: String,
    raw: String,
) -> Result<Response, ApiError> {
    let staff = credentials.staff(&app).await?;
    let q: query::Dashboard = query::parse(&raw, query::Dashboard::NAMES)?;
    let asked = asked(&app, &staff, &id, &q)?;
    let range = DateRange::parse(q.from.as_deref(), q.to.as_deref(), today()?)?;
    let by = query::given(&q.by).map_or(Ok(Bucket::Day), Bucket::parse)?;
    let (from, to) = widen(range.from, range.to, by);
    if by == Bucket::Day && to - from >= MAX_DAY_POINTS {
        return Err(Invalid::new("by", "a period over a year is shown by week or month").into());
    }
    let whole = staff.scope().holds_programme(&asked.programme.id);
    let pid = asked.programme.id.as_str();
    let centre_part = |c: &Centre| {
        (
            c.code.to_string(),
            c.name.clone(),
            centre_scope(c.code.as_str()),
        )
    };
    let (scopes, parts) = match (&asked.centre, asked.province) {
        (Some(c), _) => (vec![centre_scope(c.code.as_str())], Vec::new()),
        (None, Some(p)) if whole => (
            vec![programme_scope(pid, Some(p.code))],
            asked.centres.iter().map(centre_part).collect(),
        ),
        (None, None) if whole => {
            let mut provinces: Vec<&'static Province> =
                asked.centres.iter().map(|c| c.province).collect();
            provinces.dedup();
            (
                vec![programme_scope(pid, None)],
                provinces
                    .into_iter()
                    .map(|p| {
                        (
                            p.code.to_owned(),
                            p.name.to_owned(),
                            programme_scope(pid, Some(p.code)),
                        )
                    })
                    .collect(),
            )
        }
        // A coordinator's centres: their sum, and each of them.
        (None, _) => (
            asked
                .centres
                .iter()
                .map(|c| centre_scope(c.code.as_str()))
                .collect(),
            asked.centres.iter().map(centre_part).collect(),
        ),
    };
    let read = DashboardRead {
        scopes,
        parts,
        from,
        to,
        by,
    };
    let (first, last) = (day(from)?, day(to)?);
    let store = app.store.clone();
    let codes: Vec<String> = asked.centres.iter().map(|c| c.code.to_string()).collect();
    let programme_for_reports = asked.whole_programme.then(|| pid.to_owned());
    let (counts, skills, reports) = tokio::task::spawn_blocking(move || {
        let counts = store.dashboard(&read)?;
        let skills = store.skills_of(&codes, first, last)?;
        let reports = match programme_for_reports {
            Some(p) => Some(store.feedback_summary(Some(&p), first, last)?.total.reports),
            None => None,
        };
        Ok::<_, crate::store::StoreError>((counts, skills, reports))
    })
    .await??;

    let people_lists: [CodeList; 5] = [AGE_BANDS, GENDER, CITIZENSHIP, EDUCATION, EMPLOYMENT];
    let service_lists: [CodeList; 3] = [SERVICE_TYPE, COMPETENCE, PUBLIC_SERVICE];
    let breakdowns = |fields: &[&str], lists: &[CodeList], partition: bool| -> Vec<Breakdown> {
        fields
            .iter()
            .zip(lists)
            .map(|(field, list)| suppress(field, &counts_of(&counts.codes, field, list), partition))
            .collect()
    };
    let dashboard = Dashboard {
        programme: pid.to_owned(),
        province: asked.province.map(|p| p.code.to_owned()),
        centre: asked.centre.as_ref().map(|c| c.code.to_string()),
        from: first,
        to: last,
        by,
        totals: counts.totals,
        series: counts
            .series
            .iter()
            .map(|(start, figures)| {
                Ok(Point {
                    start: day(*start)?,
                    figures: *figures,
                })
            })
            .collect::<Result<_, ApiError>>()?,
        parts: counts
            .parts
            .into_iter()
            .map(|(code, name, figures)| Part {
                code,
                name,
                figures,
            })
            .collect(),
        breakdowns_from: day(counts.codes_from)?,
        breakdowns_to: day(counts.codes_to)?,
        people: breakdowns(&PEOPLE_FIELDS, &people_lists, true),
        services: breakdowns(&SERVICE_FIELDS, &service_lists, false),
        skills: Skills {
            entries: skills.entry.surveys,
            exits: skills.exit.surveys,
            pairs: skills.improvement.pairs,
            // A mean over fewer than five people is nearly their own results.
            mean_change: if skills.improvement.pairs < MIN_SHOWN {
                Vec::new()
            } else {
                skills
                    .improvement
                    .mean_change
                    .values()
                    .map(|v| v.round() as i64)
                    .collect()
            },
        },
        reports,
    };
    Ok(private_json(&dashboard))
}

fn day(days: i32) -> Result<Date, ApiError> {
    Date::from_days_since_epoch(days)
        .ok_or_else(|| Invalid::new("from", "a date between years 1 and 9999").into())
}

/// The counts of `field` in the official order of `list`; a code outside it (a
/// citizen whose birth is unknown, a code from an older list) after them.
fn counts_of(
    codes: &BTreeMap<(String, String), u64>,
    field: &str,
    list: CodeList,
) -> Vec<(String, u64)> {
    let mut out: Vec<(String, u64)> = list
        .iter()
        .map(|(code, _)| {
            let n = codes
                .get(&(field.to_owned(), (*code).to_owned()))
                .copied()
                .unwrap_or(0);
            ((*code).to_owned(), n)
        })
        .collect();
    for ((f, code), n) in codes {
        if f == field && !list.iter().any(|(c, _)| c == code) {
            out.push((code.clone(), *n));
        }
    }
    // "unknown" last, whatever its spelling's place in the alphabet.
    out.sort_by_key(|(code, _)| code == UNKNOWN);
    out
}
