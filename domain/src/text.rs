//! Text folding for search and lookups.

/// Lower-cases and strips Italian accents and punctuation so that "Forlì-Cesena",
/// "FORLI CESENA" and "forli' cesena" all compare equal. Used by the server's search and
/// by the app's instant filter, so both find the same centres.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last_space = true;
    for c in s.chars() {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'À' | 'Á' | 'Â' | 'Ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
            c => c,
        };
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
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

/// Trims and collapses inner runs of whitespace; rejects line breaks and other control
/// characters (a tab counts as a space), which have no place in a one-line field.
pub fn clean_line(s: &str) -> Option<String> {
    if s.chars().any(|c| c.is_control() && c != '\t') {
        return None;
    }
    Some(s.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_and_punctuation() {
        assert_eq!(fold("Forlì-Cesena"), "forli cesena");
        assert_eq!(fold("  SANT'ANGELO  in Vado "), "sant angelo in vado");
        assert_eq!(fold("Città"), "citta");
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
