# The centre's tablet kiosk: only in the kiosk app.

kiosk-title = Планшет центру
kiosk-choose-language = Виберіть мову

## Pairing the tablet with the centre
kiosk-pair-title = Підключіть цей планшет до центру
kiosk-pair-text = Попросіть у консультанта код із шести символів, який показано в консолі центру, у розділі «Планшети центру» («Postazioni» італійською). Код дійсний 10 хвилин.
kiosk-pair-code = Код підключення
kiosk-pair-button = Підключити планшет
kiosk-pair-invalid = Код має 6 символів — літери й цифри, як показано в консолі.
kiosk-pair-unknown = Код неправильний або вже не дійсний (він діє 10 хвилин): попросіть у консультанта новий.
kiosk-pair-wait = Забагато спроб: зачекайте хвилину і спробуйте ще раз.
kiosk-pair-revoked = Центр відключив цей планшет. Щоб знову ним користуватися, попросіть у консультанта новий код.

## The first page
kiosk-welcome = Торкніться того, що хочете зробити. Коли закінчите, торкніться «Завершити»: екран очиститься для наступної людини.
kiosk-register = Зареєструватися
kiosk-register-text = Ви тут уперше: отримайте свою перепустку.
kiosk-checkin = Відмітити свій візит
kiosk-checkin-text = У вас уже є перепустка: покажіть її камері або введіть код.
kiosk-survey = Наскільки добре ви користуєтеся цифровими технологіями?
kiosk-survey-text = Короткий тест, щоб зрозуміти, з чого почати.
kiosk-feedback = Повідомити про проблему
kiosk-feedback-text = Із SPID, CIE, App IO, pagoPA, електронною медичною карткою, INPS та іншими державними послугами.
kiosk-phone = Скористайтеся своїм телефоном
kiosk-phone-text = Наведіть камеру свого телефону на цей код: відкриється сторінка центру.
kiosk-phone-alt = QR-код сторінки центру

## Recording a visit with a pass
kiosk-checkin-show = Покажіть камері QR-код своєї перепустки.
kiosk-checkin-type = Або введіть код під QR-кодом (8 літер і цифр)
kiosk-checkin-unknown = Перепустки з таким кодом немає. Перевірте літери або зверніться до консультанта.
kiosk-checkin-not-a-pass = Цей QR-код не є перепусткою Ponte. Покажіть QR-код своєї перепустки.
kiosk-checkin-finish = Коли закінчите, торкніться «Завершити».

## Finishing and clearing
kiosk-finish = Завершити
kiosk-idle-warning = { $seconds ->
    [one] Через { $seconds } секунду екран очиститься для наступної людини.
    [few] Через { $seconds } секунди екран очиститься для наступної людини.
    [many] Через { $seconds } секунд екран очиститься для наступної людини.
   *[other] Через { $seconds } секунд екран очиститься для наступної людини.
}
kiosk-idle-stay = Продовжити, я ще тут
