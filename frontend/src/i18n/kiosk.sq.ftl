# The centre's tablet kiosk: only in the kiosk app.

kiosk-title = Stacioni i qendrës
kiosk-choose-language = Zgjidhni gjuhën

## Pairing the tablet with the centre
kiosk-pair-title = Lidheni këtë tablet me qendrën
kiosk-pair-text = Kërkojini ndihmësit kodin me gjashtë karaktere që shfaqet në konsolën e qendrës, te «Stacionet» («Postazioni» në italisht). Kodi vlen 10 minuta.
kiosk-pair-code = Kodi i lidhjes
kiosk-pair-button = Lidhni tabletin
kiosk-pair-invalid = Kodi ka 6 karaktere, shkronja dhe numra, ashtu siç e tregon konsola.
kiosk-pair-unknown = Kodi nuk është i vlefshëm ose ka skaduar (vlen 10 minuta): kërkojini ndihmësit një kod të ri.
kiosk-pair-wait = Shumë përpjekje: prisni një minutë dhe provoni përsëri.
kiosk-pair-revoked = Qendra e shkëputi këtë tablet. Për ta përdorur përsëri, kërkojini ndihmësit një kod të ri.

## The first page
kiosk-welcome = Prekni atë që doni të bëni. Kur të mbaroni, prekni «Mbarova»: ekrani fshihet për personin pas jush.
kiosk-register = Regjistrohuni
kiosk-register-text = Hera e parë këtu: merrni kartën tuaj.
kiosk-checkin = Shënoni vizitën tuaj
kiosk-checkin-text = E keni tashmë kartën: tregojeni para kamerës ose shkruani kodin.
kiosk-survey = Sa dini ta përdorni teknologjinë digjitale?
kiosk-survey-text = Një test i shkurtër për të parë nga t'ia filloni.
kiosk-feedback = Raportoni një problem
kiosk-feedback-text = Me SPID, CIE, App IO, pagoPA, dosjen shëndetësore, INPS dhe shërbime të tjera publike.
kiosk-phone = Përdorni telefonin tuaj
kiosk-phone-text = Drejtojeni kamerën e telefonit tuaj te ky kod: hapet faqja e qendrës.
kiosk-phone-alt = Kodi QR i faqes së qendrës

## Recording a visit with a pass
kiosk-checkin-show = Tregojeni kodin QR të kartës suaj para kamerës.
kiosk-checkin-type = Ose shkruani kodin që është poshtë kodit QR (8 shkronja dhe numra)
kiosk-checkin-unknown = Nuk ka asnjë kartë me këtë kod. Kontrolloni shkronjat ose pyetni ndihmësin.
kiosk-checkin-not-a-pass = Ky kod QR nuk është kartë e Ponte. Tregoni kodin QR të kartës suaj.
kiosk-checkin-finish = Kur të mbaroni, prekni «Mbarova».

## Finishing and clearing
kiosk-finish = Mbarova
kiosk-idle-warning = { $seconds ->
    [one] Pas 1 sekonde ekrani fshihet për personin tjetër.
   *[other] Pas { $seconds } sekondash ekrani fshihet për personin tjetër.
}
kiosk-idle-stay = Vazhdo, jam ende këtu
