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

/// The texts of a published version in more languages: (version, language, file).
/// A translation is not the definition: the items, keys and scoring stay the published
/// file's (pinned by its checksum), so a translation can be added or bettered without a
/// new version, and a response is scored the same in every language.
const TRANSLATIONS: &[(&str, &str, &str)] = &[
    (
        "2026.2",
        "ro",
        include_str!("../surveys/digcomp/2026.2.ro.toml"),
    ),
    (
        "2026.2",
        "sq",
        include_str!("../surveys/digcomp/2026.2.sq.toml"),
    ),
    (
        "2026.2",
        "ar",
        include_str!("../surveys/digcomp/2026.2.ar.toml"),
    ),
    (
        "2026.2",
        "uk",
        include_str!("../surveys/digcomp/2026.2.uk.toml"),
    ),
    (
        "2026.2",
        "zh",
        include_str!("../surveys/digcomp/2026.2.zh.toml"),
    ),
    (
        "2026.2",
        "es",
        include_str!("../surveys/digcomp/2026.2.es.toml"),
    ),
];

/// One language's texts of a version: every area and item by its id, nothing else.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Translation {
    scale: Vec<String>,
    truth: Vec<String>,
    /// By area number (TOML keys are text: `[areas.1]`).
    areas: BTreeMap<String, AreaTexts>,
    items: BTreeMap<String, ItemTexts>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct AreaTexts {
    name: String,
    next: String,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemTexts {
    text: String,
    explanation: Option<String>,
}

impl Translation {
    /// Adds this translation's texts to `definition` as `lang`; what it lacks or has
    /// in excess is then caught by the definition's own checks.
    fn apply(self, lang: &str, definition: &mut Definition) -> Result<(), String> {
        let lang = lang.to_owned();
        if definition.languages.contains(&lang) {
            return Err(format!("{lang} is already among the survey's languages"));
        }
        definition.languages.push(lang.clone());
        definition.scale.insert(lang.clone(), self.scale);
        definition.truth.insert(lang.clone(), self.truth);
        let mut areas = self.areas;
        for area in &mut definition.areas {
            let t = areas
                .remove(&area.area.to_string())
                .ok_or_else(|| format!("area {} has no {lang} texts", area.area))?;
            area.name.insert(lang.clone(), t.name);
            area.next.insert(lang.clone(), t.next);
        }
        let mut items = self.items;
        for item in &mut definition.items {
            let t = items
                .remove(&item.id)
                .ok_or_else(|| format!("item {} has no {lang} text", item.id))?;
            item.text.insert(lang.clone(), t.text);
            match t.explanation {
                Some(x) if !item.explanation.is_empty() => {
                    item.explanation.insert(lang.clone(), x);
                }
                None if item.explanation.is_empty() => {}
                _ => {
                    return Err(format!(
                        "item {}: an explanation only where Italian has one",
                        item.id
                    ));
                }
            }
        }
        if let Some(area) = areas.keys().next() {
            return Err(format!("area {area} is not in the survey"));
        }
        if let Some(item) = items.keys().next() {
            return Err(format!("item {item} is not in the survey"));
        }
        Ok(())
    }
}

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
    #[error("the {lang} texts of survey version {version}: {detail}")]
    Translation {
        version: &'static str,
        lang: &'static str,
        detail: String,
    },
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
        Self::from_files(DIGCOMP, TRANSLATIONS)
    }

    fn from_files(
        files: &[(&'static str, &str)],
        translations: &[(&'static str, &'static str, &str)],
    ) -> Result<Surveys, SurveysError> {
        let mut versions = Vec::new();
        for &(listed, text) in files {
            let mut definition: Definition =
                toml::from_str(text).map_err(|source| SurveysError::Parse {
                    version: listed,
                    source,
                })?;
            for &(version, lang, text) in translations.iter().filter(|t| t.0 == listed) {
                let failed = |detail: String| SurveysError::Translation {
                    version,
                    lang,
                    detail,
                };
                let translation: Translation =
                    toml::from_str(text).map_err(|e| failed(e.to_string()))?;
                translation.apply(lang, &mut definition).map_err(failed)?;
            }
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
            assert_eq!(
                item.explanation.len(),
                current.definition.languages.len(),
                "{}",
                item.id
            );
        }
        // Its texts in every language of the citizens' screens, the items the same.
        let langs: Vec<&str> = current
            .definition
            .languages
            .iter()
            .map(String::as_str)
            .collect();
        assert_eq!(langs, ["it", "en", "ro", "sq", "ar", "uk", "zh", "es"]);
        let ar: serde_json::Value = serde_json::from_slice(&current.view_json("ar")).unwrap();
        let it: serde_json::Value = serde_json::from_slice(&current.view_json("it")).unwrap();
        assert_ne!(ar["items"][0]["text"], it["items"][0]["text"]);
        assert_eq!(ar["items"][0]["id"], it["items"][0]["id"]);
        assert_eq!(current.language("uk"), "uk");
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
    fn a_translation_must_have_every_text_and_nothing_else() {
        let (version, published) = DIGCOMP[1];
        let (_, lang, ro) = TRANSLATIONS[0];
        assert!(Surveys::from_files(&[(version, published)], &[(version, lang, ro)]).is_ok());
        let lacking = ro.replacen("[items.", "[skipped.", 1);
        let err = Surveys::from_files(&[(version, published)], &[(version, lang, &lacking)]);
        assert!(matches!(err, Err(SurveysError::Translation { .. })));
        let extra = format!("{ro}\n[items.no-such-item]\ntext = \"x\"\n");
        let err = Surveys::from_files(&[(version, published)], &[(version, lang, &extra)]);
        assert!(
            matches!(&err, Err(SurveysError::Translation { detail, .. }) if detail.contains("no-such-item")),
            "{:?}",
            err.err().map(|e| e.to_string())
        );
    }

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
            Surveys::from_files(&[("2026.1", &duplicate)], &[]),
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
            Surveys::from_files(&[("2026.1", &untranslated)], &[]),
            Err(SurveysError::Invalid {
                source: DefinitionError::MissingTranslation { .. },
                ..
            })
        ));
        assert!(matches!(
            Surveys::from_files(&[("2027.1", good)], &[]),
            Err(SurveysError::WrongVersion { .. })
        ));
        assert!(matches!(
            Surveys::from_files(&[("2026.1", "survey = ")], &[]),
            Err(SurveysError::Parse { .. })
        ));
    }
}
