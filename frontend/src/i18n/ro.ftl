app-name = Ponte
app-tagline = Punti Digitale Facile
skip-to-content = Treceți la conținut
language = Limba
footer-text = Ponte este software-ul liber al centrelor de facilitare digitală (PNRR M1C1 1.7.2).
loading = Se încarcă…
retry = Încercați din nou
error-network = Nu putem ajunge la server. Verificați conexiunea și încercați din nou.
error-generic = Ceva nu a mers. Încercați din nou peste puțin timp.

home-title = Găsiți centrul de facilitare digitală
home-intro = La centre găsiți oameni care vă ajută, gratuit, să folosiți SPID, CIE, App IO, pagoPA, dosarul de sănătate și alte servicii digitale.
home-region = Regiunea
home-region-choose = Alegeți regiunea
home-province = Provincia
home-province-all = Toate provinciile
home-search = Numele, localitatea, adresa sau codul centrului
home-search-hint = De exemplu: bibliotecă, Prato, TOS-012
home-choose-region = Alegeți o regiune ca să vedeți centrele.
home-results = { $count ->
    [0] Nu am găsit niciun centru. Încercați să scoateți un filtru.
    [one] 1 centru găsit
    [few] { $count } centre găsite
   *[other] { $count } de centre găsite
}
home-show-more = Arată mai multe centre

centre-search-other = Căutați alt centru

action-register = Înscrieți-vă
action-feedback = Semnalați o problemă cu un serviciu public digital

poster-scan = Îndreptați camera telefonului spre cod, ca să vă înscrieți și să vă înregistrați vizitele.
poster-or-visit = Sau intrați pe
poster-print = Tipăriți afișul
poster-back = Înapoi la pagina centrului

not-found-title = Pagina nu a fost găsită
not-found-text = Adresa pe care ați deschis-o nu există.

## Centre page: the one-tap check-in
checkin-button = Înregistrez vizita
outbox-waiting = Se așteaptă trimiterea: { $what }.
outbox-waiting-checkin = { $count ->
    [one] 1 vizită
    [few] { $count } vizite
   *[other] { $count } de vizite
}
outbox-waiting-survey = { $count ->
    [one] 1 test de competențe
    [few] { $count } teste de competențe
   *[other] { $count } de teste de competențe
}
outbox-waiting-feedback = { $count ->
    [one] 1 sesizare
    [few] { $count } sesizări
   *[other] { $count } de sesizări
}
outbox-waiting-experience = { $count ->
    [one] 1 chestionar despre vizită
    [few] { $count } chestionare despre vizite
   *[other] { $count } de chestionare despre vizite
}
experience-offer = Cum a fost? Răspundeți la 6 întrebări (1 minut)
footer-privacy = Confidențialitate și cookie-uri
footer-a11y = Accesibilitate
display-choice = Afișare
display-large = Text mai mare
display-contrast = Contrast ridicat
