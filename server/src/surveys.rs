//! The questionnaires this server serves and scores: every published version of the
//! DigComp survey, read from its data file (`server/surveys/digcomp/*.toml`, built into
//! the binary) and checked at start, so a broken definition stops the server rather
//! than reaching a phone.
//!
//! Old versions stay: a phone that began with one may send its answers after a new
//! one is published, and stored responses keep the version they were scored with.

use std::collections::BTreeMap;

use ponte_domain::survey::{Definition, DefinitionError, RubricItem};
use warp::hyper::body::Bytes;

/// Every published version, oldest first: (version, file). The last one is current.
const DIGCOMP: &[(&str, &str)] = &[
    ("2026.1", include_str!("../surveys/digcomp/2026.1.toml")),
    ("2026.2", include_str!("../surveys/digcomp/2026.2.toml")),
];

#[derive(Debug, thiserror::Error)]
pub enum SurveysError {
    #[error("survey version {version}: {source}")]
    Parse {
        version: &'static str,
        source: toml::de::Error,
    },
    #[error("survey version {version}: {source}")]
    Invalid {
        version: &'static str,
        source: DefinitionError,
    },
    #[error("the file of survey version {listed} says it is version {found}")]
    WrongVersion { listed: &'static str, found: String },
}

/// One version, ready to serve: its rubric and its JSON per language, made once.
pub struct Version {
    pub definition: Definition,
    pub rubric: Vec<RubricItem>,
    views: BTreeMap<String, Bytes>,
}

pub struct Surveys {
    versions: Vec<Version>,
}

impl Surveys {
    pub fn load() -> Result<Surveys, SurveysError> {
        Self::from_files(DIGCOMP)
    }

    fn from_files(files: &[(&'static str, &str)]) -> Result<Surveys, SurveysError> {
        let mut versions = Vec::new();
        for &(listed, text) in files {
            let definition: Definition =
                toml::from_str(text).map_err(|source| SurveysError::Parse {
                    version: listed,
                    source,
                })?;
            definition
                .validate()
                .map_err(|source| SurveysError::Invalid {
                    version: listed,
                    source,
                })?;
            if definition.version != listed {
                return Err(SurveysError::WrongVersion {
                    listed,
                    found: definition.version,
                });
            }
            let views = definition
                .languages
                .iter()
                .map(|lang| {
                    let json = serde_json::to_vec(&definition.view(lang))
                        .expect("a view always serialises");
                    (lang.clone(), Bytes::from(json))
                })
                .collect();
            versions.push(Version {
                rubric: definition.rubric(),
                definition,
                views,
            });
        }
        Ok(Surveys { versions })
    }

    /// The version new surveys are given with.
    pub fn current(&self) -> &Version {
        self.versions
            .last()
            .expect("at least one version is built in")
    }

    pub fn version(&self, version: &str) -> Option<&Version> {
        self.versions
            .iter()
            .find(|v| v.definition.version == version)
    }
}

impl Version {
    /// The definition in `lang` as JSON, or in the default language if it has no
    /// `lang`.
    pub fn view_json(&self, lang: &str) -> Bytes {
        let default = self
            .definition
            .languages
            .first()
            .map_or("it", String::as_str);
        self.views
            .get(lang)
            .or_else(|| self.views.get(default))
            .cloned()
            .unwrap_or_default()
    }

    /// `lang` if this version has it, else its default language.
    pub fn language<'a>(&'a self, lang: &'a str) -> &'a str {
        if self.views.contains_key(lang) {
            lang
        } else {
            self.definition
                .languages
                .first()
                .map_or("it", String::as_str)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::sha256;

    #[test]
    fn every_built_in_version_passes_its_checks() {
        let surveys = Surveys::load().unwrap();
        let current = surveys.current();
        assert_eq!(current.definition.version, "2026.2");
        // Guesses weigh little, "I don't know" is offered, and the right answer comes
        // with its reason.
        assert_eq!(current.definition.knowledge_points, 1);
        for item in current
            .definition
            .items
            .iter()
            .filter(|i| i.correct.is_some())
        {
            assert_eq!(item.explanation.len(), 2, "{}", item.id);
        }
        assert!(
            current
                .rubric
                .iter()
                .filter(|i| i.correct.is_some())
                .all(|i| i.dont_know)
        );
        // The older version is still accepted, scored as it was.
        let old = surveys.version("2026.1").unwrap();
        assert!(old.rubric.iter().all(|i| i.max_points == 3 && !i.dont_know));
        // Ten minutes on a phone: every area has a knowledge question and a few tasks.
        for area in 1..=5 {
            let items: Vec<_> = current
                .definition
                .items
                .iter()
                .filter(|i| i.area == area)
                .collect();
            assert!((3..=7).contains(&items.len()), "area {area}");
        }
        let json: serde_json::Value = serde_json::from_slice(&current.view_json("en")).unwrap();
        assert_eq!(json["lang"], "en");
        assert_eq!(json["items"][0]["options"][0]["value"], 0);
    }

    /// A published version never changes: editing its file fails here. Publish a new
    /// version instead (see the file's header).
    #[test]
    fn published_versions_are_unchanged() {
        let pinned = [
            (
                "2026.1",
                "69ce94ca66aa2d24f452141d2f8fa6d2f8215af99abe617f62feaf480aa50b62",
            ),
            (
                "2026.2",
                "496a1b4b07fd9b654d5fb12edf9084be996aa5252c472289d59d72ef2afab2ad",
            ),
        ];
        assert_eq!(DIGCOMP.len(), pinned.len(), "pin every published version");
        for ((version, text), (pinned_version, pinned_hash)) in DIGCOMP.iter().zip(pinned) {
            assert_eq!(*version, pinned_version);
            assert_eq!(
                hex::encode(sha256(text.as_bytes())),
                pinned_hash,
                "survey version {version} was edited after publication"
            );
        }
    }

    #[test]
    fn a_broken_definition_stops_the_start() {
        let good = DIGCOMP[0].1;
        let duplicate = good.replacen("id = \"video-call\"", "id = \"search-opening-hours\"", 1);
        assert!(matches!(
            Surveys::from_files(&[("2026.1", &duplicate)]),
            Err(SurveysError::Invalid {
                source: DefinitionError::DuplicateId(_),
                ..
            })
        ));
        let untranslated = good.replacen(
            "text.en = \"Make a video call with WhatsApp or another app.\"\n",
            "",
            1,
        );
        assert!(matches!(
            Surveys::from_files(&[("2026.1", &untranslated)]),
            Err(SurveysError::Invalid {
                source: DefinitionError::MissingTranslation { .. },
                ..
            })
        ));
        assert!(matches!(
            Surveys::from_files(&[("2027.1", good)]),
            Err(SurveysError::WrongVersion { .. })
        ));
        assert!(matches!(
            Surveys::from_files(&[("2026.1", "survey = ")]),
            Err(SurveysError::Parse { .. })
        ));
    }
}
