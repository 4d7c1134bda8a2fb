# Messages of the citizen app only (sign-up, pass, check-in).
## Registration form: AN9-AN11 choices (Italian: the official labels)
education-A = Certificat de absolvire a școlii primare (licenza elementare)
education-B = Certificat de absolvire a școlii gimnaziale (licenza media)
education-C = Diplomă de liceu (diploma di scuola superiore)
education-D = Învățământ postsecundar non-terțiar
education-E = Diplomă de calificare profesională
education-F = Certificat de specializare tehnică superioară (IFTS)
education-G = Diplomă de tehnician superior (ITS)
education-H = Studii universitare de scurtă durată (laurea a ciclo breve) / diplomă universitară
education-I = Masterat (laurea specialistica / magistrale) / licență în sistemul vechi (vecchio ordinamento) sau nivel echivalent
education-J = Master postuniversitar sau nivel echivalent
education-K = Doctorat sau nivel echivalent
education-L = Necunoscut / nedeclarat / altceva
employment-A = Angajat sau angajată
employment-B = Antreprenor sau antreprenoare
employment-C = Liber-profesionist sau liber-profesionistă
employment-D = Fără loc de muncă
employment-E = Elev sau student, elevă sau studentă / în formare
employment-F = Casnică sau casnic
employment-G = Persoană retrasă din activitate / pensionar sau pensionară
employment-H = Altceva
citizenship-A = Italiană
citizenship-B = Străină, dintr-o țară DIN Uniunea Europeană
citizenship-C = Străină, dintr-o țară DIN AFARA Uniunii Europene

## Registration
register-title = Înscrieți-vă la centru
register-intro = Vă înscrieți o singură dată. Apoi, la fiecare vizită, vă ajunge o singură atingere, la orice centru.
register-cf = Codice fiscale (codul fiscal italian)
register-cf-hint = Îl găsiți pe cardul de sănătate (tessera sanitaria): 16 litere și cifre.
register-cf-ok = Codice fiscale este corect.
register-first-name = Prenume
register-last-name = Nume de familie
register-names-hint = Scrieți prenumele și numele de familie ca pe cardul de sănătate, pe toate, dacă aveți mai multe (cel mult { $max ->
    [one] 1 caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}): trebuie să corespundă cu codice fiscale. Sunt păstrate criptat.
register-education = Nivelul de studii
register-employment = Ocupația
register-citizenship = Cetățenia
register-province = Provincia în care locuiți
register-choose = Alegeți…
register-privacy-title = Informare privind protecția datelor
privacy-summary = { $controller } înregistrează serviciile pe care le primiți la punctul digital pentru proiectul național de facilitare digitală (PNRR, măsura 1.7.2) și le trimite în fiecare lună platformei naționale, împreună cu numele și codice fiscale. Nu sunt folosite pentru nimic altceva. Puteți cere să vedeți sau să corectați datele dumneavoastră și să fie șterse, atunci când legea permite.
privacy-more = Citiți informarea completă
privacy-who-title = Cine prelucrează datele dumneavoastră
privacy-who = Operatorul datelor (titolare del trattamento) este { $controller } ({ $address }), care administrează programul „{ $programme }”. Pentru orice cerere privind datele dumneavoastră, scrieți la { $contact }. Responsabilul cu protecția datelor (RPD) răspunde la { $dpo }. Centrul care vă primește și cei care administrează serverul Ponte prelucrează datele în numele operatorului.
privacy-why-title = De ce și pe ce bază
privacy-why = Înregistrăm serviciile de facilitare pe care le primiți, ca să le numărăm și să raportăm despre ele, așa cum cere măsura 1.7.2 din PNRR. Este o sarcină de interes public și o obligație legală (GDPR, articolul 6 alineatul (1) literele (c) și (e)): de aceea nu vă cerem consimțământul. Fără codice fiscale, prenume și nume de familie, serviciul nu poate fi numărat, dar centrul vă ajută oricum.
privacy-what-title = Ce date
privacy-what = Codice fiscale, prenumele și numele de familie, nivelul de studii, ocupația, cetățenia și provincia în care locuiți; sexul și vârsta le aflăm din codice fiscale. Codice fiscale, numele și datele de contact sunt păstrate criptat. Întrebările despre vizită și testul de competențe sunt opționale: răspunsurile la întrebările despre vizită merg, împreună cu serviciile dumneavoastră, în fișierul național; testul rămâne în Ponte, legat de permisul dumneavoastră, ca să vă arătăm progresele și ca să le numărăm pe cele ale centrului. Sesizările despre serviciile publice sunt anonime, cu excepția cazului în care lăsați o dată de contact ca să primiți răspuns.
privacy-recipients-title = Cui le comunicăm
privacy-recipients = În fiecare lună, serviciile sunt trimise platformei naționale de monitorizare a Departamentului pentru Transformare Digitală (Președinția Consiliului de Miniștri), cu prenumele, numele de familie și codice fiscale: platforma le folosește ca să numere fiecare persoană o singură dată. Datele pot fi verificate în auditurile PNRR (sistemul ReGiS al Ministerului Economiei și Finanțelor, Comisia Europeană, Curtea de Conturi). Nu le dăm altcuiva.
privacy-retention-title = Cât timp
privacy-retention = Până la sfârșitul controalelor asupra PNRR prevăzute de normele europene (de regulă, cinci ani după închiderea programului). { $months ->
    [0] Prenumele și numele de familie se păstrează tot atât timp. Adresa de e-mail și telefonul pentru mesajele de reamintire se păstrează până când vă retrageți consimțământul, dar nu după sfârșitul programului.
    [one] Prenumele, numele de familie, codice fiscale, adresa de e-mail și telefonul se șterg nu mai devreme de o lună după ce ultimul dintre serviciile dumneavoastră a fost pus în fișierul pentru platforma națională; dacă nu ați primit servicii, la o lună după ultima dumneavoastră vizită. Rămân, criptate, data nașterii și o amprentă a codului fiscal, ca să nu fiți numărat de două ori, precum și datele fără nume (serviciile, nivelul de studii, ocupația, cetățenia, provincia). Dacă reveniți mai târziu, la ghișeul centrului vi se vor cere din nou prenumele, numele de familie și codice fiscale, cu un document: până atunci, serviciile noi nu sunt trimise.
    [few] Prenumele, numele de familie, codice fiscale, adresa de e-mail și telefonul se șterg nu mai devreme de { $months } luni după ce ultimul dintre serviciile dumneavoastră a fost pus în fișierul pentru platforma națională; dacă nu ați primit servicii, la { $months } luni după ultima dumneavoastră vizită. Rămân, criptate, data nașterii și o amprentă a codului fiscal, ca să nu fiți numărat de două ori, precum și datele fără nume (serviciile, nivelul de studii, ocupația, cetățenia, provincia). Dacă reveniți mai târziu, la ghișeul centrului vi se vor cere din nou prenumele, numele de familie și codice fiscale, cu un document: până atunci, serviciile noi nu sunt trimise.
   *[other] Prenumele, numele de familie, codice fiscale, adresa de e-mail și telefonul se șterg nu mai devreme de { $months } de luni după ce ultimul dintre serviciile dumneavoastră a fost pus în fișierul pentru platforma națională; dacă nu ați primit servicii, la { $months } de luni după ultima dumneavoastră vizită. Rămân, criptate, data nașterii și o amprentă a codului fiscal, ca să nu fiți numărat de două ori, precum și datele fără nume (serviciile, nivelul de studii, ocupația, cetățenia, provincia). Dacă reveniți mai târziu, la ghișeul centrului vi se vor cere din nou prenumele, numele de familie și codice fiscale, cu un document: până atunci, serviciile noi nu sunt trimise.
}
privacy-rights-title = Drepturile dumneavoastră
privacy-rights = Puteți cere să vedeți datele dumneavoastră și să primiți o copie, să le corectați, să limitați folosirea lor și să vă opuneți prelucrării. Puteți cere ștergerea lor, cu excepția situației în care sunt încă necesare pentru obligația legală (GDPR, articolul 17 alineatul (3)). Scrieți la { $contact } sau întrebați la centru. Dacă credeți că datele dumneavoastră sunt prelucrate greșit, puteți depune o plângere la Garante per la protezione dei dati personali (autoritatea italiană pentru protecția datelor, garanteprivacy.it).
privacy-contacts-title = E-mail și telefon (opționale)
privacy-contacts = Le folosim ca să vă anunțăm despre cursuri numai dacă alegeți acest lucru. Vă puteți retrage consimțământul oricând, la centru sau scriind la { $contact }: din acel moment nu vă mai scriem, iar ce s-a făcut înainte rămâne legal. Dacă lăsați o dată de contact într-o sesizare, o folosim numai ca să vă răspundem.
privacy-version = Versiunea { $version }.
privacy-updated = Înainte să înregistrați vizita, citiți informarea privind protecția datelor a acestui program: este nouă pentru dumneavoastră sau s-a schimbat.
privacy-updated-ack = Am citit
privacy-at-kiosk = Înainte să înregistrați vizita pe această tabletă a centrului, citiți cum sunt prelucrate datele dumneavoastră.
register-privacy-ack = Am citit informarea privind protecția datelor
register-contact-title = Mesaje de reamintire pentru cursuri (opțional)
register-email = E-mail
register-phone = Telefon
register-contact-consent = Vreau să primesc la această adresă sau la acest număr mesaje de reamintire pentru cursuri
register-submit = Înscrieți-vă
register-sending = Se trimite…
register-done = Gata! Iată permisul dumneavoastră.
register-under-age = Pentru acest proiect trebuie să aveți cel puțin { $age } ani. Un facilitator vă poate ajuta totuși.
register-offline = Nu aveți internet: pentru înscriere este nevoie de conexiune. Încercați din nou când revine.
register-fix = Verificați câmpurile marcate.
register-names-mismatch-last_name = Numele de familie nu corespunde cu codice fiscale. Scrieți-l ca pe cardul de sănătate, cu toate numele de familie, dacă aveți mai multe. Dacă este deja scris așa, întrebați la centru: un facilitator vă ajută.
register-names-mismatch-first_name = Prenumele nu corespunde cu codice fiscale. Scrieți-l ca pe cardul de sănătate, cu toate prenumele, dacă aveți mai multe. Dacă este deja scris așa, întrebați la centru: un facilitator vă ajută.

## Errors on fields
field-required = Acest câmp este obligatoriu.
field-invalid = Verificați acest câmp.
cf-length = Codice fiscale are 16 caractere; ați scris { $count }.
cf-character = Caracterul cu numărul { $position } nu este bun.
cf-month = Al nouălea caracter (luna nașterii) nu este bun.
cf-day = Caracterele 10 și 11 (ziua nașterii) nu sunt bune.
cf-date = Data nașterii din cod nu există.
cf-check = Ultimul caracter nu se potrivește: verificați dacă ați scris corect.

## Pass and check-in
pass-title = Permisul dumneavoastră
pass-intro = Păstrați-l pe acest telefon: data viitoare vă ajunge o atingere. Îl puteți arăta și facilitatorului.
pass-intro-kiosk = Faceți o poză permisului cu telefonul, copiați codul pe o foaie sau cereți facilitatorului să-l tipărească. Apoi atingeți „Am terminat”: ecranul se șterge.
pass-code = Codul permisului
checkin-done = Gata, vizita este înregistrată! Este vizita dumneavoastră cu numărul { $count } la acest centru.
checkin-already = Ați înregistrat deja vizita de azi la acest centru: este în regulă, se numără o singură dată.
checkin-queued = Nu aveți internet: vizita este salvată pe telefon și va fi trimisă imediat ce revine conexiunea.
checkin-forgotten = Acest permis nu mai este valabil. Înscrieți-vă din nou ca să primiți unul nou.

## What the citizen needs help with (optional, at check-in)
needs-title = De ce aveți nevoie azi? (opțional)
need-spid-cie = SPID sau CIE
need-app-io = App IO
need-pagopa = Plăți cu pagoPA
need-health-record = Dosarul de sănătate
need-health-booking = Programări la consultații și analize
need-inps = INPS, pensie, ajutoare (bonus)
need-taxes = Declarația de venit și impozite
need-local-taxes = Taxe locale la primărie (IMU, TARI) și amenzi
need-certificates = Certificate de la primărie
need-school = Școala și servicii pentru copii
need-work = Căutarea unui loc de muncă
need-calls-messages = Apeluri video și mesaje
need-safety = Parole și înșelătorii pe internet

## Without a codice fiscale (where the programme allows it)
register-no-cf = Nu am codice fiscale
register-birth-year = Anul nașterii
register-sex = Sexul
sex-F = Femeie
sex-M = Bărbat

## Reporting a problem with a public digital service
feedback-title = Semnalați o problemă cu un serviciu digital
feedback-intro = Durează mai puțin de un minut. Sesizarea este anonimă și ajută la îmbunătățirea serviciilor.
feedback-service = Care serviciu?
feedback-service-name = Cum se numește serviciul?
feedback-category = Ce nu a funcționat?
feedback-severity = Cât de grav a fost? (1 = puțin, 5 = foarte grav)
feedback-text = Povestiți ce s-a întâmplat (opțional)
feedback-text-hint = Nu scrieți date personale. Codice fiscale, adresele de e-mail, numerele de telefon și IBAN-urile le ascundem noi; numele persoanelor nu: nu le scrieți.
feedback-device = Ce foloseați?
device-phone = Telefon sau tabletă
device-computer = Calculator
feedback-contact-title = Vreți un răspuns? (opțional)
feedback-contact-consent = Mă puteți contacta pentru această sesizare
feedback-submit = Trimiteți sesizarea
feedback-done = Mulțumim! Sesizarea dumneavoastră a ajuns.
feedback-masked = Am ascuns datele personale pe care le-ați scris.
feedback-queued = Sesizarea este salvată pe telefon și va fi trimisă cât mai curând (de exemplu, când revine conexiunea).
feedback-another = Faceți o altă sesizare
service-A = App IO
service-B = Plăți pagoPA
service-C = Certificate de la evidența populației (ANPR)
service-D = Dosarul electronic de sănătate
service-E = Facturare electronică
service-F = Cultură și turism
service-G = Școală
service-H = Formare și universitate
service-I = Sport
service-J = Muncă și agenții pentru ocuparea forței de muncă
service-K = Comerț și afaceri
service-L = INPS, pensii și asistență socială
service-M = Programări medicale (CUP)
service-N = Declarația de venit și alte obligații fiscale
service-O = Taxe locale la primărie (IMU, TARI) și amenzi
service-P = Construcții și urbanism
service-Q = Transport și parcări
service-R = Participare online
service-S = Niciunul dintre acestea
service-local = Un serviciu al primăriei sau al regiunii
category-login = Nu reușesc să intru (SPID, CIE)
category-hard_to_understand = Este greu de înțeles
category-error = Dă eroare sau pagina nu funcționează
category-accessibility = Nu este accesibil pentru dizabilitatea mea sau pentru dispozitivul meu
category-missing_information = Lipsesc informații
category-slow = Este prea lent
category-other = Altceva
## Visit questionnaire (national ES1–ES6): plain labels for the official codes
experience-title = Cum a fost vizita?
experience-intro = Răspunsurile ne ajută să îmbunătățim serviciul. Doar prima întrebare este obligatorie.
experience-usefulness = Cât de utilă v-a fost vizita de azi?
experience-usefulness-scale = 1 = deloc, 5 = foarte mult
experience-need-usefulness = Alegeți cât de utilă v-a fost vizita (de la 1 la 5).
experience-come_back = Veți reveni la punctul digital?
experience-reason = De ce ați venit azi?
experience-heard_from = Cum ați aflat de acest punct digital?
experience-help_source = Când aveți o problemă cu tehnologia digitală, ce vă ajută cel mai mult?
experience-several = (puteți alege mai multe)
experience-topics = Despre ce ați vrea să învățați mai mult? (opțional)
experience-topics-hint = Nu scrieți date personale și nici nume de persoane.
experience-submit = Trimiteți răspunsurile
experience-thanks = Mulțumim pentru răspunsuri!
experience-queued = Nu aveți internet: răspunsurile sunt salvate și vor fi trimise imediat ce revine conexiunea.
experience-none = La întrebările despre vizită se răspunde în aceeași zi, de pe telefonul cu care ați înregistrat vizita. Înregistrați mai întâi vizita.
experience-already = Ați răspuns deja pentru vizita de azi. Mulțumim!
heard_from-A = La ghișeu
heard_from-B = La telefon
heard_from-C = De pe un site de internet
heard_from-D = De pe rețelele sociale (Facebook, Instagram…)
heard_from-E = De la televizor
heard_from-F = De la radio
heard_from-G = Din ziar
heard_from-H = La un eveniment online
heard_from-I = La un eveniment față în față
heard_from-J = La un eveniment din Săptămâna națională a competențelor digitale
heard_from-K = Din pliante sau afișe
heard_from-L = De la rude, prieteni sau cunoștințe
heard_from-M = De la un facilitator sau formator
reason-A = Pentru studii
reason-B = Ca să caut un loc de muncă
reason-C = Pentru munca mea
reason-D = Ca să schimb locul de muncă
reason-E = Pentru cultură și dezvoltare personală
reason-F = Ca să folosesc mai bine serviciile digitale în general
reason-G = Pentru o problemă cu un serviciu public
reason-H = Pentru o problemă cu cumpărături sau plăți online
reason-I = Îmi place să vin aici
reason-J = Niciun motiv anume
reason-K = Ca să termin un serviciu pe care nu îl primisem
reason-L = Altceva
come_back-A = Da, ca să primesc ajutor
come_back-B = Da, pentru un curs
come_back-C = Nu știu
come_back-D = Nu, nu am nevoie
come_back-E = Nu, aș avea nevoie, dar nu m-a ajutat
help_source-A = Rudele și prietenii
help_source-B = Colegii de muncă
help_source-C = Punctul digital
help_source-D = Ajutor de la distanță (de exemplu, prin apel video)
help_source-E = Cursuri gratuite, față în față
help_source-F = Cursuri cu plată, față în față
help_source-G = Cursuri online
help_source-H = Platforma „ACCEDI”
help_source-I = Căutarea pe internet
help_source-J = Videoclipuri (de exemplu, YouTube)
help_source-K = Podcasturi
help_source-L = Bloguri și forumuri
help_source-M = Chat (de exemplu, WhatsApp) și chatboți
help_source-N = Ghiduri, ziare și articole tipărite
help_source-O = Ghiduri, ziare și articole online
## Digital-skills survey (DigComp)
survey-title = Testați-vă competențele digitale
survey-intro = { $count ->
    [one] 1 întrebare simplă: cam 10 minute.
    [few] { $count } întrebări simple, câte una pe ecran: cam 10 minute.
   *[other] { $count } de întrebări simple, câte una pe ecran: cam 10 minute.
}
survey-how = Pentru fiecare activitate, alegeți cât de bine vă descurcați. Nu este un examen: răspundeți cum vă vine. Vă puteți opri și puteți continua mai târziu, chiar și fără internet.
survey-with-pass = Prima dată este testul de pornire. Refaceți-l după cel puțin { $days ->
    [one] o zi
    [few] { $days } zile
   *[other] { $days } de zile
} și după ce ați primit ajutor la punctul digital: veți vedea cât ați învățat.
survey-anonymous = Fără permis, testul este anonim: contează pentru centru, dar nu vă putem arăta progresele. Cu permis vedeți cât progresați.
survey-start = Începeți
survey-question-of = Întrebarea { $n } din { $total }
survey-true-false = Adevărat sau fals?
survey-back = Înapoi
survey-next = Înainte
survey-skip = Săriți peste întrebare
survey-finish = Vedeți rezultatul
survey-result-title = Rezultatul dumneavoastră
survey-phase-entry = Acesta este testul dumneavoastră de pornire. Refaceți-l după câteva vizite, ca să vedeți progresele.
survey-phase-exit = Acesta este testul de după vizitele dumneavoastră: lângă fiecare domeniu vedeți cât v-ați schimbat de la început.
survey-queued = Nu aveți internet: rezultatul este calculat pe telefon, iar răspunsurile vor fi trimise imediat ce revine conexiunea.
survey-change = Puncte față de început: { $points }
survey-basic-yes = În toate cele cinci domenii vă descurcați, cel puțin cu ajutor.
survey-basic-no = În cel puțin un domeniu nu vă descurcați încă, nici măcar cu ajutor: punctul digital vă poate ajuta.
survey-next-steps = De unde să începeți
band-not_yet = Încă nu
band-with_help = Cu ajutor
band-on_own = Singur sau singură
band-confident = Cu siguranță, ați putea să-i ajutați pe alții
survey-again = Ați făcut deja testul de pornire. Dacă { $days ->
    [one] a trecut cel puțin o zi
    [few] au trecut cel puțin { $days } zile
   *[other] au trecut cel puțin { $days } de zile
} și de atunci ați primit cel puțin o dată ajutor la punctul digital, acesta este testul final: veți vedea cât v-ați schimbat în fiecare domeniu. Altfel, contează tot ca test de pornire.
survey-answers-title = Răspunsurile corecte
survey-your-answer = Răspunsul dumneavoastră: { $answer }. Răspunsul corect: { $right }.
survey-bands-note = Rezultatul arată cât de sigur sau sigură vă simțiți în activitățile de zi cu zi. Nu este un certificat de competențe.

## Why the server did not accept something (by error code)
refused-invalid = Unele date nu erau valabile: întrebați facilitatorul.
refused-not_found = Centrul sau vizita nu mai există.
refused-method_not_allowed = A apărut o problemă cu aplicația: încercați din nou mai târziu.
refused-payload_too_large = Textul era prea lung.
refused-unsupported_media_type = A apărut o problemă cu aplicația: încercați din nou mai târziu.
refused-conflict = Cu același cod fusese deja trimis altceva: întrebați facilitatorul.
refused-already_answered = Ați răspuns deja.
refused-forbidden = Permisul nu mai este valabil: înscrieți-vă din nou ca să primiți unul nou.
refused-unauthorized = Intrați din nou în cont ca să trimiteți.
refused-under_age = Nu aveți încă vârsta minimă pentru acest proiect.
refused-names_mismatch = Prenumele și numele de familie nu corespund cu codice fiscale.
refused-length_required = A apărut o problemă cu aplicația: încercați din nou mai târziu.
refused-too_many_requests = Prea multe trimiteri în scurt timp: încercați din nou peste câteva minute.
refused-unavailable = Serviciul nu este disponibil acum: încercați din nou mai târziu.
refused-request_timeout = Rețeaua a fost prea lentă: încercați din nou.
refused-uri_too_long = A apărut o problemă cu aplicația: încercați din nou mai târziu.
refused-headers_too_large = A apărut o problemă cu aplicația: încercați din nou mai târziu.
refused-internal = A apărut o problemă la server: încercați din nou mai târziu.
## Queued writes the server did not accept (the banner)
outbox-refused-checkin = O vizită salvată pe telefon nu a fost acceptată.
outbox-refused-survey = Un test de competențe salvat pe telefon nu a fost acceptat.
outbox-refused-feedback = O sesizare salvată pe telefon nu a fost acceptată.
outbox-refused-experience = Răspunsurile despre vizită salvate pe telefon nu au fost acceptate.
outbox-refused-ok = Am înțeles
feedback-queued-title = Sesizare salvată pe telefon
feedback-sent-later = Sesizarea a fost trimisă. Mulțumim!
## Messages at each field of the sign-up form
field-too-long = { $max ->
    [one] Cel mult 1 caracter.
    [few] Cel mult { $max } caractere.
   *[other] Cel mult { $max } de caractere.
}
field-choose = Alegeți una dintre variante.
name-characters = Folosiți doar litere, spații, apostrofuri și cratime.
birth-year-invalid = Scrieți anul nașterii cu patru cifre, de exemplu 1958.
email-invalid = Aceasta nu pare o adresă de e-mail: verificați semnul @ și punctul.
phone-invalid = Scrieți numărul de telefon doar cu cifre (între 6 și 15).
contact-consent-needed = Ca să lăsați o dată de contact, bifați căsuța pentru mesajele de reamintire.
privacy-needed = Bifați căsuța ca să arătați că ați citit informarea.
privacy-changed = Informarea s-a schimbat: reîncărcați pagina și citiți-o din nou.
register-has-pass = Aveți deja un permis pe acest telefon
register-has-pass-text = Nu trebuie să vă înscrieți din nou: folosiți permisul ca să înregistrați vizita.
register-use-my-pass = Folosesc permisul meu
register-someone-else = Înscrieți altă persoană
refused-event_token_invalid = Acest cod nu este al acestui eveniment: îndreptați camera spre afișul de la eveniment.
refused-event_closed = Prezența la acest eveniment se înregistrează de la o jumătate de oră înainte de început până la sfârșit.
event-title = Eveniment
event-checkin = Înregistrez prezența
event-present = Prezența a fost înregistrată. Curs plăcut!
event-waitlisted = Evenimentul este plin: sunteți pe lista de așteptare, pe locul { $position }.
event-queued = Salvată pe telefon: prezența se trimite imediat ce există semnal.
event-no-pass = Ca să vă înregistrați prezența, aveți nevoie de permis. Înscrieți-vă la centru, apoi îndreptați din nou camera spre afișul evenimentului.

## Reading a pass with a camera (the kiosk, the desk)
scan-hint = Îndreptați camera spre codul QR al permisului: se citește singur.
camera-failed = Camera nu se deschide: scrieți codul de sub QR.
