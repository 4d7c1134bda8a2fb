app-name = Ponte
app-tagline = Punti Digitale Facile
skip-to-content = Kalo te përmbajtja
language = Gjuha
footer-text = Ponte është softueri i lirë i qendrave të ndihmës digjitale (PNRR M1C1 1.7.2).
loading = Po ngarkohet…
retry = Provoni përsëri
error-network = Nuk arrijmë të lidhemi me serverin. Kontrolloni lidhjen me internetin dhe provoni përsëri.
error-generic = Diçka nuk funksionoi. Provoni përsëri pas pak.

home-title = Gjeni qendrën tuaj të ndihmës digjitale
home-intro = Në qendra gjeni njerëz që ju ndihmojnë falas të përdorni SPID, CIE, App IO, pagoPA, dosjen shëndetësore dhe shërbimet e tjera digjitale.
home-region = Rajoni
home-region-choose = Zgjidhni rajonin
home-province = Provinca
home-province-all = Të gjitha provincat
home-search = Emri, komuna, adresa ose kodi i qendrës
home-search-hint = Për shembull: biblioteca, Prato, TOS-012
home-choose-region = Zgjidhni një rajon për të parë qendrat.
home-results = { $count ->
    [0] Nuk u gjet asnjë qendër. Provoni të hiqni një filtër.
    [one] U gjet 1 qendër
   *[other] U gjetën { $count } qendra
}
home-show-more = Shfaqni qendra të tjera

centre-search-other = Kërkoni një qendër tjetër

action-register = Regjistrohuni
action-feedback = Raportoni një problem me një shërbim publik digjital

poster-scan = Drejtojeni kamerën e telefonit te kodi, për t'u regjistruar dhe për të shënuar vizitat tuaja.
poster-or-visit = Ose shkoni te
poster-print = Shtypni posterin
poster-back = Kthehuni te faqja e qendrës

not-found-title = Faqja nuk u gjet
not-found-text = Adresa që hapët nuk ekziston.

## Centre page: the one-tap check-in
checkin-button = Shëno vizitën time
outbox-waiting = Në pritje për t'u dërguar: { $what }.
outbox-waiting-checkin = { $count ->
    [one] 1 vizitë
   *[other] { $count } vizita
}
outbox-waiting-survey = { $count ->
    [one] 1 test i aftësive
   *[other] { $count } teste të aftësive
}
outbox-waiting-feedback = { $count ->
    [one] 1 raportim
   *[other] { $count } raportime
}
outbox-waiting-experience = { $count ->
    [one] 1 pyetësor për vizitën
   *[other] { $count } pyetësorë për vizitat
}
experience-offer = Si shkoi? Përgjigjuni 6 pyetjeve (1 minutë)
footer-privacy = Privatësia dhe cookie
footer-a11y = Aksesueshmëria
display-choice = Shfaqja
display-large = Tekst më i madh
display-contrast = Kontrast i lartë
