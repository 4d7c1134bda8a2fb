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
action-feedback-text = Ci aiuti a migliorare SPID, pagoPA, App IO e gli altri.
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
