//! Which addresses belong to which app bundle: the server answers them with that app's
//! page, the other apps link to them with a full page load, and the service worker
//! (`frontend/sw.js`, held to these lists by a server test) falls back to its shell
//! offline.
//!
//! The path from a poster to the pass (the centre's page, the sign-up, the pass, the
//! check-in) is kept apart from the questions (the skills survey, the visit
//! questionnaire, a report), so a person signing up does not download the questions
//! (README, "What the path weighs").

/// `/c/{code}/{page}` for these pages of the citizen app: the sign-up with the pass,
/// and the check-in; also `/e/{id}`, an event's presence.
pub const CITIZEN_PAGES: &[&str] = &["register", "checkin"];

/// `/c/{code}/{page}` for these pages of the questions app; also `/feedback`, a report
/// without a centre.
pub const QUESTION_PAGES: &[&str] = &["survey", "experience", "feedback"];

pub fn is_citizen_page(path: &str) -> bool {
    let mut parts = path.split('/').filter(|p| !p.is_empty());
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some("c"), Some(_), Some(page), None) => CITIZEN_PAGES.contains(&page),
        (Some("e"), Some(id), None, None) => {
            !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    }
}

pub fn is_questions_page(path: &str) -> bool {
    let mut parts = path.split('/').filter(|p| !p.is_empty());
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some("c"), Some(_), Some(page), None) => QUESTION_PAGES.contains(&page),
        (Some("feedback"), None, None, None) => true,
        _ => false,
    }
}

/// `/c/{code}`: the centre's page, which the server renders itself (no app bundle), so
/// links to it load a page and the service worker keeps it under its own address.
pub fn is_centre_page(path: &str) -> bool {
    let mut parts = path.split('/').filter(|p| !p.is_empty());
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some("c"), Some(_), None)
    )
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
    fn citizen_pages_questions_and_the_rest() {
        for path in ["/c/TOS-001/register", "/c/TOS-001/checkin", "/e/12"] {
            assert!(is_citizen_page(path) && !is_questions_page(path), "{path}");
        }
        for path in [
            "/c/TOS-001/survey",
            "/c/TOS-001/experience",
            "/c/TOS-001/feedback",
            "/feedback",
        ] {
            assert!(is_questions_page(path) && !is_citizen_page(path), "{path}");
        }
        for path in [
            "/",
            "/c/TOS-001",
            "/c/TOS-001/poster",
            "/c/TOS-001/survey/x",
            "/survey",
            "/e/x",
        ] {
            assert!(!is_citizen_page(path) && !is_questions_page(path), "{path}");
        }
        assert!(is_centre_page("/c/TOS-001") && is_centre_page("/c/TOS-001/"));
        assert!(
            !is_centre_page("/c/TOS-001/poster") && !is_centre_page("/c") && !is_centre_page("/")
        );
    }
}
