# The staff console (bin ponte-staff): Romanian.
staff-title = Consola centrului
staff-tagline = Consola centrului
staff-signed-out = Sesiunea s-a încheiat: conectează-te din nou.
staff-login-title = Conectează-te la consolă
staff-email = E-mail
staff-password = Parolă
staff-login-button = Conectează-te
staff-login-wrong = E-mailul sau parola nu sunt corecte.
staff-login-locked = Prea multe încercări greșite: încearcă din nou peste 15 minute.
staff-signed-in-as = { $email } · { $role }
staff-role-admin = administrator
staff-role-region = responsabil regional
staff-role-coordinator = coordonator
staff-role-facilitator = facilitator
staff-sign-out = Ieși
staff-centre = Centru
staff-today-title = Azi la centru
staff-today-count = { $visits ->
    [0] Nicio vizită
    [one] 1 vizită
    [few] { $visits } vizite
   *[other] { $visits } de vizite
} · { $services ->
    [0] niciun serviciu
    [one] 1 serviciu
    [few] { $services } servicii
   *[other] { $services } de servicii
}
staff-today-none = Vizitele înregistrate azi apar aici singure, în câteva secunde.
staff-gender-A = Femeie
staff-gender-B = Bărbat
staff-gender-C = Non-binar
staff-gender-D = Gen nedeclarat
staff-age-1 = 18–29 de ani
staff-age-2 = 30–54 de ani
staff-age-3 = 55–74 de ani
staff-age-4 = 75 de ani și peste
staff-age-5 = 14–17 ani
staff-first-visit = prima vizită
staff-returning = vizită repetată
staff-services-done = { $count ->
    [one] Serviciu înregistrat
    [few] { $count } servicii înregistrate
   *[other] { $count } de servicii înregistrate
}
staff-services-none = Niciun serviciu
staff-finder-title = Caută după permis
staff-pass-code = Codul permisului
staff-find = Caută
staff-scan = Scanează permisul
staff-scan-stop = Închide camera
staff-citizen = Cetățean găsit
staff-visits-here = { $count ->
    [0] nu a venit niciodată aici
    [one] 1 vizită aici
    [few] { $count } vizite aici
   *[other] { $count } de vizite aici
}
staff-pass-revoked = Acest permis a fost revocat: folosește permisul nou.
staff-pick = Adaugă la serviciu
staff-unpick = Scoate din serviciu
staff-no-visit-today = Azi nu și-a înregistrat încă vizita.
staff-desk-checkin = Înregistrează vizita acum
staff-done = Gata
staff-service-title = Înregistrează un serviciu
staff-service-pick = Alege una sau mai multe vizite din lista de azi sau caută cetățeanul după permis.
staff-service-for = { $count ->
    [one] Pentru 1 cetățean
    [few] Pentru { $count } cetățeni (serviciu de grup)
   *[other] Pentru { $count } de cetățeni (serviciu de grup)
}
staff-service-duration = Durata (ore:minute)
staff-service-duration-hint = De exemplu 0:45 sau 1:30.
staff-service-types = Tipul serviciului (SE3)
staff-service-competences = Competențe abordate (SE5)
staff-service-domains = Servicii publice abordate (SE6)
staff-service-details = Detalii (SE7, opțional)
staff-service-details-hint = { $count } din { $max ->
    [one] 1 caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}. Nu scrie date personale: codice fiscale, adresele de e-mail și numerele de telefon sunt ascunse automat, numele persoanelor nu.
staff-service-record = Înregistrează serviciul
staff-service-done = { $count ->
    [one] Serviciu înregistrat pentru 1 cetățean.
    [few] Serviciu înregistrat pentru { $count } cetățeni.
   *[other] Serviciu înregistrat pentru { $count } de cetățeni.
}
staff-service-invalid-date = Data nu este validă.
staff-service-invalid-duration = Scrie durata în ore și minute, de la 0:01 la 12:00.
staff-service-invalid-types = Alege tipul: pentru mai mulți cetățeni, facilitare de grup.
staff-service-invalid-competences = Alege cel puțin o competență.
staff-service-invalid-domains = Alege cel puțin un serviciu public (sau „Niciunul dintre acestea”).
staff-service-invalid-details = Detaliile au cel mult 600 de caractere.
staff-service-invalid-visits = Alege vizitele de azi de la acest centru, fiecare cetățean o singură dată.
staff-lost-title = Permis pierdut
staff-lost-hint = Permisul pierdut nu mai funcționează, iar aceeași persoană primește unul nou.
staff-lost-button = Revocă și dă un permis nou
staff-lost-done = Permisul nou este gata. Cel vechi nu mai funcționează.
staff-card-hint = Arătați acest cod la centru ca să vă înregistrați vizita.
staff-print = Tipărește cardul (A6)
staff-reports-title = Sesizări despre serviciile publice
staff-reports-status = Stare
staff-reports-service = Serviciu
staff-reports-category = Problemă
staff-reports-all = Toate
staff-reports-none = Nicio sesizare cu aceste filtre.
staff-status-new = Nouă
staff-status-reviewed = Citită
staff-status-hidden = Ascunsă
staff-report-severity = gravitate { $severity } din 5
staff-report-contact = a lăsat o dată de contact
staff-report-reply = Răspuns sau notă
staff-report-mark-reviewed = Marchează ca citită
staff-report-hide = Ascunde
staff-report-unhide = Pune înapoi la cele noi
staff-signup-title = Înscrie un cetățean la ghișeu
staff-signup-hint = Pentru cine nu are telefon sau preferă să fie ajutat. Permisul se tipărește și nu rămâne pe tabletă.
staff-signup-open = Deschide formularul
staff-signup-close = Închide formularul
staff-signup-notice = Lasă cetățeanul să citească informarea pe ecran sau dă-i-o tipărită.
staff-signup-paper = Informarea a fost dată pe hârtie
staff-signup-read = Cetățeanul a citit informarea
staff-signup-send = Înscrie și creează permisul
staff-signup-done = Înscriere făcută. Tipărește permisul și dă-l cetățeanului.
staff-accounts-title = Conturile personalului
staff-accounts-none = Niciun cont de gestionat.
staff-account-disabled = dezactivat
staff-account-disable = Dezactivează
staff-account-disable-who = Dezactivează { $email }
staff-account-new = Cont nou
staff-account-role = Rol
staff-account-centres = Centre
staff-account-create = Creează contul
staff-account-made = Contul { $email } a fost creat. Parola se vede doar acum: dă-o persoanei.
staff-account-programme = Program (regiune)
staff-events-title = Evenimentele centrului
staff-events-none = Niciun eveniment săptămâna aceasta.
staff-event-count = { $present ->
    [one] 1 persoană prezentă
    [few] { $present } persoane prezente
   *[other] { $present } de persoane prezente
} · { $waiting } pe lista de așteptare
staff-event-closed = Închis: serviciul de grup este înregistrat.
staff-event-poster = Arată afișul
staff-event-close = Închide și înregistrează serviciul
staff-event-qr = Cod QR pentru înregistrarea prezenței
staff-event-scan = Îndreptați camera spre cod ca să vă înregistrați prezența.
staff-event-new = Eveniment nou
staff-event-name = Titlu
staff-event-kind = Tipul evenimentului
staff-event-kind-course = Curs
staff-event-kind-group = Întâlnire de grup
staff-event-kind-mobile = Punct mobil (cort, dubă)
staff-event-kind-seasonal = Punct sezonier
staff-event-date = Ziua
staff-event-start = Început
staff-event-end = Sfârșit
staff-event-capacity = Locuri (opțional)
staff-event-create = Creează evenimentul
staff-event-place = Locul (gol: la centru)
staff-event-close-confirm = Închizi evenimentul și înregistrezi serviciul? Cine ajunge după aceea nu își mai poate înregistra prezența.
staff-event-people = Cine a venit
staff-event-waiting = pe lista de așteptare
staff-event-present = prezent
staff-event-let-in = Lasă să intre
staff-event-add = Adaugă după cod
staff-event-csv = Descarcă lista (CSV)

## Kiosks (the centre's tablets)
staff-kiosks-title = Tabletele centrului (Postazioni)
staff-kiosks-hint = O tabletă a centrului devine un punct de lucru pentru cetățeni: deschide pe ea adresa /kiosk și scrie codul de conectare.
staff-kiosks-pair = Conectează o tabletă
staff-kiosks-code = Codul de scris pe tabletă:
staff-kiosks-code-until = (valabil până la { $time })
staff-kiosks-none = Nicio tabletă conectată.
staff-kiosks-item = Tableta nr. { $id } · ultima folosire: { $time }
staff-kiosks-revoked = deconectată
staff-kiosks-revoke = Deconectează
staff-kiosks-revoke-confirm = Atinge din nou ca s-o deconectezi
staff-kiosks-idle = Secunde fără nicio atingere până când ecranul se șterge
staff-kiosks-idle-save = Salvează
staff-kiosks-idle-saved = Salvat: { $seconds ->
    [one] 1 secundă
    [few] { $seconds } secunde
   *[other] { $seconds } de secunde
}. Tabletele aplică setarea de la următoarea persoană.
staff-kiosks-idle-invalid = Alege un număr de secunde între { $min } și { $max }.

## Programme progress (region)
staff-progress-title = Progres: { $programme }
staff-progress-province = Provincia
staff-progress-all = Tot programul
staff-progress-citizens = Cetățeni noi în program (la prima vizită): { $done } din { $goal } până la { $date }
staff-progress-services = Servicii: { $done } din { $goal }
staff-progress-services-plain = Servicii înregistrate: { $done }
staff-progress-no-target = Programul nu are obiective cu termen.
staff-progress-pace = În ultimele patru săptămâni, pe săptămână: cetățeni noi { $citizens }, servicii { $services }.
staff-progress-forecast = În acest ritm, obiectivul privind cetățenii se atinge pe { $date }.
staff-progress-forecast-never = În acest ritm, obiectivul privind cetățenii nu se atinge: trebuie să vină mai mulți oameni.
staff-progress-met = Obiectivul privind cetățenii a fost atins.
staff-progress-risk-title = Centre în întârziere față de cota lor
staff-progress-risk-none = Niciun centru în întârziere.
staff-progress-risk-count = { $count ->
    [one] 1 centru în întârziere; cel mai întârziat apare primul.
    [few] { $count } centre în întârziere; cele mai întârziate apar primele (primele 10).
   *[other] { $count } de centre în întârziere; cele mai întârziate apar primele (primele 10).
}
staff-progress-risk-item = { $name } ({ $code }): e nevoie de { $required ->
    [one] 1 cetățean nou
    [few] { $required } cetățeni noi
   *[other] { $required } de cetățeni noi
} pe săptămână, vin { $recent }.
staff-progress-chart = Cetățeni la care s-a ajuns, săptămână cu săptămână, cu linia care duce la obiectiv
staff-progress-programme = Program

## The month's national file
staff-exports-title = Fișier pentru platforma națională
staff-exports-hint = Fișierul lunii în formatul de încărcare în masă: un rând pentru fiecare cetățean și serviciu, cel mult 9.000 de rânduri pe fișier. Fiecare fișier descărcat rămâne înregistrat.
staff-exports-month = Luna
staff-exports-summary = { $services ->
    [one] 1 serviciu
    [few] { $services } servicii
   *[other] { $services } de servicii
}, { $rows ->
    [one] 1 rând
    [few] { $rows } rânduri
   *[other] { $rows } de rânduri
}. Nu intră în fișier: { $left ->
    [one] 1 cetățean
    [few] { $left } cetățeni
   *[other] { $left } de cetățeni
} fără codice fiscale; { $flagged ->
    [one] 1 participare care nu poate fi exportată
    [few] { $flagged } participări care nu pot fi exportate
   *[other] { $flagged } de participări care nu pot fi exportate
} (vârsta sau perioada programului){ $purged ->
    [0] .
    [one] ; 1 cetățean al cărui nume a fost șters conform regulii de păstrare a datelor: înscrie-l din nou la ghișeu, cu documentul său, înainte să descarci fișierul, ca să poată fi raportat.
    [few] ; { $purged } cetățeni ale căror nume au fost șterse conform regulii de păstrare a datelor: înscrie-i din nou la ghișeu, cu documentul lor, înainte să descarci fișierul, ca să poată fi raportați.
   *[other] ; { $purged } de cetățeni ale căror nume au fost șterse conform regulii de păstrare a datelor: înscrie-i din nou la ghișeu, cu documentul lor, înainte să descarci fișierul, ca să poată fi raportați.
}
staff-exports-download = Descarcă { $name } ({ $rows ->
    [one] 1 rând
    [few] { $rows } rânduri
   *[other] { $rows } de rânduri
})
staff-exports-log = Fișiere deja descărcate
staff-exports-log-item = { $who }, pe { $time }: luna { $month }, { $rows ->
    [one] 1 rând
    [few] { $rows } rânduri
   *[other] { $rows } de rânduri
}, SHA-256 { $sha }…
staff-report-title = Raportul lunii pe centre (vizite, cetățeni, servicii):
staff-share-centre = Cota unui centru: cod (de ex. TOS-001)
staff-share-citizens = Cetățeni-țintă (gol: cota din import sau părți egale)
staff-share-save = Salvează cota
staff-share-saved = Cota a fost salvată: centrele în întârziere au fost recalculate.

## The dashboard
staff-dash-title = Tablou de bord: afluență și servicii
staff-dash-from = De la
staff-dash-to = Până la
staff-dash-by = Pe
staff-dash-by-day = zi
staff-dash-by-week = săptămână
staff-dash-by-month = lună
staff-dash-show = Arată
staff-dash-up = Înapoi la tot programul
staff-dash-up-own = Înapoi la toate centrele tale
staff-dash-scope = { $scope }, de la { $from } până la { $to }. Fără date: ultimele 30 de zile; pe săptămână sau pe lună, perioada se extinde la săptămâni sau luni întregi.
staff-dash-totals = Totalul perioadei
staff-dash-period = Perioada
staff-dash-all = Toată perioada
staff-dash-parts = Un nivel mai jos: alege un rând ca să-i vezi detaliile
staff-dash-part = Unde
staff-dash-citizens = Cetățeni unici
staff-dash-new = Noi în program
staff-dash-visits = Vizite
staff-dash-services = Servicii
staff-dash-participations = Participări
staff-dash-series-day = Zi cu zi (întâi cea mai recentă)
staff-dash-series-week = Săptămână cu săptămână, de luni (întâi cea mai recentă)
staff-dash-series-month = Lună cu lună (întâi cea mai recentă)
staff-dash-people = La cine s-a ajuns (cetățeni noi în program)
staff-dash-months = Tabelele de mai jos numără luni întregi, de la { $from } până la { $to }: pot să nu coincidă cu totalurile perioadei alese.
staff-dash-small = La servicii, mai puțin de 5 apare ca „< 5”. La persoane, un tabel cu mai puțin de 10 persoane sau cu un grup de mai puțin de 5 nu se afișează: din total s-ar putea afla cine sunt. „—”: cetățenii unici se numără pe o zi, o săptămână sau o lună; pe mai multe perioade nu se adună (cine revine ar fi numărat de mai multe ori).
staff-dash-services-by = Servicii pe tip, competență și serviciu public (un serviciu poate avea mai multe)
staff-dash-field-age_band = Grupa de vârstă
staff-dash-field-gender = Gen
staff-dash-field-citizenship = Cetățenia
staff-dash-field-education = Nivelul de studii
staff-dash-field-employment = Ocupația
staff-dash-field-type = Tipul serviciului (SE3)
staff-dash-field-competence = Competența DigComp abordată (SE5)
staff-dash-field-domain = Servicii publice abordate (SE6)
staff-dash-unknown = Necunoscut
staff-dash-withheld = Detaliu neafișat: mai puțin de 10 persoane sau un grup de mai puțin de 5 care ar putea fi recunoscut.
staff-dash-own = { $count ->
    [one] Centrul tău
    [few] Cele { $count } centre ale tale
   *[other] Cele { $count } de centre ale tale
}
staff-dash-up-province = Înapoi la provincia { $province }
staff-dash-skills = Competențe digitale
staff-dash-skills-counts = Teste de pornire: { $entries }; teste finale: { $exits }; cetățeni care le-au făcut pe amândouă: { $pairs }. Mediile pe domenii se afișează începând de la 5 cetățeni.
staff-dash-skills-area = { $area }: variația medie între pornire și final, în puncte procentuale: { $change }
staff-dash-reports = Sesizări despre serviciile publice în perioadă: { $count }
