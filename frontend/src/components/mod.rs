//! Pieces shared by several pages.

pub mod layout;
pub mod link;
pub mod pass;
pub mod privacy;
pub mod scale;
pub mod scanner;
pub mod status;
