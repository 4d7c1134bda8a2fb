//! Table definitions: the database schema in one place.
//!
//! Records are JSON so that a field added later reads back from an old file with its
//! serde default; hot counters are fixed-size tuples; keys are plain strings, numbers or
//! tuples so ranges follow the index order.

use redb::{MultimapTableDefinition, TableDefinition, WriteTransaction};

/// programme id → `Programme` JSON.
pub const PROGRAMMES: TableDefinition<&str, &[u8]> = TableDefinition::new("programmes");

/// centre code → `Centre` JSON.
pub const CENTRES: TableDefinition<&str, &[u8]> = TableDefinition::new("centres");

/// Sequences and other small numbers: name → value.
pub const META: TableDefinition<&str, u64> = TableDefinition::new("meta");

/// citizen id → `CitizenRecord` JSON. Personal fields are sealed inside it.
pub const CITIZENS: TableDefinition<u64, &[u8]> = TableDefinition::new("citizens");

/// HMAC-SHA256 of the codice fiscale → citizen id: how a citizen is found again.
pub const CITIZEN_BY_LOOKUP: TableDefinition<&[u8], u64> =
    TableDefinition::new("citizen_by_lookup");

/// SHA-256 of a pass token → (citizen id, revoked).
pub const PASSES: TableDefinition<&[u8], (u64, bool)> = TableDefinition::new("passes");

/// A pass's short code (`ABCD-EFGH`, printed under its QR) → SHA-256 of every pass
/// that has it: how staff revoke a pass read off a phone. The short code alone cannot
/// check in.
pub const PASS_CODES: MultimapTableDefinition<&str, &[u8]> =
    MultimapTableDefinition::new("pass_codes");

/// submission id (16 bytes) → format tag · request hash · sealed reply (see
/// `submissions`): what a retry gets back.
pub const SUBMISSIONS: TableDefinition<&[u8], &[u8]> = TableDefinition::new("submissions");

/// (day written, submission id) → (): which replies to prune, oldest first.
pub const SUBMISSION_DAYS: TableDefinition<(i32, &[u8]), ()> =
    TableDefinition::new("submission_days");

/// visit id → `VisitRecord` JSON.
pub const VISITS: TableDefinition<u64, &[u8]> = TableDefinition::new("visits");

/// (citizen id, centre code) → visits of that citizen at that centre.
pub const CITIZEN_AT_CENTRE: TableDefinition<(u64, &str), u32> =
    TableDefinition::new("citizen_at_centre");

/// (citizen id, programme id) → day (since the epoch) of their first visit in it.
pub const CITIZEN_IN_PROGRAMME: TableDefinition<(u64, &str), i32> =
    TableDefinition::new("citizen_in_programme");

/// (centre code, day since the epoch) → attendance counters for that day, updated in
/// the same transaction as each visit so reports never scan visits.
/// Values: (visits, unique citizens at the centre, new citizens in the programme,
/// participations). A participation is a citizen in a service, as the national
/// platform counts them: added by services, not by check-ins.
pub const CENTRE_DAYS: TableDefinition<(&str, i32), (u32, u32, u32, u32)> =
    TableDefinition::new("centre_days");

/// (centre code, day, citizen id) → the visit id: who came on a day (one visit per
/// citizen, centre and day), and the distinct citizens of a period without reading
/// the visits.
pub const CENTRE_DAY_CITIZENS: TableDefinition<(&str, i32, u64), u64> =
    TableDefinition::new("centre_day_citizens");

/// (centre code, day, reason) → visits that day that cannot be exported, by
/// `NotExportable` reason.
pub const CENTRE_DAY_NOT_EXPORTABLE: TableDefinition<(&str, i32, &str), u32> =
    TableDefinition::new("centre_day_not_exportable");

/// report id → `FeedbackRecord` JSON (masked text; contact sealed).
pub const FEEDBACK: TableDefinition<u64, &[u8]> = TableDefinition::new("feedback");

/// (programme id or "" without a centre, day, service code or "local", category) →
/// (reports, sum of severities): the feedback summary reads only these.
pub const FEEDBACK_COUNTS: TableDefinition<(&str, i32, &str, &str), (u32, u32)> =
    TableDefinition::new("feedback_counts");

/// report id → `ReviewRecord` JSON: a report's status and reply, set by staff (the
/// report itself and its counters are never changed).
pub const FEEDBACK_REVIEWS: TableDefinition<u64, &[u8]> = TableDefinition::new("feedback_reviews");

/// visit id → `Experience` JSON: the citizen's ES1–ES6 answers about that visit.
pub const EXPERIENCES: TableDefinition<u64, &[u8]> = TableDefinition::new("experiences");

/// (programme id, day of the visit, question, code) → how many chose it. Questions are
/// `heard_from`, `reason`, `come_back`, `help_source` and `usefulness` (codes "1"–"5",
/// one per questionnaire, so they also count the questionnaires).
pub const EXPERIENCE_COUNTS: TableDefinition<(&str, i32, &str, &str), u32> =
    TableDefinition::new("experience_counts");

/// (surveys, at least basic, sums of areas 1–5).
pub type SkillSums = (u64, u64, i64, i64, i64, i64, i64);

/// survey response id → the response (answers, scores, phase; a citizen id at most).
pub const SURVEY_RESPONSES: TableDefinition<u64, &[u8]> = TableDefinition::new("survey_responses");

/// citizen id → their entry survey and latest exit, to decide the phase and the change.
pub const SURVEY_CITIZENS: TableDefinition<u64, &[u8]> = TableDefinition::new("survey_citizens");

/// (centre code, day, "entry" | "exit" | "pair") → (surveys, how many at least basic,
/// sum of area 1..5 percentages). For "pair" rows the sums are of exit − entry changes;
/// the skills report reads only these.
pub const SKILL_SUMS: TableDefinition<(&str, i32, &str), SkillSums> =
    TableDefinition::new("skill_sums");

/// e-mail → `AccountRecord` JSON: staff accounts, with their Argon2id hash.
pub const STAFF_ACCOUNTS: TableDefinition<&str, &[u8]> = TableDefinition::new("staff_accounts");

/// SHA-256 of a session token → `SessionRecord` JSON. The token itself is only in the
/// staff member's cookie.
pub const STAFF_SESSIONS: TableDefinition<&[u8], &[u8]> = TableDefinition::new("staff_sessions");

/// service id → `ServiceRecord` JSON.
pub const SERVICES: TableDefinition<u64, &[u8]> = TableDefinition::new("services");

/// (centre code, day) → (services, minutes): the services recorded for that day.
pub const CENTRE_DAY_SERVICES: TableDefinition<(&str, i32), (u32, u32)> =
    TableDefinition::new("centre_day_services");

/// (centre code, day, field, code) → services that day carrying that code; fields are
/// `type` (SE3), `area` (SE4), `competence` (SE5) and `domain` (SE6).
pub const SERVICE_CODES: TableDefinition<(&str, i32, &str, &str), u32> =
    TableDefinition::new("service_codes");

/// event id → `EventRecord` JSON.
pub const EVENTS: TableDefinition<u64, &[u8]> = TableDefinition::new("events");

/// (centre code, start, event id) → (): a centre's events in time order.
pub const CENTRE_EVENTS: TableDefinition<(&str, i64, u64), ()> =
    TableDefinition::new("centre_events");

/// (event id, citizen id) → (arrival order, present, visit id): who came to an event.
pub const EVENT_PEOPLE: TableDefinition<(u64, u64), (u32, bool, u64)> =
    TableDefinition::new("event_people");

/// event id → (present, waitlisted, arrivals): kept with each attendance.
pub const EVENT_COUNTS: TableDefinition<u64, (u32, u32, u32)> =
    TableDefinition::new("event_counts");

/// pairing code → `Pairing` JSON: a kiosk pairing offered by a facilitator, used once.
pub const KIOSK_PAIRINGS: TableDefinition<&str, &[u8]> = TableDefinition::new("kiosk_pairings");

/// kiosk id → `KioskRecord` JSON.
pub const KIOSKS: TableDefinition<u64, &[u8]> = TableDefinition::new("kiosks");

/// SHA-256 of a kiosk's token → kiosk id.
pub const KIOSK_TOKENS: TableDefinition<&[u8], u64> = TableDefinition::new("kiosk_tokens");

/// centre code → seconds a kiosk of the centre waits untouched before it wipes its
/// screen (absent: `kiosk::IDLE_DEFAULT`).
pub const KIOSK_IDLE: TableDefinition<&str, u16> = TableDefinition::new("kiosk_idle");

/// (programme, day, service id): a programme's services by day, so the month's national
/// file reads its own services and no others.
pub const PROGRAMME_DAY_SERVICES: TableDefinition<(&str, i32, u64), ()> =
    TableDefinition::new("programme_day_services");

/// export id → `ExportRecord` JSON: every national file made, who made it and each
/// file's SHA-256. Only ever appended to.
pub const NATIONAL_EXPORTS: TableDefinition<u64, &[u8]> = TableDefinition::new("national_exports");

/// (programme, province sigla, day) → (citizens new to the programme, services,
/// participations) that day: a programme's progress against its targets read from a
/// few rows a day, never from citizens or visits.
pub const PROGRAMME_DAYS: TableDefinition<(&str, &str, i32), (u32, u32, u32)> =
    TableDefinition::new("programme_days");

/// centre code → (citizens new to the programme first seen there, services) since the
/// start: each centre's progress to its share without reading its days.
pub const CENTRE_TOTALS: TableDefinition<&str, (u32, u32)> = TableDefinition::new("centre_totals");

/// (programme, day, centre code) → citizens new to the programme first seen at that
/// centre that day: the last four weeks of every centre of a programme are one range,
/// where `CENTRE_DAYS` (keyed by centre first) needs one lookup per centre.
pub const PROGRAMME_CENTRE_DAYS: TableDefinition<(&str, i32, &str), u32> =
    TableDefinition::new("programme_centre_days");

/// centre code → its share of its programme's citizens' target, as the region set it
/// (absent: in proportion to the import's quotas, or an equal part).
pub const CENTRE_SHARES: TableDefinition<&str, u32> = TableDefinition::new("centre_shares");

/// (distinct citizens, visits, new citizens, services, participations).
pub type ScopeFigures = (u32, u32, u32, u32, u32);

/// (scope, bucket, period) → (distinct citizens, visits, new citizens, services,
/// participations): the dashboard's figures for a whole day (`d`), week (`w`) or month
/// (`m`) of a centre (`c/TOS-001`), a programme's province (`p/toscana/FI`) or a
/// programme (`p/toscana`), kept with each visit and service. Distinct citizens only
/// add up within one row, so they are counted here and nowhere else.
pub const SCOPE_PERIODS: TableDefinition<(&str, u8, i32), ScopeFigures> =
    TableDefinition::new("scope_periods");

/// (scope, month, field, code) → the new citizens of that month with that age band,
/// gender, citizenship, education or employment, or the services with that type,
/// competence or public service: the dashboard's breakdowns, by whole month (rows by
/// day would be three times as many writes for an edge few read).
pub const SCOPE_CODES: TableDefinition<(&str, i32, &str, &str), u32> =
    TableDefinition::new("scope_codes");

/// (citizen id, day, centre code) → (): the days a citizen came and where, so a visit
/// can tell whether it is the citizen's first of its week or month in a centre, a
/// province or a programme (a visit queued offline may arrive after a later one).
pub const CITIZEN_DAYS: TableDefinition<(u64, i32, &str), ()> =
    TableDefinition::new("citizen_days");

/// sequence → `RightsAct` JSON: every lookup, copy and erasure of a citizen's data at
/// their request, appended, never rewritten.
pub const RIGHTS_LOG: TableDefinition<u64, &[u8]> = TableDefinition::new("rights_log");

/// (citizen id, service id) → when a national file holding that row was last made:
/// written with the export log, so the retention of names deletes them only once every
/// row of the citizen is known to have gone into a file (not "the month was exported").
pub const REPORTED_ROWS: TableDefinition<(u64, u64), i64> = TableDefinition::new("reported_rows");

/// What each service put in its month's national file (a JSON `Contribution`), so that
/// a change to one of its participants takes back exactly what was added.
pub const NATIONAL_CONTRIBUTIONS: TableDefinition<u64, &[u8]> =
    TableDefinition::new("national_contributions");

/// (citizen, service): the services to count again when a citizen's names are purged or
/// given back, or the citizen is erased.
pub const NATIONAL_CITIZEN_SERVICES: TableDefinition<(u64, u64), ()> =
    TableDefinition::new("national_citizen_services");

/// (programme, day, rows) → services with that many rows in the national file: the
/// month's file parts follow from these without reading a service.
pub const NATIONAL_DAY_SIZES: TableDefinition<(&str, i32, u32), u32> =
    TableDefinition::new("national_day_sizes");

/// (programme, centre, day, rows) → services: the same for one centre (a coordinator's
/// file holds only their centres).
pub const NATIONAL_CENTRE_DAY_SIZES: TableDefinition<(&str, &str, i32, u32), u32> =
    TableDefinition::new("national_centre_day_sizes");

/// (programme, month's first day, centre) → (services left out whole, participations
/// flagged at the check-in).
pub const NATIONAL_CENTRE_MONTHS: TableDefinition<(&str, i32, &str), (u32, u32)> =
    TableDefinition::new("national_centre_months");

/// (programme, month's first day, reason, citizen, centre) → services: the citizens the
/// month's file leaves out (reason 0: no codice fiscale; 1: names purged), each counted
/// once however many services they had.
pub const NATIONAL_LEFT_OUT: TableDefinition<(&str, i32, u8, u64, &str), u32> =
    TableDefinition::new("national_left_out");

pub fn create_all(tx: &WriteTransaction) -> Result<(), redb::TableError> {
    tx.open_table(NATIONAL_CONTRIBUTIONS)?;
    tx.open_table(NATIONAL_CITIZEN_SERVICES)?;
    tx.open_table(NATIONAL_DAY_SIZES)?;
    tx.open_table(NATIONAL_CENTRE_DAY_SIZES)?;
    tx.open_table(NATIONAL_CENTRE_MONTHS)?;
    tx.open_table(NATIONAL_LEFT_OUT)?;
    tx.open_table(REPORTED_ROWS)?;
    tx.open_table(RIGHTS_LOG)?;
    tx.open_table(SCOPE_PERIODS)?;
    tx.open_table(SCOPE_CODES)?;
    tx.open_table(CITIZEN_DAYS)?;
    tx.open_table(CENTRE_SHARES)?;
    tx.open_table(PROGRAMME_DAYS)?;
    tx.open_table(CENTRE_TOTALS)?;
    tx.open_table(PROGRAMME_CENTRE_DAYS)?;
    tx.open_table(PROGRAMME_DAY_SERVICES)?;
    tx.open_table(NATIONAL_EXPORTS)?;
    tx.open_table(KIOSK_PAIRINGS)?;
    tx.open_table(KIOSK_IDLE)?;
    tx.open_table(KIOSKS)?;
    tx.open_table(KIOSK_TOKENS)?;
    tx.open_table(EVENTS)?;
    tx.open_table(CENTRE_EVENTS)?;
    tx.open_table(EVENT_PEOPLE)?;
    tx.open_table(EVENT_COUNTS)?;
    tx.open_table(STAFF_ACCOUNTS)?;
    tx.open_table(STAFF_SESSIONS)?;
    tx.open_table(SERVICES)?;
    tx.open_table(CENTRE_DAY_SERVICES)?;
    tx.open_table(SERVICE_CODES)?;
    tx.open_table(EXPERIENCES)?;
    tx.open_table(EXPERIENCE_COUNTS)?;
    tx.open_table(SURVEY_RESPONSES)?;
    tx.open_table(SURVEY_CITIZENS)?;
    tx.open_table(SKILL_SUMS)?;
    tx.open_table(FEEDBACK)?;
    tx.open_table(FEEDBACK_COUNTS)?;
    tx.open_table(FEEDBACK_REVIEWS)?;
    tx.open_table(PROGRAMMES)?;
    tx.open_table(CENTRES)?;
    tx.open_table(META)?;
    tx.open_table(CITIZENS)?;
    tx.open_table(CITIZEN_BY_LOOKUP)?;
    tx.open_table(PASSES)?;
    tx.open_multimap_table(PASS_CODES)?;
    tx.open_table(SUBMISSIONS)?;
    tx.open_table(SUBMISSION_DAYS)?;
    tx.open_table(VISITS)?;
    tx.open_table(CITIZEN_AT_CENTRE)?;
    tx.open_table(CITIZEN_IN_PROGRAMME)?;
    tx.open_table(CENTRE_DAYS)?;
    tx.open_table(CENTRE_DAY_CITIZENS)?;
    tx.open_table(CENTRE_DAY_NOT_EXPORTABLE)?;
    Ok(())
}
