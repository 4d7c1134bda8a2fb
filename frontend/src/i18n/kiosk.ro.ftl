# La postazione del centro (tablet): solo nell'app della postazione.

kiosk-title = Tableta centrului
kiosk-choose-language = Alegeți limba

## Collegare il tablet al centro
kiosk-pair-title = Conectați această tabletă la centru
kiosk-pair-text = Cereți facilitatorului codul de șase caractere care apare în consola centrului, la rubrica „Postazioni”. Codul este valabil 10 minute.
kiosk-pair-code = Codul de conectare
kiosk-pair-button = Conectați tableta
kiosk-pair-invalid = Codul are 6 caractere, litere și cifre, așa cum îl arată consola.
kiosk-pair-unknown = Codul nu este bun sau a expirat (este valabil 10 minute): cereți facilitatorului unul nou.
kiosk-pair-wait = Prea multe încercări: așteptați un minut și încercați din nou.
kiosk-pair-revoked = Centrul a deconectat această tabletă. Ca să o folosiți din nou, cereți facilitatorului un cod nou.

## La pagina iniziale
kiosk-welcome = Atingeți ce vreți să faceți. Când ați terminat, atingeți „Am terminat”: ecranul se șterge pentru persoana de după dumneavoastră.
kiosk-register = Înscrieți-vă
kiosk-register-text = Sunteți aici prima dată: primiți permisul dumneavoastră.
kiosk-checkin = Înregistrați vizita
kiosk-checkin-text = Aveți deja permisul: arătați-l camerei sau scrieți codul.
kiosk-survey = Cât de bine vă descurcați cu tehnologia digitală?
kiosk-survey-text = Un test scurt, ca să aflați de unde să începeți.
kiosk-feedback = Semnalați o problemă
kiosk-feedback-text = Cu SPID, CIE, App IO, pagoPA, dosarul de sănătate, INPS și alte servicii publice.
kiosk-phone = Folosiți telefonul dumneavoastră
kiosk-phone-text = Îndreptați camera telefonului spre acest cod: se deschide pagina centrului.
kiosk-phone-alt = Codul QR al paginii centrului

## Segnare la visita con il pass
kiosk-checkin-show = Arătați camerei codul QR al permisului.
kiosk-checkin-type = Sau scrieți codul de sub QR (8 litere și cifre)
kiosk-checkin-unknown = Nu există niciun permis cu acest cod. Verificați literele sau întrebați facilitatorul.
kiosk-checkin-not-a-pass = Acest cod QR nu este un permis Ponte. Arătați codul QR al permisului dumneavoastră.
kiosk-checkin-finish = Când ați terminat, atingeți „Am terminat”.

## Fine e cancellazione
kiosk-finish = Am terminat
kiosk-idle-warning = { $seconds ->
    [one] Peste 1 secundă ecranul se șterge pentru următoarea persoană.
    [few] Peste { $seconds } secunde ecranul se șterge pentru următoarea persoană.
   *[other] Peste { $seconds } de secunde ecranul se șterge pentru următoarea persoană.
}
kiosk-idle-stay = Continui, sunt încă aici
