//! What this phone (or kiosk) keeps between visits: the citizen's pass, and the
//! submissions that are waiting for a connection. Both live in localStorage so they
//! survive a reload, a closed tab and a restart.

use gloo_storage::{LocalStorage, Storage};
use ponte_domain::Date;
use ponte_domain::api::{CheckinResponse, ErrorCode};
use ponte_domain::submission::SubmissionId;
use serde::{Deserialize, Serialize};

use crate::api::{Endpoint, Write};

const PASS_KEY: &str = ponte_domain::storage::PASS;
const OUTBOX_KEY: &str = ponte_domain::storage::OUTBOX;

/// The pass as the phone keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredPass {
    pub pass: String,
    pub code: String,
    /// The QR code of the pass, as the server drew it (SVG).
    #[serde(default)]
    pub qr_svg: String,
}

pub fn pass() -> Option<StoredPass> {
    LocalStorage::get(PASS_KEY).ok()
}

/// Whether a pass is kept, without decoding it (the visitor app only needs to know).
pub fn has_pass() -> bool {
    LocalStorage::raw()
        .get_item(PASS_KEY)
        .ok()
        .flatten()
        .is_some()
}

/// What waits in the outbox, by kind (check-ins, surveys, reports, questionnaires),
/// read without decoding it: the visitor app shows it too, and its first load is kept
/// small. Each entry names its endpoint's path once (`Endpoint::path`, the one place
/// the paths are written).
pub fn waiting_by_kind() -> [(&'static str, usize); 4] {
    let json = LocalStorage::raw()
        .get_item(OUTBOX_KEY)
        .ok()
        .flatten()
        .unwrap_or_default();
    [
        Endpoint::CheckIns,
        Endpoint::SurveyResponses,
        Endpoint::Feedback,
        Endpoint::Experience { visit: 0 },
    ]
    .map(|e| {
        // A questionnaire's path names its visit: its end is what they share; an
        // event's check-in ends like a centre's and is counted with them.
        let path = match e {
            Endpoint::Experience { .. } => "/experience".to_owned(),
            Endpoint::CheckIns => "/checkins".to_owned(),
            _ => e.path(),
        };
        (e.key(), json.matches(&format!("{path}\"")).count())
    })
}

pub fn save_pass(p: &StoredPass) {
    let _ = LocalStorage::set(PASS_KEY, p);
}

pub fn forget_pass() {
    LocalStorage::delete(PASS_KEY);
    LocalStorage::delete(PRIVACY_KEY);
}

/// programme id → the version of its privacy notice this phone's citizen acknowledged.
const PRIVACY_KEY: &str = "ponte.privacy";

/// Whether the citizen with this phone's pass has seen `version` of `programme`'s
/// notice (at sign-up, or when shown it again before a check-in).
pub fn privacy_seen(programme: &str, version: &str) -> bool {
    LocalStorage::get::<std::collections::BTreeMap<String, String>>(PRIVACY_KEY)
        .ok()
        .and_then(|m| m.get(programme).cloned())
        .is_some_and(|v| v == version)
}

pub fn note_privacy_seen(programme: &str, version: &str) {
    let mut seen: std::collections::BTreeMap<String, String> =
        LocalStorage::get(PRIVACY_KEY).unwrap_or_default();
    seen.insert(programme.to_owned(), version.to_owned());
    let _ = LocalStorage::set(PRIVACY_KEY, seen);
}

/// `CODE N DAY`: the site whose poster was scanned today (its QR carries `?site=N`),
/// so the check-in names it. Plain text rather than JSON: the visitor app writes it,
/// and that first load is kept small.
const SITE_KEY: &str = "ponte.site";

/// Keeps the site named in the page's address (`?site=N`), if any, for `centre`.
pub fn note_site_from_address(centre: &str) {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let site = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|kv| kv.strip_prefix("site="))
        .and_then(|n| n.parse::<u8>().ok());
    if let (Some(site), Some(day)) = (site, today()) {
        let _ = LocalStorage::raw().set_item(
            SITE_KEY,
            &format!("{centre} {site} {}", day.days_since_epoch()),
        );
    }
}

/// The site scanned today at `centre`, if any (else the check-in means the main one).
pub fn site(centre: &str) -> Option<u8> {
    let kept = LocalStorage::raw().get_item(SITE_KEY).ok()??;
    let mut parts = kept.split(' ');
    let (code, site, day) = (parts.next()?, parts.next()?, parts.next()?);
    let today = today()?.days_since_epoch().to_string();
    (code == centre && day == today).then(|| site.parse().ok())?
}

/// The last visit this phone checked in for, so that the visit questionnaire (ES1–ES6)
/// can be offered the same day on the same phone, and only once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LastVisit {
    pub id: u64,
    pub centre: String,
    pub date: Date,
    #[serde(default)]
    pub answered: bool,
}

const VISIT_KEY: &str = ponte_domain::storage::VISIT;

/// Whether this phone checked in at `centre` today and has not answered that visit's
/// questionnaire: read as text, for the visitor app's centre page (its first load is
/// kept small, so it does not decode the record).
pub fn questionnaire_open(centre: &str) -> bool {
    let (Some(kept), Some(today)) = (
        LocalStorage::raw().get_item(VISIT_KEY).ok().flatten(),
        today(),
    ) else {
        return false;
    };
    kept.contains(&format!("\"centre\":\"{centre}\""))
        && kept.contains(&format!("\"date\":\"{today}\""))
        && kept.contains("\"answered\":false")
}

pub fn last_visit() -> Option<LastVisit> {
    LocalStorage::get(VISIT_KEY).ok()
}

pub fn save_last_visit(v: &LastVisit) {
    let _ = LocalStorage::set(VISIT_KEY, v);
}

/// Keeps the visit a check-in reply names, whether it came at once or from the outbox.
pub fn note_checkin_reply(reply: &CheckinResponse) {
    let reply = reply.clone();
    let visit = LastVisit {
        id: reply.visit.id,
        centre: reply.visit.centre,
        date: reply.visit.date,
        answered: false,
    };
    // A replayed reply for a visit already kept must not undo "answered".
    if last_visit().is_none_or(|v| v.id != visit.id) {
        save_last_visit(&visit);
    }
}

/// Today's visit at `centre` that this phone checked in for, if any: the one the visit
/// questionnaire is about.
pub fn todays_visit(centre: &str) -> Option<LastVisit> {
    last_visit().filter(|v| v.centre == centre && Some(v.date) == today())
}

/// Today in Italy, by the phone's clock: the day a visit counts for.
pub fn today() -> Option<Date> {
    ponte_domain::clock::rome_date(now_seconds())
}

/// A write made while offline (or not yet answered): sent again, with the same
/// submission id, until the server answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pending {
    pub submission_id: SubmissionId,
    /// Where it goes. Earlier versions of the app stored the same path as `url`: an
    /// entry they queued is still read, and sent.
    #[serde(alias = "url")]
    pub endpoint: Endpoint,
    /// The JSON body, exactly as first made (so its time is the original one).
    pub body: String,
    /// When to try next (ms since the epoch) and how many times it was tried.
    #[serde(default)]
    pub next_try: f64,
    #[serde(default)]
    pub tries: u32,
}

impl Pending {
    /// A new write, to be sent at once.
    pub fn new(write: &Write) -> Pending {
        Pending {
            submission_id: write.submission_id(),
            endpoint: write.endpoint(),
            body: write.body(),
            next_try: 0.0,
            tries: 0,
        }
    }
}

/// A queued write the server later refused: kept to tell the citizen what was not
/// accepted and why, until they have read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RefusedWrite {
    pub submission_id: SubmissionId,
    pub endpoint: Endpoint,
    pub code: ErrorCode,
}

const REFUSED_KEY: &str = "ponte.refused";

pub fn refused() -> Vec<RefusedWrite> {
    LocalStorage::get(REFUSED_KEY).unwrap_or_default()
}

pub fn note_refused(r: RefusedWrite) {
    let mut all = refused();
    if !all.iter().any(|x| x.submission_id == r.submission_id) {
        all.push(r);
        let _ = LocalStorage::set(REFUSED_KEY, all);
    }
}

/// The citizen has read about these.
pub fn forget_refused() {
    LocalStorage::delete(REFUSED_KEY);
}

pub fn outbox() -> Vec<Pending> {
    LocalStorage::get(OUTBOX_KEY).unwrap_or_default()
}

pub fn save_outbox(items: &[Pending]) {
    let _ = LocalStorage::set(OUTBOX_KEY, items);
}

const KIOSK_KEY: &str = "ponte.kiosk";
/// The tablet's token alone, as a plain string: every write reads it (a phone, which has
/// none, pays one lookup), so it is never parsed out of the rest.
const KIOSK_TOKEN_KEY: &str = "ponte.kiosk.token";
const DEVICE_KEY: &str = "ponte.device";

/// What a centre's tablet keeps of its pairing: its token (sent as `x-ponte-kiosk`), its
/// centre and how long it waits untouched before wiping the screen.
#[derive(Debug, Clone, PartialEq)]
pub struct KioskPairing {
    pub token: String,
    pub centre: String,
    pub idle_seconds: u16,
}

/// The pairing's other facts, stored beside the token.
#[derive(Serialize, Deserialize)]
struct KioskPlace {
    centre: String,
    idle_seconds: u16,
}

pub fn kiosk() -> Option<KioskPairing> {
    let place: KioskPlace = LocalStorage::get(KIOSK_KEY).ok()?;
    Some(KioskPairing {
        token: kiosk_token()?,
        centre: place.centre,
        idle_seconds: place.idle_seconds,
    })
}

pub fn save_kiosk(k: &KioskPairing) {
    let _ = LocalStorage::raw().set_item(KIOSK_TOKEN_KEY, &k.token);
    let _ = LocalStorage::set(
        KIOSK_KEY,
        KioskPlace {
            centre: k.centre.clone(),
            idle_seconds: k.idle_seconds,
        },
    );
}

pub fn forget_kiosk() {
    LocalStorage::delete(KIOSK_TOKEN_KEY);
    LocalStorage::delete(KIOSK_KEY);
}

/// The tablet's token, if this is a paired tablet.
pub fn kiosk_token() -> Option<String> {
    LocalStorage::raw().get_item(KIOSK_TOKEN_KEY).ok().flatten()
}

/// What a shared tablet keeps between citizens: its pairing and the writes not yet sent
/// (a citizen's queued check-in must still arrive, once). Everything else in storage
/// belongs to the person who used it last, and is wiped — the per-device id too, so
/// each citizen at the tablet has the anonymous limits of one phone, not a share of
/// the tablet's.
pub const TABLET_KEYS: [&str; 3] = [KIOSK_KEY, KIOSK_TOKEN_KEY, OUTBOX_KEY];

/// A random id for this phone, so the server's limit on anonymous reports counts each
/// phone at a busy centre on its own. It says nothing about the person.
pub fn device_id() -> String {
    if let Ok(id) = LocalStorage::get::<String>(DEVICE_KEY) {
        return id;
    }
    let id = new_submission_id().to_string();
    let _ = LocalStorage::set(DEVICE_KEY, &id);
    id
}

/// A fresh random submission id (UUID version 4) from the browser's crypto.
pub fn new_submission_id() -> SubmissionId {
    let mut bytes = [0u8; 16];
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    if bytes == [0; 16] {
        // No crypto (very old browser): fall back to time and Math.random.
        let t = js_sys::Date::now() as u128;
        let r = (js_sys::Math::random() * 1e15) as u128;
        bytes = ((t << 64) ^ r).to_be_bytes();
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    SubmissionId::from_u128(u128::from_be_bytes(bytes))
}

/// Seconds since the epoch, by the phone's clock.
pub fn now_seconds() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}
