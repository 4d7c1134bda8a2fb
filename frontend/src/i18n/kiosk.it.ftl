# La postazione del centro (tablet): solo nell'app della postazione.

kiosk-title = Postazione del centro
kiosk-choose-language = Scegli la lingua

## Collegare il tablet al centro
kiosk-pair-title = Collega questo tablet al centro
kiosk-pair-text = Chiedi al facilitatore il codice di sei caratteri che compare nella console del centro, alla voce «Postazioni». Il codice vale 10 minuti.
kiosk-pair-code = Codice di collegamento
kiosk-pair-button = Collega il tablet
kiosk-pair-invalid = Il codice è di 6 caratteri, lettere e numeri, come lo mostra la console.
kiosk-pair-unknown = Codice non valido o scaduto (vale 10 minuti): chiedine uno nuovo al facilitatore.
kiosk-pair-wait = Troppi tentativi: aspetta un minuto e riprova.
kiosk-pair-revoked = Il centro ha scollegato questo tablet. Per usarlo di nuovo, chiedi un codice nuovo al facilitatore.

## La pagina iniziale
kiosk-welcome = Tocca quello che vuoi fare. Quando hai finito, tocca «Ho finito»: lo schermo si cancella per la persona dopo di te.
kiosk-register = Registrati
kiosk-register-text = La prima volta qui: ricevi il tuo pass.
kiosk-checkin = Segna la tua visita
kiosk-checkin-text = Hai già il pass: mostralo alla fotocamera o scrivi il codice.
kiosk-survey = Quanto sai usare il digitale?
kiosk-survey-text = Un breve test per scoprire da dove partire.
kiosk-feedback = Segnala un problema
kiosk-feedback-text = Con SPID, CIE, App IO, pagoPA, fascicolo sanitario, INPS e altri servizi pubblici.
kiosk-phone = Usa il tuo telefono
kiosk-phone-text = Inquadra questo codice con la fotocamera del tuo telefono: si apre la pagina del centro.
kiosk-phone-alt = Codice QR della pagina del centro

## Segnare la visita con il pass
kiosk-checkin-show = Mostra il codice QR del tuo pass alla fotocamera.
kiosk-checkin-type = Oppure scrivi il codice sotto il QR (8 lettere e numeri)
kiosk-checkin-unknown = Nessun pass con questo codice. Controlla le lettere o chiedi al facilitatore.
kiosk-checkin-not-a-pass = Questo codice QR non è un pass di Ponte. Mostra il QR del tuo pass.
kiosk-checkin-finish = Quando hai finito, tocca «Ho finito».

## Fine e cancellazione
kiosk-finish = Ho finito
kiosk-idle-warning = { $seconds ->
    [one] Tra 1 secondo lo schermo si cancella per la prossima persona.
   *[other] Tra { $seconds } secondi lo schermo si cancella per la prossima persona.
}
kiosk-idle-stay = Continua, ci sono ancora
