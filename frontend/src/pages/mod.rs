//! One module per screen.

pub mod centre;
pub mod checkin;
pub mod event;
pub mod experience;
pub mod feedback;
pub mod home;
pub mod not_found;
pub mod poster;
pub mod register;
pub mod survey;
