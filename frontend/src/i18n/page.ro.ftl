## The centre's page (`/c/{code}`), rendered by the server (server/src/pages): what a
## poster scan opens, readable before any wasm. Not compiled into the apps.
centre-managed-by = Administrat de { $organisation }
centre-where = Unde se află
centre-hours = Program de lucru
centre-hours-none = Doar cu programare: întrebați la centru.
centre-weekly = Ore pe săptămână: { $hours }
centre-other-sites = Alte sedii
centre-actions = Ce puteți face aici
centre-poster = Tipăriți afișul cu codul QR
centre-not-found = Nu găsim acest centru. Verificați codul scris pe afiș.
action-survey = Testați-vă competențele digitale
action-survey-text = Zece minute de întrebări simple, ca să aflați de unde să începeți.
action-feedback-text = Ajutați-ne să îmbunătățim SPID, pagoPA, App IO și celelalte servicii.
site-main = Sediul principal
site-branch = Sediu secundar
site-mobile = Sediu mobil
site-seasonal = Sediu sezonier
day-mon = Luni
day-tue = Marți
day-wed = Miercuri
day-thu = Joi
day-fri = Vineri
day-sat = Sâmbătă
day-sun = Duminică
action-register-other = Înscrieți altă persoană
action-register-other-text = Pe acest telefon există deja un permis: puteți înscrie și un membru al familiei sau un prieten.

## /privacy: what Ponte keeps on the phone (rendered by the server).
device-title = Confidențialitate și cookie-uri
device-intro = Ponte nu folosește cookie-uri de profilare, publicitate sau instrumente ale altor site-uri. Pe telefonul dumneavoastră păstrează doar ce este necesar pentru a folosi serviciul, și nimeni nu citește aceste date din afară.
device-cookie = Un cookie tehnic, „ponte_lang”, cu limba pe care ați ales-o: durează un an și este valabil doar pentru acest site.
device-pass = Permisul dumneavoastră, ca să vă înregistrați vizitele fără să vă înscrieți din nou.
device-outbox = Ce ați trimis fără internet, până când ajunge, și ce nu a acceptat serverul, până când ați citit mesajul.
device-visit = Ultima vizită înregistrată și sediul afișului scanat azi, ca să vă propunem întrebările despre vizită și să arătăm unde ați fost.
device-survey = Răspunsurile la testul de competențe cât timp îl faceți, ca să îl puteți relua de unde ați rămas.
device-notice = Ce versiune a informării privind protecția datelor ați citit.
device-id = Un număr ales la întâmplare, care deosebește acest telefon de altele, ca să oprim pe cine trimite prea multe cereri.
device-forget = Ca să ștergeți tot, ștergeți datele site-ului din setările browserului. Pe tableta centrului totul se șterge singur când ați terminat.
device-data = Cum sunt prelucrate datele pe care le dați centrului (codice fiscale, nume, servicii) explică informarea privind protecția datelor a programului dumneavoastră, din formularul de înscriere.

## /accessibility: the accessibility statement (AgID model), rendered by the server.
a11y-title = Declarație de accesibilitate
a11y-intro = Administrațiile care folosesc Ponte pentru centrele lor de facilitare digitală se angajează să îl facă accesibil, așa cum cere legea italiană nr. 4 din 9 ianuarie 2004. Această declarație privește paginile Ponte pentru cetățeni (pagina centrului, înscrierea, permisul, vizita, testul de competențe, întrebările despre vizită, sesizările), tableta centrului și consola personalului.
a11y-status-title = Starea de conformitate
a11y-status = Ponte este parțial conform cu cerințele standardului UNI CEN/EN 301549 (WCAG 2.1, nivelul AA), din cauza conținuturilor neaccesibile enumerate mai jos.
a11y-gaps-title = Conținuturi neaccesibile
a11y-gap-languages = Ecranele pentru cetățeni, tableta centrului, consola personalului, pagina afișată fără conexiune și testul de competențe digitale sunt în opt limbi (italiană, engleză, română, albaneză, arabă, ucraineană, chineză și spaniolă). Traducerile nu au fost încă revizuite de vorbitori nativi: dacă găsiți o frază greșită sau neclară, semnalați-ne-o ca pe o barieră.
a11y-gap-camera = La tableta centrului, permisul se poate arăta camerei; cine nu poate face asta scrie codul permisului sau cere ajutorul facilitatorului.
a11y-gap-manual = Paginile sunt verificate cu instrumente automate, iar înscrierea, vizita, testul de competențe și sesizările sunt verificate și numai cu tastatura; verificarea completă cu cititoare de ecran nu a fost făcută încă.
a11y-method-title = Cum a fost întocmită această declarație
a11y-method = Autoevaluare, pe 3 decembrie 2026: la fiecare modificare, testele automate verifică cu axe-core (regulile WCAG 2.1 A și AA), și măsurând elementele de control (cel puțin 44 × 44 pixeli), paginile pentru cetățeni, tableta centrului și consola personalului, în italiană și în arabă; o verificare numai cu tastatura parcurge înscrierea, vizita, testul de competențe și o sesizare; Lighthouse verifică pagina centrului și înscrierea (accesibilitate 100 din 100).
a11y-feedback-title = Semnalați o problemă de accesibilitate
a11y-feedback = Dacă găsiți o barieră sau o pagină pe care nu reușiți să o folosiți, scrieți administrației programului dumneavoastră sau spuneți facilitatorilor de la centru: vă ajută imediat, iar sesizarea ajunge la administrație. Trebuie să vă răspundă în cel mult 30 de zile.
a11y-agid = Dacă răspunsul nu vine sau nu vă mulțumește, vă puteți adresa Avocatului pentru digital (difensore civico per il digitale) al Agenției pentru Italia Digitală (AgID), de pe site-ul agid.gov.it.
