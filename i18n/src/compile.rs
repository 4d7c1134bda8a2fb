//! Fluent source to [`Catalogue`], with the official `fluent-syntax` parser.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use ponte_domain::lang::Lang;

use crate::{Catalogue, Key, Part, Set, version};

/// Compiles one file (`path` only names it in errors) written in `lang`.
pub fn compile(source: &str, path: &str, lang: Lang) -> Result<Catalogue, String> {
    let resource = fluent_syntax::parser::parse(source)
        .map_err(|(_, errors)| format!("{path}: {errors:?}"))?;
    let at = Where { path, lang };
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let id = m.id.name.to_owned();
                let value = m
                    .value
                    .ok_or_else(|| format!("{path}: message {id} has no value"))?;
                if !m.attributes.is_empty() {
                    return Err(format!(
                        "{path}: message {id}: attributes are not supported"
                    ));
                }
                let parts = at.pattern(&value, &id)?;
                if messages.insert(id.clone(), parts).is_some() {
                    return Err(format!("{path}: message {id} is defined twice"));
                }
            }
            Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => {}
            Entry::Term(t) => return Err(format!("{path}: term -{} is not supported", t.id.name)),
            Entry::Junk { content } => return Err(format!("{path}: cannot parse: {content}")),
        }
    }
    Ok(messages)
}

/// Compiles `set` in each of its languages, reading each file with `read`, and checks
/// that every language has exactly Italian's messages and no variable Italian lacks.
/// Each language's catalogue and [`version`].
pub fn compile_set(
    set: Set,
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<Vec<(Lang, Catalogue, String)>, String> {
    let mut out: Vec<(Lang, Catalogue, String)> = Vec::new();
    for &lang in set.langs {
        let file = set.file(lang);
        let source = read(&file)?;
        let catalogue = compile(&source, &file, lang)?;
        if let Some((_, italian, _)) = out.first() {
            let missing: Vec<_> = italian
                .keys()
                .filter(|k| !catalogue.contains_key(*k))
                .collect();
            let extra: Vec<_> = catalogue
                .keys()
                .filter(|k| !italian.contains_key(*k))
                .collect();
            if !missing.is_empty() || !extra.is_empty() {
                return Err(format!(
                    "{file} lacks {missing:?} and has {extra:?} that the Italian file lacks"
                ));
            }
            for (id, parts) in &catalogue {
                let known = variables(&italian[id]);
                let used = variables(parts);
                let unknown: Vec<_> = used.difference(&known).cloned().collect();
                if !unknown.is_empty() {
                    return Err(format!(
                        "{file}: {id} uses {unknown:?}, which the Italian message does not give"
                    ));
                }
                // A figure the Italian shows (rows, a deadline, a checksum) must not
                // vanish in a translation without anyone noticing.
                let dropped: Vec<_> = known.difference(&used).cloned().collect();
                if !dropped.is_empty() {
                    return Err(format!(
                        "{file}: {id} leaves out {dropped:?}, which the Italian message shows"
                    ));
                }
            }
        }
        out.push((lang, catalogue, version(&source)));
    }
    Ok(out)
}

fn variables(parts: &[Part]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for part in parts {
        match part {
            Part::Text(_) => {}
            Part::Var(v) => {
                out.insert(v.clone());
            }
            Part::Select { var, variants, .. } => {
                out.insert(var.clone());
                for (_, parts) in variants {
                    out.extend(variables(parts));
                }
            }
        }
    }
    out
}

/// The file and language being compiled, for errors and plural keys.
struct Where<'a> {
    path: &'a str,
    lang: Lang,
}

impl Where<'_> {
    fn pattern(&self, p: &Pattern<&str>, id: &str) -> Result<Vec<Part>, String> {
        let mut parts = Vec::new();
        for element in &p.elements {
            match element {
                PatternElement::TextElement { value } => {
                    parts.push(Part::Text((*value).to_owned()))
                }
                PatternElement::Placeable { expression } => {
                    parts.push(self.expression(expression, id)?)
                }
            }
        }
        Ok(parts)
    }

    fn expression(&self, e: &Expression<&str>, id: &str) -> Result<Part, String> {
        let path = self.path;
        match e {
            Expression::Inline(inline) => self.inline(inline, id),
            Expression::Select { selector, variants } => {
                let InlineExpression::VariableReference { id: var } = selector else {
                    return Err(format!("{path}: {id}: only a $variable can be selected on"));
                };
                let mut default = None;
                let mut arms = Vec::new();
                for (i, v) in variants.iter().enumerate() {
                    if v.default {
                        default = Some(i);
                    }
                    let key = match &v.key {
                        VariantKey::Identifier { name } => {
                            if !self.lang.plural_categories().contains(name) {
                                return Err(format!(
                                    "{path}: {id}: [{name}] is not a plural category of {} ({:?})",
                                    self.lang.code(),
                                    self.lang.plural_categories()
                                ));
                            }
                            Key::Plural((*name).to_owned())
                        }
                        VariantKey::NumberLiteral { value } => {
                            Key::Exact(value.parse().map_err(|_| {
                                format!("{path}: {id}: [{value}] must be a whole number")
                            })?)
                        }
                    };
                    arms.push((key, self.pattern(&v.value, id)?));
                }
                let default =
                    default.ok_or_else(|| format!("{path}: {id}: select without a *default"))?;
                Ok(Part::Select {
                    var: var.name.to_owned(),
                    variants: arms,
                    default,
                })
            }
        }
    }

    fn inline(&self, e: &InlineExpression<&str>, id: &str) -> Result<Part, String> {
        match e {
            InlineExpression::VariableReference { id: var } => Ok(Part::Var(var.name.to_owned())),
            InlineExpression::StringLiteral { value }
            | InlineExpression::NumberLiteral { value } => Ok(Part::Text((*value).to_owned())),
            InlineExpression::Placeable { expression } => self.expression(expression, id),
            _ => Err(format!(
                "{}: {id}: only variables and literals may be placed in text",
                self.path
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plural_key_must_be_the_languages() {
        let ok = "n = { $count ->\n    [one] uno\n   *[other] tanti\n}\n";
        assert!(compile(ok, "x.ftl", Lang::It).is_ok());
        let err = compile(ok, "x.ftl", Lang::Zh).unwrap_err();
        assert!(
            err.contains("[one] is not a plural category of zh"),
            "{err}"
        );
        let few = "n = { $count ->\n    [few] alcuni\n   *[other] tanti\n}\n";
        assert!(compile(few, "x.ro.ftl", Lang::Ro).is_ok());
        assert!(compile(few, "x.it.ftl", Lang::It).is_err());
    }

    #[test]
    fn a_translation_cannot_invent_or_drop_a_variable_or_drop_a_message() {
        let set = Set {
            prefix: "t.",
            name: "t",
            langs: &[Lang::It, Lang::Es],
        };
        let files = |es: &'static str| {
            move |file: &str| {
                Ok(match file {
                    "t.it.ftl" => "a = Ciao { $name }\nb = Due\n".to_owned(),
                    _ => es.to_owned(),
                })
            }
        };
        assert!(compile_set(set, files("a = Hola { $name }\nb = Dos\n")).is_ok());
        let err = compile_set(set, files("a = Hola { $nombre }\nb = Dos\n")).unwrap_err();
        assert!(err.contains("nombre"), "{err}");
        let err = compile_set(set, files("a = Hola { $name }\n")).unwrap_err();
        assert!(err.contains("lacks [\"b\"]"), "{err}");
        let err = compile_set(set, files("a = Hola\nb = Dos\n")).unwrap_err();
        assert!(err.contains("leaves out [\"name\"]"), "{err}");
    }
}
