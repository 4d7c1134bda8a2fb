//! The Italian codice fiscale: syntax, check character, omocodia, and what it tells
//! about its holder (birth date, sex, birth place code). See `shared/domain.md` §3.
//!
//! The same code runs in the registration form (instant, offline feedback) and in the
//! server (the last word), so they can never disagree about a code.

use std::fmt;

mod names;
pub use names::{NameMismatch, first_name_letters, names_for, surname_letters};

use crate::date::Date;

/// A syntactically valid codice fiscale with a correct check character, normalised to
/// upper case without spaces. It is personal data: never log it or put it in an error
/// message, and store only its keyed hash and an encrypted copy.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct CodiceFiscale(String);

/// Deliberately does not print the code, so a stray `{:?}` cannot leak it into a log.
impl fmt::Debug for CodiceFiscale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CodiceFiscale(…)")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Sex {
    F,
    M,
}

impl Sex {
    /// The code of the national gender list (AN7: A = F, B = M): the one mapping every
    /// reply and export uses.
    pub fn gender_code(self) -> &'static str {
        match self {
            Sex::F => "A",
            Sex::M => "B",
        }
    }
}

/// Why a code was refused. Messages never repeat the code itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CfError {
    #[error("a codice fiscale has 16 characters; this one has {0}")]
    Length(usize),
    #[error("character {position} should be {expected}")]
    Character {
        position: usize,
        expected: &'static str,
    },
    #[error("character 9 is the birth month and must be one of A B C D E H L M P R S T")]
    Month,
    #[error("characters 10–11 are the birth day: 01–31 for men, 41–71 for women")]
    Day,
    #[error("the birth date in the code is not a day of the calendar")]
    NoSuchDate,
    #[error("the last character does not match the others: check for a typing mistake")]
    CheckCharacter,
}

/// The omocodia substitutes for the digits 0–9.
const OMOCODIA: &[u8; 10] = b"LMNPQRSTUV";
const MONTHS: &[u8; 12] = b"ABCDEHLMPRST";
/// 1-based positions that hold digits, or their omocodia letters.
const NUMERIC_POSITIONS: [usize; 7] = [7, 8, 10, 11, 13, 14, 15];

impl CodiceFiscale {
    /// Normalises (trims, removes inner spaces, upper-cases) and checks a code.
    pub fn parse(input: &str) -> Result<Self, CfError> {
        let code: String = input
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let count = code.chars().count();
        if count != 16 {
            return Err(CfError::Length(count));
        }
        let b = code.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            let pos = i + 1;
            let ok = if NUMERIC_POSITIONS.contains(&pos) {
                c.is_ascii_digit() || OMOCODIA.contains(&c)
            } else {
                c.is_ascii_uppercase()
            };
            if !ok {
                return Err(CfError::Character {
                    position: pos,
                    expected: if NUMERIC_POSITIONS.contains(&pos) {
                        "a digit (or one of the letters L M N P Q R S T U V)"
                    } else {
                        "a letter"
                    },
                });
            }
        }
        if !MONTHS.contains(&b[8]) {
            return Err(CfError::Month);
        }
        let day = digit(b[9]) * 10 + digit(b[10]);
        if !(1..=31).contains(&day) && !(41..=71).contains(&day) {
            return Err(CfError::Day);
        }
        if check_character(&b[..15]) != b[15] {
            return Err(CfError::CheckCharacter);
        }
        Ok(CodiceFiscale(code))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn sex(&self) -> Sex {
        if self.raw_day() > 40 { Sex::F } else { Sex::M }
    }

    /// The Belfiore code of the birth comune (or `Z…` for a foreign country), with any
    /// omocodia letters turned back into digits.
    pub fn birth_place(&self) -> String {
        let b = self.0.as_bytes();
        let mut s = String::with_capacity(4);
        s.push(b[11] as char);
        for &c in &b[12..15] {
            s.push((b'0' + digit(c)) as char);
        }
        s
    }

    /// The birth date, choosing the century that gives a plausible age on `on` (the
    /// visit date): the code only carries two digits of the year.
    ///
    /// Rule: of 19yy and 20yy, keep the dates that are not after `on` and give an age up
    /// to 120; prefer one at which the person could legally use the service alone (14 or
    /// older), then the more recent. So `…20…` read in 2026 is 1920 (106), not 2020 (6),
    /// and `…10…` is 2010 (16), not 1910 (116).
    pub fn birth_date(&self, on: Date) -> Result<Date, CfError> {
        let b = self.0.as_bytes();
        let yy = u16::from(digit(b[6]) * 10 + digit(b[7]));
        let month = MONTHS
            .iter()
            .position(|m| *m == b[8])
            .map_or(0, |i| i as u8 + 1);
        let day = self.raw_day() % 40;
        let candidates: Vec<(Date, u16)> = [2000 + yy, 1900 + yy]
            .into_iter()
            .filter_map(|year| Date::new(year, month, day).ok())
            .filter(|d| *d <= on)
            .map(|d| (d, age_on(d, on)))
            .filter(|(_, age)| *age <= 120)
            .collect();
        candidates
            .iter()
            .find(|(_, age)| *age >= 14)
            .or(candidates.first())
            .map(|(d, _)| *d)
            .ok_or(CfError::NoSuchDate)
    }

    fn raw_day(&self) -> u8 {
        let b = self.0.as_bytes();
        digit(b[9]) * 10 + digit(b[10])
    }
}

/// The value of a digit position, reading omocodia letters as their digits.
fn digit(c: u8) -> u8 {
    if c.is_ascii_digit() {
        c - b'0'
    } else {
        OMOCODIA.iter().position(|l| *l == c).map_or(0, |i| i as u8)
    }
}

/// The check character of the first 15 characters (odd/even tables of the decree).
fn check_character(first15: &[u8]) -> u8 {
    const ODD: [u8; 26] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24,
        23,
    ];
    let sum: u32 = first15
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let index = if c.is_ascii_digit() {
                c - b'0'
            } else {
                c - b'A'
            };
            // Positions are 1-based in the rule: index 0 is position 1, an odd one.
            if i.is_multiple_of(2) {
                u32::from(ODD[usize::from(index)])
            } else {
                u32::from(index)
            }
        })
        .sum();
    b'A' + (sum % 26) as u8
}

/// Completes the first 15 characters of a code with their check character; `None` if
/// they are not 15 upper-case ASCII letters or digits. For test data and tools.
pub fn complete(first15: &str) -> Option<String> {
    let ok = first15.len() == 15
        && first15
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    ok.then(|| format!("{first15}{}", check_character(first15.as_bytes()) as char))
}

#[cfg(test)]
pub(crate) fn with_check(first15: &str) -> String {
    complete(first15).expect("15 upper-case letters or digits")
}

/// Whole years from `birth` to `on`. Someone born on 29 February turns a year older on
/// 1 March in common years.
pub fn age_on(birth: Date, on: Date) -> u16 {
    if on < birth {
        return 0;
    }
    let had_birthday = (on.month(), on.day()) >= (birth.month(), birth.day());
    on.year() - birth.year() - u16::from(!had_birthday)
}

/// The national age bands (AN8): 1 = 18–29, 2 = 30–54, 3 = 55–74, 4 = 75+, 5 = 14–17.
/// `None` below 14, whom no programme may count.
pub fn age_band(age: u16) -> Option<u8> {
    match age {
        0..=13 => None,
        14..=17 => Some(5),
        18..=29 => Some(1),
        30..=54 => Some(2),
        55..=74 => Some(3),
        _ => Some(4),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn accepts_the_reference_example_in_any_case_and_spacing() {
        let cf = CodiceFiscale::parse(" rss mra 80a01 h501u ").unwrap();
        assert_eq!(cf.as_str(), "RSSMRA80A01H501U");
        assert_eq!(cf.sex(), Sex::M);
        assert_eq!(cf.birth_place(), "H501");
        assert_eq!(cf.birth_date(d("2026-11-23")).unwrap(), d("1980-01-01"));
    }

    #[test]
    fn refuses_with_a_reason_and_never_echoes_the_code() {
        assert_eq!(
            CodiceFiscale::parse("RSSMRA80A01H501"),
            Err(CfError::Length(15))
        );
        assert_eq!(
            CodiceFiscale::parse("RSSMRA80A01H501UX"),
            Err(CfError::Length(17))
        );
        assert!(matches!(
            CodiceFiscale::parse("RSSMR480A01H501U"),
            Err(CfError::Character { position: 6, .. })
        ));
        assert!(matches!(
            CodiceFiscale::parse("RSSMRA8AA01H501U"),
            Err(CfError::Character { position: 8, .. })
        ));
        assert_eq!(
            CodiceFiscale::parse(&with_check("RSSMRA80F01H501")),
            Err(CfError::Month)
        );
        assert_eq!(
            CodiceFiscale::parse(&with_check("RSSMRA80A32H501")),
            Err(CfError::Day)
        );
        assert_eq!(
            CodiceFiscale::parse(&with_check("RSSMRA80A00H501")),
            Err(CfError::Day)
        );
        assert_eq!(
            CodiceFiscale::parse("RSSMRA80A01H501V"),
            Err(CfError::CheckCharacter)
        );
        assert!(matches!(
            CodiceFiscale::parse("RSSMRA80A01H50ÙU"),
            Err(CfError::Character { .. })
        ));
        let e = CodiceFiscale::parse("RSSMRA80A01H501V")
            .unwrap_err()
            .to_string();
        assert!(!e.contains("RSSMRA"));
        let cf = CodiceFiscale::parse("RSSMRA80A01H501U").unwrap();
        assert!(!format!("{cf:?}").contains("RSS"));
    }

    #[test]
    fn women_have_forty_added_to_the_day() {
        let cf = CodiceFiscale::parse(&with_check("BNCLRA85M61F205")).unwrap();
        assert_eq!(cf.sex(), Sex::F);
        assert_eq!(cf.birth_date(d("2026-01-01")).unwrap(), d("1985-08-21"));
        let cf = CodiceFiscale::parse(&with_check("BNCLRA85M71F205")).unwrap();
        assert_eq!(cf.birth_date(d("2026-01-01")).unwrap(), d("1985-08-31"));
    }

    #[test]
    fn omocodia_variants_are_the_same_person() {
        // Digits replaced from the right: 1 → M, 0 → L, 5 → R …
        let base = CodiceFiscale::parse("RSSMRA80A01H501U").unwrap();
        for variant in [
            "RSSMRA80A01H50M",
            "RSSMRA80A01H5LM",
            "RSSMRA80A01HRLM",
            "RSSMRA80A0MHRLM",
            "RSSMRA80ALMHRLM",
            "RSSMRA8LALMHRLM",
            "RSSMRAULALMHRLM",
        ] {
            let cf = CodiceFiscale::parse(&with_check(variant)).unwrap();
            assert_eq!(cf.birth_place(), "H501", "{variant}");
            assert_eq!(
                cf.birth_date(d("2026-11-23")),
                base.birth_date(d("2026-11-23")),
                "{variant}"
            );
            assert_eq!(cf.sex(), Sex::M);
        }
        // A letter outside L–V in a digit position is refused.
        assert!(matches!(
            CodiceFiscale::parse(&with_check("RSSMRA80A01H50A")),
            Err(CfError::Character { position: 15, .. })
        ));
    }

    #[test]
    fn century_makes_the_age_plausible() {
        let on = d("2026-11-23");
        let cf = |first15: &str| CodiceFiscale::parse(&with_check(first15)).unwrap();
        assert_eq!(
            cf("RSSMRA10A01H501").birth_date(on).unwrap(),
            d("2010-01-01")
        );
        assert_eq!(
            cf("RSSMRA20A01H501").birth_date(on).unwrap(),
            d("1920-01-01")
        );
        assert_eq!(
            cf("RSSMRA45A01H501").birth_date(on).unwrap(),
            d("1945-01-01")
        );
        assert_eq!(
            cf("RSSMRA99A01H501").birth_date(on).unwrap(),
            d("1999-01-01")
        );
        // Born in December 2026 is in the future on 23 November: 1926 it is.
        assert_eq!(
            cf("RSSMRA26T01H501").birth_date(on).unwrap(),
            d("1926-12-01")
        );
    }

    #[test]
    fn the_29th_of_february() {
        let cf = CodiceFiscale::parse(&with_check("RSSMRA04B29H501")).unwrap();
        let born = cf.birth_date(d("2026-11-23")).unwrap();
        assert_eq!(born, d("2004-02-29"));
        assert_eq!(age_on(born, d("2022-02-28")), 17);
        assert_eq!(age_on(born, d("2022-03-01")), 18);
        assert_eq!(age_on(born, d("2024-02-29")), 20);
        // 29 February 1900 did not exist and 2003 had none either.
        let bad = CodiceFiscale::parse(&with_check("RSSMRA03B29H501")).unwrap();
        assert_eq!(bad.birth_date(d("2026-11-23")), Err(CfError::NoSuchDate));
        let bad = CodiceFiscale::parse(&with_check("RSSMRA00B30H501")).unwrap();
        assert_eq!(bad.birth_date(d("2026-11-23")), Err(CfError::NoSuchDate));
    }

    #[test]
    fn gender_codes_are_the_national_lists() {
        for sex in [Sex::F, Sex::M] {
            let label = crate::codelists::label(crate::codelists::GENDER, sex.gender_code());
            assert_eq!(label, Some(format!("{sex:?}").as_str()));
        }
    }

    #[test]
    fn ages_and_bands() {
        let born = d("2008-11-24");
        assert_eq!(age_on(born, d("2026-11-23")), 17);
        assert_eq!(age_on(born, d("2026-11-24")), 18);
        assert_eq!(age_band(13), None);
        assert_eq!(age_band(14), Some(5));
        assert_eq!(age_band(17), Some(5));
        assert_eq!(age_band(18), Some(1));
        assert_eq!(age_band(29), Some(1));
        assert_eq!(age_band(30), Some(2));
        assert_eq!(age_band(55), Some(3));
        assert_eq!(age_band(74), Some(3));
        assert_eq!(age_band(75), Some(4));
    }
}
