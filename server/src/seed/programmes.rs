//! The official programme definitions, from the two regional sources in
//! `shared/seeds` (figures copied exactly; see `shared/domain.md` §1 and §6).

use ponte_domain::privacy::PrivacySettings;
use ponte_domain::province::Province;
use ponte_domain::{Date, Programme, ProgrammeId, ProvinceTarget, Target};

/// Lombardia's per-province targets, a verbatim copy of `shared/targets-lombardia.csv`.
const LOMBARDIA_TARGETS_CSV: &str = include_str!("targets-lombardia.csv");

fn date(s: &str) -> Date {
    s.parse().expect("built-in date literal is valid")
}

fn id(s: &str) -> ProgrammeId {
    ProgrammeId::parse(s).expect("built-in programme id is valid")
}

pub fn official() -> Vec<Programme> {
    vec![toscana(), lombardia()]
}

/// "Connessi in buona compagnia 2.0": 169 centres, 136,000 adult citizens and 204,000
/// services by 31/12/2025; a later regional notice extended the work to 2026 with
/// 170,000 citizens and at least 119 centres.
fn toscana() -> Programme {
    Programme {
        id: id("toscana"),
        name: "Connessi in buona compagnia 2.0".into(),
        region: "Toscana".into(),
        start: date("2023-03-06"),
        end: date("2026-12-31"),
        min_age: 18,
        targets: vec![
            Target {
                due: date("2025-12-31"),
                citizens: 136_000,
                services: Some(204_000),
                points: Some(169),
            },
            Target {
                due: date("2026-12-31"),
                citizens: 170_000,
                services: None,
                points: Some(119),
            },
        ],
        province_targets: vec![],
        registration_without_codice_fiscale: false,
        privacy: PrivacySettings {
            controller: "Regione Toscana".into(),
            controller_address: "Piazza del Duomo 10, 50122 Firenze".into(),
            controller_contact: "regionetoscana@postacert.toscana.it".into(),
            dpo_contact: "dpo@regione.toscana.it".into(),
            names_retention_months: None,
            revision: 1,
        },
    }
}

/// Lombardia's measure 1.7.2: 424 points and 341,000 citizens aged 16+, with yearly
/// targets. The programme totals are the source's official total row (85,250 / 204,600
/// / 341,000 and 424 points), not the sum of the province rows, which differs by
/// rounding in the source.
fn lombardia() -> Programme {
    let due = ["2023-12-31", "2024-12-31", "2025-12-31"].map(date);
    Programme {
        id: id("lombardia"),
        name: "Rete di servizi di facilitazione digitale – Lombardia".into(),
        region: "Lombardia".into(),
        start: date("2022-01-01"),
        end: date("2025-12-31"),
        min_age: 16,
        targets: vec![
            Target {
                due: due[0],
                citizens: 85_250,
                services: None,
                points: None,
            },
            Target {
                due: due[1],
                citizens: 204_600,
                services: None,
                points: None,
            },
            Target {
                due: due[2],
                citizens: 341_000,
                services: None,
                points: Some(424),
            },
        ],
        province_targets: lombardia_provinces(due),
        registration_without_codice_fiscale: false,
        privacy: PrivacySettings {
            controller: "Regione Lombardia".into(),
            controller_address: "Piazza Città di Lombardia 1, 20124 Milano".into(),
            controller_contact: "presidenza@pec.regione.lombardia.it".into(),
            dpo_contact: "rpd@regione.lombardia.it".into(),
            names_retention_months: None,
            revision: 1,
        },
    }
}

fn lombardia_provinces(due: [Date; 3]) -> Vec<ProvinceTarget> {
    let mut reader = csv::Reader::from_reader(LOMBARDIA_TARGETS_CSV.as_bytes());
    reader
        .records()
        .map(|row| {
            let row = row.expect("targets-lombardia.csv is well-formed");
            let num = |i: usize| -> u32 { row[i].parse().expect("targets are whole numbers") };
            ProvinceTarget {
                province: Province::find(&row[0]).expect("targets name real provinces"),
                territorial_areas: row[1].to_owned(),
                min_points: num(5),
                targets: (0..3)
                    .map(|i| Target {
                        due: due[i],
                        citizens: num(2 + i),
                        services: None,
                        points: None,
                    })
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lombardia_provinces_match_the_source() {
        let l = lombardia();
        assert_eq!(l.province_targets.len(), 12);
        let milano = l
            .province_targets
            .iter()
            .find(|t| t.province.code == "MI")
            .unwrap();
        assert_eq!(milano.min_points, 130);
        assert_eq!(milano.territorial_areas, "37-45");
        assert_eq!(milano.targets[2].citizens, 104_768);
        let sum = |i: usize| -> u32 {
            l.province_targets
                .iter()
                .map(|t| t.targets[i].citizens)
                .sum()
        };
        // The source's rows add up to slightly less than its official total row.
        assert_eq!((sum(0), sum(1), sum(2)), (85_248, 204_600, 340_999));
        assert_eq!(
            l.province_targets.iter().map(|t| t.min_points).sum::<u32>(),
            423
        );
        assert_eq!(l.targets[2].citizens, 341_000);
        assert_eq!(l.targets[2].points, Some(424));
        assert!(
            l.province_targets
                .iter()
                .all(|t| l.contains_province(t.province))
        );
    }

    #[test]
    fn toscana_has_the_call_figures() {
        let t = toscana();
        assert_eq!(t.min_age, 18);
        assert_eq!(t.targets[0].citizens, 136_000);
        assert_eq!(t.targets[0].services, Some(204_000));
        assert_eq!(lombardia().min_age, 16);
    }
}
