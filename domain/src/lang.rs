//! The languages Ponte speaks, shared by the apps and by the pages the server renders,
//! so both pick the same one for a person.

/// The cookie that carries a person's language choice to the server's pages (the apps
/// keep it on the device too); a preference, not a tracker.
pub const COOKIE: &str = "ponte_lang";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    It,
    En,
    Ro,
    Sq,
    Ar,
    Uk,
    Zh,
    Es,
}

impl Lang {
    /// Every language of the citizens' screens, Italian first: the picker's order
    /// (then by how many residents in Italy speak it).
    pub const ALL: [Lang; 8] = [
        Lang::It,
        Lang::En,
        Lang::Ro,
        Lang::Sq,
        Lang::Ar,
        Lang::Uk,
        Lang::Zh,
        Lang::Es,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::En => "en",
            Lang::Ro => "ro",
            Lang::Sq => "sq",
            Lang::Ar => "ar",
            Lang::Uk => "uk",
            Lang::Zh => "zh",
            Lang::Es => "es",
        }
    }

    /// The language's own name, in its own script, as a speaker looks for it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::It => "Italiano",
            Lang::En => "English",
            Lang::Ro => "Română",
            Lang::Sq => "Shqip",
            Lang::Ar => "العربية",
            Lang::Uk => "Українська",
            Lang::Zh => "中文（简体）",
            Lang::Es => "Español",
        }
    }

    /// The BCP 47 tag the browser's `Intl` writes numbers and dates by: the language as
    /// written in the country most of its speakers in Italy come from (Arabic as in
    /// Morocco: Western digits, as on Italian documents, and a 24-hour clock).
    pub fn locale(self) -> &'static str {
        match self {
            Lang::It => "it-IT",
            Lang::En => "en-GB",
            Lang::Ro => "ro-RO",
            Lang::Sq => "sq-AL",
            Lang::Ar => "ar-MA",
            Lang::Uk => "uk-UA",
            Lang::Zh => "zh-CN",
            Lang::Es => "es-ES",
        }
    }

    /// The writing direction, for the page's `dir`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// What separates a number's whole part from its tenths ("12,5 ore", "12.5 hours"),
    /// as `Intl` writes it in [`Lang::locale`] (Arabic as in Morocco: "12,5").
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::En | Lang::Zh => '.',
            Lang::It | Lang::Ro | Lang::Sq | Lang::Ar | Lang::Uk | Lang::Es => ',',
        }
    }

    /// The CLDR cardinal plural category of a whole number `n` (Unicode CLDR 45 rules
    /// for integers), which a catalogue's `[one]`, `[few]`… variants are chosen by.
    pub fn plural(self, n: i64) -> &'static str {
        let n = n.unsigned_abs();
        let (n10, n100) = (n % 10, n % 100);
        match self {
            Lang::It | Lang::En | Lang::Sq | Lang::Es if n == 1 => "one",
            Lang::It | Lang::En | Lang::Sq | Lang::Es => "other",
            Lang::Ro if n == 1 => "one",
            Lang::Ro if n == 0 || (1..=19).contains(&n100) => "few",
            Lang::Ro => "other",
            Lang::Ar => match n {
                0 => "zero",
                1 => "one",
                2 => "two",
                _ if (3..=10).contains(&n100) => "few",
                _ if (11..=99).contains(&n100) => "many",
                _ => "other",
            },
            Lang::Uk if n10 == 1 && n100 != 11 => "one",
            Lang::Uk if (2..=4).contains(&n10) && !(12..=14).contains(&n100) => "few",
            Lang::Uk => "many",
            Lang::Zh => "other",
        }
    }

    /// The plural categories a catalogue in this language may use as variant keys.
    pub fn plural_categories(self) -> &'static [&'static str] {
        match self {
            Lang::It | Lang::En | Lang::Sq | Lang::Es => &["one", "other"],
            Lang::Ro => &["one", "few", "other"],
            Lang::Ar => &["zero", "one", "two", "few", "many", "other"],
            Lang::Uk => &["one", "few", "many", "other"],
            Lang::Zh => &["other"],
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

    #[test]
    fn plural_categories_follow_each_language() {
        let of = |l: Lang, ns: &[i64]| ns.iter().map(|&n| l.plural(n)).collect::<Vec<_>>();
        assert_eq!(of(Lang::It, &[0, 1, 2]), ["other", "one", "other"]);
        assert_eq!(
            of(Lang::Ro, &[0, 1, 2, 19, 20, 101, 119, 120]),
            ["few", "one", "few", "few", "other", "few", "few", "other"]
        );
        assert_eq!(
            of(Lang::Uk, &[1, 2, 5, 11, 12, 21, 22, 25, 111]),
            [
                "one", "few", "many", "many", "many", "one", "few", "many", "many"
            ]
        );
        assert_eq!(
            of(Lang::Ar, &[0, 1, 2, 3, 10, 11, 99, 100, 103]),
            [
                "zero", "one", "two", "few", "few", "many", "many", "other", "few"
            ]
        );
        assert_eq!(of(Lang::Zh, &[0, 1, 2]), ["other", "other", "other"]);
        // Every category a rule gives is one a catalogue may use.
        for l in Lang::ALL {
            for n in 0..1_000 {
                assert!(l.plural_categories().contains(&l.plural(n)), "{l:?} {n}");
            }
        }
    }
}
