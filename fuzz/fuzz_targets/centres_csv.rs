#![no_main]
//! The centres CSV import: any bytes give centres or a list of problems by row and
//! column, never a panic.

use libfuzzer_sys::fuzz_target;

static PROGRAMMES: std::sync::LazyLock<Vec<ponte_domain::Programme>> =
    std::sync::LazyLock::new(ponte_server::seed::programmes::official);

fuzz_target!(|data: &[u8]| {
    let programmes = &*PROGRAMMES;
    if let Ok(centres) = ponte_server::centres_csv::parse(data, programmes) {
        for c in centres {
            assert!(!c.code.as_str().is_empty());
        }
    }
});
