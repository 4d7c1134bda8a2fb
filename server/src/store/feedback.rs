//! Citizens' reports on public digital services, and the counters the summary reads.

use std::collections::BTreeMap;

use ponte_domain::api::{ExperienceSummary, FeedbackCount, FeedbackResponse, FeedbackSummary};
use ponte_domain::clock::UnixSeconds;
use ponte_domain::feedback::{Category, Feedback, ReportList, ReportView, ReviewStatus};
use ponte_domain::{CentreCode, Date, ProgrammeId};
use redb::{ReadableDatabase, ReadableTable};
use serde::{Deserialize, Serialize};

use super::submissions::Accepted;
use super::tables::{EXPERIENCE_COUNTS, FEEDBACK, FEEDBACK_COUNTS, FEEDBACK_REVIEWS};
use super::{Result, Store, StoreError, Tables};
use crate::secrets::Secrets;

/// A stored report: the validated report as the shared rules left it (text masked,
/// contact left out) and where and when it was made.
#[derive(Serialize)]
struct FeedbackRecord<'a> {
    #[serde(flatten)]
    report: &'a Feedback,
    centre: Option<&'a str>,
    programme: Option<&'a str>,
    at: UnixSeconds,
    day: Date,
    /// The contact, if the citizen left one, sealed (hex).
    sealed_contact: Option<String>,
}

/// Stores a report and counts it for its programme, day, service and category.
#[allow(clippy::too_many_arguments)]
pub fn file_feedback(
    t: &mut Tables<'_>,
    secrets: &Secrets,
    feedback: &Feedback,
    centre: Option<&CentreCode>,
    programme: Option<&ProgrammeId>,
    at: UnixSeconds,
    day: Date,
) -> Result<Accepted> {
    let sealed_contact = match &feedback.contact {
        Some(c) => Some(hex::encode(
            secrets
                .seal(&serde_json::to_vec(c)?)
                .map_err(|e| StoreError::Sealed(e.to_string()))?,
        )),
        None => None,
    };
    let id = t.next_id("feedback")?;
    let record = FeedbackRecord {
        report: feedback,
        centre: centre.map(CentreCode::as_str),
        programme: programme.map(ProgrammeId::as_str),
        at,
        day,
        sealed_contact,
    };
    t.feedback
        .insert(id, serde_json::to_vec(&record)?.as_slice())?;
    let key = (
        programme.map_or("", ProgrammeId::as_str),
        day.days_since_epoch(),
        feedback.public_service,
        feedback.category.as_str(),
    );
    let (n, sum) = t.feedback_counts.get(key)?.map_or((0, 0), |v| v.value());
    t.feedback_counts
        .insert(key, (n + 1, sum + u32::from(feedback.severity)))?;

    Ok(Accepted::Filed(FeedbackResponse {
        id,
        masked: feedback.masked.clone(),
    }))
}

/// Running totals that become a `FeedbackCount`.
#[derive(Default, Clone, Copy)]
struct Sum {
    reports: u64,
    severity: u64,
}

impl Sum {
    fn add(&mut self, reports: u32, severity: u32) {
        self.reports += u64::from(reports);
        self.severity += u64::from(severity);
    }

    fn count(self) -> FeedbackCount {
        FeedbackCount {
            reports: self.reports,
            mean_severity: if self.reports == 0 {
                0.0
            } else {
                // Two decimals are plenty for a mean of 1–5.
                (self.severity as f64 / self.reports as f64 * 100.0).round() / 100.0
            },
        }
    }
}

impl Store {
    /// The summary of reports from `from` to `to`, for one programme (`Some("")` for
    /// reports made without a centre) or all.
    pub fn feedback_summary(
        &self,
        programme: Option<&str>,
        from: Date,
        to: Date,
    ) -> Result<FeedbackSummary> {
        let tx = self.db.begin_read()?;
        let counts = tx.open_table(FEEDBACK_COUNTS)?;
        let answers = tx.open_table(EXPERIENCE_COUNTS)?;
        let programmes: Vec<String> = match programme {
            Some(p) => vec![p.to_owned()],
            None => {
                let mut all: Vec<String> = self
                    .reference()
                    .programmes()
                    .iter()
                    .map(|p| p.id.to_string())
                    .collect();
                all.push(String::new());
                all
            }
        };
        let (mut total, mut by_service, mut by_category) = (
            Sum::default(),
            BTreeMap::<String, Sum>::new(),
            BTreeMap::<String, Sum>::new(),
        );
        let (lo, hi) = (from.days_since_epoch(), to.days_since_epoch());
        let mut experience = ExperienceSummary::default();
        let mut usefulness_sum = 0u64;
        for p in &programmes {
            for entry in answers
                .range((p.as_str(), lo, "", "")..=(p.as_str(), hi, "\u{10FFFF}", "\u{10FFFF}"))?
            {
                let (key, value) = entry?;
                let (_, _, question, code) = key.value();
                let n = u64::from(value.value());
                let tally = match question {
                    "heard_from" => &mut experience.heard_from,
                    "reason" => &mut experience.reason,
                    "come_back" => &mut experience.come_back,
                    "help_source" => &mut experience.help_source,
                    "usefulness" => {
                        experience.questionnaires += n;
                        usefulness_sum += n * code.parse::<u64>().unwrap_or(0);
                        &mut experience.usefulness
                    }
                    _ => continue,
                };
                *tally.entry(code.to_owned()).or_default() += n;
            }
        }
        if experience.questionnaires > 0 {
            experience.mean_usefulness =
                (usefulness_sum as f64 / experience.questionnaires as f64 * 100.0).round() / 100.0;
        }
        for p in &programmes {
            for entry in counts
                .range((p.as_str(), lo, "", "")..=(p.as_str(), hi, "\u{10FFFF}", "\u{10FFFF}"))?
            {
                let (key, value) = entry?;
                let (_, _, service, category) = key.value();
                let (n, sum) = value.value();
                total.add(n, sum);
                by_service
                    .entry(service.to_owned())
                    .or_default()
                    .add(n, sum);
                by_category
                    .entry(category.to_owned())
                    .or_default()
                    .add(n, sum);
            }
        }
        Ok(FeedbackSummary {
            from,
            to,
            total: total.count(),
            by_service: by_service
                .into_iter()
                .map(|(k, v)| (k, v.count()))
                .collect(),
            by_category: by_category
                .into_iter()
                .map(|(k, v)| (k, v.count()))
                .collect(),
            experience,
        })
    }
}

/// A stored report as staff read it back (the contact stays sealed).
#[derive(Deserialize)]
struct StoredReport {
    public_service: String,
    service_name: Option<String>,
    category: Category,
    severity: u8,
    text: String,
    centre: Option<String>,
    programme: Option<String>,
    day: Date,
    sealed_contact: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReviewRecord {
    pub status: ReviewStatus,
    pub reply: String,
    /// The staff account that set it.
    pub by: String,
    pub at: UnixSeconds,
}

/// What staff filter the list by.
#[derive(Debug, Clone, Default)]
pub struct ReportFilter {
    pub public_service: Option<String>,
    pub category: Option<Category>,
    pub status: Option<ReviewStatus>,
    /// Only reports older than this id (the next page).
    pub before: Option<u64>,
}

/// Most reports read to fill one page: a filter that matches little stops here rather
/// than reading every report.
const MAX_SCANNED: usize = 5_000;

fn view(id: u64, r: StoredReport, review: Option<ReviewRecord>) -> ReportView {
    let (status, reply) =
        review.map_or((ReviewStatus::New, String::new()), |v| (v.status, v.reply));
    ReportView {
        id,
        centre: r.centre,
        programme: r.programme,
        date: r.day,
        public_service: r.public_service,
        service_name: r.service_name,
        category: r.category,
        severity: r.severity,
        text: r.text,
        status,
        reply,
        has_contact: r.sealed_contact.is_some(),
    }
}

impl Store {
    /// The newest reports that `visible` lets this reader see (by centre and programme)
    /// and the filter keeps, at most `limit`.
    pub fn reports(
        &self,
        visible: impl Fn(Option<&str>, Option<&str>) -> bool,
        filter: &ReportFilter,
        limit: usize,
    ) -> Result<ReportList> {
        let tx = self.db.begin_read()?;
        let reports = tx.open_table(FEEDBACK)?;
        let reviews = tx.open_table(FEEDBACK_REVIEWS)?;
        let upper = filter.before.unwrap_or(u64::MAX);
        let mut out = Vec::new();
        let mut next = None;
        for (scanned, row) in reports.range(..upper)?.rev().enumerate() {
            let (key, value) = row?;
            let id = key.value();
            if scanned >= MAX_SCANNED || out.len() == limit {
                next = Some(id + 1);
                break;
            }
            let r: StoredReport = serde_json::from_slice(value.value())?;
            if !visible(r.centre.as_deref(), r.programme.as_deref())
                || filter
                    .public_service
                    .as_ref()
                    .is_some_and(|s| *s != r.public_service)
                || filter.category.is_some_and(|c| c != r.category)
            {
                continue;
            }
            let review: Option<ReviewRecord> = match reviews.get(id)? {
                Some(v) => Some(serde_json::from_slice(v.value())?),
                None => None,
            };
            let v = view(id, r, review);
            if filter.status.is_some_and(|s| s != v.status) {
                continue;
            }
            out.push(v);
        }
        Ok(ReportList { reports: out, next })
    }

    /// One report, as staff see it.
    pub fn report(&self, id: u64) -> Result<Option<ReportView>> {
        let tx = self.db.begin_read()?;
        let Some(raw) = tx.open_table(FEEDBACK)?.get(id)? else {
            return Ok(None);
        };
        let r: StoredReport = serde_json::from_slice(raw.value())?;
        let review = match tx.open_table(FEEDBACK_REVIEWS)?.get(id)? {
            Some(v) => Some(serde_json::from_slice(v.value())?),
            None => None,
        };
        Ok(Some(view(id, r, review)))
    }

    /// Sets a report's status and reply; its counters are not touched (a hidden report
    /// stays counted).
    pub fn review(&self, id: u64, review: &ReviewRecord) -> Result<Option<ReportView>> {
        let tx = self.db.begin_write()?;
        {
            if tx.open_table(FEEDBACK)?.get(id)?.is_none() {
                return Ok(None);
            }
            tx.open_table(FEEDBACK_REVIEWS)?
                .insert(id, serde_json::to_vec(review)?.as_slice())?;
        }
        tx.commit()?;
        self.report(id)
    }
}
