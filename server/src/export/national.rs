//! The national platform's monthly upload file ("Facilita"), in its own shape: the
//! columns in their order, the official code lists, `:` between several answers, dates
//! `aaaa-mm-gg`, durations `hh:mm`, one row per citizen × service, at most 9,000 rows a
//! file. The platform merges rows with the same facilitator, site, date, duration,
//! type, SE5, SE6 and SE7 into one service, so services that would merge by accident
//! (two sessions alike on one day) are told apart in SE7 by Ponte's service number:
//! merging the file gives back exactly the services recorded.
//!
//! The codice fiscale and the names are opened here and nowhere else. Citizens signed
//! up without a codice fiscale are left out and counted in the note beside the files.

use std::collections::{HashMap, HashSet};
use std::io::Write as _;

use std::path::Path;

use ponte_domain::service::MAX_DETAILS;
use ponte_domain::{Date, ProgrammeId};
use sha2::{Digest, Sha256};

use crate::secrets::Secrets;
use crate::store::{ExportedFile, Participant, RowFacts, ServiceForExport, Store, StoreError};

/// The columns, in the platform's order.
pub const COLUMNS: [&str; 33] = [
    "IDFacilitatore",
    "NominativoFacilitatore",
    "IDSede",
    "NominativoSede",
    "AN1",
    "AN2",
    "AN3",
    "AN4",
    "AN5",
    "AN6",
    "AN7",
    "AN8",
    "AN9",
    "AN10",
    "AN11",
    "AN12",
    "AN14",
    "AN17",
    "PR1",
    "PR2",
    "SE1",
    "SE2",
    "SE3",
    "SE4",
    "SE5",
    "SE6",
    "SE7",
    "ES1",
    "ES2",
    "ES3",
    "ES4",
    "ES5",
    "ES6",
];

/// The platform takes at most this many rows a file.
pub const MAX_ROWS: usize = 9_000;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the month is written YYYY-MM, like 2026-11")]
    Month,
    #[error("there is no programme '{0}'")]
    UnknownProgramme(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write the file: {0}")]
    Csv(#[from] csv::Error),
    #[error("cannot write the file: {0}")]
    Io(#[from] std::io::Error),
}

/// The month's file(s), in memory, ready to be written.
pub struct National {
    pub programme: String,
    pub month: String,
    pub files: Vec<(ExportedFile, Vec<u8>)>,
    /// Each file's rows as (citizen, service), in the files' order: logged with the
    /// file, so the retention knows which rows really went out.
    pub written: Vec<Vec<(u64, u64)>>,
    pub services: u32,
    pub rows: u32,
    /// Citizens without a codice fiscale who took part in a service of the month.
    pub left_out: u32,
    /// Citizens whose names the programme's retention deleted, who came again without
    /// signing up again: the platform needs names, so their rows wait for a new sign-up.
    pub names_purged: u32,
    /// Participations left out because the visit cannot be exported (under the
    /// programme's age, outside its period): the platform would refuse them.
    pub flagged: u32,
    /// Services whose every participant was left out: not in the file at all.
    pub services_left_out: u32,
}

/// What a build opens: the identities for the file itself; for a summary, nothing:
/// only the rows of each service are counted, none is built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Open {
    Identities,
    CountsOnly,
}

/// The first and last day of `YYYY-MM`.
pub fn month_days(month: &str) -> Result<(Date, Date), ExportError> {
    let (y, m) = month.split_once('-').ok_or(ExportError::Month)?;
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if y.len() != 4 || m.len() != 2 || !digits(y) || !digits(m) {
        return Err(ExportError::Month);
    }
    let year: u16 = y.parse().map_err(|_| ExportError::Month)?;
    let month: u8 = m.parse().map_err(|_| ExportError::Month)?;
    let first = Date::new(year, month, 1).map_err(|_| ExportError::Month)?;
    let last = Date::new(year, month, ponte_domain::date::days_in_month(year, month))
        .map_err(|_| ExportError::Month)?;
    Ok((first, last))
}

/// What the platform merges rows by (SE3 included: "type").
fn merge_key(
    r: &[String],
) -> (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
) {
    (
        r[0].clone(),
        r[2].clone(),
        r[20].clone(),
        r[21].clone(),
        r[22].clone(),
        r[24].clone(),
        r[25].clone(),
        r[26].clone(),
    )
}

/// The month's rows as they are decided, the same for the file and its summary: who is
/// left out and why (each citizen once), and the rows of each service written.
#[derive(Default)]
struct Tally {
    left_out: HashSet<u64>,
    names_purged: HashSet<u64>,
    flagged: u32,
    row_counts: Vec<usize>,
    services_left_out: u32,
}

impl Tally {
    /// Whether `r`'s row is written; what is not is counted by its reason.
    fn row(&mut self, r: RowFacts) -> bool {
        if !r.exportable {
            self.left_out.insert(r.citizen_id);
            false
        } else if r.names_purged {
            self.names_purged.insert(r.citizen_id);
            false
        } else if r.flagged {
            // Flagged at the check-in (under the programme's age, outside its
            // period): the platform's checks would refuse the row.
            self.flagged += 1;
            false
        } else {
            true
        }
    }

    /// A service with `written` rows: left out of the file when none.
    fn service(&mut self, written: usize) {
        if written == 0 {
            self.services_left_out += 1;
        } else {
            self.row_counts.push(written);
        }
    }
}

/// Builds the month's file(s) for `programme` — only `centres`' services when given (a
/// coordinator's ente) — `max_rows` rows at most each (the platform's [`MAX_ROWS`];
/// tests use fewer).
pub fn build(
    store: &Store,
    secrets: &Secrets,
    programme: &ProgrammeId,
    centres: Option<&[ponte_domain::CentreCode]>,
    month: &str,
    max_rows: usize,
    open: Open,
) -> Result<National, ExportError> {
    let (first, last) = month_days(month)?;
    let reference = store.reference();
    if reference.programme(programme).is_none() {
        return Err(ExportError::UnknownProgramme(programme.to_string()));
    }
    let in_scope = |centre: &str| centres.is_none_or(|cs| cs.iter().any(|c| c.as_str() == centre));
    let mut tally = Tally::default();
    if open == Open::CountsOnly {
        // A summary counts the rows of each service and builds none.
        store.each_service_rows(programme.as_str(), first, last, |s| {
            if in_scope(&s.centre) {
                let written = s.rows.into_iter().filter(|r| tally.row(*r)).count();
                tally.service(written);
            }
            Ok::<_, ExportError>(())
        })?;
        let parts = split(&tally.row_counts, max_rows);
        let several = parts.len() > 1;
        return Ok(National {
            programme: programme.to_string(),
            month: month.to_owned(),
            files: parts
                .iter()
                .enumerate()
                .map(|(n, rows)| {
                    let file = ExportedFile {
                        name: file_name(programme, month, several.then_some(n + 1)),
                        rows: *rows as u32,
                        sha256: String::new(),
                    };
                    (file, Vec::new())
                })
                .collect(),
            written: Vec::new(),
            services: tally.row_counts.len() as u32,
            rows: tally.row_counts.iter().sum::<usize>() as u32,
            left_out: tally.left_out.len() as u32,
            names_purged: tally.names_purged.len() as u32,
            flagged: tally.flagged,
            services_left_out: tally.services_left_out,
        });
    }
    let mut per_service: Vec<(u64, Vec<Vec<String>>)> = Vec::new();
    let mut citizens_of: Vec<Vec<u64>> = Vec::new();
    store.each_service_for_export(programme.as_str(), first, last, |s| {
        if !in_scope(&s.record.centre) {
            return Ok(());
        }
        let mut rows = Vec::new();
        let mut whose = Vec::new();
        for p in &s.participants {
            let facts = RowFacts {
                citizen_id: p.citizen_id,
                exportable: p.citizen.exportable,
                names_purged: p.citizen.names_purged_at.is_some(),
                flagged: !p.visit.not_exportable.is_empty(),
            };
            if tally.row(facts) {
                rows.push(row(&reference, secrets, &s, p)?);
                whose.push(p.citizen_id);
            }
        }
        tally.service(rows.len());
        if !rows.is_empty() {
            per_service.push((s.id, rows));
            citizens_of.push(whose);
        }
        Ok::<_, ExportError>(())
    })?;
    let Tally {
        left_out,
        names_purged,
        flagged,
        row_counts,
        services_left_out,
    } = tally;

    // Services that the platform would merge into one are told apart in SE7.
    let mut by_key: HashMap<_, Vec<usize>> = HashMap::new();
    for (i, (_, rows)) in per_service.iter().enumerate() {
        by_key.entry(merge_key(&rows[0])).or_default().push(i);
    }
    for clash in by_key.values().filter(|v| v.len() > 1) {
        for &i in clash {
            let (id, rows) = &mut per_service[i];
            let mark = format!(" (Ponte n. {id})");
            for r in rows.iter_mut() {
                let keep = MAX_DETAILS.saturating_sub(mark.chars().count());
                let details: String = r[26].chars().take(keep).collect();
                r[26] = format!("{}{mark}", details.trim_end());
            }
        }
    }

    let parts = split(&row_counts, max_rows);
    let several = parts.len() > 1;
    let mut all = per_service.iter().flat_map(|(_, rows)| rows.iter());
    let mut whose = per_service
        .iter()
        .zip(&citizens_of)
        .flat_map(|((service, _), citizens)| citizens.iter().map(move |c| (*c, *service)));
    let mut written = Vec::new();
    let mut written_rows = Vec::new();
    for (n, &count) in parts.iter().enumerate() {
        let rows: Vec<&Vec<String>> = all.by_ref().take(count).collect();
        written_rows.push(whose.by_ref().take(count).collect());
        let name = file_name(programme, month, several.then_some(n + 1));
        let bytes = csv_bytes(&rows)?;
        written.push((
            ExportedFile {
                name,
                rows: rows.len() as u32,
                sha256: hex::encode(Sha256::digest(&bytes)),
            },
            bytes,
        ));
    }
    Ok(National {
        programme: programme.to_string(),
        month: month.to_owned(),
        files: written,
        written: written_rows,
        services: per_service.len() as u32,
        rows: row_counts.iter().sum::<usize>() as u32,
        left_out: left_out.len() as u32,
        names_purged: names_purged.len() as u32,
        flagged,
        services_left_out,
    })
}

/// The rows of each file, from the rows of each service in order: at most
/// `max_rows` a file, a service never split between two (one larger than a file has
/// one of its own); one empty file for a month without rows.
fn split(row_counts: &[usize], max_rows: usize) -> Vec<usize> {
    let mut parts = Vec::new();
    let mut current = 0;
    for &n in row_counts {
        if current > 0 && current + n > max_rows {
            parts.push(current);
            current = 0;
        }
        current += n;
    }
    if current > 0 || parts.is_empty() {
        parts.push(current);
    }
    parts
}

fn file_name(programme: &ProgrammeId, month: &str, part: Option<usize>) -> String {
    match part {
        Some(n) => format!("{programme}-{month}-{n}.csv"),
        None => format!("{programme}-{month}.csv"),
    }
}

fn csv_bytes(rows: &[&Vec<String>]) -> Result<Vec<u8>, ExportError> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    w.write_record(COLUMNS)?;
    for r in rows {
        w.write_record(r.iter())?;
    }
    w.into_inner().map_err(|e| ExportError::Io(e.into_error()))
}

/// One citizen in one service, column by column.
fn row(
    reference: &crate::store::Reference,
    secrets: &Secrets,
    s: &ServiceForExport,
    p: &Participant,
) -> Result<Vec<String>, ExportError> {
    let record = &s.record;
    let service = &record.service;
    let who = p.citizen.identity(secrets)?;
    let (site_id, site_name) = site(reference, &record.centre, p.visit.site);
    let join = |codes: &[String]| codes.join(":");
    let age_band = p.visit.age_band.unwrap_or(p.citizen.age_band);
    let es = p.experience.as_ref();
    let details: String = service.details.chars().take(MAX_DETAILS).collect();
    Ok(vec![
        record.facilitator.clone(),
        record.facilitator.clone(),
        site_id,
        site_name,
        inert(who.first_name),
        inert(who.last_name),
        who.codice_fiscale.unwrap_or_default(),
        String::new(),
        String::new(),
        String::new(),
        p.citizen.sex.gender_code().to_owned(),
        age_band.to_string(),
        p.citizen.education.clone(),
        p.citizen.employment.clone(),
        p.citizen.citizenship.clone(),
        p.citizen.domicile.clone(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        service.date.to_string(),
        service.duration(),
        join(&service.types),
        join(&service.areas),
        join(&service.competences),
        join(&service.domains),
        inert(details),
        es.map(|e| join(&e.heard_from)).unwrap_or_default(),
        es.map(|e| join(&e.reason)).unwrap_or_default(),
        es.and_then(|e| e.come_back.clone()).unwrap_or_default(),
        inert(es.map(|e| e.topics.clone()).unwrap_or_default()),
        es.map(|e| join(&e.help_source)).unwrap_or_default(),
        es.map(|e| e.usefulness.to_string()).unwrap_or_default(),
    ])
}

/// Free text (a name, a facilitator's details, a citizen's topics) that a spreadsheet
/// would read as a formula (`=`, `+`, `-` or `@` first) is written with a leading
/// apostrophe, so opening the file never runs what someone typed; control characters
/// (a tab, a return) become spaces first.
fn inert(text: String) -> String {
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    match text.chars().next() {
        Some('=' | '+' | '-' | '@') => format!("'{text}"),
        _ => text,
    }
}

/// IDSede and NominativoSede: the centre's code for its main site, the code and the
/// site's number for the others.
fn site(reference: &crate::store::Reference, centre: &str, site: u8) -> (String, String) {
    let found = ponte_domain::CentreCode::parse(centre)
        .ok()
        .and_then(|c| reference.centre(&c));
    match found {
        Some(c) if site > 1 => {
            let address = c
                .sites()
                .nth(usize::from(site) - 1)
                .map(|s| s.address.clone())
                .unwrap_or_default();
            (
                format!("{centre}-{site}"),
                format!("{} – {address}", c.name),
            )
        }
        Some(c) => (centre.to_owned(), c.name.clone()),
        None => (centre.to_owned(), centre.to_owned()),
    }
}

/// Writes the files and, beside them, a note (in Italian, for the region's office) of
/// what is in them and who was left out.
pub fn write(national: &National, dir: &Path) -> Result<(), ExportError> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    // The files hold codici fiscali and names in clear: readable by their owner only,
    // and never written over (an earlier month's upload stays as it was sent).
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    let create = |name: &str, bytes: &[u8]| -> std::io::Result<()> {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(dir.join(name))?
            .write_all(bytes)
    };
    for (file, bytes) in &national.files {
        create(&file.name, bytes)?;
    }
    let mut note = Vec::new();
    writeln!(
        note,
        "Caricamento massivo {} – programma {}",
        national.month, national.programme
    )?;
    writeln!(
        note,
        "Servizi: {}; righe (cittadino × servizio): {}",
        national.services, national.rows
    )?;
    writeln!(
        note,
        "Cittadini senza codice fiscale esclusi dal file: {}",
        national.left_out
    )?;
    writeln!(
        note,
        "Partecipazioni escluse perché la visita non è esportabile (età inferiore al minimo del programma, fuori dal periodo): {}",
        national.flagged
    )?;
    writeln!(
        note,
        "Cittadini esclusi perché i loro nomi sono stati cancellati per la regola di conservazione (registrarli di nuovo per includerli): {}",
        national.names_purged
    )?;
    writeln!(
        note,
        "Servizi senza alcun partecipante esportabile, quindi assenti dal file: {}",
        national.services_left_out
    )?;
    for (file, _) in &national.files {
        writeln!(
            note,
            "{}\t{} righe\tSHA-256 {}",
            file.name, file.rows, file.sha256
        )?;
    }
    std::fs::write(
        dir.join(format!(
            "{}-{}-LEGGIMI.txt",
            national.programme, national.month
        )),
        note,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_never_becomes_a_formula() {
        assert_eq!(inert("=HYPERLINK(\"x\")".into()), "'=HYPERLINK(\"x\")");
        for lead in ["+", "-", "@"] {
            assert_eq!(inert(format!("{lead}1")), format!("'{lead}1"));
        }
        assert_eq!(inert("\t=1".into()), " =1");
        assert_eq!(inert("SPID con la CIE".into()), "SPID con la CIE");
        assert_eq!(inert("D'Angelo".into()), "D'Angelo");
    }

    #[test]
    fn files_hold_whole_services_up_to_the_limit() {
        assert_eq!(
            split(&[], 10),
            [0],
            "a month without rows is one empty file"
        );
        assert_eq!(split(&[4, 4, 2], 10), [10]);
        assert_eq!(split(&[4, 4, 3], 10), [8, 3], "a service is never split");
        assert_eq!(
            split(&[2, 12, 1], 10),
            [2, 12, 1],
            "a large group has a file of its own"
        );
    }

    #[test]
    fn months_are_written_one_way() {
        assert!(month_days("2026-11").is_ok());
        for bad in [
            "+202-+1", "2026-1", "2026-13", "26-11", "2026/11", "2026-00",
        ] {
            assert!(month_days(bad).is_err(), "{bad}");
        }
    }
}
