//! The app's hooks, one file each: what a page asks for (its title, data from the
//! server, a centre) and how a form sends (through the outbox), written once.

pub mod centre;
pub mod channel;
pub mod outbox;
pub mod remote;
pub mod submit;
pub mod title;

pub use centre::use_centre;
pub use channel::{AtKiosk, use_channel, use_flow_finished};
pub use outbox::use_outbox;
pub use remote::{Remote, use_remote};
pub use submit::{Submitted, Submitter, use_submit};
pub use title::use_title;
