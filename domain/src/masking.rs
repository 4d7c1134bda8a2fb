//! Finding personal data in free text, so it can be masked before a report is stored
//! (and the form can say so before sending). Hand-written scanners rather than regular
//! expressions: the same code runs in the app, where a regex engine would cost more
//! wasm than all of this.

use serde::{Deserialize, Serialize};

/// What was found and masked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
///
/// People hide a code from a filter without meaning to, or on purpose: written in
/// groups (`RSS MRA 80A01 H501U`, `RSSMRA-80A01-H501U`), letter by letter, with
/// invisible characters inside, or in full-width letters; an address as `nome [at]
/// dominio.it`. The scanners read a folded copy (full-width to ASCII, invisible
/// characters dropped) and the text outside what they find is kept as written.
pub fn mask(text: &str) -> (String, Vec<Masked>) {
    let (chars, original): (Vec<char>, Vec<char>) = text
        .chars()
        .filter(|c| !crate::text::invisible(*c))
        .map(|c| (fold_width(c), c))
        .unzip();
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
                out.push(original[i]);
                i += 1;
            }
        }
    }
    (out, found)
}

/// A full-width ASCII form (`Ｒ`, `８`, `＠`) as its ASCII character, and the Cyrillic
/// and Greek capitals that look like Latin ones as those: what a reader takes for a
/// code is read as one.
fn fold_width(c: char) -> char {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        'А' | 'а' | 'Α' => 'A',
        'В' | 'Β' => 'B',
        'Е' | 'е' | 'Ε' => 'E',
        'К' | 'Κ' => 'K',
        'М' | 'Μ' => 'M',
        'Н' | 'Η' => 'H',
        'О' | 'о' | 'Ο' => 'O',
        'Р' | 'р' | 'Ρ' => 'P',
        'С' | 'с' => 'C',
        'Т' | 'Τ' => 'T',
        'Х' | 'х' | 'Χ' => 'X',
        'Ι' | 'І' => 'I',
        'Ν' => 'N',
        'Ζ' => 'Z',
        '\u{a0}' | '\t' => ' ',
        c => c,
    }
}

fn ends_word(chars: &[char], end: usize) -> bool {
    end >= chars.len() || !chars[end].is_alphanumeric()
}

/// 16 characters shaped like a codice fiscale (letters and digits where the code has
/// them, omocodia letters allowed in digit places), any case, possibly in groups or
/// letter by letter (a space, dash, dot or slash between any two). The check letter is
/// not required: a mistyped code is still personal data. Returns how many characters
/// it spans.
fn codice_fiscale_at(chars: &[char], i: usize) -> Option<usize> {
    let digit_places = [6, 7, 9, 10, 12, 13, 14];
    let mut j = i;
    let mut digits = 0;
    for k in 0..16 {
        // Up to three separators between two characters: `RSS - MRA`, `R  S`.
        let mut gap = 0;
        while k > 0 && gap < 3 && j < chars.len() && " -./_,".contains(chars[j]) {
            j += 1;
            gap += 1;
        }
        let c = chars.get(j)?.to_ascii_uppercase();
        let fits = if digit_places.contains(&k) {
            c.is_ascii_digit() || "LMNPQRSTUV".contains(c)
        } else {
            c.is_ascii_uppercase()
        };
        if !fits {
            return None;
        }
        digits += usize::from(c.is_ascii_digit());
        j += 1;
    }
    // A sixteen-letter word is not a code: at least two digits must be there.
    (ends_word(chars, j) && digits >= 2).then_some(j - i)
}

/// An e-mail address, also written to dodge a filter: `nome [at] dominio.it`,
/// `nome(at)dominio.it`, `nome chiocciola dominio.it`, `nome at dominio dot it`.
fn email_at(chars: &[char], i: usize) -> Option<usize> {
    let local_ok = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
    let mut j = i;
    while j < chars.len() && local_ok(chars[j]) {
        j += 1;
    }
    if j == i {
        return None;
    }
    let (at_len, at) = at_sign(chars, j)?;
    let domain_start = j + at_len;
    let mut k = domain_start;
    let mut labels = vec![String::new()];
    let mut spelled_dot = false;
    loop {
        match chars.get(k) {
            Some(&c) if c.is_ascii_alphanumeric() || c == '-' => {
                labels.last_mut()?.push(c);
                k += 1;
            }
            Some('.') if chars.get(k + 1).is_some_and(char::is_ascii_alphanumeric) => {
                labels.push(String::new());
                k += 1;
            }
            _ => match spelled(chars, k, &DOTS) {
                Some(n) if chars.get(k + n).is_some_and(char::is_ascii_alphanumeric) => {
                    spelled_dot = true;
                    labels.push(String::new());
                    k += n;
                }
                _ => break,
            },
        }
    }
    // "look at app.io" is English, not an address: a bare "at" counts only with a
    // spelled-out dot too.
    (labels.len() >= 2
        && labels.iter().all(|p| !p.is_empty())
        && labels.last().is_some_and(|t| t.len() >= 2)
        && (at != At::Word || spelled_dot))
        .then_some(k - i)
}

/// A dot spelled out in an address's domain.
const DOTS: [&str; 8] = [
    " [dot] ",
    "[dot]",
    " (dot) ",
    "(dot)",
    "{dot}",
    " dot ",
    " punto ",
    " [punto] ",
];

#[derive(PartialEq)]
enum At {
    /// `@`, `[at]`, `(at)`, `chiocciola`
    Sign,
    /// ` at `, an English word too
    Word,
}

/// The `@` after an address's local part, or its spelled forms, and its length.
fn at_sign(chars: &[char], j: usize) -> Option<(usize, At)> {
    if chars.get(j) == Some(&'@') {
        return Some((1, At::Sign));
    }
    let signs = [
        " [at] ",
        "[at]",
        " (at) ",
        "(at)",
        " {at} ",
        "{at}",
        " chiocciola ",
    ];
    spelled(chars, j, &signs)
        .map(|n| (n, At::Sign))
        .or_else(|| spelled(chars, j, &[" at "]).map(|n| (n, At::Word)))
}

/// The length of the first of `words` written at `j` (ASCII, any case).
fn spelled(chars: &[char], j: usize, words: &[&str]) -> Option<usize> {
    words.iter().find_map(|w| {
        let n = w.len();
        (j + n <= chars.len()
            && chars[j..j + n]
                .iter()
                .zip(w.chars())
                .all(|(a, b)| a.to_ascii_lowercase() == b))
        .then_some(n)
    })
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
    fn masks_codes_and_addresses_written_to_dodge_a_filter() {
        for code in [
            "RSS MRA 80A01 H501U",
            "RSSMRA-80A01-H501U",
            "R S S M R A 8 0 A 0 1 H 5 0 1 U",
            "RSS.MRA.80A01.H501U",
            "RSSMRA\u{200b}80A01\u{200d}H501U",
            "RSS - MRA - 80A01 - H501U",
            "RSS\u{a0}MRA\u{a0}80A01\u{a0}H501U",
            "RSS_MRA_80A01_H501U",
            "\u{420}SSMRA80A01H501U",
            "RSSMRA\u{34f}80A01\u{fe0f}H501U",
            "\u{ff32}\u{ff33}\u{ff33}\u{ff2d}\u{ff32}\u{ff21}\u{ff18}\u{ff10}\u{ff21}\u{ff10}\u{ff11}\u{ff28}\u{ff15}\u{ff10}\u{ff11}\u{ff35}",
        ] {
            let (t, m) = mask(&format!("il mio codice: {code}, grazie"));
            assert_eq!(t, "il mio codice: [codice fiscale], grazie", "{code:?}");
            assert_eq!(m, [Masked::CodiceFiscale]);
        }
        for address in [
            "nome [at] dominio.it",
            "nome[at]dominio.it",
            "nome(at)dominio.it",
            "nome chiocciola dominio.it",
            "nome at dominio dot it",
            "nome [at] dominio [dot] it",
            "nome\u{ff20}dominio.it",
        ] {
            let (t, m) = mask(&format!("scrivete a {address} per favore"));
            assert_eq!(t, "scrivete a [e-mail] per favore", "{address:?}");
            assert_eq!(m, [Masked::Email]);
        }
        // What is not found keeps its own characters, full-width ones included.
        let (t, _) = mask("\u{ff21}\u{ff22}\u{ff23}，好");
        assert_eq!(t, "\u{ff21}\u{ff22}\u{ff23}，好");
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
            "I looked at app.io and at the pagoPA site",
            "Ho provato alle 10.30 - 11.00 al Comune: niente",
            "Va bene, grazie a tutti per l'aiuto di oggi al centro",
        ] {
            let (t, m) = mask(text);
            assert_eq!(t, text);
            assert!(m.is_empty(), "{text}: {m:?}");
        }
    }
}
