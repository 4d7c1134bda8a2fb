//! Which addresses belong to the citizen app, the second bundle: the server answers
//! them with its page, the visitor app links to them with a full page load, and the
//! service worker (`frontend/sw.js`, held to this list by a server test) falls back to
//! its shell offline.

/// `/c/{code}/{page}` for these pages; also `/feedback`, a report without a centre.
pub const CITIZEN_PAGES: &[&str] = &["register", "checkin", "survey", "experience", "feedback"];

pub fn is_citizen_page(path: &str) -> bool {
    let mut parts = path.split('/').filter(|p| !p.is_empty());
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some("c"), Some(_), Some(page), None) => CITIZEN_PAGES.contains(&page),
        (Some("feedback"), None, None, None) => true,
        (Some("e"), Some(id), None, None) => {
            !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    }
}

/// `/staff` and everything under it: the staff console, a third bundle.
pub fn is_staff_page(path: &str) -> bool {
    path == "/staff" || path.starts_with("/staff/")
}

/// `/kiosk`: a centre's tablet, a fourth bundle. One address only, so the kiosk never
/// leaves a history entry behind.
pub fn is_kiosk_page(path: &str) -> bool {
    path == "/kiosk" || path == "/kiosk/"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citizen_pages_and_the_rest() {
        for path in [
            "/c/TOS-001/register",
            "/c/TOS-001/checkin",
            "/c/TOS-001/survey",
            "/c/TOS-001/experience",
            "/c/TOS-001/feedback",
            "/feedback",
        ] {
            assert!(is_citizen_page(path), "{path}");
        }
        for path in [
            "/",
            "/c/TOS-001",
            "/c/TOS-001/poster",
            "/c/TOS-001/survey/x",
            "/survey",
        ] {
            assert!(!is_citizen_page(path), "{path}");
        }
    }
}
