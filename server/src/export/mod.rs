//! Files Ponte writes for others to read: the national monitoring platform's monthly
//! upload file.

pub mod national;
pub mod report;
