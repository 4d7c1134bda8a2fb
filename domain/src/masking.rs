//! Finding personal data in free text, so it can be masked before a report is stored
//! (and the form can say so before sending). Hand-written scanners rather than regular
//! expressions: the same code runs in the app, where a regex engine would cost more
//! wasm than all of this.

use serde::{Deserialize, Serialize};

/// What was found and masked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Masked {
    CodiceFiscale,
    Email,
    Phone,
    Iban,
}

impl Masked {
    /// The placeholder left in the text.
    pub fn placeholder(self) -> &'static str {
        match self {
            Masked::CodiceFiscale => "[codice fiscale]",
            Masked::Email => "[e-mail]",
            Masked::Phone => "[telefono]",
            Masked::Iban => "[IBAN]",
        }
    }
}

/// The text with personal data replaced by placeholders, and what was replaced (each
/// kind once, in the order first found).
pub fn mask(text: &str) -> (String, Vec<Masked>) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut found: Vec<Masked> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let at_word_start = i == 0 || !chars[i - 1].is_alphanumeric();
        let hit = if at_word_start {
            iban_at(&chars, i)
                .map(|n| (n, Masked::Iban))
                .or_else(|| codice_fiscale_at(&chars, i).map(|n| (n, Masked::CodiceFiscale)))
                .or_else(|| email_at(&chars, i).map(|n| (n, Masked::Email)))
                .or_else(|| phone_at(&chars, i).map(|n| (n, Masked::Phone)))
        } else {
            None
        };
        match hit {
            Some((len, kind)) => {
                out.push_str(kind.placeholder());
                if !found.contains(&kind) {
                    found.push(kind);
                }
                i += len;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    (out, found)
}

fn ends_word(chars: &[char], end: usize) -> bool {
    end >= chars.len() || !chars[end].is_alphanumeric()
}

/// 16 characters shaped like a codice fiscale (letters and digits where the code has
/// them, omocodia letters allowed in digit places), any case. The check letter is not
/// required: a mistyped code is still personal data.
fn codice_fiscale_at(chars: &[char], i: usize) -> Option<usize> {
    if i + 16 > chars.len() || !ends_word(chars, i + 16) {
        return None;
    }
    let digit_places = [6, 7, 9, 10, 12, 13, 14];
    let ok = chars[i..i + 16].iter().enumerate().all(|(k, c)| {
        let c = c.to_ascii_uppercase();
        if digit_places.contains(&k) {
            c.is_ascii_digit() || "LMNPQRSTUV".contains(c)
        } else {
            c.is_ascii_uppercase()
        }
    });
    // A sixteen-letter word is not a code: at least two digits must be there.
    let digits = chars[i..i + 16]
        .iter()
        .filter(|c| c.is_ascii_digit())
        .count();
    (ok && digits >= 2).then_some(16)
}

fn email_at(chars: &[char], i: usize) -> Option<usize> {
    let local_ok = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
    let mut j = i;
    while j < chars.len() && local_ok(chars[j]) {
        j += 1;
    }
    if j == i || j >= chars.len() || chars[j] != '@' {
        return None;
    }
    let domain_start = j + 1;
    let mut k = domain_start;
    while k < chars.len()
        && (chars[k].is_ascii_alphanumeric() || chars[k] == '-' || chars[k] == '.')
    {
        k += 1;
    }
    while k > domain_start && chars[k - 1] == '.' {
        k -= 1; // a sentence's full stop is not part of the domain
    }
    let domain: String = chars[domain_start..k].iter().collect();
    let parts: Vec<&str> = domain.split('.').collect();
    (parts.len() >= 2
        && parts.iter().all(|p| !p.is_empty())
        && parts.last().is_some_and(|t| t.len() >= 2))
    .then_some(k - i)
}

/// A phone number: an optional `+` and 8 to 15 digits, possibly grouped by spaces,
/// dots, dashes or brackets.
fn phone_at(chars: &[char], i: usize) -> Option<usize> {
    let mut j = i;
    if chars[j] == '+' {
        j += 1;
    }
    let mut digits = 0;
    let mut last_digit_end = j;
    while j < chars.len() {
        let c = chars[j];
        if c.is_ascii_digit() {
            digits += 1;
            j += 1;
            last_digit_end = j;
        } else if " .-()/".contains(c)
            && j + 1 < chars.len()
            && (chars[j + 1].is_ascii_digit() || chars[j + 1] == ' ')
        {
            j += 1;
        } else {
            break;
        }
    }
    ((8..=15).contains(&digits) && ends_word(chars, last_digit_end)).then_some(last_digit_end - i)
}

/// An IBAN: two letters, two check digits, then 11 to 30 letters or digits, possibly in
/// groups of four separated by spaces.
fn iban_at(chars: &[char], i: usize) -> Option<usize> {
    if i + 4 > chars.len() {
        return None;
    }
    let head = &chars[i..i + 4];
    if !(head[0].is_ascii_alphabetic()
        && head[1].is_ascii_alphabetic()
        && head[2].is_ascii_digit()
        && head[3].is_ascii_digit())
    {
        return None;
    }
    let mut j = i + 4;
    let mut body = 0;
    let mut end = j;
    while j < chars.len() {
        let c = chars[j];
        if c.is_ascii_alphanumeric() {
            body += 1;
            j += 1;
            end = j;
        } else if c == ' '
            && j + 1 < chars.len()
            && chars[j + 1].is_ascii_alphanumeric()
            && body % 4 == 0
        {
            j += 1;
        } else {
            break;
        }
        if body > 30 {
            return None;
        }
    }
    ((11..=30).contains(&body) && ends_word(chars, end)).then_some(end - i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_each_kind_of_personal_data() {
        let (t, m) = mask("Il mio codice è RSSMRA80A01H501U, scrivetemi.");
        assert_eq!(t, "Il mio codice è [codice fiscale], scrivetemi.");
        assert_eq!(m, [Masked::CodiceFiscale]);
        let (t, _) = mask("omocodico rssmra8la0mhrlmx ok");
        assert_eq!(t, "omocodico [codice fiscale] ok");
        let (t, m) = mask("Scrivete a mario.rossi@example.it.");
        assert_eq!(
            (t.as_str(), m),
            ("Scrivete a [e-mail].", vec![Masked::Email])
        );
        let (t, m) = mask("Chiamate il 333 123 4567 o +39 06 1234 5678");
        assert_eq!(t, "Chiamate il [telefono] o [telefono]");
        assert_eq!(m, [Masked::Phone]);
        let (t, m) = mask("IBAN IT60 X054 2811 1010 0000 0123 456 per il rimborso");
        assert_eq!(
            (t.as_str(), m),
            ("IBAN [IBAN] per il rimborso", vec![Masked::Iban])
        );
        let (t, _) = mask("IT60X0542811101000000123456");
        assert_eq!(t, "[IBAN]");
    }

    #[test]
    fn leaves_ordinary_text_alone() {
        for text in [
            "Non riesco ad accedere con SPID dal 12 marzo 2025, la pagina dà errore 500.",
            "Il servizio è lentissimo: più di 30 secondi per caricare. Perché?",
            "L'app IO non mostra l'avviso pagoPA del 2024.",
            "لا أستطيع الدخول إلى التطبيق منذ أسبوع",
            "Numero pratica 2024/123 del Comune di Forlì",
            "ABCDEFGHIJKLMNOP is just a long word",
        ] {
            let (t, m) = mask(text);
            assert_eq!(t, text);
            assert!(m.is_empty(), "{text}: {m:?}");
        }
    }
}
