app-name = Ponte
app-tagline = Punti Digitale Facile
skip-to-content = Перейти до вмісту
language = Мова
footer-text = Ponte — це вільна програма центрів цифрової допомоги (PNRR M1C1 1.7.2).
loading = Завантаження…
retry = Спробувати ще раз
error-network = Не вдається з’єднатися з сервером. Перевірте з’єднання і спробуйте ще раз.
error-generic = Щось пішло не так. Спробуйте ще раз трохи пізніше.

home-title = Знайдіть свій центр цифрової допомоги
home-intro = У центрах вам безкоштовно допоможуть користуватися SPID, CIE, App IO, pagoPA, електронною медичною карткою та іншими цифровими послугами.
home-region = Регіон
home-region-choose = Виберіть регіон
home-province = Провінція
home-province-all = Усі провінції
home-search = Назва, місто, адреса або код центру
home-search-hint = Наприклад: бібліотека, Prato, TOS-012
home-choose-region = Виберіть регіон, щоб побачити центри.
home-results = { $count ->
    [0] Не знайдено жодного центру. Спробуйте прибрати якийсь фільтр.
    [one] Знайдено { $count } центр
    [few] Знайдено { $count } центри
    [many] Знайдено { $count } центрів
   *[other] Знайдено { $count } центрів
}
home-show-more = Показати більше центрів

centre-search-other = Шукати інший центр

action-register = Зареєструватися
action-feedback = Повідомити про проблему з державною цифровою послугою

poster-scan = Наведіть камеру телефону на код, щоб зареєструватися і відмічати свої візити.
poster-or-visit = Або відкрийте
poster-print = Надрукувати плакат
poster-back = Назад до сторінки центру

not-found-title = Сторінку не знайдено
not-found-text = Адреси, яку ви відкрили, не існує.

## Centre page: the one-tap check-in
checkin-button = Відмітити мій візит
outbox-waiting = Чекає на надсилання: { $what }.
outbox-waiting-checkin = { $count ->
    [one] { $count } візит
    [few] { $count } візити
    [many] { $count } візитів
   *[other] { $count } візитів
}
outbox-waiting-survey = { $count ->
    [one] { $count } тест навичок
    [few] { $count } тести навичок
    [many] { $count } тестів навичок
   *[other] { $count } тестів навичок
}
outbox-waiting-feedback = { $count ->
    [one] { $count } звернення
    [few] { $count } звернення
    [many] { $count } звернень
   *[other] { $count } звернень
}
outbox-waiting-experience = { $count ->
    [one] { $count } анкета про візит
    [few] { $count } анкети про візити
    [many] { $count } анкет про візити
   *[other] { $count } анкет про візити
}
experience-offer = Як усе пройшло? Дайте відповідь на 6 питань (1 хвилина)
footer-privacy = Конфіденційність і cookie
footer-a11y = Доступність
display-choice = Відображення
display-large = Більший текст
display-contrast = Висока контрастність
