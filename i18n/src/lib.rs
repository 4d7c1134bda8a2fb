//! Ponte's Fluent catalogues (`frontend/src/i18n/*.ftl`) as data.
//!
//! The apps carry Italian compiled in (the frontend's build script turns each message
//! into static parts) and fetch any other language's messages only when a person
//! chooses it: the server compiles the same files into JSON with the same function, so
//! the first load does not grow with the languages. Only the Fluent Ponte uses is
//! supported — text, `{ $var }`, string and number literals, and selects on a variable
//! with numeric (`[0]`) or plural-category keys (`[one]`, `[few]`…) valid for the
//! language — and anything else is refused where it is compiled, never met at run time.

use std::collections::BTreeMap;

use ponte_domain::lang::Lang;
use serde::{Deserialize, Serialize};

#[cfg(feature = "compile")]
mod compile;
#[cfg(feature = "compile")]
pub use compile::{compile, compile_set};

/// One piece of a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Part {
    #[serde(rename = "t")]
    Text(String),
    #[serde(rename = "v")]
    Var(String),
    #[serde(rename = "s")]
    Select {
        var: String,
        variants: Vec<(Key, Vec<Part>)>,
        default: usize,
    },
}

/// A variant's key: an exact number first, then a plural category (Fluent's rule).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Key {
    #[serde(rename = "n")]
    Exact(i64),
    #[serde(rename = "p")]
    Plural(String),
}

/// A catalogue: each message's parts, by id, sorted.
pub type Catalogue = BTreeMap<String, Vec<Part>>;

/// A set of catalogues, one file per language: the common words of every app, the
/// citizen app's, the staff console's, the kiosk's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Set {
    /// The files' prefix: `citizen.` for `citizen.it.ftl`; empty for the common set.
    pub prefix: &'static str,
    /// Its name in addresses (`/i18n/ro/citizen.json`) and generated code.
    pub name: &'static str,
    /// The languages it is written in, Italian first.
    pub langs: &'static [Lang],
}

/// Every set the apps use. The centre's page set (`page.*.ftl`) is the server's own.
pub const SETS: [Set; 4] = [
    Set {
        prefix: "",
        name: "common",
        langs: &Lang::ALL,
    },
    Set {
        prefix: "citizen.",
        name: "citizen",
        langs: &Lang::ALL,
    },
    Set {
        prefix: "staff.",
        name: "staff",
        langs: &Lang::ALL,
    },
    Set {
        prefix: "kiosk.",
        name: "kiosk",
        langs: &Lang::ALL,
    },
];

impl Set {
    /// The set named `name`.
    pub fn named(name: &str) -> Option<Set> {
        SETS.into_iter().find(|s| s.name == name)
    }

    /// The file of this set in `lang`, relative to `frontend/src/i18n/`.
    pub fn file(&self, lang: Lang) -> String {
        format!("{}{}.ftl", self.prefix, lang.code())
    }
}

/// The JSON form of a served catalogue (parts in Italian's id order, no ids): raise it
/// with any change to [`Part`]'s serialisation or to that order.
pub const FORMAT: &str = "ponte-i18n/1;";

/// A short fingerprint of a catalogue's source (FNV-1a, 64 bits, hex): the app asks
/// for `?v=` this, so a browser's cached copy is replaced exactly when the words change.
/// The app's build and the server compute it from the same file.
pub fn version(source: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    // The form of the JSON is part of what the app reads: a new form is a new version
    // even of unchanged words.
    for byte in FORMAT.bytes().chain(source.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_word_is_a_new_version() {
        assert_ne!(version("a = Ciao"), version("a = Ciao!"));
        assert_eq!(version("a = Ciao").len(), 16);
    }

    #[test]
    fn the_json_form_is_short_and_reads_back() {
        let parts = vec![
            Part::Text("Ciao ".into()),
            Part::Var("name".into()),
            Part::Select {
                var: "count".into(),
                variants: vec![
                    (Key::Exact(0), vec![Part::Text("nessuno".into())]),
                    (Key::Plural("other".into()), vec![Part::Var("count".into())]),
                ],
                default: 1,
            },
        ];
        let json = serde_json::to_string(&parts).unwrap();
        assert_eq!(
            json,
            r#"[{"t":"Ciao "},{"v":"name"},{"s":{"var":"count","variants":[[{"n":0},[{"t":"nessuno"}]],[{"p":"other"},[{"v":"count"}]]],"default":1}}]"#
        );
        assert_eq!(serde_json::from_str::<Vec<Part>>(&json).unwrap(), parts);
    }
}
