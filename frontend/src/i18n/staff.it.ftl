# The staff console (bin ponte-staff): Italian.
staff-title = Console del centro
staff-tagline = Console del centro
staff-signed-out = La sessione è finita: accedi di nuovo.
staff-login-title = Accedi alla console
staff-email = E-mail
staff-password = Password
staff-login-button = Accedi
staff-login-wrong = E-mail o password non corrette.
staff-login-locked = Troppi tentativi sbagliati: riprova tra 15 minuti.
staff-signed-in-as = { $email } · { $role }
staff-role-admin = amministratore
staff-role-region = referente regionale
staff-role-coordinator = coordinatore
staff-role-facilitator = facilitatore
staff-sign-out = Esci
staff-centre = Centro
staff-today-title = Oggi al centro
staff-today-count = { $visits ->
    [0] Nessuna visita
    [one] 1 visita
   *[other] { $visits } visite
} · { $services ->
    [0] nessun servizio
    [one] 1 servizio
   *[other] { $services } servizi
}
staff-today-none = Le visite segnate oggi compaiono qui da sole, entro pochi secondi.
staff-gender-A = Donna
staff-gender-B = Uomo
staff-gender-C = Non binario
staff-gender-D = Genere non indicato
staff-age-1 = 18–29 anni
staff-age-2 = 30–54 anni
staff-age-3 = 55–74 anni
staff-age-4 = 75 anni e più
staff-age-5 = 14–17 anni
staff-first-visit = prima visita
staff-returning = visita di ritorno
staff-services-done = { $count ->
    [one] Servizio registrato
   *[other] { $count } servizi registrati
}
staff-services-none = Nessun servizio
staff-finder-title = Trova con il pass
staff-pass-code = Codice del pass
staff-find = Cerca
staff-scan = Inquadra il pass
staff-scan-stop = Chiudi la fotocamera
staff-citizen = Cittadino trovato
staff-visits-here = { $count ->
    [0] mai venuto qui
    [one] 1 visita qui
   *[other] { $count } visite qui
}
staff-pass-revoked = Questo pass è stato revocato: usa il pass nuovo.
staff-pick = Aggiungi al servizio
staff-unpick = Togli dal servizio
staff-no-visit-today = Oggi non ha ancora segnato la visita.
staff-desk-checkin = Segna la visita ora
staff-done = Fatto
staff-service-title = Registra un servizio
staff-service-pick = Scegli una o più visite dalla lista di oggi, o trova il cittadino con il pass.
staff-service-for = { $count ->
    [one] Per 1 cittadino
   *[other] Per { $count } cittadini (servizio di gruppo)
}
staff-service-duration = Durata (ore:minuti)
staff-service-duration-hint = Per esempio 0:45 o 1:30.
staff-service-types = Tipo di servizio (SE3)
staff-service-competences = Competenze trattate (SE5)
staff-service-domains = Servizi pubblici trattati (SE6)
staff-service-details = Dettagli (SE7, facoltativo)
staff-service-details-hint = { $count } di { $max } caratteri. Non scrivere dati personali: codici fiscali, e-mail e telefoni vengono oscurati, i nomi delle persone no.
staff-service-record = Registra il servizio
staff-service-done = { $count ->
    [one] Servizio registrato per 1 cittadino.
   *[other] Servizio registrato per { $count } cittadini.
}
staff-service-invalid-date = La data non è valida.
staff-service-invalid-duration = Scrivi la durata in ore e minuti, da 0:01 a 12:00.
staff-service-invalid-types = Scegli il tipo: per più cittadini, facilitazione di gruppo.
staff-service-invalid-competences = Scegli almeno una competenza.
staff-service-invalid-domains = Scegli almeno un servizio pubblico (o "Nessuna delle precedenti").
staff-service-invalid-details = I dettagli sono al massimo 600 caratteri.
staff-service-invalid-visits = Scegli le visite di oggi in questo centro, ogni cittadino una volta.
staff-lost-title = Pass perso
staff-lost-hint = Il pass perso smette di funzionare e la stessa persona ne riceve uno nuovo.
staff-lost-button = Revoca e dai un pass nuovo
staff-lost-done = Pass nuovo pronto. Il vecchio non funziona più.
staff-card-hint = Mostra questo codice al centro per segnare la visita.
staff-print = Stampa la tessera (A6)
staff-reports-title = Segnalazioni sui servizi pubblici
staff-reports-status = Stato
staff-reports-service = Servizio
staff-reports-category = Problema
staff-reports-all = Tutte
staff-reports-none = Nessuna segnalazione con questi filtri.
staff-status-new = Nuova
staff-status-reviewed = Letta
staff-status-hidden = Nascosta
staff-report-severity = gravità { $severity } su 5
staff-report-contact = ha lasciato un recapito
staff-report-reply = Risposta o nota
staff-report-mark-reviewed = Segna come letta
staff-report-hide = Nascondi
staff-report-unhide = Rimetti tra le nuove
staff-signup-title = Registra un cittadino allo sportello
staff-signup-hint = Per chi non ha il telefono o preferisce farsi aiutare. Il pass si stampa e non resta sul tablet.
staff-signup-open = Apri il modulo
staff-signup-close = Chiudi il modulo
staff-signup-notice = Fai leggere l'informativa al cittadino sullo schermo, o consegnala stampata.
staff-signup-paper = L'informativa è stata consegnata su carta
staff-signup-read = Il cittadino ha letto l'informativa
staff-signup-send = Registra e crea il pass
staff-signup-done = Registrazione fatta. Stampa il pass e consegnalo al cittadino.
staff-accounts-title = Account del personale
staff-accounts-none = Nessun account da gestire.
staff-account-disabled = disattivato
staff-account-disable = Disattiva
staff-account-disable-who = Disattiva { $email }
staff-account-new = Nuovo account
staff-account-role = Ruolo
staff-account-centres = Centri
staff-account-create = Crea l'account
staff-account-made = Account { $email } creato. La password si vede solo ora: consegnala alla persona.
staff-account-programme = Programma (regione)
staff-events-title = Eventi del centro
staff-events-none = Nessun evento questa settimana.
staff-event-count = { $present ->
    [one] 1 presente
   *[other] { $present } presenti
} · { $waiting } in lista d'attesa
staff-event-closed = Chiuso: il servizio di gruppo è registrato.
staff-event-poster = Mostra il cartello
staff-event-close = Chiudi e registra il servizio
staff-event-qr = Codice QR per segnare la presenza
staff-event-scan = Inquadra il codice per segnare la tua presenza.
staff-event-new = Nuovo evento
staff-event-name = Titolo
staff-event-kind = Tipo di evento
staff-event-kind-course = Corso
staff-event-kind-group = Incontro di gruppo
staff-event-kind-mobile = Punto mobile (gazebo, furgone)
staff-event-kind-seasonal = Punto stagionale
staff-event-date = Giorno
staff-event-start = Inizio
staff-event-end = Fine
staff-event-capacity = Posti (facoltativo)
staff-event-create = Crea l'evento
staff-event-place = Luogo (vuoto: al centro)
staff-event-close-confirm = Chiudere l'evento e registrare il servizio? Chi arriva dopo non potrà più segnare la presenza.
staff-event-people = Chi è venuto
staff-event-waiting = in lista d'attesa
staff-event-present = presente
staff-event-let-in = Fai entrare
staff-event-add = Aggiungi con il codice
staff-event-csv = Scarica l'elenco (CSV)

## Postazioni (tablet del centro)
staff-kiosks-title = Postazioni
staff-kiosks-hint = Un tablet del centro diventa una postazione per i cittadini: aprilo all'indirizzo /kiosk e scrivi il codice di collegamento.
staff-kiosks-pair = Collega un tablet
staff-kiosks-code = Codice da scrivere sul tablet:
staff-kiosks-code-until = (vale fino alle { $time })
staff-kiosks-none = Nessun tablet collegato.
staff-kiosks-item = Tablet n. { $id } · ultimo uso: { $time }
staff-kiosks-revoked = scollegato
staff-kiosks-revoke = Scollega
staff-kiosks-revoke-confirm = Tocca ancora per scollegarlo
staff-kiosks-idle = Secondi senza tocchi prima che lo schermo si cancelli
staff-kiosks-idle-save = Salva
staff-kiosks-idle-saved = Salvato: { $seconds } secondi. I tablet lo applicano alla prossima persona.
staff-kiosks-idle-invalid = Scegli un numero di secondi tra { $min } e { $max }.

## Avanzamento del programma (regione)
staff-progress-title = Avanzamento: { $programme }
staff-progress-province = Provincia
staff-progress-all = Tutto il programma
staff-progress-citizens = Cittadini nuovi nel programma (al primo accesso): { $done } su { $goal } entro il { $date }
staff-progress-services = Servizi: { $done } su { $goal }
staff-progress-services-plain = Servizi registrati: { $done }
staff-progress-no-target = Il programma non ha obiettivi datati.
staff-progress-pace = Nelle ultime quattro settimane, a settimana: cittadini nuovi { $citizens }, servizi { $services }.
staff-progress-forecast = A questo ritmo l'obiettivo sui cittadini si raggiunge il { $date }.
staff-progress-forecast-never = A questo ritmo l'obiettivo sui cittadini non si raggiunge: serve più affluenza.
staff-progress-met = Obiettivo sui cittadini raggiunto.
staff-progress-risk-title = Centri in ritardo sulla loro quota
staff-progress-risk-none = Nessun centro in ritardo.
staff-progress-risk-count = { $count ->
    [one] 1 centro in ritardo; il più indietro per primo.
   *[other] { $count } centri in ritardo; i più indietro per primi (i primi 10).
}
staff-progress-risk-item = { $name } ({ $code }): servono { $required } cittadini nuovi a settimana, ne arrivano { $recent }.
staff-progress-chart = Cittadini raggiunti settimana per settimana, con la linea che porta all'obiettivo
staff-progress-programme = Programma

## File nazionale del mese
staff-exports-title = File per la piattaforma nazionale
staff-exports-hint = Il file del mese nel formato del caricamento massivo: una riga per cittadino e servizio, al massimo 9.000 righe per file. Ogni file scaricato resta registrato.
staff-exports-month = Mese
staff-exports-summary = { $services } servizi, { $rows } righe. Esclusi: { $left } cittadini senza codice fiscale; { $flagged } partecipazioni non esportabili (età o periodo del programma){ $purged ->
    [0] .
    [one] ; 1 cittadino il cui nome è stato cancellato per la regola di conservazione: registralo di nuovo al banco, con il suo documento, prima di scaricare il file, per rendicontarlo.
   *[other] ; { $purged } cittadini i cui nomi sono stati cancellati per la regola di conservazione: registrali di nuovo al banco, con il loro documento, prima di scaricare il file, per rendicontarli.
}
staff-exports-download = Scarica { $name } ({ $rows } righe)
staff-exports-log = File già scaricati
staff-exports-log-item = { $who }, il { $time }: mese { $month }, { $rows } righe, SHA-256 { $sha }…
staff-report-title = Rapporto del mese per centro (visite, cittadini, servizi):
staff-share-centre = Quota di un centro: codice (es. TOS-001)
staff-share-citizens = Cittadini da raggiungere (vuoto: quota dell'import o parti uguali)
staff-share-save = Salva la quota
staff-share-saved = Quota salvata: i centri in ritardo sono ricalcolati.

## The dashboard
staff-dash-title = Cruscotto: affluenza e servizi
staff-dash-from = Dal
staff-dash-to = Al
staff-dash-by = Per
staff-dash-by-day = giorno
staff-dash-by-week = settimana
staff-dash-by-month = mese
staff-dash-show = Mostra
staff-dash-up = Torna a tutto il programma
staff-dash-up-own = Torna a tutti i tuoi centri
staff-dash-scope = { $scope }, dal { $from } al { $to }. Senza date: gli ultimi 30 giorni; per settimana o per mese il periodo si allarga a settimane o mesi interi.
staff-dash-totals = Totale del periodo
staff-dash-period = Periodo
staff-dash-all = Tutto il periodo
staff-dash-parts = Un livello più in basso: scegli una riga per i suoi dettagli
staff-dash-part = Dove
staff-dash-citizens = Cittadini unici
staff-dash-new = Nuovi nel programma
staff-dash-visits = Visite
staff-dash-services = Servizi
staff-dash-participations = Partecipazioni
staff-dash-series-day = Giorno per giorno (dal più recente)
staff-dash-series-week = Settimana per settimana, da lunedì (dalla più recente)
staff-dash-series-month = Mese per mese (dal più recente)
staff-dash-people = Chi è stato raggiunto (cittadini nuovi nel programma)
staff-dash-months = Le tabelle qui sotto contano mesi interi, dal { $from } al { $to }: possono non coincidere con i totali del periodo scelto.
staff-dash-small = Tra i servizi, meno di 5 si legge «< 5». Tra le persone una tabella con meno di 10 persone, o con un gruppo di meno di 5, non si mostra: dal totale si potrebbe risalire a chi sono. «—»: i cittadini unici si contano per un giorno, una settimana o un mese; su più periodi non si sommano (chi torna verrebbe contato più volte).
staff-dash-services-by = Servizi per tipo, competenza e servizio pubblico (un servizio può averne più di uno)
staff-dash-field-age_band = Fascia d'età
staff-dash-field-gender = Genere
staff-dash-field-citizenship = Cittadinanza
staff-dash-field-education = Titolo di studio
staff-dash-field-employment = Condizione occupazionale
staff-dash-field-type = Tipo di servizio (SE3)
staff-dash-field-competence = Competenza DigComp trattata (SE5)
staff-dash-field-domain = Servizi pubblici trattati (SE6)
staff-dash-unknown = Non noto
staff-dash-withheld = Dettaglio non mostrato: meno di 10 persone, o un gruppo di meno di 5 che si potrebbe riconoscere.
staff-dash-own = I tuoi { $count } centri
staff-dash-up-province = Torna alla provincia { $province }
staff-dash-skills = Competenze digitali
staff-dash-skills-counts = Test di partenza { $entries }, test finali { $exits }, cittadini che li hanno fatti entrambi { $pairs }. Le medie per area si mostrano da 5 cittadini in su.
staff-dash-skills-area = { $area }: { $change } punti percentuali in media tra partenza e fine
staff-dash-reports = Segnalazioni sui servizi pubblici nel periodo: { $count }
