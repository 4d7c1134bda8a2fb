//! Text folding for search and lookups.

/// Lower-cases and strips Italian accents and punctuation so that "Forlì-Cesena",
/// "FORLI CESENA" and "forli' cesena" all compare equal. Used by the server's search and
/// by the app's instant filter, so both find the same centres.
///
/// Deliberately table-free: ASCII and Latin-1 letters are folded by hand and any other
/// character counts as part of a word. Unicode case tables would add about 17 KB to the
/// app's wasm for scripts (Arabic, Chinese…) that have no case or accents to fold anyway.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last_space = true;
    for c in s.chars() {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => {
                'a'
            }
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
            'ç' | 'Ç' => 'c',
            'ñ' | 'Ñ' => 'n',
            c => c.to_ascii_lowercase(),
        };
        if is_word_char(c) {
            out.push(c);
            last_space = false;
        } else if !last_space {
            out.push(' ');
            last_space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// ASCII letters and digits, and anything beyond ASCII that is not a space, a quote, a
/// dash or other common punctuation.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(
        c,
        '\u{a0}'
            | '«'
            | '»'
            | '·'
            | '‘'
            | '’'
            | '‚'
            | '“'
            | '”'
            | '„'
            | '–'
            | '—'
            | '…'
            | '\u{2000}'..='\u{200b}' | '\u{3000}'
    )
}

/// Trims and collapses inner runs of whitespace; rejects line breaks and other control
/// characters (a tab counts as a space), which have no place in a one-line field.
pub fn clean_line(s: &str) -> Option<String> {
    if s.chars().any(|c| c.is_control() && c != '\t') {
        return None;
    }
    Some(s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Characters that are not seen, or that turn text around: a name made of them is no
/// name (and could hide another), and inside a codice fiscale they hide it from the
/// masking.
pub fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{34f}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2069}'
            | '\u{3164}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{feff}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_and_punctuation() {
        assert_eq!(fold("Forlì-Cesena"), "forli cesena");
        assert_eq!(fold("  SANT'ANGELO  in Vado "), "sant angelo in vado");
        assert_eq!(fold("Città"), "citta");
        assert_eq!(fold("Sant’Angelo — «Centro»"), "sant angelo centro");
        // Other scripts are kept as words.
        assert_eq!(fold("مركز روما"), "مركز روما");
    }

    #[test]
    fn clean_line_refuses_control_characters() {
        assert_eq!(
            clean_line("  Via  Roma\t 1 ").as_deref(),
            Some("Via Roma 1")
        );
        assert_eq!(clean_line("a\u{0}b"), None);
        assert_eq!(clean_line("a\nb"), None);
    }
}
