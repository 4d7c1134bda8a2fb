# The staff console (bin ponte-staff): English.
staff-title = Centre console
staff-tagline = Centre console
staff-signed-out = Your session has ended: sign in again.
staff-login-title = Sign in to the console
staff-email = E-mail
staff-password = Password
staff-login-button = Sign in
staff-login-wrong = The e-mail or the password is not right.
staff-login-locked = Too many wrong tries: try again in 15 minutes.
staff-signed-in-as = { $email } · { $role }
staff-role-admin = administrator
staff-role-region = region
staff-role-coordinator = coordinator
staff-role-facilitator = facilitator
staff-sign-out = Sign out
staff-centre = Centre
staff-today-title = Today at the centre
staff-today-count = { $visits ->
    [0] No visits
    [one] 1 visit
   *[other] { $visits } visits
} · { $services ->
    [0] no services
    [one] 1 service
   *[other] { $services } services
}
staff-today-none = Visits checked in today appear here by themselves within a few seconds.
staff-gender-A = Woman
staff-gender-B = Man
staff-gender-C = Non-binary
staff-gender-D = Gender not given
staff-age-1 = 18–29 years
staff-age-2 = 30–54 years
staff-age-3 = 55–74 years
staff-age-4 = 75 years and over
staff-age-5 = 14–17 years
staff-first-visit = first visit
staff-returning = return visit
staff-services-done = { $count ->
    [one] Service recorded
   *[other] { $count } services recorded
}
staff-services-none = No service
staff-finder-title = Find by pass
staff-pass-code = Pass code
staff-find = Find
staff-scan = Scan the pass
staff-scan-stop = Close the camera
staff-citizen = Citizen found
staff-visits-here = { $count ->
    [0] never came here
    [one] 1 visit here
   *[other] { $count } visits here
}
staff-pass-revoked = This pass has been revoked: use the new pass.
staff-pick = Add to the service
staff-unpick = Remove from the service
staff-no-visit-today = They have not checked in today yet.
staff-desk-checkin = Check them in now
staff-done = Done
staff-service-title = Record a service
staff-service-pick = Choose one or more visits from today's list, or find the citizen by pass.
staff-service-for = { $count ->
    [one] For 1 citizen
   *[other] For { $count } citizens (group service)
}
staff-service-duration = Duration (hours:minutes)
staff-service-duration-hint = For example 0:45 or 1:30.
staff-service-types = Type of service (SE3)
staff-service-competences = Competences covered (SE5)
staff-service-domains = Public services covered (SE6)
staff-service-details = Details (SE7, optional)
staff-service-details-hint = { $count } of { $max } characters. Do not write personal data: tax codes, e-mails and phone numbers are masked, people's names are not.
staff-service-record = Record the service
staff-service-done = { $count ->
    [one] Service recorded for 1 citizen.
   *[other] Service recorded for { $count } citizens.
}
staff-service-invalid-date = The date is not valid.
staff-service-invalid-duration = Write the duration in hours and minutes, from 0:01 to 12:00.
staff-service-invalid-types = Choose the type: for several citizens, group facilitation.
staff-service-invalid-competences = Choose at least one competence.
staff-service-invalid-domains = Choose at least one public service (or "None of the above").
staff-service-invalid-details = Details are at most 600 characters.
staff-service-invalid-visits = Choose today's visits at this centre, each citizen once.
staff-lost-title = Lost pass
staff-lost-hint = The lost pass stops working and the same person gets a new one.
staff-lost-button = Revoke and give a new pass
staff-lost-done = New pass ready. The old one no longer works.
staff-card-hint = Show this code at the centre to check in.
staff-print = Print the card (A6)
staff-reports-title = Reports about public services
staff-reports-status = Status
staff-reports-service = Service
staff-reports-category = Problem
staff-reports-all = All
staff-reports-none = No reports with these filters.
staff-status-new = New
staff-status-reviewed = Read
staff-status-hidden = Hidden
staff-report-severity = severity { $severity } of 5
staff-report-contact = left a contact
staff-report-reply = Reply or note
staff-report-mark-reviewed = Mark as read
staff-report-hide = Hide
staff-report-unhide = Put back with the new ones
staff-signup-title = Sign a citizen up at the desk
staff-signup-hint = For those without a phone or who prefer help. The pass is printed and not kept on the tablet.
staff-signup-open = Open the form
staff-signup-close = Close the form
staff-signup-notice = Let the citizen read the notice on the screen, or give it to them on paper.
staff-signup-paper = The notice was given on paper
staff-signup-read = The citizen has read the notice
staff-signup-send = Sign up and make the pass
staff-signup-done = Signed up. Print the pass and give it to the citizen.
staff-accounts-title = Staff accounts
staff-accounts-none = No accounts to manage.
staff-account-disabled = disabled
staff-account-disable = Disable
staff-account-disable-who = Disable { $email }
staff-account-new = New account
staff-account-role = Role
staff-account-centres = Centres
staff-account-create = Create the account
staff-account-made = Account { $email } created. The password shows only now: give it to the person.
staff-account-programme = Programme (region)
staff-events-title = The centre's events
staff-events-none = No events this week.
staff-event-count = { $present ->
    [one] 1 present
   *[other] { $present } present
} · { $waiting } on the waiting list
staff-event-closed = Closed: the group service is recorded.
staff-event-poster = Show the poster
staff-event-close = Close and record the service
staff-event-qr = QR code to mark your presence
staff-event-scan = Scan the code to mark your presence.
staff-event-new = New event
staff-event-name = Title
staff-event-kind = Kind of event
staff-event-kind-course = Course
staff-event-kind-group = Group session
staff-event-kind-mobile = Mobile point (gazebo, van)
staff-event-kind-seasonal = Seasonal point
staff-event-date = Day
staff-event-start = Start
staff-event-end = End
staff-event-capacity = Places (optional)
staff-event-create = Create the event
staff-event-place = Place (empty: at the centre)
staff-event-close-confirm = Close the event and record the service? Those who arrive later can no longer mark their presence.
staff-event-people = Who came
staff-event-waiting = on the waiting list
staff-event-present = present
staff-event-let-in = Let in
staff-event-add = Add by code
staff-event-csv = Download the list (CSV)

## Kiosks (the centre's tablets)
staff-kiosks-title = Kiosks
staff-kiosks-hint = A tablet of the centre becomes a kiosk for citizens: open it at the address /kiosk and type the pairing code.
staff-kiosks-pair = Pair a tablet
staff-kiosks-code = Code to type on the tablet:
staff-kiosks-code-until = (valid until { $time })
staff-kiosks-none = No tablet paired.
staff-kiosks-item = Tablet no. { $id } · last used: { $time }
staff-kiosks-revoked = unpaired
staff-kiosks-revoke = Unpair
staff-kiosks-revoke-confirm = Tap again to unpair it
staff-kiosks-idle = Seconds without a touch before the screen is cleared
staff-kiosks-idle-save = Save
staff-kiosks-idle-saved = Saved: { $seconds } seconds. The tablets apply it from the next person.
staff-kiosks-idle-invalid = Choose a number of seconds between { $min } and { $max }.

## Programme progress (region)
staff-progress-title = Progress: { $programme }
staff-progress-province = Province
staff-progress-all = The whole programme
staff-progress-citizens = Citizens new to the programme (at their first visit): { $done } of { $goal } by { $date }
staff-progress-services = Services: { $done } of { $goal }
staff-progress-services-plain = Services recorded: { $done }
staff-progress-no-target = The programme has no dated targets.
staff-progress-pace = In the last four weeks, per week: new citizens { $citizens }, services { $services }.
staff-progress-forecast = At this pace the citizens' target is reached on { $date }.
staff-progress-forecast-never = At this pace the citizens' target is not reached: more people must come.
staff-progress-met = The citizens' target is reached.
staff-progress-risk-title = Centres behind their share
staff-progress-risk-none = No centre is behind.
staff-progress-risk-count = { $count ->
    [one] 1 centre behind; the furthest behind first.
   *[other] { $count } centres behind; the furthest behind first (the first 10).
}
staff-progress-risk-item = { $name } ({ $code }): { $required } new citizens a week are needed, { $recent } come.
staff-progress-chart = Citizens reached week by week, with the line that leads to the target
staff-progress-programme = Programme

## The month's national file
staff-exports-title = File for the national platform
staff-exports-hint = The month's file in the bulk-upload format: one row per citizen and service, at most 9,000 rows a file. Every file downloaded is logged.
staff-exports-month = Month
staff-exports-summary = { $services } services, { $rows } rows. Left out: { $left } citizens without a codice fiscale; { $flagged } participations that cannot be exported (the programme's age or period){ $purged ->
    [0] .
    [one] ; 1 citizen whose name was deleted under the retention rule: sign them up again at the desk, with their document, before downloading the file, to report them.
   *[other] ; { $purged } citizens whose names were deleted under the retention rule: sign them up again at the desk, with their document, before downloading the file, to report them.
}
staff-exports-download = Download { $name } ({ $rows } rows)
staff-exports-log = Files already downloaded
staff-exports-log-item = { $who }, on { $time }: month { $month }, { $rows } rows, SHA-256 { $sha }…
staff-report-title = The month's report per centre (visits, citizens, services):
staff-share-centre = A centre's share: code (e.g. TOS-001)
staff-share-citizens = Citizens to reach (empty: the import's quota or equal parts)
staff-share-save = Save the share
staff-share-saved = Share saved: the centres behind are worked out again.

## The dashboard
staff-dash-title = Dashboard: attendance and services
staff-dash-from = From
staff-dash-to = To
staff-dash-by = By
staff-dash-by-day = day
staff-dash-by-week = week
staff-dash-by-month = month
staff-dash-show = Show
staff-dash-up = Back to the whole programme
staff-dash-up-own = Back to all your centres
staff-dash-scope = { $scope }, from { $from } to { $to }. Without dates: the last 30 days; by week or by month the period widens to whole weeks or months.
staff-dash-totals = The period's total
staff-dash-period = Period
staff-dash-all = The whole period
staff-dash-parts = One level down: choose a row for its details
staff-dash-part = Where
staff-dash-citizens = Unique citizens
staff-dash-new = New to the programme
staff-dash-visits = Visits
staff-dash-services = Services
staff-dash-participations = Participations
staff-dash-series-day = Day by day (latest first)
staff-dash-series-week = Week by week, from Monday (latest first)
staff-dash-series-month = Month by month (latest first)
staff-dash-people = Who was reached (citizens new to the programme)
staff-dash-months = The tables below count whole months, from { $from } to { $to }: they may differ from the totals of the period chosen.
staff-dash-small = Among services, fewer than 5 reads "< 5". Among people, a table of fewer than 10 people, or with a group of fewer than 5, is not shown: the total would let someone work out who they are. "—": unique citizens are counted for a day, a week or a month; over several periods they do not add up (someone who comes back would be counted again).
staff-dash-services-by = Services by type, competence and public service (a service may have several)
staff-dash-field-age_band = Age band
staff-dash-field-gender = Gender
staff-dash-field-citizenship = Citizenship
staff-dash-field-education = Education
staff-dash-field-employment = Employment
staff-dash-field-type = Type of service (SE3)
staff-dash-field-competence = DigComp competence covered (SE5)
staff-dash-field-domain = Public services covered (SE6)
staff-dash-unknown = Not known
staff-dash-withheld = No detail shown: fewer than 10 people, or a group of fewer than 5 who could be recognised.
staff-dash-own = Your { $count } centres
staff-dash-up-province = Back to the province { $province }
staff-dash-skills = Digital skills
staff-dash-skills-counts = Starting tests { $entries }, final tests { $exits }, citizens who took both { $pairs }. Averages by area are shown from 5 citizens up.
staff-dash-skills-area = { $area }: { $change } percentage points on average between start and end
staff-dash-reports = Reports about public services in the period: { $count }
