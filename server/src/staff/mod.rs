//! Staff accounts outside HTTP: password hashing and the brake on guessing them.

pub mod accounts;
pub mod password;
pub mod throttle;
