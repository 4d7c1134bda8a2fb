app-name = Ponte
app-tagline = Digital help points
skip-to-content = Skip to content
language = Language
footer-text = Ponte is the free software of the digital-facilitation centres (PNRR M1C1 1.7.2).
loading = Loading…
retry = Try again
error-network = We cannot reach the server. Check your connection and try again.
error-generic = Something went wrong. Please try again in a moment.

home-title = Find your digital help centre
home-intro = At the centres, people help you for free to use SPID, CIE, App IO, pagoPA, your health record and other digital services.
home-region = Region
home-region-choose = Choose the region
home-province = Province
home-province-all = All provinces
home-search = Name, town, address or code of the centre
home-search-hint = For example: library, Prato, TOS-012
home-choose-region = Choose a region to see its centres.
home-results = { $count ->
    [0] No centre found. Try removing a filter.
    [one] 1 centre found
   *[other] { $count } centres found
}
home-show-more = Show more centres

centre-search-other = Find another centre

action-register = Sign up
action-feedback = Report a problem with a public digital service

poster-scan = Scan the code with your phone camera to sign up and record your visits.
poster-or-visit = Or go to
poster-print = Print the poster
poster-back = Back to the centre page

not-found-title = Page not found
not-found-text = The address you opened does not exist.

## Centre page: the one-tap check-in
checkin-button = Record my visit
outbox-waiting = Waiting to be sent: { $what }.
outbox-waiting-checkin = { $count ->
    [one] 1 visit
   *[other] { $count } visits
}
outbox-waiting-survey = { $count ->
    [one] 1 skills test
   *[other] { $count } skills tests
}
outbox-waiting-feedback = { $count ->
    [one] 1 report
   *[other] { $count } reports
}
outbox-waiting-experience = { $count ->
    [one] 1 visit questionnaire
   *[other] { $count } visit questionnaires
}
experience-offer = How did it go? Answer 6 questions (1 minute)
footer-privacy = Privacy and cookies
footer-a11y = Accessibility
display-choice = Display
display-large = Larger text
display-contrast = High contrast
