#![no_main]
//! Every JSON body the API takes, read and checked by the shared rules: whatever the
//! bytes, an answer (a value or a refusal naming the field), never a panic.

use libfuzzer_sys::fuzz_target;
use ponte_domain::Date;

fn body<T: serde::de::DeserializeOwned>(data: &[u8]) -> Option<T> {
    serde_json::from_slice(data).ok()
}

fuzz_target!(|data: &[u8]| {
    let now = 1_800_000_000;
    let today = Date::from_days_since_epoch(20_833).unwrap();
    if let Some(r) = body::<ponte_domain::registration::RegistrationRequest>(data) {
        for registered_by in [
            ponte_domain::registration::RegisteredBy::Citizen,
            ponte_domain::registration::RegisteredBy::Facilitator,
        ] {
            let rules = ponte_domain::registration::Rules {
                min_age: 18,
                without_codice_fiscale: true,
                privacy_version: "2026-12.r1".into(),
                registered_by,
            };
            let _ = r.validate(&rules, today);
        }
    }
    if let Some(r) = body::<ponte_domain::checkin::CheckinRequest>(data) {
        let _ = r.validate(now, 3, "2026-12.r1");
    }
    if let Some(r) = body::<ponte_domain::experience::ExperienceRequest>(data) {
        let _ = r.validate();
    }
    if let Some(r) = body::<ponte_domain::feedback::FeedbackRequest>(data) {
        let _ = r.validate();
    }
    if let Some(r) = body::<ponte_domain::feedback::ReviewRequest>(data) {
        let _ = r.validate();
    }
    if let Some(r) = body::<ponte_domain::service::ServiceRequest>(data) {
        let _ = r.validate(today);
    }
    if let Some(r) = body::<ponte_domain::event::EventRequest>(data) {
        let _ = r.validate(now);
    }
    if let Some(r) = body::<ponte_domain::event::EventCheckinRequest>(data) {
        let _ = ponte_domain::checkin::when(r.at, now);
        let _ = ponte_domain::pass::PassToken::parse(&r.pass);
    }
    if let Some(r) = body::<ponte_domain::progress::ShareRequest>(data) {
        let _ = r.validate();
    }
    if let Some(r) = body::<ponte_domain::staff::NewAccountRequest>(data) {
        let _ = r.validate();
    }
    if let Some(r) = body::<ponte_domain::staff::LoginRequest>(data) {
        let _ = ponte_domain::staff::Email::parse(&r.email);
    }
    if let Some(r) = body::<ponte_domain::staff::CitizenLookupRequest>(data) {
        let _ = ponte_domain::codice_fiscale::CodiceFiscale::parse(&r.codice_fiscale);
    }
    if let Some(r) = body::<ponte_domain::kiosk::PairRequest>(data) {
        let _ = ponte_domain::kiosk::parse_code(&r.code);
    }
});
