//! Centres as CSV (UTF-8, header row): all-or-nothing import and export.

use std::collections::HashMap;
use std::fmt;
use std::io::{Read, Write};

use ponte_domain::{Centre, CentreFields, Programme};

/// One thing wrong with the file, where a person can find it in a spreadsheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: u64,
    pub column: Option<String>,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(c) => write!(f, "line {}, column {}: {}", self.line, c, self.reason),
            None => write!(f, "line {}: {}", self.line, self.reason),
        }
    }
}

/// Reads and validates every row; returns the centres only if no row has a problem.
///
/// Comma- and semicolon-separated files are both read (Italian spreadsheets save with
/// `;`), and a leading byte-order mark is ignored.
pub fn parse(mut input: impl Read, programmes: &[Programme]) -> Result<Vec<Centre>, Vec<Problem>> {
    let mut bytes = Vec::new();
    if let Err(e) = input.read_to_end(&mut bytes) {
        return Err(vec![problem(0, None, format!("cannot read the file: {e}"))]);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let first_line = bytes.split(|b| *b == b'\n').next().unwrap_or(&[]);
    let delimiter = if first_line.contains(&b';') && !first_line.contains(&b',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(bytes);

    let mut problems = Vec::new();
    let header = match reader.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => return Err(vec![problem(1, None, e.to_string())]),
    };
    // Where each known column sits in this file.
    let mut position: HashMap<&'static str, usize> = HashMap::new();
    for (i, name) in header.iter().enumerate() {
        let name = String::from_utf8_lossy(name).trim().to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        match CentreFields::COLUMNS.iter().find(|c| **c == name) {
            Some(c) if position.contains_key(c) => {
                problems.push(problem(1, Some(c), "column appears twice".into()))
            }
            Some(c) => {
                position.insert(c, i);
            }
            None => problems.push(problem(
                1,
                Some(&name),
                format!(
                    "unknown column (expected: {})",
                    CentreFields::COLUMNS.join(", ")
                ),
            )),
        }
    }
    for c in CentreFields::COLUMNS {
        if !position.contains_key(c) {
            problems.push(problem(1, Some(c), "missing column".into()));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let mut centres = Vec::new();
    let mut first_line_of: HashMap<String, u64> = HashMap::new();
    for record in reader.byte_records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                problems.push(problem(line, None, e.to_string()));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| line_at(bytes, p.byte()));
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            continue; // blank line
        }
        if record.len() > header.len() {
            problems.push(problem(
                line,
                None,
                format!(
                    "has {} fields but the header has {}",
                    record.len(),
                    header.len()
                ),
            ));
            continue;
        }
        let mut utf8_ok = true;
        let mut get = |name: &'static str| -> String {
            let raw = record.get(position[name]).unwrap_or(b"");
            match std::str::from_utf8(raw) {
                Ok(s) => s.to_owned(),
                Err(_) => {
                    utf8_ok = false;
                    problems.push(problem(
                        line,
                        Some(name),
                        "is not UTF-8 text (save the file as \"CSV UTF-8\")".into(),
                    ));
                    String::new()
                }
            }
        };
        let fields = CentreFields {
            code: get("code"),
            name: get("name"),
            programme: get("programme"),
            organisation: get("organisation"),
            province: get("province"),
            comune: get("comune"),
            address: get("address"),
            site_kind: get("site_kind"),
            opening_hours: get("opening_hours"),
            quota_citizens: get("quota_citizens"),
            quota_services: get("quota_services"),
        };
        if !utf8_ok {
            continue;
        }
        match fields.validate(programmes) {
            Ok(centre) => {
                let code = centre.code.to_string();
                if let Some(first) = first_line_of.get(&code) {
                    problems.push(problem(
                        line,
                        Some("code"),
                        format!("{code} is already on line {first}"),
                    ));
                } else {
                    first_line_of.insert(code, line);
                    centres.push(centre);
                }
            }
            Err(errors) => {
                for e in errors {
                    problems.push(problem(line, Some(e.field), e.reason));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(centres)
    } else {
        Err(problems)
    }
}

/// The 1-based line where the record at byte `offset` begins. The csv crate's own line
/// count points at a blank line before the record, which would send a person to the
/// wrong row.
fn line_at(bytes: &[u8], offset: u64) -> u64 {
    let mut start = usize::try_from(offset)
        .unwrap_or(usize::MAX)
        .min(bytes.len());
    while start < bytes.len() && matches!(bytes[start], b'\n' | b'\r') {
        start += 1;
    }
    1 + bytes[..start].iter().filter(|b| **b == b'\n').count() as u64
}

fn problem(line: u64, column: Option<&str>, reason: String) -> Problem {
    Problem {
        line,
        column: column.map(str::to_owned),
        reason,
    }
}

/// Writes centres with the same columns [`parse`] reads, so an export imports back.
pub fn write(out: impl Write, centres: &[Centre]) -> Result<(), csv::Error> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CentreFields::COLUMNS)?;
    for c in centres {
        let f = CentreFields::from(c);
        w.write_record([
            &f.code,
            &f.name,
            &f.programme,
            &f.organisation,
            &f.province,
            &f.comune,
            &f.address,
            &f.site_kind,
            &f.opening_hours,
            &f.quota_citizens,
            &f.quota_services,
        ])?;
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seed::programmes::official;

    const HEADER: &str = "code,name,programme,organisation,province,comune,address,site_kind,opening_hours,quota_citizens,quota_services\n";

    #[test]
    fn reads_italian_text_and_round_trips() {
        let csv = format!(
            "{HEADER}TOS-900,Biblioteca di Sant'Angelo,toscana,\"Comune di Forlì, Ufficio URP\",FI,Firenze,Via dell'Agnolo 5,main,lun 09:00-13:00,800,1200\n"
        );
        let centres = parse(csv.as_bytes(), &official()).unwrap();
        assert_eq!(centres[0].organisation, "Comune di Forlì, Ufficio URP");
        let mut out = Vec::new();
        write(&mut out, &centres).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), csv);
    }

    #[test]
    fn reads_semicolons_and_a_bom() {
        let csv = format!(
            "\u{feff}{}TOS-1;Punto;toscana;Comune;Prato;Prato;Via Roma 1;branch;;;\n",
            HEADER.replace(',', ";")
        );
        let centres = parse(csv.as_bytes(), &official()).unwrap();
        assert_eq!(centres[0].province.code, "PO");
    }

    #[test]
    fn reports_every_bad_row_by_line_and_column() {
        let csv = format!(
            "{HEADER}TOS-1,A,toscana,E,FI,Firenze,Via A 1,main,,1,1\n\
             TOS-2,B,toscana,E,Atlantide,Firenze,Via A 1,main,,1,1\n\
             \n\
             tos-1,C,toscana,E,FI,Firenze,Via A 1,main,,1,1\n\
             TOS-4,D,toscana,E,FI,Firenze,Via A 1,main,lun 9-10,x,1\n"
        );
        let problems = parse(csv.as_bytes(), &official()).unwrap_err();
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "line 3, column province: 'Atlantide' is not an Italian province",
                "line 5, column code: TOS-1 is already on line 2",
                "line 6, column opening_hours: '9' is not a time of day like 09:00",
                "line 6, column quota_citizens: 'x' is not a whole number between 0 and 1000000",
            ]
        );
    }

    #[test]
    fn reports_missing_and_unknown_columns() {
        let csv = "code,name,programme,nmae\nTOS-1,A,toscana,x\n";
        let problems = parse(csv.as_bytes(), &official()).unwrap_err();
        assert_eq!(
            problems[0].to_string().split(':').next().unwrap(),
            "line 1, column nmae"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.to_string() == "line 1, column province: missing column")
        );
    }

    #[test]
    fn refuses_non_utf8() {
        let mut csv = HEADER.as_bytes().to_vec();
        csv.extend_from_slice(b"TOS-1,Forl\xec,toscana,E,FI,Firenze,Via A 1,main,,1,1\n");
        let problems = parse(csv.as_slice(), &official()).unwrap_err();
        assert_eq!(problems[0].column.as_deref(), Some("name"));
        assert_eq!(problems[0].line, 2);
    }
}
