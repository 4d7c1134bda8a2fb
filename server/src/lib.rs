//! Ponte's server: the JSON API, the embedded redb store, and the admin commands.

pub mod centres_csv;
pub mod control;
pub mod export;
pub mod http;
pub mod ledger;
pub mod pages;
pub mod qr;
pub mod secrets;
pub mod seed;
pub mod serve;
pub mod staff;
pub mod store;
pub mod surveys;
