## The centre's page (`/c/{code}`), rendered by the server (server/src/pages): what a
## poster scan opens, readable before any wasm. Not compiled into the apps.
centre-managed-by = Gestito da { $organisation }
centre-where = Dove si trova
centre-hours = Orari di apertura
centre-hours-none = Su appuntamento: chiedi al centro.
centre-weekly = { $hours } ore a settimana
centre-other-sites = Altre sedi
centre-actions = Cosa puoi fare qui
centre-poster = Stampa il poster con il codice QR
centre-not-found = Non troviamo questo centro. Controlla il codice scritto sul poster.
action-survey = Metti alla prova le tue competenze digitali
action-survey-text = Dieci minuti di domande semplici, per capire da dove partire.
action-feedback-text = Aiutaci a migliorare SPID, pagoPA, App IO e gli altri servizi.
site-main = Sede principale
site-branch = Sede distaccata
site-mobile = Sede mobile
site-seasonal = Sede stagionale
day-mon = Lunedì
day-tue = Martedì
day-wed = Mercoledì
day-thu = Giovedì
day-fri = Venerdì
day-sat = Sabato
day-sun = Domenica
action-register-other = Registra un'altra persona
action-register-other-text = Questo telefono ha già un pass: puoi registrare anche un familiare o un amico.

## /privacy: what Ponte keeps on the phone (rendered by the server).
device-title = Privacy e cookie
device-intro = Ponte non usa cookie di profilazione, pubblicità o strumenti di altri siti. Sul tuo telefono tiene solo quello che serve a usare il servizio, e nessuno lo legge da fuori.
device-cookie = Un cookie tecnico, «ponte_lang», con la lingua che hai scelto: dura un anno e vale solo per questo sito.
device-pass = Il tuo pass, per segnare le visite senza registrarti di nuovo.
device-outbox = Quello che hai inviato senza rete, finché non arriva, e ciò che il server non ha accettato, finché non l'hai letto.
device-visit = L'ultima visita segnata e la sede del poster inquadrato oggi, per proporti le domande sulla visita e indicare dove eri.
device-survey = Le risposte al test delle competenze mentre lo fai, per riprenderlo da dove eri.
device-notice = Quale versione dell'informativa sulla privacy hai letto.
device-id = Un numero scelto a caso che distingue questo telefono, per fermare chi invia troppe richieste.
device-forget = Per cancellare tutto, cancella i dati del sito nelle impostazioni del browser. Sul tablet del centro tutto si cancella da solo quando hai finito.
device-data = Come sono trattati i dati che dai al centro (codice fiscale, nome, servizi) lo spiega l'informativa sulla privacy del tuo programma, nel modulo di registrazione.

## /accessibility: the accessibility statement (AgID model), rendered by the server.
a11y-title = Dichiarazione di accessibilità
a11y-intro = Le amministrazioni che usano Ponte per i loro centri di facilitazione digitale si impegnano a renderlo accessibile, come chiede la legge 9 gennaio 2004, n. 4. Questa dichiarazione riguarda le pagine di Ponte per i cittadini (la pagina del centro, la registrazione, il pass, la visita, il test delle competenze, le domande sulla visita, le segnalazioni), il tablet del centro e la console degli operatori.
a11y-status-title = Stato di conformità
a11y-status = Ponte è parzialmente conforme ai requisiti della norma UNI CEN/EN 301549 (WCAG 2.1, livello AA), per i contenuti non accessibili indicati qui sotto.
a11y-gaps-title = Contenuti non accessibili
a11y-gap-languages = Le schermate per i cittadini, il chiosco del centro, la console degli operatori, la pagina mostrata senza connessione e il test delle competenze digitali sono in otto lingue (italiano, inglese, rumeno, albanese, arabo, ucraino, cinese e spagnolo). Le traduzioni non sono ancora state riviste da persone di madrelingua: se trovi una frase sbagliata o poco chiara, segnalacelo come una barriera.
a11y-gap-camera = Al tablet del centro il pass si può mostrare alla fotocamera; chi non può farlo scrive il codice del pass o chiede al facilitatore.
a11y-gap-manual = Le pagine sono provate con strumenti automatici, e con la sola tastiera la registrazione, la visita, il test delle competenze e le segnalazioni; la prova completa con i lettori di schermo non è ancora stata fatta.
a11y-method-title = Come è stata fatta questa dichiarazione
a11y-method = Autovalutazione, il 3 dicembre 2026: a ogni modifica le prove automatiche controllano con axe-core (regole WCAG 2.1 A e AA), e misurando i comandi (almeno 44 × 44 pixel), le pagine per i cittadini, il tablet del centro e la console degli operatori, in italiano e in arabo; una prova con la sola tastiera percorre la registrazione, la visita, il test e una segnalazione; Lighthouse controlla la pagina del centro e la registrazione (accessibilità 100 su 100).
a11y-feedback-title = Segnala un problema di accessibilità
a11y-feedback = Se trovi una barriera, o una pagina che non riesci a usare, scrivi all'amministrazione del tuo programma, oppure dillo ai facilitatori del centro: ti aiutano subito e la segnalazione arriva all'amministrazione. Devono risponderti entro 30 giorni.
a11y-agid = Se la risposta non arriva o non ti soddisfa, puoi rivolgerti al difensore civico per il digitale dell'Agenzia per l'Italia digitale (AgID), dal sito agid.gov.it.
