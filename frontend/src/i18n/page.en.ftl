## The centre's page (`/c/{code}`), rendered by the server (server/src/pages).
centre-managed-by = Run by { $organisation }
centre-where = Where it is
centre-hours = Opening hours
centre-hours-none = By appointment: ask the centre.
centre-weekly = { $hours } hours a week
centre-other-sites = Other sites
centre-actions = What you can do here
centre-poster = Print the QR code poster
centre-not-found = We cannot find this centre. Check the code written on the poster.
action-survey = Test your digital skills
action-survey-text = Ten minutes of simple questions, to see where to start.
action-feedback-text = Help us improve SPID, pagoPA, App IO and the others.
site-main = Main site
site-branch = Branch
site-mobile = Mobile site
site-seasonal = Seasonal site
day-mon = Monday
day-tue = Tuesday
day-wed = Wednesday
day-thu = Thursday
day-fri = Friday
day-sat = Saturday
day-sun = Sunday
action-register-other = Sign up someone else
action-register-other-text = This phone already holds a pass: you can sign up a family member or a friend too.

## /privacy: what Ponte keeps on the phone (rendered by the server).
device-title = Privacy and cookies
device-intro = Ponte uses no profiling cookies, no advertising and no tools from other sites. On your phone it keeps only what you need to use the service, and nobody reads it from outside.
device-cookie = One technical cookie, "ponte_lang", with the language you chose: it lasts a year and is for this site only.
device-pass = Your pass, to record your visits without signing up again.
device-outbox = What you sent without a network, until it arrives, and what the server did not accept, until you have read it.
device-visit = The last visit recorded and the site of the poster scanned today, to offer you the questions about the visit and say where you were.
device-survey = Your answers to the skills test while you take it, to resume where you were.
device-notice = Which version of the privacy notice you have read.
device-id = A random number that tells this phone apart, to stop anyone sending too many requests.
device-forget = To delete it all, clear the site's data in your browser's settings. On the centre's tablet everything is deleted by itself when you have finished.
device-data = How the data you give the centre (codice fiscale, name, services) are handled is explained in your programme's privacy notice, in the sign-up form.

## /accessibility: the accessibility statement (AgID model), rendered by the server.
a11y-title = Accessibility statement
a11y-intro = The administrations that use Ponte for their digital help centres are committed to making it accessible, as Italian Law no. 4 of 9 January 2004 requires. This statement covers Ponte's pages for citizens (the centre's page, signing up, the pass, the visit, the skills test, the visit questions, reports), the centre's tablet and the staff console.
a11y-status-title = Compliance status
a11y-status = Ponte partially complies with the UNI CEN/EN 301549 standard (WCAG 2.1, level AA), because of the content listed below.
a11y-gaps-title = Content that is not accessible
a11y-gap-languages = The citizens' screens, the centre's kiosk, the staff console, the page shown without a connection and the digital-skills test are in eight languages (Italian, English, Romanian, Albanian, Arabic, Ukrainian, Chinese and Spanish). The translations have not yet been reviewed by native speakers: if you find a sentence that is wrong or unclear, report it to us as a barrier.
a11y-gap-camera = At the centre's tablet the pass can be shown to the camera; anyone who cannot do that types the pass code or asks the facilitator.
a11y-gap-manual = The pages are tested with automatic tools, and the sign-up, the visit, the skills test and reports with the keyboard alone; a full test with screen readers has not yet been done.
a11y-method-title = How this statement was prepared
a11y-method = Self-assessment, on 3 December 2026: with every change, automatic tests check with axe-core (WCAG 2.1 A and AA rules), and by measuring the controls (at least 44 × 44 pixels), the citizen pages, the centre's tablet and the staff console, in Italian and in Arabic; a keyboard-only test goes through the sign-up, the visit, the skills test and a report; Lighthouse checks the centre's page and the sign-up (accessibility 100 out of 100).
a11y-feedback-title = Report an accessibility problem
a11y-feedback = If you find a barrier, or a page you cannot use, write to your programme's administration, or tell the facilitators at the centre: they help you at once and pass the report on. You must get an answer within 30 days.
a11y-agid = If no answer comes, or it does not satisfy you, you can turn to the Digital Ombudsman of the Agency for Digital Italy (AgID), from agid.gov.it.
