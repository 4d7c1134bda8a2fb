//! Weekly opening hours of a site, written the way a coordinator types them:
//! `lun 09:00-12:30; mer 15:00-18:00`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// The Italian abbreviation used in the text form (and the CSV).
    pub fn abbrev_it(self) -> &'static str {
        ["lun", "mar", "mer", "gio", "ven", "sab", "dom"][self as usize]
    }

    /// Accepts Italian or English abbreviations or full names, any case.
    fn parse(s: &str) -> Option<Self> {
        let s = crate::text::fold(s);
        let prefix: String = s.chars().take(3).collect();
        let by_it = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"];
        let by_en = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
        by_it
            .iter()
            .position(|d| *d == prefix)
            .or_else(|| by_en.iter().position(|d| *d == prefix))
            .map(|i| Self::ALL[i])
    }
}

/// Minutes after midnight, 0..=1440.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay(u16);

impl TimeOfDay {
    pub fn minutes(self) -> u16 {
        self.0
    }

    fn parse(s: &str) -> Option<Self> {
        let (h, m) = s.trim().split_once([':', '.'])?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return None;
        }
        let h: u16 = h.parse().ok()?;
        let m: u16 = m.parse().ok()?;
        (h < 24 && m < 60 || h == 24 && m == 0).then_some(TimeOfDay(h * 60 + m))
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

/// One opening interval on one weekday; `from` is always before `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slot {
    pub day: Weekday,
    pub from: TimeOfDay,
    pub to: TimeOfDay,
}

/// The weekly hours of a site, sorted, without overlaps. May be empty: mobile and
/// seasonal sites often open by appointment only.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct OpeningHours(Vec<Slot>);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("'{0}' is not like 'lun 09:00-12:30'")]
    Shape(String),
    #[error("'{0}' is not a weekday (lun, mar, mer, gio, ven, sab, dom)")]
    Day(String),
    #[error("'{0}' is not a time of day like 09:00")]
    Time(String),
    #[error("{0} must end after it starts")]
    Backwards(String),
    #[error("{0} overlaps another interval on the same day")]
    Overlap(String),
}

impl OpeningHours {
    pub fn slots(&self) -> &[Slot] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Total open minutes in a week (the Toscana call asks for about 24 hours).
    pub fn weekly_minutes(&self) -> u32 {
        self.0.iter().map(|s| u32::from(s.to.0 - s.from.0)).sum()
    }
}

impl FromStr for OpeningHours {
    type Err = HoursError;

    /// Parses `day hh:mm-hh:mm[, hh:mm-hh:mm]` groups separated by `;`. A day may hold
    /// several intervals (`lun 09:00-12:00, 15:00-18:00`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut slots = Vec::new();
        for group in s.split(';').map(str::trim).filter(|g| !g.is_empty()) {
            let (day_text, ranges) = group
                .split_once(char::is_whitespace)
                .ok_or_else(|| HoursError::Shape(group.to_owned()))?;
            let day = Weekday::parse(day_text).ok_or_else(|| HoursError::Day(day_text.into()))?;
            for range in ranges.split(',').map(str::trim) {
                let (a, b) = range
                    .split_once('-')
                    .ok_or_else(|| HoursError::Shape(group.to_owned()))?;
                let from = TimeOfDay::parse(a).ok_or_else(|| HoursError::Time(a.trim().into()))?;
                let to = TimeOfDay::parse(b).ok_or_else(|| HoursError::Time(b.trim().into()))?;
                if from >= to {
                    return Err(HoursError::Backwards(range.to_owned()));
                }
                slots.push(Slot { day, from, to });
            }
        }
        slots.sort();
        for pair in slots.windows(2) {
            if pair[0].day == pair[1].day && pair[1].from < pair[0].to {
                return Err(HoursError::Overlap(format!(
                    "{} {}-{}",
                    pair[1].day.abbrev_it(),
                    pair[1].from,
                    pair[1].to
                )));
            }
        }
        Ok(OpeningHours(slots))
    }
}

impl fmt::Display for OpeningHours {
    /// The canonical text form, which [`FromStr`] reads back unchanged.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first_day = true;
        let mut current: Option<Weekday> = None;
        for slot in &self.0 {
            if current == Some(slot.day) {
                write!(f, ", {}-{}", slot.from, slot.to)?;
            } else {
                if !first_day {
                    f.write_str("; ")?;
                }
                first_day = false;
                current = Some(slot.day);
                write!(f, "{} {}-{}", slot.day.abbrev_it(), slot.from, slot.to)?;
            }
        }
        Ok(())
    }
}

impl Serialize for OpeningHours {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for OpeningHours {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_canonically() {
        let h: OpeningHours = "mer 15:00-18:00;  LUN 9:00-12:30, 14.00-16.00"
            .parse()
            .unwrap();
        assert_eq!(
            h.to_string(),
            "lun 09:00-12:30, 14:00-16:00; mer 15:00-18:00"
        );
        assert_eq!(h.weekly_minutes(), 210 + 120 + 180);
        assert_eq!(h.to_string().parse::<OpeningHours>().unwrap(), h);
    }

    #[test]
    fn english_days_and_empty_hours() {
        let h: OpeningHours = "Monday 09:00-10:00".parse().unwrap();
        assert_eq!(h.to_string(), "lun 09:00-10:00");
        assert!("".parse::<OpeningHours>().unwrap().is_empty());
    }

    #[test]
    fn refuses_bad_hours_with_a_reason() {
        assert!(matches!(
            "lun".parse::<OpeningHours>(),
            Err(HoursError::Shape(_))
        ));
        assert!(matches!(
            "xyz 09:00-10:00".parse::<OpeningHours>(),
            Err(HoursError::Day(_))
        ));
        assert!(matches!(
            "lun 25:00-26:00".parse::<OpeningHours>(),
            Err(HoursError::Time(_))
        ));
        assert!(matches!(
            "lun 12:00-09:00".parse::<OpeningHours>(),
            Err(HoursError::Backwards(_))
        ));
        assert!(matches!(
            "lun 09:00-12:00; lun 11:00-13:00".parse::<OpeningHours>(),
            Err(HoursError::Overlap(_))
        ));
    }
}
