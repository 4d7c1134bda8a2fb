//! The two statements every citizen page links to from its footer, rendered by the
//! server: `/privacy`, what Ponte keeps on a phone and its one cookie, in plain words
//! (the data given to a centre are the programme's privacy notice's, in the sign-up
//! form; this is the information the cookie rules ask for even of a technical cookie);
//! and `/accessibility`, the accessibility statement on AgID's model, with the way to
//! report a barrier to each programme's administration.

use askama::Template;
use ponte_domain::lang::Lang;

use super::{LanguageChoice, Messages, Shell, language_choices};

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyPage<'a> {
    lang: Lang,
    chosen: bool,
    shell: &'a Shell,
    messages: &'a Messages,
    languages: Vec<LanguageChoice>,
}

impl PrivacyPage<'_> {
    fn t(&self, id: &str) -> String {
        self.messages.t(self.lang, id)
    }
}

pub fn render(
    shell: &Shell,
    messages: &Messages,
    lang: Lang,
    chosen: bool,
) -> Result<String, askama::Error> {
    PrivacyPage {
        lang,
        chosen,
        shell,
        messages,
        languages: language_choices(lang, None),
    }
    .render()
}

#[derive(Template)]
#[template(path = "accessibility.html")]
struct AccessibilityPage<'a> {
    lang: Lang,
    chosen: bool,
    shell: &'a Shell,
    messages: &'a Messages,
    languages: Vec<LanguageChoice>,
    /// (administration, e-mail) of each programme: where a barrier is reported.
    contacts: Vec<(String, String)>,
}

impl AccessibilityPage<'_> {
    fn t(&self, id: &str) -> String {
        self.messages.t(self.lang, id)
    }
}

pub fn render_accessibility(
    shell: &Shell,
    messages: &Messages,
    lang: Lang,
    chosen: bool,
    contacts: Vec<(String, String)>,
) -> Result<String, askama::Error> {
    AccessibilityPage {
        lang,
        chosen,
        shell,
        messages,
        languages: language_choices(lang, None),
        contacts,
    }
    .render()
}
