//! Italian provinces (and equivalent bodies: metropolitan cities, free consortia,
//! autonomous provinces), as used for a centre's location and a citizen's domicile.

use crate::text::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Province {
    /// The two-letter vehicle-plate code (sigla) the national file uses.
    pub code: &'static str,
    pub name: &'static str,
    pub region: &'static str,
}

macro_rules! provinces {
    ($($region:literal: [$($code:literal $name:literal),* $(,)?])*) => {
        /// The 107 provinces in ISTAT order, grouped by region.
        pub const PROVINCES: &[Province] = &[
            $($(Province { code: $code, name: $name, region: $region },)*)*
        ];
    };
}

provinces! {
    "Piemonte": ["TO" "Torino", "VC" "Vercelli", "NO" "Novara", "CN" "Cuneo", "AT" "Asti",
        "AL" "Alessandria", "BI" "Biella", "VB" "Verbano-Cusio-Ossola"]
    "Valle d'Aosta": ["AO" "Aosta"]
    "Lombardia": ["VA" "Varese", "CO" "Como", "SO" "Sondrio", "MI" "Milano", "BG" "Bergamo",
        "BS" "Brescia", "PV" "Pavia", "CR" "Cremona", "MN" "Mantova", "LC" "Lecco", "LO" "Lodi",
        "MB" "Monza e della Brianza"]
    "Trentino-Alto Adige": ["BZ" "Bolzano", "TN" "Trento"]
    "Veneto": ["VR" "Verona", "VI" "Vicenza", "BL" "Belluno", "TV" "Treviso", "VE" "Venezia",
        "PD" "Padova", "RO" "Rovigo"]
    "Friuli-Venezia Giulia": ["UD" "Udine", "GO" "Gorizia", "TS" "Trieste", "PN" "Pordenone"]
    "Liguria": ["IM" "Imperia", "SV" "Savona", "GE" "Genova", "SP" "La Spezia"]
    "Emilia-Romagna": ["PC" "Piacenza", "PR" "Parma", "RE" "Reggio Emilia", "MO" "Modena",
        "BO" "Bologna", "FE" "Ferrara", "RA" "Ravenna", "FC" "Forlì-Cesena", "RN" "Rimini"]
    "Toscana": ["MS" "Massa-Carrara", "LU" "Lucca", "PT" "Pistoia", "FI" "Firenze",
        "LI" "Livorno", "PI" "Pisa", "AR" "Arezzo", "SI" "Siena", "GR" "Grosseto", "PO" "Prato"]
    "Umbria": ["PG" "Perugia", "TR" "Terni"]
    "Marche": ["PU" "Pesaro e Urbino", "AN" "Ancona", "MC" "Macerata", "AP" "Ascoli Piceno",
        "FM" "Fermo"]
    "Lazio": ["VT" "Viterbo", "RI" "Rieti", "RM" "Roma", "LT" "Latina", "FR" "Frosinone"]
    "Abruzzo": ["AQ" "L'Aquila", "TE" "Teramo", "PE" "Pescara", "CH" "Chieti"]
    "Molise": ["CB" "Campobasso", "IS" "Isernia"]
    "Campania": ["CE" "Caserta", "BN" "Benevento", "NA" "Napoli", "AV" "Avellino", "SA" "Salerno"]
    "Puglia": ["FG" "Foggia", "BA" "Bari", "TA" "Taranto", "BR" "Brindisi", "LE" "Lecce",
        "BT" "Barletta-Andria-Trani"]
    "Basilicata": ["PZ" "Potenza", "MT" "Matera"]
    "Calabria": ["CS" "Cosenza", "CZ" "Catanzaro", "RC" "Reggio Calabria", "KR" "Crotone",
        "VV" "Vibo Valentia"]
    "Sicilia": ["TP" "Trapani", "PA" "Palermo", "ME" "Messina", "AG" "Agrigento",
        "CL" "Caltanissetta", "EN" "Enna", "CT" "Catania", "RG" "Ragusa", "SR" "Siracusa"]
    "Sardegna": ["SS" "Sassari", "NU" "Nuoro", "CA" "Cagliari", "OR" "Oristano",
        "SU" "Sud Sardegna"]
}

impl Province {
    /// Finds a province by its sigla ("FI") or its name in any case and with or without
    /// accents ("Forli-Cesena", "MONZA E DELLA BRIANZA").
    pub fn find(input: &str) -> Option<&'static Province> {
        let trimmed = input.trim();
        if trimmed.len() == 2 {
            let upper = trimmed.to_ascii_uppercase();
            if let Some(p) = PROVINCES.iter().find(|p| p.code == upper) {
                return Some(p);
            }
        }
        let wanted = fold(trimmed);
        PROVINCES.iter().find(|p| fold(p.name) == wanted)
    }

    /// Looks up an exact sigla, as stored.
    pub fn by_code(code: &str) -> Option<&'static Province> {
        PROVINCES.iter().find(|p| p.code == code)
    }

    pub fn in_region(region: &str) -> impl Iterator<Item = &'static Province> + '_ {
        PROVINCES.iter().filter(move |p| p.region == region)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn has_107_distinct_provinces() {
        assert_eq!(PROVINCES.len(), 107);
        let codes: HashSet<_> = PROVINCES.iter().map(|p| p.code).collect();
        assert_eq!(codes.len(), 107);
        assert_eq!(Province::in_region("Toscana").count(), 10);
        assert_eq!(Province::in_region("Lombardia").count(), 12);
    }

    #[test]
    fn finds_by_code_or_name() {
        assert_eq!(Province::find("fi").unwrap().name, "Firenze");
        assert_eq!(Province::find("MONZA E DELLA BRIANZA").unwrap().code, "MB");
        assert_eq!(Province::find("Forli-Cesena").unwrap().code, "FC");
        assert_eq!(Province::find("l'aquila").unwrap().code, "AQ");
        assert!(Province::find("Atlantide").is_none());
        assert!(Province::find("").is_none());
    }
}

/// Serde for a `&'static Province` as its sigla, so stored and sent data carry `"FI"`.
pub mod as_code {
    use super::Province;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(p: &&'static Province, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(p.code)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<&'static Province, D::Error> {
        let code = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Province::by_code(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown province '{code}'")))
    }
}
