//! The centre search query (`GET /api/v1/centres?programme=&province=&q=`), parsed the
//! same way on both sides.

use crate::centre::Centre;
use crate::date::Date;
use crate::invalid::Invalid;
use crate::programme::ProgrammeId;
use crate::province::Province;
use crate::text::fold;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CentreQuery {
    pub programme: Option<ProgrammeId>,
    pub province: Option<&'static Province>,
    /// Folded words that must all appear in the centre's name, comune, address,
    /// organisation or code.
    pub words: Vec<String>,
}

impl CentreQuery {
    pub const MAX_TEXT: usize = 100;

    /// Reads decoded `key=value` pairs. Empty values count as absent; an unknown key or a
    /// repeated one is refused so that a typo is not silently ignored.
    pub fn from_pairs<K, V>(pairs: impl IntoIterator<Item = (K, V)>) -> Result<Self, Invalid>
    where
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let mut q = CentreQuery::default();
        let mut seen: Vec<String> = Vec::new();
        for (k, v) in pairs {
            let (k, v) = (k.as_ref(), v.as_ref().trim());
            let field: &'static str = match k {
                "programme" => "programme",
                "province" => "province",
                "q" => "q",
                other => {
                    return Err(Invalid::new(
                        "query",
                        format!("unknown parameter '{other}' (use programme, province, q)"),
                    ));
                }
            };
            if seen.iter().any(|s| s == field) {
                return Err(Invalid::new(field, "is given more than once"));
            }
            seen.push(field.to_owned());
            if v.is_empty() {
                continue;
            }
            match field {
                "programme" => q.programme = Some(ProgrammeId::parse(v)?),
                "province" => {
                    q.province = Some(Province::find(v).ok_or_else(|| {
                        Invalid::new("province", format!("'{v}' is not an Italian province"))
                    })?)
                }
                _ => {
                    if v.chars().count() > Self::MAX_TEXT {
                        return Err(Invalid::new(
                            "q",
                            format!("is longer than {} characters", Self::MAX_TEXT),
                        ));
                    }
                    q.words = fold(v).split(' ').map(str::to_owned).collect();
                    q.words.retain(|w| !w.is_empty());
                }
            }
        }
        Ok(q)
    }

    /// Whether a centre matches every part of the query. The server narrows by index
    /// first; the app filters a programme's list it already holds; both end here.
    pub fn matches(&self, centre: &Centre) -> bool {
        self.programme
            .as_ref()
            .is_none_or(|p| *p == centre.programme)
            && self.province.is_none_or(|p| p == centre.province)
            && self.matches_text(&[
                &centre.name,
                &centre.site.comune,
                &centre.site.address,
                &centre.organisation,
                centre.code.as_str(),
            ])
    }

    /// Whether the words all appear in the given texts (accent- and case-blind).
    pub fn matches_text(&self, haystack: &[&str]) -> bool {
        if self.words.is_empty() {
            return true;
        }
        let folded: String = haystack
            .iter()
            .map(|h| fold(h))
            .collect::<Vec<_>>()
            .join(" ");
        self.words.iter().all(|w| folded.contains(w.as_str()))
    }
}

/// `?from=&to=` of the attendance report: inclusive days, at most about ten years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    pub from: Date,
    pub to: Date,
}

impl DateRange {
    pub const MAX_DAYS: i32 = 3_700;
    /// Days shown when no `from` is given.
    pub const DEFAULT_DAYS: i32 = 30;

    /// Reads `from` and `to` (yyyy-mm-dd); `to` defaults to `today`, `from` to 30 days
    /// before `to`.
    pub fn parse(from: Option<&str>, to: Option<&str>, today: Date) -> Result<Self, Invalid> {
        let day = |field: &'static str, v: Option<&str>| -> Result<Option<Date>, Invalid> {
            match v.map(str::trim).filter(|v| !v.is_empty()) {
                None => Ok(None),
                Some(v) => v
                    .parse::<Date>()
                    .map(Some)
                    .map_err(|e| Invalid::new(field, e.to_string())),
            }
        };
        let (from, to) = (day("from", from)?, day("to", to)?);
        let to = to.unwrap_or(today);
        let from = match from {
            Some(f) => f,
            None => Date::from_days_since_epoch(to.days_since_epoch() - (Self::DEFAULT_DAYS - 1))
                .unwrap_or(to),
        };
        if from > to {
            return Err(Invalid::new("from", "must not be after 'to'"));
        }
        if to.days_since_epoch() - from.days_since_epoch() >= Self::MAX_DAYS {
            return Err(Invalid::new("from", "the period is longer than ten years"));
        }
        Ok(DateRange { from, to })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_known_parameters() {
        let q = CentreQuery::from_pairs([
            ("programme", "toscana"),
            ("province", "fi"),
            ("q", "  Biblioteca  Forlì "),
        ])
        .unwrap();
        assert_eq!(q.programme.unwrap().as_str(), "toscana");
        assert_eq!(q.province.unwrap().code, "FI");
        assert_eq!(q.words, ["biblioteca", "forli"]);
    }

    #[test]
    fn empty_values_are_absent() {
        assert_eq!(
            CentreQuery::from_pairs([("province", "")]).unwrap(),
            CentreQuery::default()
        );
    }

    #[test]
    fn refuses_unknown_repeated_and_bad_values_naming_the_field() {
        let e = CentreQuery::from_pairs([("provnce", "FI")]).unwrap_err();
        assert!(e.reason.contains("provnce"));
        assert_eq!(
            CentreQuery::from_pairs([("province", "XX")])
                .unwrap_err()
                .field,
            "province"
        );
        assert_eq!(
            CentreQuery::from_pairs([("programme", "a b")])
                .unwrap_err()
                .field,
            "programme"
        );
        assert_eq!(
            CentreQuery::from_pairs([("q", "a"), ("q", "b")])
                .unwrap_err()
                .field,
            "q"
        );
    }

    #[test]
    fn text_matching_is_accent_and_case_blind() {
        let q = CentreQuery::from_pairs([("q", "sant'angelo forli")]).unwrap();
        assert!(q.matches_text(&["Biblioteca Sant'Angelo", "Forlì"]));
        assert!(!q.matches_text(&["Biblioteca Sant'Angelo", "Cesena"]));
    }

    #[test]
    fn date_ranges() {
        let today: Date = "2026-11-23".parse().unwrap();
        let r = DateRange::parse(None, Some(""), today).unwrap();
        assert_eq!(
            (r.from.to_string(), r.to.to_string()),
            ("2026-10-25".into(), "2026-11-23".into())
        );
        let r = DateRange::parse(Some("2025-01-01"), Some("2025-12-31"), today).unwrap();
        assert_eq!(r.from.to_string(), "2025-01-01");
        assert_eq!(
            DateRange::parse(Some("2026-13-01"), None, today)
                .unwrap_err()
                .field,
            "from"
        );
        assert_eq!(
            DateRange::parse(Some("2026-11-24"), None, today)
                .unwrap_err()
                .field,
            "from"
        );
        assert_eq!(
            DateRange::parse(None, Some("ieri"), today)
                .unwrap_err()
                .field,
            "to"
        );
    }
}
