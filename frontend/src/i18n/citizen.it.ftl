# Messages of the citizen app only (sign-up, pass, check-in).
## Registration form: AN9-AN11 choices (Italian: the official labels)
education-A = Licenza elementare
education-B = Licenza media
education-C = Diploma di scuola superiore
education-D = Istruzione post secondaria non terziaria
education-E = Diploma di qualifica professionale
education-F = Certificato di specializzazione tecnica superiore (IFTS)
education-G = Diploma di tecnico superiore (ITS)
education-H = Laurea a ciclo breve / diploma universitario
education-I = Laurea specialistica / magistrale / vecchio ordinamento o livello equivalente
education-J = Master o livello equivalente
education-K = Dottorato o livello equivalente
education-L = Non conosciuto / non fornito / altro
employment-A = Dipendente
employment-B = Imprenditore
employment-C = Libero professionista
employment-D = Non occupato
employment-E = Studente o studentessa / in formazione
employment-F = Casalinga/o
employment-G = Persona ritirata dal lavoro / pensionato/a
employment-H = Altro
citizenship-A = Italiana
citizenship-B = Straniera, di un Paese ALL’INTERNO dell’Unione Europea
citizenship-C = Straniera, di un Paese AL DI FUORI dell’Unione Europea

## Registration
register-title = Registrati al centro
register-intro = Ti registri una volta sola. Poi ti basta un tocco per segnare ogni visita, in qualsiasi centro.
register-cf = Codice fiscale
register-cf-hint = Lo trovi sulla tessera sanitaria: 16 lettere e numeri.
register-cf-ok = Codice fiscale corretto.
register-first-name = Nome
register-last-name = Cognome
register-names-hint = Servono solo per il registro nazionale dei servizi e sono conservati cifrati.
register-education = Titolo di studio
register-employment = Lavoro
register-citizenship = Cittadinanza
register-province = Provincia in cui vivi
register-choose = Scegli…
register-privacy-title = Informativa sulla privacy
privacy-notice = La Regione e il centro trattano i tuoi dati per contare i servizi del progetto nazionale di facilitazione digitale (PNRR, misura 1.7.2), come previsto dalla legge. Il codice fiscale, il nome e i contatti sono conservati cifrati; il ministero riceve i dati senza nome. Puoi chiedere di vedere, correggere o cancellare i tuoi dati al centro.
register-privacy-ack = Ho letto l'informativa sulla privacy
register-contact-title = Promemoria dei corsi (facoltativo)
register-email = E-mail
register-phone = Telefono
register-contact-consent = Voglio ricevere promemoria dei corsi a questo contatto
register-submit = Registrati
register-sending = Invio in corso…
register-done = Fatto! Sei registrato.
register-again-done = Bentornato! Ti abbiamo ritrovato: ecco il tuo nuovo pass.
register-under-age = Per questo progetto servono almeno { $age } anni. Un facilitatore può comunque aiutarti.
register-offline = Sei offline: per registrarti serve la connessione. Riprova appena torna.
register-fix = Controlla i campi segnati.

## Errors on fields
field-required = Questo campo è obbligatorio.
field-invalid = Controlla questo campo.
cf-length = Il codice fiscale ha 16 caratteri; ne hai scritti { $count }.
cf-character = Il carattere numero { $position } non va bene.
cf-month = Il nono carattere (il mese di nascita) non va bene.
cf-day = I caratteri 10 e 11 (il giorno di nascita) non vanno bene.
cf-date = La data di nascita nel codice non esiste.
cf-check = L'ultimo carattere non torna: controlla di aver scritto bene.

## Pass and check-in
pass-title = Il tuo pass
pass-intro = Tienilo su questo telefono: la prossima volta ti basta un tocco. Puoi anche mostrarlo al facilitatore.
pass-code = Codice del pass
checkin-done = Sei dentro! È la tua visita numero { $count } in questo centro.
checkin-queued = Sei offline: la visita è salvata sul telefono e verrà inviata appena torna la connessione.
checkin-forgotten = Questo pass non è più valido. Registrati di nuovo per averne uno nuovo.

## What the citizen needs help with (optional, at check-in)
needs-title = Di cosa hai bisogno oggi? (facoltativo)
need-spid-cie = SPID o CIE
need-app-io = App IO
need-pagopa = Pagare con pagoPA
need-health-record = Fascicolo sanitario
need-health-booking = Prenotare visite ed esami
need-inps = INPS, pensione, bonus
need-taxes = Tasse e dichiarazione dei redditi
need-certificates = Certificati del Comune
need-school = Scuola e servizi per i figli
need-work = Cercare lavoro
need-calls-messages = Videochiamate e messaggi
need-safety = Password e truffe online

## Without a codice fiscale (where the programme allows it)
register-no-cf = Non ho il codice fiscale
register-birth-year = Anno di nascita
register-sex = Sesso
sex-F = Donna
sex-M = Uomo

## Reporting a problem with a public digital service
feedback-title = Segnala un problema con un servizio digitale
feedback-intro = Ci vuole meno di un minuto. La segnalazione è anonima e aiuta a migliorare i servizi.
feedback-service = Quale servizio?
feedback-service-name = Come si chiama il servizio?
feedback-category = Cosa non ha funzionato?
feedback-severity = Quanto è stato grave? (1 = poco, 5 = moltissimo)
feedback-text = Racconta cosa è successo (facoltativo)
feedback-text-hint = Non scrivere dati personali: li nascondiamo comunque.
feedback-device = Da cosa lo stavi usando?
device-phone = Telefono o tablet
device-computer = Computer
feedback-contact-title = Vuoi una risposta? (facoltativo)
feedback-contact-consent = Potete contattarmi per questa segnalazione
feedback-submit = Invia la segnalazione
feedback-done = Grazie! La tua segnalazione è arrivata.
feedback-masked = Abbiamo nascosto i dati personali che avevi scritto.
feedback-queued = Sei offline: la segnalazione è salvata e verrà inviata appena torna la connessione.
feedback-too-many = Troppe segnalazioni da questo dispositivo: riprova tra un minuto.
feedback-another = Fai un'altra segnalazione
service-A = App IO
service-B = Pagamenti pagoPA
service-C = Certificati anagrafici (ANPR)
service-D = Fascicolo sanitario elettronico
service-E = Fatturazione elettronica
service-F = Cultura e turismo
service-G = Scuola
service-H = Formazione e università
service-I = Sport
service-J = Lavoro e centri per l'impiego
service-K = Commercio e impresa
service-L = INPS, pensioni e assistenza
service-M = Prenotazioni sanitarie (CUP)
service-N = Tasse e dichiarazione dei redditi
service-O = Tributi locali e multe
service-P = Edilizia
service-Q = Trasporti e parcheggi
service-R = Partecipazione online
service-S = Altro servizio nazionale
service-local = Un servizio del mio Comune o della Regione
category-login = Non riesco ad accedere (SPID, CIE)
category-hard_to_understand = È difficile da capire
category-error = Dà errore o la pagina non funziona
category-accessibility = Non è accessibile con la mia disabilità o il mio dispositivo
category-missing_information = Mancano informazioni
category-slow = È troppo lento
category-other = Altro
