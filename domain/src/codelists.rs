//! The national monitoring's code lists, copied exactly from
//! `shared/national-codelists.toml` (codes and official Italian labels). The codes are
//! what the national upload file carries; the app shows its own plain-language labels
//! from the Fluent catalogues, keyed by these codes.

/// A code list: `(code, official Italian label)`, in the official order.
pub type CodeList = &'static [(&'static str, &'static str)];

/// Whether `code` belongs to `list`.
pub fn contains(list: CodeList, code: &str) -> bool {
    list.iter().any(|(c, _)| *c == code)
}

/// Checks a multiple choice: every code must be in `list`; the result has each once, in
/// the list's official order (as the national file joins them).
pub fn pick(
    field: &'static str,
    list: CodeList,
    given: &[String],
) -> Result<Vec<String>, crate::Invalid> {
    if let Some(bad) = given.iter().find(|g| !contains(list, g)) {
        let shown: String = bad.chars().take(8).collect();
        return Err(crate::Invalid::new(
            field,
            format!("'{shown}' is not one of the choices"),
        ));
    }
    Ok(list
        .iter()
        .filter(|(c, _)| given.iter().any(|g| g == c))
        .map(|(c, _)| (*c).to_owned())
        .collect())
}

/// The official label of `code` in `list`.
pub fn label(list: CodeList, code: &str) -> Option<&'static str> {
    list.iter().find(|(c, _)| *c == code).map(|(_, l)| *l)
}

/// AN7 gender (derived from the codice fiscale).
pub const GENDER: CodeList = &[
    ("A", "F"),
    ("B", "M"),
    ("C", "Non binario"),
    ("D", "Preferisco non rispondere"),
];

/// AN9 education.
pub const EDUCATION: CodeList = &[
    ("A", "Licenza elementare"),
    ("B", "Licenza media"),
    ("C", "Diploma di scuola superiore"),
    ("D", "Istruzione post secondaria non terziaria"),
    ("E", "Diploma di qualifica professionale"),
    (
        "F",
        "Certificato di specializzazione tecnica superiore (IFTS)",
    ),
    ("G", "Diploma di tecnico superiore (ITS)"),
    ("H", "Laurea a ciclo breve / diploma universitario"),
    (
        "I",
        "Laurea specialistica / magistrale / vecchio ordinamento o livello equivalente",
    ),
    ("J", "Master o livello equivalente"),
    ("K", "Dottorato o livello equivalente"),
    ("L", "Non conosciuto / non fornito / altro"),
];

/// AN10 employment status.
pub const EMPLOYMENT: CodeList = &[
    ("A", "Dipendente"),
    ("B", "Imprenditore"),
    ("C", "Libero professionista"),
    ("D", "Non occupato"),
    ("E", "Studente o studentessa / in formazione"),
    ("F", "Casalinga/o"),
    ("G", "Persona ritirata dal lavoro / pensionato/a"),
    ("H", "Altro"),
];

/// AN11 citizenship.
pub const CITIZENSHIP: CodeList = &[
    ("A", "Italiana"),
    (
        "B",
        "Straniera, di un Paese ALL’INTERNO dell’Unione Europea",
    ),
    (
        "C",
        "Straniera, di un Paese AL DI FUORI dell’Unione Europea",
    ),
];

/// SE3 service type (several allowed).
pub const SERVICE_TYPE: CodeList = &[
    ("A", "Facilitazione individuale"),
    ("B", "Facilitazione di gruppo"),
    ("C", "Formazione in presenza"),
    ("D", "Formazione online"),
    ("E", "Altro"),
];

/// SE4 DigComp area, derived from SE5.
pub const DIGCOMP_AREA: CodeList = &[
    ("A", "Alfabetizzazione su informazioni e dati"),
    ("B", "Comunicazione e collaborazione"),
    ("C", "Creazione di contenuti digitali"),
    ("D", "Sicurezza"),
    (
        "E",
        "Risolvere i problemi tecnici (es.: software e hardware)",
    ),
];

/// SE5 competences treated (several allowed).
pub const COMPETENCE: CodeList = &[
    (
        "1",
        "Navigare, ricercare e filtrare dati, informazioni e contenuti digitali (es.: consultare siti istituzionali, cercare atti e norme, leggere notizie online, guardare video su piattaforme in abbonamento)",
    ),
    (
        "2",
        "Valutare dati, informazioni e contenuti digitali (es.: riconoscere le fake news)",
    ),
    (
        "3",
        "Gestire dati, informazioni e contenuti digitali (es.: organizzare file, scaricare contenuti multimediali, utilizzare videogiochi)",
    ),
    (
        "4",
        "Interagire attraverso le tecnologie digitali (es.: usare servizi di messaggistica istantanea, effettuare chiamate o videochiamate via Internet)",
    ),
    (
        "5",
        "Condividere informazioni attraverso le tecnologie digitali (es.: usare la PEC, comunicare il domicilio digitale)",
    ),
    (
        "6",
        "Esercitare la cittadinanza attraverso le tecnologie digitali (es.: utilizzare i servizi pubblici digitali, fare acquisti online, gestire servizi bancari e di pagamento via Internet)",
    ),
    ("7", "Collaborare attraverso le tecnologie digitali"),
    (
        "8",
        "Conoscere le regole di comportamento per il reciproco rispetto online (netiquette)",
    ),
    (
        "9",
        "Gestire l’identità digitale (es.: richiedere e usare SPID, CNS e CIE e identificativi social)",
    ),
    ("10", "Creazione di contenuti digitali"),
    (
        "11",
        "Proteggere i dispositivi (es.: impostare e gestire password, riconoscere ed evitare i messaggi di phishing)",
    ),
    (
        "12",
        "Proteggere i dati personali e la privacy (es.: gestire i cookie, comunicare dati bancari per i pagamenti online)",
    ),
    (
        "13",
        "Risolvere i problemi tecnici (es.: software e hardware)",
    ),
];

/// SE6 public-service domains (several allowed).
pub const PUBLIC_SERVICE: CodeList = &[
    ("A", "App IO"),
    ("B", "Sistemi di pagamenti elettronici (pagoPA)"),
    (
        "C",
        "Servizi anagrafici tramite ANPR (es. richiedere certificati)",
    ),
    ("D", "Fascicolo sanitario elettronico"),
    ("E", "Fatturazione elettronica"),
    (
        "F",
        "Cultura e turismo (es. consultare biblioteche e archivi, prenotare biglietti per musei e spettacoli o servizi turistici)",
    ),
    (
        "G",
        "Istruzione (es. fare l’iscrizione a servizi per l’infanzia, mense e trasporti scolastici, richiedere agevolazioni, consultare il registro elettronico)",
    ),
    (
        "H",
        "Formazione (es. iscriversi all’università o a corsi per adulti)",
    ),
    ("I", "Sport (es. prenotazione impianti sportivi)"),
    (
        "J",
        "Servizi di sostegno all’occupazione (es. iscriversi al centro per l’impiego, consultare l’Informalavoro, rivolgersi a career service o servizi di consulenza)",
    ),
    (
        "K",
        "Commercio e impresa (es. sportelli unici per le attività produttive)",
    ),
    (
        "L",
        "Servizi previdenziali e assistenziali (es. accedere a prestazioni assistenziali e previdenziali, servizi per l’immigrazione)",
    ),
    (
        "M",
        "Servizi sanitari diversi da FSE (es. prenotare visite ed esami con il Centro Unico di Prenotazione, scegliere il medico di famiglia, ritirare referti, richiedere l’assistenza domiciliare)",
    ),
    (
        "N",
        "Adempimenti fiscali (es. dichiarazione dei redditi precompilata)",
    ),
    (
        "O",
        "Servizi tributari e contravvenzioni (es. dichiarazioni IMU, TASI, TARi, consultazione accertamenti e pagamenti delle contravvenzioni)",
    ),
    (
        "P",
        "Urbanistica ed edilizia (es. Gestire pratiche edilizie SCIA e CILA)",
    ),
    (
        "Q",
        "Infrastrutture e mobilità (es. fare il biglietto o l’abbonamento per il trasporto pubblico locale, effettuare pagamenti per parcheggi, taxi e ZTL)",
    ),
    ("R", "Utilizzo di piattaforme di partecipazione"),
    ("S", "Nessuna delle precedenti"),
];

/// ES1 how the citizen heard of the centre.
pub const HEARD_FROM: CodeList = &[
    ("A", "Sportello"),
    ("B", "Telefono"),
    ("C", "Sito internet"),
    ("D", "Social media"),
    ("E", "TV"),
    ("F", "Radio"),
    ("G", "Giornale"),
    ("H", "Durante un evento online"),
    ("I", "Durante un evento in presenza"),
    (
        "J",
        "Durante un evento della Settimana nazionale per le competenze Digitali",
    ),
    ("K", "Materiale informativo e promozionale stampato"),
    ("L", "Passaparola"),
    ("M", "Facilitatore/ Formatore"),
];

/// ES2 why the citizen came.
pub const REASON: CodeList = &[
    ("A", "Migliorare nello studio"),
    ("B", "Ricerca di lavoro"),
    ("C", "Migliorare nel mio lavoro"),
    ("D", "Cambiare lavoro"),
    ("E", "Cultura e crescita personale"),
    (
        "F",
        "Avere maggiore dimestichezza nell’utilizzo dei servizi digitali in generale",
    ),
    (
        "G",
        "Risolvere problemi specifici relativi ai servizi pubblici",
    ),
    (
        "H",
        "Risolvere problemi specifici relativi agli acquisti e ai pagamenti online",
    ),
    ("I", "Frequento volentieri questo punto di facilitazione"),
    ("J", "Non ho un motivo particolare"),
    ("K", "Recuperare un precedente servizio non fruito"),
    ("L", "Altro"),
];

/// ES3 will the citizen come back.
pub const COME_BACK: CodeList = &[
    ("A", "Sì, per facilitazione"),
    ("B", "Sì, per formazione"),
    ("C", "Non saprei"),
    ("D", "No, non ne ho bisogno"),
    (
        "E",
        "No, riconosco il bisogno ma non trovo giovamento nel tornare",
    ),
];

/// ES5 what helps most with digital problems.
pub const HELP_SOURCE: CodeList = &[
    ("A", "Chiedere aiuto a parenti e amici"),
    ("B", "Chiedere aiuto ai colleghi"),
    ("C", "Punto di facilitazione"),
    ("D", "Facilitazione online (es.: videochiamata)"),
    ("E", "Formazione e seminari in presenza gratuiti"),
    ("F", "Formazione e seminari in presenza a pagamento"),
    ("G", "Formazione e seminari online"),
    ("H", "Piattaforma “ACCEDI”"),
    ("I", "Motori di ricerca su Internet"),
    ("J", "Video (es.: YouTube)"),
    ("K", "Podcast"),
    ("L", "Blog e forum online"),
    ("M", "Chat (es.: WhatsApp) e chatbot"),
    (
        "N",
        "Materiale informativo, giornali, articoli e altre pubblicazioni stampate",
    ),
    (
        "O",
        "Materiale informativo, giornali, articoli e altre pubblicazioni online",
    ),
];

/// SE4 area of an SE5 competence: 1–3 → A, 4–9 → B, 10 → C, 11–12 → D, 13 → E.
pub fn area_of_competence(competence: &str) -> Option<&'static str> {
    match competence.parse::<u8>().ok()? {
        1..=3 => Some("A"),
        4..=9 => Some("B"),
        10 => Some("C"),
        11 | 12 => Some("D"),
        13 => Some("E"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_have_their_official_sizes() {
        assert_eq!(EDUCATION.len(), 12);
        assert_eq!(EMPLOYMENT.len(), 8);
        assert_eq!(CITIZENSHIP.len(), 3);
        assert_eq!(COMPETENCE.len(), 13);
        assert_eq!(PUBLIC_SERVICE.len(), 19);
        assert_eq!(HEARD_FROM.len(), 13);
        assert_eq!(REASON.len(), 12);
        assert_eq!(COME_BACK.len(), 5);
        assert_eq!(HELP_SOURCE.len(), 15);
        assert_eq!(
            label(PUBLIC_SERVICE, "B"),
            Some("Sistemi di pagamenti elettronici (pagoPA)")
        );
        assert!(contains(EDUCATION, "L") && !contains(EDUCATION, "M"));
    }

    #[test]
    fn areas_follow_the_national_mapping() {
        let areas: Vec<_> = (1..=13)
            .map(|c| area_of_competence(&c.to_string()).unwrap())
            .collect();
        assert_eq!(
            areas,
            [
                "A", "A", "A", "B", "B", "B", "B", "B", "B", "C", "D", "D", "E"
            ]
        );
        assert_eq!(area_of_competence("14"), None);
    }
}
