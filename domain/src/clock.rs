//! Instants and the Italian calendar day they fall on.
//!
//! Counters are kept per day as a centre lives it: a visit at 00:30 in Rome on 1 March
//! counts for 1 March even though it is still 28 February in UTC. Italy follows the EU
//! rule (UTC+1, and UTC+2 from the last Sunday of March to the last Sunday of October,
//! switching at 01:00 UTC), so no time-zone database is needed.

use crate::date::Date;

/// Seconds since 1970-01-01T00:00:00Z.
pub type UnixSeconds = i64;

const DAY: i64 = 86_400;

/// The UTC calendar day of an instant.
pub fn utc_date(t: UnixSeconds) -> Option<Date> {
    Date::from_days_since_epoch(i32::try_from(t.div_euclid(DAY)).ok()?)
}

/// The day in Italy (Europe/Rome) of an instant.
pub fn rome_date(t: UnixSeconds) -> Option<Date> {
    utc_date(t + rome_offset(t))
}

/// Italy's offset from UTC at instant `t`, in seconds.
pub fn rome_offset(t: UnixSeconds) -> i64 {
    let Some(day) = utc_date(t) else { return 3600 };
    let year = day.year();
    let start = last_sunday(year, 3) * DAY + 3600;
    let end = last_sunday(year, 10) * DAY + 3600;
    if (start..end).contains(&t) {
        7200
    } else {
        3600
    }
}

/// Days since the epoch of the last Sunday of `month` in `year`.
fn last_sunday(year: u16, month: u8) -> i64 {
    let last = crate::date::days_in_month(year, month);
    let days = Date::new(year, month, last).map_or(0, |d| i64::from(d.days_since_epoch()));
    // 1970-01-01 was a Thursday: (days + 4) % 7 is 0 on Sundays.
    days - (days + 4).rem_euclid(7)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn dst_switches_on_the_last_sundays() {
        // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
        let mar29_0059 = 1_774_745_940; // 2026-03-29T00:59:00Z
        assert_eq!(rome_offset(mar29_0059), 3600);
        assert_eq!(rome_offset(mar29_0059 + 60), 7200);
        let oct25_0059 = 1_792_889_940; // 2026-10-25T00:59:00Z
        assert_eq!(rome_offset(oct25_0059), 7200);
        assert_eq!(rome_offset(oct25_0059 + 60), 3600);
    }

    #[test]
    fn late_evening_utc_is_the_next_day_in_rome() {
        let t = 1_772_319_600; // 2026-02-28T23:00:00Z = 1 March 00:00 in Rome
        assert_eq!(utc_date(t).unwrap(), d("2026-02-28"));
        assert_eq!(rome_date(t).unwrap(), d("2026-03-01"));
        assert_eq!(rome_date(t - 1).unwrap(), d("2026-02-28"));
    }
}
