//! The languages Ponte speaks, shared by the apps and by the pages the server renders,
//! so both pick the same one for a person.

/// The cookie that carries a person's language choice to the server's pages (the apps
/// keep it on the device too); a preference, not a tracker.
pub const COOKIE: &str = "ponte_lang";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    It,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::It, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::En => "en",
        }
    }

    /// The language's own name, as a speaker looks for it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::It => "Italiano",
            Lang::En => "English",
        }
    }

    /// What separates a number's whole part from its tenths ("12,5 ore", "12.5 hours").
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::It => ',',
            Lang::En => '.',
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language named in a `Cookie` header, if it is one Ponte speaks.
    pub fn from_cookie_header(header: &str) -> Option<Lang> {
        header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == COOKIE)
            .and_then(|(_, value)| Lang::from_code(value.trim()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_choice_from_a_cookie_header() {
        assert_eq!(
            Lang::from_cookie_header("a=1; ponte_lang=en; b=2"),
            Some(Lang::En)
        );
        assert_eq!(Lang::from_cookie_header("ponte_lang=xx"), None);
        assert_eq!(Lang::from_cookie_header("other_ponte_lang=en"), None);
        assert_eq!(Lang::from_cookie_header(""), None);
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
    }
}
