# Messages of the citizen app only (sign-up, pass, check-in).
## Registration form: AN9-AN11 choices
education-A = Primary school
education-B = Lower secondary school (licenza media)
education-C = Upper secondary school diploma
education-D = Post-secondary, non-tertiary education
education-E = Vocational qualification
education-F = Higher technical specialisation certificate (IFTS)
education-G = Higher technical diploma (ITS)
education-H = Short-cycle degree / university diploma
education-I = Master's degree or equivalent
education-J = University master or equivalent
education-K = Doctorate or equivalent
education-L = Unknown / not given / other
employment-A = Employee
employment-B = Business owner
employment-C = Self-employed professional
employment-D = Not in work
employment-E = Student / in training
employment-F = Homemaker
employment-G = Retired
employment-H = Other
citizenship-A = Italian
citizenship-B = Foreign, from a country INSIDE the European Union
citizenship-C = Foreign, from a country OUTSIDE the European Union

## Registration
register-title = Sign up at the centre
register-intro = You sign up only once. Then one tap records each visit, at any centre.
register-cf = Tax code (codice fiscale)
register-cf-hint = It is on your health card: 16 letters and digits.
register-cf-ok = Tax code is correct.
register-first-name = First name
register-last-name = Surname
register-names-hint = Needed only for the national service register, and kept encrypted.
register-education = Education
register-employment = Work
register-citizenship = Citizenship
register-province = Province where you live
register-choose = Choose…
register-privacy-title = Privacy notice
privacy-notice = The Region and the centre process your data to count the services of the national digital-facilitation project (PNRR, measure 1.7.2), as the law requires. Your tax code, name and contacts are kept encrypted; the ministry receives the data without your name. You can ask the centre to see, correct or delete your data.
register-privacy-ack = I have read the privacy notice
register-contact-title = Course reminders (optional)
register-email = E-mail
register-phone = Phone
register-contact-consent = I want course reminders at this contact
register-submit = Sign up
register-sending = Sending…
register-done = Done! You are signed up.
register-again-done = Welcome back! We found you again: here is your new pass.
register-under-age = This project needs you to be at least { $age }. A facilitator can still help you.
register-offline = You are offline: signing up needs a connection. Try again when it is back.
register-fix = Check the marked fields.

## Errors on fields
field-required = This field is required.
field-invalid = Check this field.
cf-length = A tax code has 16 characters; you wrote { $count }.
cf-character = Character number { $position } is not right.
cf-month = The ninth character (month of birth) is not right.
cf-day = Characters 10 and 11 (day of birth) are not right.
cf-date = The birth date in the code does not exist.
cf-check = The last character does not match: check you typed it correctly.

## Pass and check-in
pass-title = Your pass
pass-intro = Keep it on this phone: next time one tap is enough. You can also show it to the facilitator.
pass-code = Pass code
checkin-done = You are in! This is your visit number { $count } at this centre.
checkin-queued = You are offline: the visit is saved on the phone and will be sent when the connection is back.
checkin-forgotten = This pass is no longer valid. Sign up again to get a new one.

## What the citizen needs help with (optional, at check-in)
needs-title = What do you need help with today? (optional)
need-spid-cie = SPID or CIE
need-app-io = App IO
need-pagopa = Paying with pagoPA
need-health-record = Health record
need-health-booking = Booking medical visits and tests
need-inps = INPS, pension, benefits
need-taxes = Taxes and tax return
need-certificates = Certificates from the Comune
need-school = School and services for children
need-work = Looking for work
need-calls-messages = Video calls and messages
need-safety = Passwords and online scams

## Without a codice fiscale (where the programme allows it)
register-no-cf = I have no tax code (codice fiscale)
register-birth-year = Year of birth
register-sex = Sex
sex-F = Woman
sex-M = Man

## Reporting a problem with a public digital service
feedback-title = Report a problem with a digital service
feedback-intro = It takes less than a minute. The report is anonymous and helps improve the services.
feedback-service = Which service?
feedback-service-name = What is the service called?
feedback-category = What went wrong?
feedback-severity = How bad was it? (1 = a little, 5 = very)
feedback-text = Tell us what happened (optional)
feedback-text-hint = Do not write personal data: we hide it anyway.
feedback-device = What were you using?
device-phone = Phone or tablet
device-computer = Computer
feedback-contact-title = Would you like an answer? (optional)
feedback-contact-consent = You may contact me about this report
feedback-submit = Send the report
feedback-done = Thank you! Your report has arrived.
feedback-masked = We hid the personal data you had written.
feedback-queued = You are offline: the report is saved and will be sent when the connection is back.
feedback-too-many = Too many reports from this device: try again in a minute.
feedback-another = Make another report
service-A = App IO
service-B = pagoPA payments
service-C = Registry certificates (ANPR)
service-D = Electronic health record
service-E = E-invoicing
service-F = Culture and tourism
service-G = School
service-H = Training and university
service-I = Sport
service-J = Work and job centres
service-K = Trade and business
service-L = INPS, pensions and benefits
service-M = Health bookings (CUP)
service-N = Taxes and tax return
service-O = Local taxes and fines
service-P = Building permits
service-Q = Transport and parking
service-R = Online participation
service-S = Another national service
service-local = A service of my comune or region
category-login = I can't log in (SPID, CIE)
category-hard_to_understand = It's hard to understand
category-error = It gives an error or the page doesn't work
category-accessibility = It's not accessible with my disability or device
category-missing_information = Information is missing
category-slow = It's too slow
category-other = Something else
