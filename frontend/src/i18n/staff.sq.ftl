# The staff console (bin ponte-staff): Albanian.
staff-title = Konsola e qendrës
staff-tagline = Konsola e qendrës
staff-signed-out = Seanca mbaroi: hyni përsëri.
staff-login-title = Hyni në konsolë
staff-email = E-mail
staff-password = Fjalëkalimi
staff-login-button = Hyni
staff-login-wrong = E-maili ose fjalëkalimi nuk është i saktë.
staff-login-locked = Shumë përpjekje të gabuara: provoni përsëri pas 15 minutash.
staff-signed-in-as = { $email } · { $role }
staff-role-admin = administrator
staff-role-region = referent rajonal
staff-role-coordinator = koordinator
staff-role-facilitator = ndihmës
staff-sign-out = Dilni
staff-centre = Qendra
staff-today-title = Sot në qendër
staff-today-count = { $visits ->
    [0] Asnjë vizitë
    [one] 1 vizitë
   *[other] { $visits } vizita
} · { $services ->
    [0] asnjë shërbim
    [one] 1 shërbim
   *[other] { $services } shërbime
}
staff-today-none = Vizitat e shënuara sot shfaqen këtu vetvetiu, brenda pak sekondash.
staff-gender-A = Grua
staff-gender-B = Burrë
staff-gender-C = Jobinar
staff-gender-D = Gjinia nuk është dhënë
staff-age-1 = 18–29 vjeç
staff-age-2 = 30–54 vjeç
staff-age-3 = 55–74 vjeç
staff-age-4 = 75 vjeç e lart
staff-age-5 = 14–17 vjeç
staff-first-visit = vizita e parë
staff-returning = vizitë e përsëritur
staff-services-done = { $count ->
    [one] Shërbim i regjistruar
   *[other] { $count } shërbime të regjistruara
}
staff-services-none = Asnjë shërbim
staff-finder-title = Gjeni me kartën
staff-pass-code = Kodi i kartës
staff-find = Kërkoni
staff-scan = Skanoni kartën
staff-scan-stop = Mbyllni kamerën
staff-citizen = Qytetari u gjet
staff-visits-here = { $count ->
    [0] nuk ka ardhur kurrë këtu
    [one] 1 vizitë këtu
   *[other] { $count } vizita këtu
}
staff-pass-revoked = Kjo kartë është anuluar: përdorni kartën e re.
staff-pick = Shtoni te shërbimi
staff-unpick = Hiqni nga shërbimi
staff-no-visit-today = Sot nuk e ka shënuar ende vizitën.
staff-desk-checkin = Shënojeni vizitën tani
staff-done = U bë
staff-service-title = Regjistroni një shërbim
staff-service-pick = Zgjidhni një ose më shumë vizita nga lista e sotme, ose gjeni qytetarin me kartën.
staff-service-for = { $count ->
    [one] Për 1 qytetar
   *[other] Për { $count } qytetarë (shërbim në grup)
}
staff-service-duration = Kohëzgjatja (orë:minuta)
staff-service-duration-hint = Për shembull 0:45 ose 1:30.
staff-service-types = Lloji i shërbimit (SE3)
staff-service-competences = Kompetencat e trajtuara (SE5)
staff-service-domains = Shërbimet publike të trajtuara (SE6)
staff-service-details = Detajet (SE7, jo të detyrueshme)
staff-service-details-hint = { $count } nga { $max } karaktere. Mos shkruani të dhëna personale: sistemi i fsheh codice fiscale (kodet tatimore), e-mailet dhe numrat e telefonit, por jo emrat e njerëzve.
staff-service-record = Regjistroni shërbimin
staff-service-done = { $count ->
    [one] Shërbimi u regjistrua për 1 qytetar.
   *[other] Shërbimi u regjistrua për { $count } qytetarë.
}
staff-service-invalid-date = Data nuk është e vlefshme.
staff-service-invalid-duration = Shkruani kohëzgjatjen në orë dhe minuta, nga 0:01 deri në 12:00.
staff-service-invalid-types = Zgjidhni llojin: për disa qytetarë, "Facilitazione di gruppo" (ndihmë në grup).
staff-service-invalid-competences = Zgjidhni të paktën një kompetencë.
staff-service-invalid-domains = Zgjidhni të paktën një shërbim publik (ose "Nessuna delle precedenti", asnjë nga këto).
staff-service-invalid-details = Detajet kanë jo më shumë se 600 karaktere.
staff-service-invalid-visits = Zgjidhni vizitat e sotme në këtë qendër, çdo qytetar vetëm një herë.
staff-lost-title = Kartë e humbur
staff-lost-hint = Karta e humbur nuk funksionon më dhe i njëjti person merr një kartë të re.
staff-lost-button = Anulojeni dhe jepni kartë të re
staff-lost-done = Karta e re është gati. E vjetra nuk funksionon më.
staff-card-hint = Tregojeni këtë kod në qendër për të shënuar vizitën.
staff-print = Shtypni kartën (A6)
staff-reports-title = Raportimet për shërbimet publike
staff-reports-status = Gjendja
staff-reports-service = Shërbimi
staff-reports-category = Problemi
staff-reports-all = Të gjitha
staff-reports-none = Asnjë raportim me këta filtra.
staff-status-new = I ri
staff-status-reviewed = I lexuar
staff-status-hidden = I fshehur
staff-report-severity = rëndesa { $severity } nga 5
staff-report-contact = ka lënë një kontakt
staff-report-reply = Përgjigje ose shënim
staff-report-mark-reviewed = Shënojeni si të lexuar
staff-report-hide = Fshiheni
staff-report-unhide = Ktheni te të rejat
staff-signup-title = Regjistroni një qytetar në sportel
staff-signup-hint = Për kë nuk ka telefon ose preferon të ndihmohet. Karta shtypet dhe nuk mbetet në tablet.
staff-signup-open = Hapni formularin
staff-signup-close = Mbyllni formularin
staff-signup-notice = Lëreni qytetarin ta lexojë njoftimin për privatësinë në ekran, ose jepjani të shtypur.
staff-signup-paper = Njoftimi për privatësinë u dha në letër
staff-signup-read = Qytetari e ka lexuar njoftimin për privatësinë
staff-signup-send = Regjistroni dhe krijoni kartën
staff-signup-done = Regjistrimi u krye. Shtypni kartën dhe jepjani qytetarit.
staff-accounts-title = Llogaritë e stafit
staff-accounts-none = Asnjë llogari për të menaxhuar.
staff-account-disabled = e çaktivizuar
staff-account-disable = Çaktivizoni
staff-account-disable-who = Çaktivizoni { $email }
staff-account-new = Llogari e re
staff-account-role = Roli
staff-account-centres = Qendrat
staff-account-create = Krijoni llogarinë
staff-account-made = Llogaria { $email } u krijua. Fjalëkalimi shfaqet vetëm tani: jepjani personit.
staff-account-programme = Programi (rajoni)
staff-events-title = Eventet e qendrës
staff-events-none = Asnjë event këtë javë.
staff-event-count = { $present ->
    [one] 1 i pranishëm
   *[other] { $present } të pranishëm
} · { $waiting } në listën e pritjes
staff-event-closed = I mbyllur: shërbimi në grup është regjistruar.
staff-event-poster = Shfaqni tabelën
staff-event-close = Mbylleni dhe regjistroni shërbimin
staff-event-qr = Kodi QR për të shënuar praninë
staff-event-scan = Drejtojeni kamerën te kodi për të shënuar praninë tuaj.
staff-event-new = Event i ri
staff-event-name = Titulli
staff-event-kind = Lloji i eventit
staff-event-kind-course = Kurs
staff-event-kind-group = Takim në grup
staff-event-kind-mobile = Pikë e lëvizshme (tendë, furgon)
staff-event-kind-seasonal = Pikë sezonale
staff-event-date = Dita
staff-event-start = Fillimi
staff-event-end = Mbarimi
staff-event-capacity = Numri i vendeve (jo i detyrueshëm)
staff-event-create = Krijoni eventin
staff-event-place = Vendi (bosh: në qendër)
staff-event-close-confirm = Ta mbyllni eventin dhe ta regjistroni shërbimin? Kush vjen më vonë nuk do të mund ta shënojë më praninë.
staff-event-people = Kush erdhi
staff-event-waiting = në listën e pritjes
staff-event-present = i pranishëm
staff-event-let-in = Lëreni të hyjë
staff-event-add = Shtoni me kodin
staff-event-csv = Shkarkoni listën (CSV)

## Stacionet (tabletët e qendrës)
staff-kiosks-title = Stacionet
staff-kiosks-hint = Një tablet i qendrës bëhet stacion për qytetarët: hapeni te adresa /kiosk dhe shkruani kodin e lidhjes.
staff-kiosks-pair = Lidhni një tablet
staff-kiosks-code = Kodi që duhet shkruar në tablet:
staff-kiosks-code-until = (vlen deri në { $time })
staff-kiosks-none = Asnjë tablet i lidhur.
staff-kiosks-item = Tableti nr. { $id } · përdorimi i fundit: { $time }
staff-kiosks-revoked = i shkëputur
staff-kiosks-revoke = Shkëputni
staff-kiosks-revoke-confirm = Prekni përsëri për ta shkëputur
staff-kiosks-idle = Sekonda pa asnjë prekje para se ekrani të fshihet
staff-kiosks-idle-save = Ruani
staff-kiosks-idle-saved = U ruajt: { $seconds } sekonda. Tabletët e zbatojnë nga personi i ardhshëm.
staff-kiosks-idle-invalid = Zgjidhni një numër sekondash nga { $min } deri në { $max }.

## Ecuria e programit (rajoni)
staff-progress-title = Ecuria: { $programme }
staff-progress-province = Provinca
staff-progress-all = I gjithë programi
staff-progress-citizens = Qytetarë të rinj në program (në vizitën e parë): { $done } nga { $goal } deri më { $date }
staff-progress-services = Shërbime: { $done } nga { $goal }
staff-progress-services-plain = Shërbime të regjistruara: { $done }
staff-progress-no-target = Programi nuk ka objektiva me afat.
staff-progress-pace = Në katër javët e fundit, në javë: qytetarë të rinj { $citizens }, shërbime { $services }.
staff-progress-forecast = Me këtë ritëm objektivi për qytetarët arrihet më { $date }.
staff-progress-forecast-never = Me këtë ritëm objektivi për qytetarët nuk arrihet: duhet të vijnë më shumë njerëz.
staff-progress-met = Objektivi për qytetarët u arrit.
staff-progress-risk-title = Qendrat që mbeten prapa me kuotën e tyre
staff-progress-risk-none = Asnjë qendër nuk mbetet prapa.
staff-progress-risk-count = { $count ->
    [one] 1 qendër mbetet prapa; e para është ajo më e vonuara.
   *[other] { $count } qendra mbeten prapa; të parat janë ato më të vonuarat (10 të parat).
}
staff-progress-risk-item = { $name } ({ $code }): duhen { $required } qytetarë të rinj në javë, vijnë { $recent }.
staff-progress-chart = Qytetarët e arritur javë pas jave, me vijën që çon te objektivi
staff-progress-programme = Programi

## Skedari kombëtar i muajit
staff-exports-title = Skedari për platformën kombëtare
staff-exports-hint = Skedari i muajit në formatin e ngarkimit masiv: një rresht për çdo qytetar dhe shërbim, jo më shumë se 9000 rreshta për skedar. Çdo skedar i shkarkuar mbetet i regjistruar.
staff-exports-month = Muaji
staff-exports-summary = { $services } shërbime, { $rows } rreshta. Të përjashtuar: { $left } qytetarë pa codice fiscale; { $flagged } pjesëmarrje që nuk mund të eksportohen (mosha ose periudha e programit){ $purged ->
    [0] .
    [one] ; 1 qytetar, emri i të cilit u fshi sipas rregullit të ruajtjes: regjistrojeni përsëri në sportel, me dokumentin e identitetit, para se të shkarkoni skedarin, që të përfshihet në raportim.
   *[other] ; { $purged } qytetarë, emrat e të cilëve u fshinë sipas rregullit të ruajtjes: regjistrojini përsëri në sportel, me dokumentin e identitetit, para se të shkarkoni skedarin, që të përfshihen në raportim.
}
staff-exports-download = Shkarkoni { $name } ({ $rows } rreshta)
staff-exports-log = Skedarët e shkarkuar tashmë
staff-exports-log-item = { $who }, më { $time }: muaji { $month }, { $rows } rreshta, SHA-256 { $sha }…
staff-report-title = Raporti i muajit për çdo qendër (vizita, qytetarë, shërbime):
staff-share-centre = Kuota e një qendre: kodi (p.sh. TOS-001)
staff-share-citizens = Qytetarë për t'u arritur (bosh: kuota nga importi ose pjesë të barabarta)
staff-share-save = Ruani kuotën
staff-share-saved = Kuota u ruajt: qendrat që mbeten prapa u rillogaritën.

## The dashboard
staff-dash-title = Paneli: frekuentimi dhe shërbimet
staff-dash-from = Nga
staff-dash-to = Deri
staff-dash-by = Sipas
staff-dash-by-day = ditës
staff-dash-by-week = javës
staff-dash-by-month = muajit
staff-dash-show = Shfaqni
staff-dash-up = Kthehuni te i gjithë programi
staff-dash-up-own = Kthehuni te të gjitha qendrat tuaja
staff-dash-scope = { $scope }, nga { $from } deri më { $to }. Pa data: 30 ditët e fundit; sipas javës ose muajit periudha zgjerohet në javë ose muaj të plotë.
staff-dash-totals = Totali i periudhës
staff-dash-period = Periudha
staff-dash-all = E gjithë periudha
staff-dash-parts = Një nivel më poshtë: zgjidhni një rresht për të parë detajet
staff-dash-part = Ku
staff-dash-citizens = Qytetarë unikë
staff-dash-new = Të rinj në program
staff-dash-visits = Vizita
staff-dash-services = Shërbime
staff-dash-participations = Pjesëmarrje
staff-dash-series-day = Ditë pas dite (nga më e fundit)
staff-dash-series-week = Javë pas jave, duke filluar nga e hëna (nga më e fundit)
staff-dash-series-month = Muaj pas muaji (nga më i fundit)
staff-dash-people = Kush u arrit (qytetarë të rinj në program)
staff-dash-months = Tabelat më poshtë numërojnë muaj të plotë, nga { $from } deri më { $to }: mund të mos përputhen me totalet e periudhës së zgjedhur.
staff-dash-small = Te shërbimet, më pak se 5 shfaqet «< 5». Te personat, një tabelë me më pak se 10 persona, ose me një grup më të vogël se 5, nuk shfaqet: nga totali mund të kuptohej se kush janë. «—»: qytetarët unikë numërohen për një ditë, një javë ose një muaj; për disa periudha nuk mblidhen (kush kthehet do të numërohej disa herë).
staff-dash-services-by = Shërbimet sipas llojit, kompetencës dhe shërbimit publik (një shërbim mund të ketë më shumë se një)
staff-dash-field-age_band = Grupmosha
staff-dash-field-gender = Gjinia
staff-dash-field-citizenship = Shtetësia
staff-dash-field-education = Shkollimi
staff-dash-field-employment = Gjendja e punësimit
staff-dash-field-type = Lloji i shërbimit (SE3)
staff-dash-field-competence = Kompetenca DigComp e trajtuar (SE5)
staff-dash-field-domain = Shërbimet publike të trajtuara (SE6)
staff-dash-unknown = Nuk dihet
staff-dash-withheld = Detajet nuk shfaqen: më pak se 10 persona, ose një grup më i vogël se 5 që mund të njihej.
staff-dash-own = { $count } qendrat tuaja
staff-dash-up-province = Kthehuni te provinca { $province }
staff-dash-skills = Aftësitë digjitale
staff-dash-skills-counts = Teste fillestare { $entries }, teste përfundimtare { $exits }, qytetarë që i kanë bërë të dyja { $pairs }. Mesataret sipas fushës shfaqen nga 5 qytetarë e lart.
staff-dash-skills-area = { $area }: { $change } pikë përqindjeje mesatarisht ndërmjet fillimit dhe fundit
staff-dash-reports = Raportime për shërbimet publike në periudhë: { $count }
