//! `/privacy`: what Ponte keeps on a phone, and its one cookie, in plain words. The
//! data given to a centre are the programme's privacy notice's (in the sign-up form);
//! this page is the information the cookie rules ask for even of a technical cookie.

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
