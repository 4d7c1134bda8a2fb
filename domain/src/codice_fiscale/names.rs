//! The six letters a codice fiscale takes from its holder's surname and first name
//! (D.M. 23/12/1976): how a sign-up proves the names belong to the code.
//!
//! Surname: its consonants in order, then its vowels, then `X`, first three. First
//! name: the same, except that with four or more consonants the 1st, 3rd and 4th are
//! taken. Every given name counts, together ("Maria Grazia" → MGR); spaces,
//! apostrophes and hyphens do not. Letters with accents or diacritics count as their
//! base letter (à → A, ç → C, ł → L, ø → O), as the Agenzia delle Entrate transliterates
//! them; J, K, W, X and Y are consonants. Omocodia changes only digit positions, so it
//! never touches these six letters.

/// Base letter of each character from U+00C0 to U+017F (Latin-1 Supplement and Latin
/// Extended-A), `.` where there is none (× and ÷). A table of 192 bytes instead of
/// Unicode decomposition tables, which would weigh kilobytes in the app.
const LATIN_BASE: &[u8; 192] = b"AAAAAAACEEEEIIIIDNOOOOO.OUUUUYTSAAAAAAACEEEEIIIIDNOOOOO.OUUUUYTYAAAAAACCCCCCCCDDDDEEEEEEEEEEGGGGGGGGHHHHIIIIIIIIIIIIJJKKKLLLLLLLLLLNNNNNNNNNOOOOOOOORRRRRRSSSSSSSSTTTTTTUUUUUUUUUUUUWWYYYZZZZZZS";

/// The letters of a name as the code reads them: upper-case A–Z, diacritics removed,
/// anything else (spaces, apostrophes, other scripts) left out.
fn letters(name: &str) -> impl Iterator<Item = u8> + '_ {
    name.chars().filter_map(|c| match c {
        'a'..='z' => Some(c as u8 - b'a' + b'A'),
        'A'..='Z' => Some(c as u8),
        '\u{c0}'..='\u{17f}' => {
            let b = LATIN_BASE[c as usize - 0xc0];
            (b != b'.').then_some(b)
        }
        _ => None,
    })
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'A' | b'E' | b'I' | b'O' | b'U')
}

/// Consonants, vowels, then `X`s: the first three.
fn three(consonants: &[u8], vowels: &[u8]) -> [u8; 3] {
    let mut out = [b'X'; 3];
    for (slot, b) in out
        .iter_mut()
        .zip(consonants.iter().chain(vowels.iter()).copied())
    {
        *slot = b;
    }
    out
}

fn split(name: &str) -> (Vec<u8>, Vec<u8>) {
    letters(name).partition(|b| !is_vowel(*b))
}

/// Characters 1–3 of the code, from the surname.
pub fn surname_letters(surname: &str) -> [u8; 3] {
    let (consonants, vowels) = split(surname);
    three(&consonants, &vowels)
}

/// Characters 4–6 of the code, from the first name(s).
pub fn first_name_letters(first_name: &str) -> [u8; 3] {
    let (consonants, vowels) = split(first_name);
    if consonants.len() >= 4 {
        [consonants[0], consonants[2], consonants[3]]
    } else {
        three(&consonants, &vowels)
    }
}

/// Which of the two names does not give the code's letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameMismatch {
    LastName,
    FirstName,
}

impl super::CodiceFiscale {
    /// Whether `first_name` and `last_name` give this code's first six letters; the
    /// surname is checked first.
    pub fn matches_names(&self, first_name: &str, last_name: &str) -> Result<(), NameMismatch> {
        let b = self.as_str().as_bytes();
        if surname_letters(last_name) != b[0..3] {
            return Err(NameMismatch::LastName);
        }
        if first_name_letters(first_name) != b[3..6] {
            return Err(NameMismatch::FirstName);
        }
        Ok(())
    }
}

/// A first name and surname that give `code`'s first six letters (the letters
/// themselves, without the `X` padding): for test data and load tools, which make up
/// codes and still have to pass [`super::CodiceFiscale::matches_names`].
pub fn names_for(code: &str) -> (String, String) {
    let part = |r: std::ops::Range<usize>| {
        let letters = code.get(r).unwrap_or("").to_ascii_uppercase();
        let kept = match letters.find(|c: char| is_vowel(c as u8)) {
            // Padding follows the vowels: "FOX" is "Fo".
            Some(_) => letters.trim_end_matches('X').to_owned(),
            None => letters,
        };
        let mut out = String::new();
        for (i, c) in kept.chars().enumerate() {
            out.push(if i == 0 { c } else { c.to_ascii_lowercase() });
        }
        out
    };
    (part(3..6), part(0..3))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codice_fiscale::{CodiceFiscale, with_check};

    fn s(b: [u8; 3]) -> String {
        String::from_utf8(b.to_vec()).unwrap()
    }

    #[test]
    fn surnames() {
        for (name, code) in [
            ("Rossi", "RSS"),
            ("D'Angelo", "DNG"),
            ("De Luca", "DLC"),
            ("Fo", "FOX"),
            ("Ai", "AIX"),
            ("Bò", "BOX"),
            ("O", "OXX"),
            ("Müller", "MLL"),
            ("Nuñez", "NNZ"),
            ("Çelik", "CLK"),
            ("Wójcik", "WJC"),
            ("Kowalczyk", "KWL"),
            ("Ng", "NGX"),
            ("Łukasz-Øster", "LKS"),
            ("Yu", "YUX"),
        ] {
            assert_eq!(s(surname_letters(name)), code, "{name}");
        }
    }

    #[test]
    fn first_names() {
        for (name, code) in [
            ("Mario", "MRA"),
            ("Maria Grazia", "MGR"),
            ("Gianfranco", "GFR"),
            ("Luca", "LCU"),
            ("Ugo", "GUO"),
            ("Eva", "VEA"),
            ("Al", "LAX"),
            ("Lù", "LUX"),
            ("Francesca", "FNC"),
            ("Mohammed", "MMM"),
            ("Nicolò", "NCL"),
            ("Zoë", "ZOE"),
        ] {
            assert_eq!(s(first_name_letters(name)), code, "{name}");
        }
    }

    #[test]
    fn made_up_names_give_any_codes_letters() {
        for first15 in [
            "RSSMRA80A01H501",
            "FOXAIX80A01H501",
            "XUXBCD80A01H501",
            "NRENNA60A01D612",
        ] {
            let cf = CodiceFiscale::parse(&with_check(first15)).unwrap();
            let (first, last) = names_for(cf.as_str());
            assert_eq!(
                cf.matches_names(&first, &last),
                Ok(()),
                "{first15}: {first} {last}"
            );
        }
    }

    #[test]
    fn a_code_matches_its_holder_in_any_writing_and_with_omocodia() {
        let cf = CodiceFiscale::parse("RSSMRA80A01H501U").unwrap();
        assert_eq!(cf.matches_names("Mario", "Rossi"), Ok(()));
        assert_eq!(cf.matches_names(" mario ", "ROSSI"), Ok(()));
        assert_eq!(cf.matches_names("Maria", "Rossi"), Ok(()), "same letters");
        assert_eq!(
            cf.matches_names("Mario", "Bianchi"),
            Err(NameMismatch::LastName)
        );
        assert_eq!(
            cf.matches_names("Luigi", "Rossi"),
            Err(NameMismatch::FirstName)
        );
        let omocodia = CodiceFiscale::parse(&with_check("RSSMRA80A01H50M")).unwrap();
        assert_eq!(omocodia.matches_names("Mario", "Rossi"), Ok(()));
        // A woman from abroad, her name written as on the tessera sanitaria.
        let cf = CodiceFiscale::parse(&with_check("NNZMTA85M61Z131")).unwrap();
        assert_eq!(cf.matches_names("Maïté", "Nuñez"), Ok(()));
        // A name in another script cannot give the letters: the desk registers them.
        assert_eq!(
            cf.matches_names("Майте", "Nuñez"),
            Err(NameMismatch::FirstName)
        );
    }
}
