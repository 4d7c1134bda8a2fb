//! The two statements every citizen page links to from its footer, rendered by the
//! server: `/privacy`, what Ponte keeps on a phone and its one cookie, in plain words
//! (the data given to a centre are the programme's privacy notice's, in the sign-up
//! form; this is the information the cookie rules ask for even of a technical cookie);
//! and `/accessibility`, the accessibility statement on AgID's model, with the way to
//! report a barrier to each programme's administration.

use askama::Template;
use ponte_domain::lang::Lang;

use super::{Frame, Messages, Shell};

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyPage<'a> {
    frame: Frame<'a>,
}

pub fn render(
    shell: &Shell,
    messages: &Messages,
    lang: Lang,
    chosen: bool,
) -> Result<String, askama::Error> {
    PrivacyPage {
        frame: Frame::new(shell, messages, lang, chosen, None),
    }
    .render()
}

#[derive(Template)]
#[template(path = "accessibility.html")]
struct AccessibilityPage<'a> {
    frame: Frame<'a>,
    /// (administration, e-mail) of each programme: where a barrier is reported.
    contacts: Vec<(String, String)>,
}

pub fn render_accessibility(
    shell: &Shell,
    messages: &Messages,
    lang: Lang,
    chosen: bool,
    contacts: Vec<(String, String)>,
) -> Result<String, askama::Error> {
    AccessibilityPage {
        frame: Frame::new(shell, messages, lang, chosen, None),
        contacts,
    }
    .render()
}
