# The centre's tablet kiosk: only in the kiosk app.

kiosk-title = Centre kiosk
kiosk-choose-language = Choose your language

## Pairing the tablet with the centre
kiosk-pair-title = Pair this tablet with the centre
kiosk-pair-text = Ask the facilitator for the six-character code shown in the centre's console, under "Kiosks". The code lasts 10 minutes.
kiosk-pair-code = Pairing code
kiosk-pair-button = Pair the tablet
kiosk-pair-invalid = The code has six letters and digits, as the console shows it.
kiosk-pair-unknown = This code is not valid (or 10 minutes have passed): ask the facilitator for a new one.
kiosk-pair-wait = Too many tries: wait a minute and try again.
kiosk-pair-revoked = The centre has unpaired this tablet. To use it again, ask the facilitator for a new code.

## The first page
kiosk-welcome = Tap what you want to do. When you are done, tap "I have finished": the screen is cleared for the next person.
kiosk-register = Sign up
kiosk-register-text = Your first time here: get your pass.
kiosk-checkin = Record your visit
kiosk-checkin-text = You have a pass: show it to the camera or type its code.
kiosk-survey = How well do you use digital tools?
kiosk-survey-text = A short test to find where to start.
kiosk-feedback = Report a problem
kiosk-feedback-text = With SPID, CIE, App IO, pagoPA, the health record, INPS and other public services.
kiosk-phone = Use your own phone
kiosk-phone-text = Point your phone's camera at this code: the centre's page opens.
kiosk-phone-alt = QR code of the centre's page

## Recording a visit with a pass
kiosk-checkin-show = Show the QR code of your pass to the camera.
kiosk-checkin-type = Or type the code under the QR (8 letters and digits)
kiosk-checkin-unknown = No pass has this code. Check the letters or ask the facilitator.
kiosk-checkin-not-a-pass = This QR code is not a Ponte pass. Show the QR of your pass.
kiosk-checkin-finish = When you are done, tap "I have finished".

## Finishing and clearing
kiosk-finish = I have finished
kiosk-idle-warning = { $seconds ->
    [one] In 1 second the screen is cleared for the next person.
   *[other] In { $seconds } seconds the screen is cleared for the next person.
}
kiosk-idle-stay = Go on, I am still here
