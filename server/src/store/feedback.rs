//! Citizens' reports on public digital services, and the counters the summary reads.

use std::collections::BTreeMap;

use ponte_domain::api::{ExperienceSummary, FeedbackCount, FeedbackResponse, FeedbackSummary};
use ponte_domain::clock::UnixSeconds;
use ponte_domain::feedback::Feedback;
use ponte_domain::{CentreCode, Date, ProgrammeId};
use redb::{ReadableDatabase, ReadableTable};
use serde::Serialize;

use super::submissions::Accepted;
use super::tables::{EXPERIENCE_COUNTS, FEEDBACK_COUNTS};
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
