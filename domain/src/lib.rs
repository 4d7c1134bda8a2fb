//! Ponte's shared types and rules.
//!
//! This crate is compiled twice: natively into the server and to wasm32 into the app.
//! Anything that decides whether input is acceptable lives here, so the form that gives
//! instant (even offline) feedback and the server that has the last word can never
//! disagree. It is pure: no I/O, no clock, no randomness.

pub mod api;
pub mod centre;
pub mod checkin;
pub mod clock;
pub mod codelists;
pub mod codice_fiscale;
pub mod dashboard;
pub mod date;
pub mod event;
pub mod experience;
pub mod feedback;
pub mod hours;
pub mod invalid;
pub mod kiosk;
pub mod lang;
pub mod masking;
#[cfg(feature = "openapi")]
mod openapi;
pub mod pages;
pub mod pass;
pub mod privacy;
pub mod programme;
pub mod progress;
pub mod province;
pub mod query;
pub mod registration;
pub mod service;
pub mod staff;
pub mod storage;
pub mod submission;
pub mod survey;
pub mod text;

pub use centre::{Centre, CentreCode, CentreFields, Quota, Site, SiteKind};
pub use date::Date;
pub use hours::OpeningHours;
pub use invalid::Invalid;
pub use programme::{Programme, ProgrammeId, ProvinceTarget, Target};
pub use province::Province;
