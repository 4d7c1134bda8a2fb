app-name = Ponte
app-tagline = Punti Digitale Facile
skip-to-content = Vai al contenuto
language = Lingua
footer-text = Ponte è il software libero dei centri di facilitazione digitale (PNRR M1C1 1.7.2).
loading = Caricamento…
retry = Riprova
error-network = Non riusciamo a raggiungere il server. Controlla la connessione e riprova.
error-generic = Qualcosa non ha funzionato. Riprova tra poco.

home-title = Trova il tuo centro di facilitazione digitale
home-intro = Nei centri trovi persone che ti aiutano, gratis, a usare SPID, CIE, App IO, pagoPA, il fascicolo sanitario e gli altri servizi digitali.
home-region = Regione
home-region-choose = Scegli la regione
home-province = Provincia
home-province-all = Tutte le province
home-search = Nome, comune, indirizzo o codice del centro
home-search-hint = Per esempio: biblioteca, Prato, TOS-012
home-choose-region = Scegli una regione per vedere i centri.
home-results = { $count ->
    [0] Nessun centro trovato. Prova a togliere un filtro.
    [one] 1 centro trovato
   *[other] { $count } centri trovati
}
home-show-more = Mostra altri centri

centre-search-other = Cerca un altro centro

action-register = Registrati
action-feedback = Segnala un problema con un servizio pubblico digitale

poster-scan = Inquadra il codice con la fotocamera del telefono per registrarti e segnare le tue visite.
poster-or-visit = Oppure vai su
poster-print = Stampa il poster
poster-back = Torna alla pagina del centro

not-found-title = Pagina non trovata
not-found-text = L'indirizzo che hai aperto non esiste.

## Centre page: the one-tap check-in
checkin-button = Segna la mia visita
outbox-waiting = In attesa di invio: { $what }.
outbox-waiting-checkin = { $count ->
    [one] 1 visita
   *[other] { $count } visite
}
outbox-waiting-survey = { $count ->
    [one] 1 test delle competenze
   *[other] { $count } test delle competenze
}
outbox-waiting-feedback = { $count ->
    [one] 1 segnalazione
   *[other] { $count } segnalazioni
}
outbox-waiting-experience = { $count ->
    [one] 1 questionario sulla visita
   *[other] { $count } questionari sulle visite
}
experience-offer = Com'è andata? Rispondi a 6 domande (1 minuto)
footer-privacy = Privacy e cookie
footer-a11y = Accessibilità
display-choice = Visualizzazione
display-large = Testo più grande
display-contrast = Contrasto elevato
