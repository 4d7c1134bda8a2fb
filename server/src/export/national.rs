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

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::io::Write as _;

use std::path::Path;

use ponte_domain::service::MAX_DETAILS;
use ponte_domain::{Date, ProgrammeId};
use sha2::{Digest, Sha256};

use crate::secrets::Secrets;
use crate::store::{
    ExportedFile, Fate, Participant, RowFacts, ServiceForExport, Store, StoreError,
};

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
    #[error("a thread building the file stopped")]
    Thread,
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

/// A service's rows of the file, encoded as they are built (a month of a national
/// programme is a hundred thousand services: kept as 33 strings a row, they cost more
/// to hold and free than to build), with whose each row is.
struct ServiceRows {
    id: u64,
    date: Date,
    /// The rows as CSV lines, in the participants' order.
    csv: Vec<u8>,
    /// What the platform merges rows by, from its first row.
    key: MergeKey,
    /// The citizen of each row.
    citizens: Vec<u64>,
}

/// What a build opens: the identities for the file itself; for a summary, nothing:
/// the counters kept as services are written say what the file will hold.
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
type MergeKey = [String; 8];

fn merge_key(r: &[Cow<'_, str>]) -> MergeKey {
    [0, 2, 20, 21, 22, 24, 25, 26].map(|i| r[i].to_string())
}

/// The month's rows as they are decided (the same rule as the counters the summary
/// reads): who is left out and why (each citizen once), and the rows of each service.
#[derive(Default)]
struct Tally {
    left_out: HashSet<u64>,
    names_purged: HashSet<u64>,
    flagged: u32,
    services_left_out: u32,
}

impl Tally {
    /// Whether `r`'s row is written; what is not is counted by its reason.
    fn row(&mut self, r: RowFacts) -> bool {
        match r.fate() {
            Fate::Row => return true,
            Fate::NoCodiceFiscale => {
                self.left_out.insert(r.citizen_id);
            }
            Fate::NamesPurged => {
                self.names_purged.insert(r.citizen_id);
            }
            Fate::Flagged => self.flagged += 1,
        }
        false
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
    if open == Open::CountsOnly {
        // A summary reads the counters kept as services are written: no service.
        let counts = store.national_counts(programme.as_str(), first, last, centres)?;
        let sizes: Vec<(usize, usize)> = counts
            .sizes
            .iter()
            .map(|&(rows, n)| (rows as usize, n as usize))
            .collect();
        let parts = split(&sizes, max_rows);
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
            services: sizes.iter().map(|(_, n)| *n as u32).sum(),
            rows: sizes.iter().map(|(rows, n)| (rows * n) as u32).sum(),
            left_out: counts.left_out,
            names_purged: counts.names_purged,
            flagged: counts.flagged,
            services_left_out: counts.services_left_out,
        });
    }
    let in_scope = |centre: &str| centres.is_none_or(|cs| cs.iter().any(|c| c.as_str() == centre));
    // The month's days are shared among the machine's cores, each reading its own
    // days from the same snapshot: the rows are built in parallel and joined in the
    // days' order.
    let snapshot = store.snapshot()?;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    let spans = day_spans(first, last, threads);
    let built: Vec<Result<(Tally, Vec<ServiceRows>), ExportError>> = std::thread::scope(|scope| {
        let workers: Vec<_> = spans
            .iter()
            .map(|&(from, to)| {
                let (reference, in_scope, snapshot) = (&reference, &in_scope, &snapshot);
                scope.spawn(move || {
                    let mut tally = Tally::default();
                    let mut per_service = Vec::new();
                    snapshot.each_service_for_export(programme.as_str(), from, to, |s| {
                        if !in_scope(&s.record.centre) {
                            return Ok(());
                        }
                        let columns = ServiceColumns::of(&s);
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
                                rows.push(row(reference, secrets, &s, &columns, p)?);
                                whose.push(p.citizen_id);
                            }
                        }
                        if rows.is_empty() {
                            tally.services_left_out += 1;
                        } else {
                            let mut encoder = csv_writer();
                            for r in &rows {
                                encoder.write_record(r.iter().map(|c| c.as_bytes()))?;
                            }
                            per_service.push(ServiceRows {
                                id: s.id,
                                date: s.record.service.date,
                                csv: encoder
                                    .into_inner()
                                    .map_err(|e| ExportError::Io(e.into_error()))?,
                                key: merge_key(&rows[0]),
                                citizens: whose,
                            });
                        }
                        Ok::<_, ExportError>(())
                    })?;
                    Ok((tally, per_service))
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or(Err(ExportError::Thread)))
            .collect()
    });
    let mut tally = Tally::default();
    let mut per_service: Vec<ServiceRows> = Vec::new();
    for part in built {
        let (t, services) = part?;
        tally.left_out.extend(t.left_out);
        tally.names_purged.extend(t.names_purged);
        tally.flagged += t.flagged;
        tally.services_left_out += t.services_left_out;
        per_service.extend(services);
    }
    let Tally {
        left_out,
        names_purged,
        flagged,
        services_left_out,
    } = tally;
    // The file's order, which the counters' summary knows without the services: by
    // day, then by rows (the index gives each day's services by number; the sort keeps
    // that order among services of the same size).
    per_service.sort_by_key(|s| (s.date, s.citizens.len()));

    // Services that the platform would merge into one are told apart in SE7.
    let mut by_key: HashMap<&MergeKey, Vec<usize>> = HashMap::new();
    for (i, s) in per_service.iter().enumerate() {
        by_key.entry(&s.key).or_default().push(i);
    }
    let clashing: Vec<usize> = by_key
        .into_values()
        .filter(|v| v.len() > 1)
        .flatten()
        .collect();
    for i in clashing {
        mark_apart(&mut per_service[i])?;
    }

    let parts = split(
        &sizes(per_service.iter().map(|s| s.citizens.len())),
        max_rows,
    );
    let several = parts.len() > 1;
    let header = header()?;
    // A part is whole services (`split` never cuts one): their lines, one after another.
    let mut services = per_service.iter();
    let mut written = Vec::new();
    let mut written_rows = Vec::new();
    for (n, &count) in parts.iter().enumerate() {
        let mut bytes = header.clone();
        let mut whose = Vec::with_capacity(count);
        while whose.len() < count {
            let Some(s) = services.next() else { break };
            bytes.extend_from_slice(&s.csv);
            whose.extend(s.citizens.iter().map(|c| (*c, s.id)));
        }
        let name = file_name(programme, month, several.then_some(n + 1));
        written.push((
            ExportedFile {
                name,
                rows: whose.len() as u32,
                sha256: hex::encode(Sha256::digest(&bytes)),
            },
            bytes,
        ));
        written_rows.push(whose);
    }
    Ok(National {
        programme: programme.to_string(),
        month: month.to_owned(),
        files: written,
        written: written_rows,
        services: per_service.len() as u32,
        rows: per_service.iter().map(|s| s.citizens.len() as u32).sum(),
        left_out: left_out.len() as u32,
        names_purged: names_purged.len() as u32,
        flagged,
        services_left_out,
    })
}

/// `first..=last` in at most `n` spans of whole days, in order.
fn day_spans(first: Date, last: Date, n: usize) -> Vec<(Date, Date)> {
    let (a, b) = (first.days_since_epoch(), last.days_since_epoch());
    let days = (b - a + 1).max(1) as usize;
    let n = n.clamp(1, days);
    let at = |i: usize| a + (days * i / n) as i32;
    (0..n)
        .filter_map(|i| {
            let from = Date::from_days_since_epoch(at(i))?;
            let to = Date::from_days_since_epoch(at(i + 1) - 1)?;
            Some((from, to))
        })
        .collect()
}

/// Services' rows in order, as runs of (rows, services): the shape the counters keep.
fn sizes(rows: impl Iterator<Item = usize>) -> Vec<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for n in rows {
        match runs.last_mut() {
            Some((size, count)) if *size == n => *count += 1,
            _ => runs.push((n, 1)),
        }
    }
    runs
}

/// The rows of each file, from runs of (rows, services) in the file's order: at most
/// `max_rows` a file, a service never split between two (one larger than a file has
/// one of its own); one empty file for a month without rows. A run is taken a file's
/// worth at a time, so a national month is a few hundred steps.
fn split(runs: &[(usize, usize)], max_rows: usize) -> Vec<usize> {
    let mut parts = Vec::new();
    let mut current = 0;
    for &(n, mut count) in runs {
        while count > 0 {
            if current > 0 && current + n > max_rows {
                parts.push(current);
                current = 0;
            }
            // At least one: a service larger than a file has a file of its own.
            let fit = (max_rows.saturating_sub(current) / n.max(1))
                .max(1)
                .min(count);
            current += fit * n;
            count -= fit;
        }
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

/// The platform's CSV: CRLF, quotes only where needed.
fn csv_writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        // A service's few rows at a time.
        .buffer_capacity(1024)
        .from_writer(Vec::new())
}

fn header() -> Result<Vec<u8>, ExportError> {
    let mut w = csv_writer();
    w.write_record(COLUMNS)?;
    w.into_inner().map_err(|e| ExportError::Io(e.into_error()))
}

/// Adds Ponte's service number to SE7 of each of `s`'s rows, so that the platform does
/// not merge it with a service alike in every merged field. Rare (two sessions alike on
/// one day), so its lines are read back rather than every row kept as text.
fn mark_apart(s: &mut ServiceRows) -> Result<(), ExportError> {
    let mark = format!(" (Ponte n. {})", s.id);
    let keep = MAX_DETAILS.saturating_sub(mark.chars().count());
    let mut out = csv_writer();
    let mut lines = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&s.csv[..]);
    for r in lines.records() {
        let mut r: Vec<String> = r?.iter().map(str::to_owned).collect();
        let details: String = r[26].chars().take(keep).collect();
        r[26] = format!("{}{mark}", details.trim_end());
        out.write_record(&r)?;
    }
    s.csv = out
        .into_inner()
        .map_err(|e| ExportError::Io(e.into_error()))?;
    Ok(())
}

/// A service's columns, the same in each of its rows: made once a service.
struct ServiceColumns {
    date: String,
    duration: String,
    types: String,
    areas: String,
    competences: String,
    domains: String,
    details: String,
}

impl ServiceColumns {
    fn of(s: &ServiceForExport) -> ServiceColumns {
        let service = &s.record.service;
        let details: String = service.details.chars().take(MAX_DETAILS).collect();
        ServiceColumns {
            date: service.date.to_string(),
            duration: service.duration(),
            types: service.types.join(":"),
            areas: service.areas.join(":"),
            competences: service.competences.join(":"),
            domains: service.domains.join(":"),
            details: inert(&details).into_owned(),
        }
    }
}

/// One citizen in one service, column by column: borrowed from the records where the
/// value is already there, so a row costs few allocations (a national month is a
/// million of them).
fn row<'a>(
    reference: &'a crate::store::Reference,
    secrets: &Secrets,
    s: &'a ServiceForExport,
    columns: &'a ServiceColumns,
    p: &'a Participant,
) -> Result<Vec<Cow<'a, str>>, ExportError> {
    let record = &s.record;
    let who = p.citizen.identity(secrets)?;
    let (site_id, site_name) = site(reference, &record.centre, p.visit.site);
    let join = |codes: &'a [String]| -> Cow<'a, str> {
        match codes {
            [] => Cow::Borrowed(""),
            [one] => Cow::Borrowed(one),
            many => Cow::Owned(many.join(":")),
        }
    };
    let age_band = p.visit.age_band.unwrap_or(p.citizen.age_band);
    let es = p.experience.as_ref();
    let none = || Cow::Borrowed("");
    // The facilitator's e-mail may begin with `+` or `=`; a site's name comes from an
    // import: neither is left to a spreadsheet to read as a formula.
    let facilitator = inert(&record.facilitator);
    Ok(vec![
        facilitator.clone(),
        facilitator,
        site_id,
        if matches!(inert(&site_name), Cow::Borrowed(_)) {
            site_name
        } else {
            Cow::Owned(inert(&site_name).into_owned())
        },
        Cow::Owned(inert(&who.first_name).into_owned()),
        Cow::Owned(inert(&who.last_name).into_owned()),
        Cow::Owned(who.codice_fiscale.unwrap_or_default()),
        none(),
        none(),
        none(),
        Cow::Borrowed(p.citizen.sex.gender_code()),
        Cow::Owned(age_band.to_string()),
        Cow::Borrowed(&p.citizen.education),
        Cow::Borrowed(&p.citizen.employment),
        Cow::Borrowed(&p.citizen.citizenship),
        Cow::Borrowed(&p.citizen.domicile),
        none(),
        none(),
        none(),
        none(),
        Cow::Borrowed(&columns.date),
        Cow::Borrowed(&columns.duration),
        Cow::Borrowed(&columns.types),
        Cow::Borrowed(&columns.areas),
        Cow::Borrowed(&columns.competences),
        Cow::Borrowed(&columns.domains),
        Cow::Borrowed(&columns.details),
        es.map_or_else(none, |e| join(&e.heard_from)),
        es.map_or_else(none, |e| join(&e.reason)),
        es.and_then(|e| e.come_back.as_deref())
            .map_or_else(none, Cow::Borrowed),
        es.map_or_else(none, |e| inert(&e.topics)),
        es.map_or_else(none, |e| join(&e.help_source)),
        es.map_or_else(none, |e| Cow::Owned(e.usefulness.to_string())),
    ])
}

/// Free text (a name, a facilitator's details, a citizen's topics) that a spreadsheet
/// would read as a formula (`=`, `+`, `-` or `@` first) is written with a leading
/// apostrophe, so opening the file never runs what someone typed; control characters
/// (a tab, a return) become spaces first.
fn inert(text: &str) -> Cow<'_, str> {
    // Spreadsheets trim leading blanks (and a byte-order mark) before they look for a
    // formula: so does this.
    let formula = |t: &str| {
        matches!(
            t.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
                .chars()
                .next(),
            Some('=' | '+' | '-' | '@')
        )
    };
    if !formula(text) && !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if formula(&text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Owned(text)
    }
}

/// IDSede and NominativoSede: the centre's code for its main site, the code and the
/// site's number for the others.
fn site<'a>(
    reference: &'a crate::store::Reference,
    centre: &'a str,
    site: u8,
) -> (Cow<'a, str>, Cow<'a, str>) {
    let found = reference.centre_named(centre);
    match found {
        Some(c) if site > 1 => {
            let address = c
                .sites()
                .nth(usize::from(site) - 1)
                .map(|s| s.address.as_str())
                .unwrap_or_default();
            (
                Cow::Owned(format!("{centre}-{site}")),
                Cow::Owned(format!("{} – {address}", c.name)),
            )
        }
        Some(c) => (Cow::Borrowed(centre), Cow::Borrowed(&c.name)),
        None => (Cow::Borrowed(centre), Cow::Borrowed(centre)),
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
        assert_eq!(inert("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        for lead in ["+", "-", "@"] {
            assert_eq!(inert(&format!("{lead}1")), format!("'{lead}1"));
        }
        assert_eq!(
            inert("\t=1"),
            "' =1",
            "blanks first are trimmed by spreadsheets"
        );
        assert_eq!(inert("\u{feff}@SUM(1)"), "'\u{feff}@SUM(1)");
        assert_eq!(inert("+39@comune.it"), "'+39@comune.it");
        assert_eq!(inert("a\r\nb"), "a  b");
        assert_eq!(inert("SPID con la CIE"), "SPID con la CIE");
        assert_eq!(inert("D'Angelo"), "D'Angelo");
    }

    #[test]
    fn files_hold_whole_services_up_to_the_limit() {
        let split_each = |rows: &[usize], max| split(&sizes(rows.iter().copied()), max);
        assert_eq!(
            split_each(&[], 10),
            [0],
            "a month without rows is one empty file"
        );
        assert_eq!(split_each(&[4, 4, 2], 10), [10]);
        assert_eq!(
            split_each(&[4, 4, 3], 10),
            [8, 3],
            "a service is never split"
        );
        assert_eq!(
            split_each(&[2, 12, 1], 10),
            [2, 12, 1],
            "a large group has a file of its own"
        );
        assert_eq!(split_each(&[1; 25], 10), [10, 10, 5]);
        assert_eq!(split_each(&[3, 3, 3, 3, 3], 10), [9, 6]);
    }

    /// The runs' split is the service-by-service rule, for any sizes and limit.
    #[test]
    fn runs_split_as_services_one_by_one() {
        fn one_by_one(rows: &[usize], max: usize) -> Vec<usize> {
            let mut parts = Vec::new();
            let mut current = 0;
            for &n in rows {
                if current > 0 && current + n > max {
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
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |below: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % below) as usize
        };
        for _ in 0..2_000 {
            let max = 1 + next(30);
            let len = next(60);
            // Runs of equal sizes, as the counters give them.
            let rows: Vec<usize> = (0..len)
                .map(|i| 1 + (i / (1 + next(8))) % 7 + next(2) * next(40))
                .collect();
            assert_eq!(
                split(&sizes(rows.iter().copied()), max),
                one_by_one(&rows, max),
                "{rows:?} at {max}"
            );
        }
    }

    #[test]
    fn a_month_is_shared_in_whole_days_in_order() {
        let (first, last) = month_days("2026-02").unwrap();
        for n in 1..=40 {
            let spans = day_spans(first, last, n);
            assert_eq!(spans.len(), n.min(28), "{n}");
            assert_eq!(spans[0].0, first);
            assert_eq!(spans.last().unwrap().1, last);
            for w in spans.windows(2) {
                assert_eq!(
                    w[0].1.days_since_epoch() + 1,
                    w[1].0.days_since_epoch(),
                    "{n}: no day missed or twice"
                );
            }
        }
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
