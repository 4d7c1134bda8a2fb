//! The monthly report a programme office files: per centre, the month's visits,
//! distinct citizens, citizens new to the programme, services and participations, and
//! the total — as CSV and as XLSX (`rust_xlsxwriter`). Read from the same counters as
//! the dashboard (a centre's attendance over the month), never from citizens; nothing
//! personal in it.

use ponte_domain::api::Counts;
use ponte_domain::{CentreCode, Date};

use super::national::month_days;
use crate::store::{Store, StoreError};

/// The columns, in Italian: the report is read by people, not uploaded.
pub const COLUMNS: [&str; 9] = [
    "Centro",
    "Nome",
    "Provincia",
    "Visite",
    "Cittadini",
    "Nuovi nel programma",
    "Servizi",
    "Partecipazioni",
    "Visite non esportabili",
];

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("the month is written YYYY-MM, like 2026-11")]
    Month,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write the report: {0}")]
    Csv(#[from] csv::Error),
    #[error("cannot write the report: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error("cannot write the report: {0}")]
    Io(#[from] std::io::Error),
}

pub struct Line {
    pub centre: String,
    pub name: String,
    pub province: String,
    pub counts: Counts,
}

pub struct Report {
    pub month: String,
    pub lines: Vec<Line>,
    pub total: Counts,
}

/// `centres` (a programme's, or a coordinator's) over `month`.
pub fn build(store: &Store, centres: &[CentreCode], month: &str) -> Result<Report, ReportError> {
    let (first, last): (Date, Date) = month_days(month).map_err(|_| ReportError::Month)?;
    let reference = store.reference();
    let mut lines = Vec::with_capacity(centres.len());
    let mut total = Counts::default();
    for code in centres {
        let Some(centre) = reference.centre(code) else {
            continue;
        };
        let counts = store.attendance(code, first, last)?.totals;
        total.visits += counts.visits;
        // Distinct at each centre: a citizen who went to two centres is in both lines;
        // the total adds the lines, as a report per centre does.
        total.citizens += counts.citizens;
        total.new_citizens += counts.new_citizens;
        total.services += counts.services;
        total.participations += counts.participations;
        total.not_exportable.visits += counts.not_exportable.visits;
        lines.push(Line {
            centre: code.to_string(),
            name: centre.name.clone(),
            province: centre.province.code.to_owned(),
            counts,
        });
    }
    Ok(Report {
        month: month.to_owned(),
        lines,
        total,
    })
}

fn figures(c: &Counts) -> [u64; 6] {
    [
        c.visits,
        c.citizens,
        c.new_citizens,
        c.services,
        c.participations,
        c.not_exportable.visits,
    ]
}

pub fn csv(report: &Report) -> Result<Vec<u8>, ReportError> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(COLUMNS)?;
    for l in &report.lines {
        let mut row = vec![l.centre.clone(), l.name.clone(), l.province.clone()];
        row.extend(figures(&l.counts).map(|n| n.to_string()));
        w.write_record(&row)?;
    }
    let mut row = vec!["Totale".to_owned(), String::new(), String::new()];
    row.extend(figures(&report.total).map(|n| n.to_string()));
    w.write_record(&row)?;
    w.into_inner().map_err(|e| ReportError::Io(e.into_error()))
}

pub fn xlsx(report: &Report) -> Result<Vec<u8>, ReportError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = book.add_worksheet();
    sheet.set_name(format!("Rapporto {}", report.month))?;
    for (c, title) in COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *title, &bold)?;
    }
    let mut r = 1u32;
    for l in &report.lines {
        sheet.write_string(r, 0, &l.centre)?;
        sheet.write_string(r, 1, &l.name)?;
        sheet.write_string(r, 2, &l.province)?;
        for (i, n) in figures(&l.counts).iter().enumerate() {
            sheet.write_number(r, 3 + i as u16, *n as f64)?;
        }
        r += 1;
    }
    sheet.write_string_with_format(r, 0, "Totale", &bold)?;
    for (i, n) in figures(&report.total).iter().enumerate() {
        sheet.write_number_with_format(r, 3 + i as u16, *n as f64, &bold)?;
    }
    sheet.set_column_width(1, 48)?;
    Ok(book.save_to_buffer()?)
}
