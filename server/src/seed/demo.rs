//! Deterministic demo centres: all 169 Toscana centres and 424 Lombardia points, spread
//! over the real provinces (Lombardia by the source's per-province minimum, the one
//! extra point in Milano), in real comuni, with quotas that add up to each target.

use ponte_domain::province::Province;
use ponte_domain::{Centre, CentreCode, OpeningHours, ProgrammeId, Quota, Site, SiteKind};

/// (province sigla, number of centres, real comuni of that province).
type Spread = (&'static str, u32, &'static [&'static str]);

/// Toscana's 169 centres, roughly by population.
const TOSCANA: &[Spread] = &[
    (
        "FI",
        44,
        &[
            "Firenze",
            "Scandicci",
            "Sesto Fiorentino",
            "Empoli",
            "Campi Bisenzio",
            "Bagno a Ripoli",
            "Borgo San Lorenzo",
            "Figline e Incisa Valdarno",
            "Pontassieve",
            "Fucecchio",
        ],
    ),
    (
        "PI",
        19,
        &[
            "Pisa",
            "Cascina",
            "San Giuliano Terme",
            "Pontedera",
            "San Miniato",
            "Volterra",
            "Santa Croce sull'Arno",
        ],
    ),
    (
        "LU",
        17,
        &[
            "Lucca",
            "Viareggio",
            "Capannori",
            "Camaiore",
            "Pietrasanta",
            "Massarosa",
            "Castelnuovo di Garfagnana",
            "Barga",
        ],
    ),
    (
        "AR",
        15,
        &[
            "Arezzo",
            "Montevarchi",
            "Cortona",
            "San Giovanni Valdarno",
            "Sansepolcro",
            "Bibbiena",
            "Castiglion Fiorentino",
        ],
    ),
    (
        "LI",
        14,
        &[
            "Livorno",
            "Piombino",
            "Rosignano Marittimo",
            "Cecina",
            "Portoferraio",
            "Collesalvetti",
        ],
    ),
    (
        "PT",
        13,
        &[
            "Pistoia",
            "Quarrata",
            "Monsummano Terme",
            "Montecatini Terme",
            "Pescia",
            "Agliana",
            "San Marcello Piteglio",
        ],
    ),
    (
        "SI",
        12,
        &[
            "Siena",
            "Poggibonsi",
            "Colle di Val d'Elsa",
            "Montepulciano",
            "Sinalunga",
            "Chiusi",
            "Montalcino",
        ],
    ),
    (
        "GR",
        12,
        &[
            "Grosseto",
            "Follonica",
            "Orbetello",
            "Massa Marittima",
            "Monte Argentario",
            "Castiglione della Pescaia",
            "Arcidosso",
        ],
    ),
    (
        "MS",
        12,
        &[
            "Massa",
            "Carrara",
            "Aulla",
            "Pontremoli",
            "Fivizzano",
            "Montignoso",
            "Villafranca in Lunigiana",
        ],
    ),
    (
        "PO",
        11,
        &[
            "Prato",
            "Montemurlo",
            "Carmignano",
            "Poggio a Caiano",
            "Vaiano",
            "Vernio",
        ],
    ),
];

/// Lombardia's points: the source's minimum per province (423) plus one in Milano = 424.
const LOMBARDIA: &[Spread] = &[
    (
        "BG",
        44,
        &[
            "Bergamo",
            "Treviglio",
            "Seriate",
            "Dalmine",
            "Romano di Lombardia",
            "Albino",
            "Caravaggio",
            "Clusone",
            "Zogno",
        ],
    ),
    (
        "BS",
        56,
        &[
            "Brescia",
            "Desenzano del Garda",
            "Montichiari",
            "Lumezzane",
            "Palazzolo sull'Oglio",
            "Chiari",
            "Rovato",
            "Darfo Boario Terme",
            "Salò",
        ],
    ),
    (
        "CO",
        26,
        &[
            "Como",
            "Cantù",
            "Mariano Comense",
            "Erba",
            "Olgiate Comasco",
            "Menaggio",
            "Lomazzo",
        ],
    ),
    (
        "CR",
        16,
        &[
            "Cremona",
            "Crema",
            "Casalmaggiore",
            "Castelleone",
            "Soresina",
            "Pizzighettone",
        ],
    ),
    (
        "LC",
        14,
        &[
            "Lecco",
            "Merate",
            "Calolziocorte",
            "Casatenovo",
            "Valmadrera",
            "Oggiono",
        ],
    ),
    (
        "LO",
        10,
        &[
            "Lodi",
            "Codogno",
            "Casalpusterlengo",
            "Sant'Angelo Lodigiano",
            "Lodi Vecchio",
        ],
    ),
    (
        "MN",
        19,
        &[
            "Mantova",
            "Castiglione delle Stiviere",
            "Suzzara",
            "Viadana",
            "Curtatone",
            "Porto Mantovano",
            "Ostiglia",
        ],
    ),
    (
        "MI",
        131,
        &[
            "Milano",
            "Sesto San Giovanni",
            "Cinisello Balsamo",
            "Legnano",
            "Rho",
            "Cologno Monzese",
            "Paderno Dugnano",
            "Rozzano",
            "San Donato Milanese",
            "Abbiategrasso",
            "Magenta",
            "Corsico",
            "Pioltello",
            "Segrate",
        ],
    ),
    (
        "MB",
        36,
        &[
            "Monza",
            "Lissone",
            "Seregno",
            "Desio",
            "Cesano Maderno",
            "Limbiate",
            "Brugherio",
            "Vimercate",
            "Giussano",
        ],
    ),
    (
        "PV",
        25,
        &[
            "Pavia",
            "Vigevano",
            "Voghera",
            "Mortara",
            "Stradella",
            "Broni",
            "Garlasco",
        ],
    ),
    (
        "SO",
        8,
        &[
            "Sondrio",
            "Morbegno",
            "Tirano",
            "Chiavenna",
            "Bormio",
            "Livigno",
        ],
    ),
    (
        "VA",
        39,
        &[
            "Varese",
            "Busto Arsizio",
            "Gallarate",
            "Saronno",
            "Tradate",
            "Luino",
            "Somma Lombardo",
            "Malnate",
        ],
    ),
];

const VENUES: &[&str] = &[
    "Biblioteca comunale",
    "Centro civico",
    "Informagiovani",
    "Casa del Popolo",
    "Istituto comprensivo",
    "Centro anziani",
    "Sala polivalente",
    "URP del Comune",
];

const HOSTS: &[&str] = &[
    "Comune di",
    "Auser",
    "ARCI",
    "Pro Loco",
    "Comune di",
    "ACLI",
];

const STREETS: &[&str] = &[
    "Via Roma",
    "Piazza Garibaldi",
    "Via Dante Alighieri",
    "Via Giuseppe Mazzini",
    "Piazza della Repubblica",
    "Via Cavour",
    "Via XX Settembre",
    "Viale della Libertà",
    "Via Giacomo Matteotti",
    "Piazza del Municipio",
    "Via dell'Unità d'Italia",
    "Via San Francesco",
];

/// Weekly patterns of about 24 hours, as the Toscana call asks.
const HOURS: &[&str] = &[
    "lun 09:00-13:00; mar 15:00-19:00; mer 09:00-13:00; gio 15:00-19:00; ven 09:00-13:00; sab 09:00-13:00",
    "lun 14:30-18:30; mar 09:00-13:00; mer 14:30-18:30; gio 09:00-13:00; ven 14:30-18:30; sab 09:30-13:30",
    "mar 09:00-13:00, 15:00-18:00; gio 09:00-13:00, 15:00-18:00; sab 09:00-12:00, 15:00-18:00",
];

/// How a programme's targets are shared among its demo centres.
enum Split {
    /// Toscana: the programme's (citizens, services) over all its centres.
    OverProgramme(u32, u32),
    /// Lombardia: each province's 2025 citizen target over that province's points (the
    /// programme sets no services target).
    PerProvince,
}

pub fn centres() -> Vec<Centre> {
    let mut out = programme(
        "toscana",
        "TOS",
        TOSCANA,
        Split::OverProgramme(136_000, 204_000),
    );
    out.extend(programme("lombardia", "LOM", LOMBARDIA, Split::PerProvince));
    out
}

fn lombardia_target_2025(province: &str) -> u32 {
    crate::seed::programmes::official()
        .into_iter()
        .flat_map(|p| p.province_targets)
        .find(|t| t.province.code == province)
        .and_then(|t| t.targets.last().map(|t| t.citizens))
        .unwrap_or(0)
}

fn programme(id: &str, prefix: &str, spread: &[Spread], split: Split) -> Vec<Centre> {
    let programme = ProgrammeId::parse(id).expect("demo programme id is valid");
    let all: u32 = spread.iter().map(|s| s.1).sum();
    let mut out = Vec::new();
    let mut n = 0u32;
    for &(sigla, count, comuni) in spread {
        let province = Province::by_code(sigla).expect("demo provinces are real");
        for i in 0..count {
            n += 1;
            // (citizens, services) to share, among how many, and this centre's place.
            let (share_of, slots, slot) = match split {
                Split::OverProgramme(c, s) => ((c, s), all, n - 1),
                Split::PerProvince => ((lombardia_target_2025(sigla), 0), count, i),
            };
            let comune = comuni[(i as usize) % comuni.len()];
            let k = n as usize;
            let venue = VENUES[(k * 7 + i as usize) % VENUES.len()];
            let host = HOSTS[k % HOSTS.len()];
            let hours: OpeningHours = HOURS[k % HOURS.len()]
                .parse()
                .expect("demo hours are valid");
            let site = Site {
                kind: SiteKind::Main,
                comune: comune.to_owned(),
                address: format!(
                    "{} {}",
                    STREETS[(k * 5) % STREETS.len()],
                    1 + (k * 37) % 120
                ),
                hours,
            };
            let mut other_sites = Vec::new();
            if k.is_multiple_of(5) {
                other_sites.push(Site {
                    kind: SiteKind::Mobile,
                    comune: comuni[(i as usize + 1) % comuni.len()].to_owned(),
                    address: format!(
                        "Gazebo digitale, {} (mercato settimanale)",
                        STREETS[(k * 3) % STREETS.len()]
                    ),
                    hours: "sab 09:00-12:00".parse().expect("demo hours are valid"),
                });
            }
            if matches!(sigla, "GR" | "LI") && k.is_multiple_of(3) {
                other_sites.push(Site {
                    kind: SiteKind::Seasonal,
                    comune: comune.to_owned(),
                    address: "Lungomare, punto informativo estivo".to_owned(),
                    hours: "mer 17:00-20:00; ven 17:00-20:00"
                        .parse()
                        .expect("demo hours are valid"),
                });
            }
            out.push(Centre {
                code: CentreCode::parse(&format!("{prefix}-{n:03}")).expect("demo codes are valid"),
                name: format!("Punto Digitale Facile {comune} – {venue}"),
                programme: programme.clone(),
                organisation: if host == "Comune di" {
                    format!("Comune di {comune}")
                } else {
                    format!("{host} {comune} APS")
                },
                province,
                site,
                other_sites,
                quota: Quota {
                    citizens: share(share_of.0, slots, slot),
                    services: share(share_of.1, slots, slot),
                },
            });
        }
    }
    out
}

/// The `i`th of `n` near-equal shares of `total`; the shares add up to `total` exactly.
fn share(total: u32, n: u32, i: u32) -> u32 {
    total / n + u32::from(i < total % n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};

    #[test]
    fn demo_has_the_official_counts_and_quotas() {
        let all = centres();
        let tos: Vec<_> = all
            .iter()
            .filter(|c| c.programme.as_str() == "toscana")
            .collect();
        let lom: Vec<_> = all
            .iter()
            .filter(|c| c.programme.as_str() == "lombardia")
            .collect();
        assert_eq!(tos.len(), 169);
        assert_eq!(lom.len(), 424);
        assert_eq!(tos.iter().map(|c| c.quota.citizens).sum::<u32>(), 136_000);
        assert_eq!(tos.iter().map(|c| c.quota.services).sum::<u32>(), 204_000);
        let codes: HashSet<_> = all.iter().map(|c| c.code.clone()).collect();
        assert_eq!(codes.len(), all.len());

        let mut per_province: HashMap<&str, u32> = HashMap::new();
        for c in &lom {
            *per_province.entry(c.province.code).or_default() += 1;
        }
        let lombardia = crate::seed::programmes::official().remove(1);
        for t in &lombardia.province_targets {
            let have = per_province[t.province.code];
            assert!(have >= t.min_points, "{} has {have}", t.province.name);
            let quota: u32 = lom
                .iter()
                .filter(|c| c.province == t.province)
                .map(|c| c.quota.citizens)
                .sum();
            assert_eq!(quota, t.targets[2].citizens, "{}", t.province.name);
        }
    }

    #[test]
    fn demo_centres_pass_the_same_validation_as_an_import() {
        let programmes = crate::seed::programmes::official();
        for c in centres() {
            let again = ponte_domain::CentreFields::from(&c)
                .validate(&programmes)
                .unwrap();
            assert_eq!(again.code, c.code);
            assert_eq!(again.site, c.site);
        }
    }

    #[test]
    fn demo_is_deterministic() {
        assert_eq!(centres(), centres());
    }

    #[test]
    fn shares_add_up() {
        assert_eq!((0..7).map(|i| share(100, 7, i)).sum::<u32>(), 100);
    }
}
