## The centre's page (`/c/{code}`), rendered by the server (server/src/pages): what a
## poster scan opens, readable before any wasm. Not compiled into the apps.
centre-managed-by = Menaxhohet nga { $organisation }
centre-where = Ku ndodhet
centre-hours = Orari i hapjes
centre-hours-none = Me takim: pyetni qendrën.
centre-weekly = { $hours } orë në javë
centre-other-sites = Vendndodhje të tjera
centre-actions = Çfarë mund të bëni këtu
centre-poster = Shtypni posterin me kodin QR
centre-not-found = Nuk e gjejmë këtë qendër. Kontrolloni kodin që është shkruar në poster.
action-survey = Vini në provë aftësitë tuaja digjitale
action-survey-text = Dhjetë minuta pyetje të thjeshta, për të kuptuar nga t'ia filloni.
action-feedback-text = Na ndihmoni të përmirësojmë SPID, pagoPA, App IO dhe shërbimet e tjera.
site-main = Vendndodhja kryesore
site-branch = Degë
site-mobile = Pikë lëvizëse
site-seasonal = Pikë sezonale
day-mon = E hënë
day-tue = E martë
day-wed = E mërkurë
day-thu = E enjte
day-fri = E premte
day-sat = E shtunë
day-sun = E diel
action-register-other = Regjistroni një person tjetër
action-register-other-text = Ky telefon ka tashmë një kartë: mund të regjistroni edhe një familjar ose një mik.

## /privacy: what Ponte keeps on the phone (rendered by the server).
device-title = Privatësia dhe cookie
device-intro = Ponte nuk përdor cookie për profilizim, as reklama, as mjete të faqeve të tjera. Në telefonin tuaj ruan vetëm atë që nevojitet për të përdorur shërbimin, dhe askush nuk e lexon nga jashtë.
device-cookie = Një cookie teknik, «ponte_lang», me gjuhën që keni zgjedhur: zgjat një vit dhe vlen vetëm për këtë faqe interneti.
device-pass = Karta juaj, për të shënuar vizitat pa u regjistruar përsëri.
device-outbox = Ato që keni dërguar pa rrjet, derisa të mbërrijnë, dhe ato që serveri nuk i pranoi, derisa t'i keni lexuar.
device-visit = Vizita e fundit që keni shënuar dhe vendndodhja e posterit që keni skanuar sot, për t'ju propozuar pyetjet për vizitën dhe për të treguar ku ishit.
device-survey = Përgjigjet e testit të aftësive ndërsa e bëni, për ta vazhduar nga aty ku e latë.
device-notice = Cilin version të njoftimit për privatësinë keni lexuar.
device-id = Një numër i zgjedhur rastësisht që e dallon këtë telefon, për të ndaluar ata që dërgojnë shumë kërkesa.
device-forget = Për të fshirë gjithçka, fshini të dhënat e faqes në cilësimet e shfletuesit. Në tabletin e qendrës gjithçka fshihet vetë kur të mbaroni.
device-data = Si përpunohen të dhënat që i jepni qendrës (codice fiscale, emri, shërbimet) e shpjegon njoftimi për privatësinë i programit tuaj, në formularin e regjistrimit.

## /accessibility: the accessibility statement (AgID model), rendered by the server.
a11y-title = Deklarata e aksesueshmërisë
a11y-intro = Administratat që përdorin Ponte për qendrat e tyre të ndihmës digjitale angazhohen ta bëjnë atë të aksesueshëm, siç kërkon ligji nr. 4 i 9 janarit 2004. Kjo deklaratë ka të bëjë me faqet e Ponte për qytetarët (faqen e qendrës, regjistrimin, kartën, vizitën, testin e aftësive, pyetjet për vizitën, raportimet), tabletin e qendrës dhe konsolën e stafit.
a11y-status-title = Gjendja e përputhshmërisë
a11y-status = Ponte është pjesërisht në përputhje me kërkesat e standardit UNI CEN/EN 301549 (WCAG 2.1, niveli AA), për shkak të përmbajtjeve jo të aksesueshme që tregohen më poshtë.
a11y-gaps-title = Përmbajtje jo të aksesueshme
a11y-gap-languages = Ekranet për qytetarët, stacioni i qendrës, konsola e stafit, faqja që shfaqet pa lidhje dhe testi i aftësive digjitale janë në tetë gjuhë (italisht, anglisht, rumanisht, shqip, arabisht, ukrainisht, kinezisht dhe spanjisht). Përkthimet nuk janë rishikuar ende nga folës amtarë: nëse gjeni një fjali të gabuar ose të paqartë, na e raportoni si pengesë.
a11y-gap-camera = Te tableti i qendrës karta mund t'i tregohet kamerës; kush nuk mund ta bëjë këtë, shkruan kodin e kartës ose pyet ndihmësin.
a11y-gap-manual = Faqet janë provuar me mjete automatike, dhe regjistrimi, vizita, testi i aftësive dhe raportimet edhe vetëm me tastierë; prova e plotë me lexues ekrani nuk është bërë ende.
a11y-method-title = Si u përgatit kjo deklaratë
a11y-method = Vetëvlerësim, më 3 dhjetor 2026: në çdo ndryshim, provat automatike kontrollojnë me axe-core (rregullat WCAG 2.1 A dhe AA), dhe duke matur elementet e kontrollit (të paktën 44 × 44 piksel), faqet për qytetarët, tabletin e qendrës dhe konsolën e stafit, në italisht dhe në arabisht; një provë vetëm me tastierë kalon nëpër regjistrimin, vizitën, testin e aftësive dhe një raportim; Lighthouse kontrollon faqen e qendrës dhe regjistrimin (aksesueshmëria 100 nga 100).
a11y-feedback-title = Raportoni një problem aksesueshmërie
a11y-feedback = Nëse gjeni një pengesë, ose një faqe që nuk arrini ta përdorni, shkruajini administratës së programit tuaj, ose tregojuni ndihmësve të qendrës: ata ju ndihmojnë menjëherë dhe raportimi i shkon administratës. Duhet t'ju përgjigjen brenda 30 ditëve.
a11y-agid = Nëse përgjigjja nuk vjen ose nuk ju kënaq, mund t'i drejtoheni mbrojtësit qytetar për digjitalin (difensore civico per il digitale) të Agjencisë për Italinë Digjitale (AgID), nga faqja agid.gov.it.
