# The staff console (bin ponte-staff): Ukrainian.
staff-title = Консоль центру
staff-tagline = Консоль центру
staff-signed-out = Сеанс завершився: увійдіть знову.
staff-login-title = Вхід до консолі
staff-email = Електронна пошта
staff-password = Пароль
staff-login-button = Увійти
staff-login-wrong = Неправильна електронна пошта або пароль.
staff-login-locked = Забагато невдалих спроб: спробуйте знову через 15 хвилин.
staff-signed-in-as = { $email } · { $role }
staff-role-admin = адміністратор
staff-role-region = представник регіону
staff-role-coordinator = координатор
staff-role-facilitator = консультант
staff-sign-out = Вийти
staff-centre = Центр
staff-today-title = Сьогодні в центрі
staff-today-count = { $visits ->
    [0] Жодного візиту
    [one] { $visits } візит
    [few] { $visits } візити
    [many] { $visits } візитів
   *[other] { $visits } візитів
} · { $services ->
    [0] жодної послуги
    [one] { $services } послуга
    [few] { $services } послуги
    [many] { $services } послуг
   *[other] { $services } послуг
}
staff-today-none = Візити, відмічені сьогодні, самі з’являються тут протягом кількох секунд.
staff-gender-A = Жінка
staff-gender-B = Чоловік
staff-gender-C = Небінарна особа
staff-gender-D = Гендер не вказано
staff-age-1 = 18–29 років
staff-age-2 = 30–54 роки
staff-age-3 = 55–74 роки
staff-age-4 = 75 років і більше
staff-age-5 = 14–17 років
staff-first-visit = перший візит
staff-returning = повторний візит
staff-services-done = { $count ->
    [one] Зареєстровано { $count } послугу
    [few] Зареєстровано { $count } послуги
    [many] Зареєстровано { $count } послуг
   *[other] Зареєстровано { $count } послуг
}
staff-services-none = Жодної послуги
staff-finder-title = Пошук за перепусткою
staff-pass-code = Код перепустки
staff-find = Шукати
staff-scan = Відсканувати перепустку
staff-scan-stop = Закрити камеру
staff-citizen = Громадянина знайдено
staff-visits-here = { $count ->
    [0] ще не бував(-ла) тут
    [one] { $count } візит тут
    [few] { $count } візити тут
    [many] { $count } візитів тут
   *[other] { $count } візитів тут
}
staff-pass-revoked = Цю перепустку відкликано: використовуйте нову.
staff-pick = Додати до послуги
staff-unpick = Прибрати з послуги
staff-no-visit-today = Сьогодні візит ще не відмічено.
staff-desk-checkin = Відмітити візит зараз
staff-done = Готово
staff-service-title = Зареєструвати послугу
staff-service-pick = Виберіть один або кілька візитів зі списку за сьогодні або знайдіть громадянина за перепусткою.
staff-service-for = { $count ->
    [1] Для 1 громадянина
    [one] Для { $count } громадянина (групова послуга)
    [few] Для { $count } громадян (групова послуга)
    [many] Для { $count } громадян (групова послуга)
   *[other] Для { $count } громадян (групова послуга)
}
staff-service-duration = Тривалість (години:хвилини)
staff-service-duration-hint = Наприклад, 0:45 або 1:30.
staff-service-types = Тип послуги (SE3)
staff-service-competences = Розглянуті компетенції (SE5)
staff-service-domains = Розглянуті державні послуги (SE6)
staff-service-details = Подробиці (SE7, необов’язково)
staff-service-details-hint = Символів: { $count } з { $max }. Не пишіть особистих даних: codice fiscale, електронні адреси й телефони приховуються, а імена людей — ні.
staff-service-record = Зареєструвати послугу
staff-service-done = { $count ->
    [one] Послугу зареєстровано для { $count } громадянина.
    [few] Послугу зареєстровано для { $count } громадян.
    [many] Послугу зареєстровано для { $count } громадян.
   *[other] Послугу зареєстровано для { $count } громадян.
}
staff-service-invalid-date = Дата неправильна.
staff-service-invalid-duration = Вкажіть тривалість у годинах і хвилинах, від 0:01 до 12:00.
staff-service-invalid-types = Виберіть тип: для кількох громадян — «Facilitazione di gruppo» (групова допомога).
staff-service-invalid-competences = Виберіть хоча б одну компетенцію.
staff-service-invalid-domains = Виберіть хоча б одну державну послугу (або «Жодна з цих»).
staff-service-invalid-details = Подробиці — не більше 600 символів.
staff-service-invalid-visits = Виберіть сьогоднішні візити в цьому центрі, кожного громадянина один раз.
staff-lost-title = Загублена перепустка
staff-lost-hint = Загублена перепустка перестає діяти, а та сама людина отримує нову.
staff-lost-button = Відкликати й видати нову
staff-lost-done = Нова перепустка готова. Стара більше не діє.
staff-card-hint = Покажіть цей код у центрі, щоб відмітити візит.
staff-print = Надрукувати картку (A6)
staff-reports-title = Звернення щодо державних послуг
staff-reports-status = Статус
staff-reports-service = Послуга
staff-reports-category = Проблема
staff-reports-all = Усі
staff-reports-none = Немає звернень із цими фільтрами.
staff-status-new = Нове
staff-status-reviewed = Прочитане
staff-status-hidden = Приховане
staff-report-severity = серйозність { $severity } з 5
staff-report-contact = залишив(-ла) контакт
staff-report-reply = Відповідь або примітка
staff-report-mark-reviewed = Позначити як прочитане
staff-report-hide = Приховати
staff-report-unhide = Повернути до нових
staff-signup-title = Зареєструвати громадянина на стійці
staff-signup-hint = Для тих, хто не має телефона або хоче, щоб йому допомогли. Перепустку друкують, і вона не зберігається на планшеті.
staff-signup-open = Відкрити форму
staff-signup-close = Закрити форму
staff-signup-notice = Дайте громадянину прочитати повідомлення про конфіденційність на екрані або видайте його в друкованому вигляді.
staff-signup-paper = Повідомлення про конфіденційність видано на папері
staff-signup-read = Громадянин прочитав повідомлення про конфіденційність
staff-signup-send = Зареєструвати й створити перепустку
staff-signup-done = Реєстрацію завершено. Надрукуйте перепустку й передайте її громадянину.
staff-accounts-title = Облікові записи працівників
staff-accounts-none = Немає облікових записів для керування.
staff-account-disabled = вимкнено
staff-account-disable = Вимкнути
staff-account-disable-who = Вимкнути { $email }
staff-account-new = Новий обліковий запис
staff-account-role = Роль
staff-account-centres = Центри
staff-account-create = Створити обліковий запис
staff-account-made = Обліковий запис { $email } створено. Пароль видно лише зараз: передайте його цій людині.
staff-account-programme = Програма (регіон)
staff-events-title = Заходи центру
staff-events-none = Цього тижня заходів немає.
staff-event-count = { $present ->
    [one] { $present } присутній
    [few] { $present } присутні
    [many] { $present } присутніх
   *[other] { $present } присутніх
} · { $waiting } у списку очікування
staff-event-closed = Закрито: групову послугу зареєстровано.
staff-event-poster = Показати табличку
staff-event-close = Закрити й зареєструвати послугу
staff-event-qr = QR-код для відмітки присутності
staff-event-scan = Відскануйте код, щоб відмітити свою присутність.
staff-event-new = Новий захід
staff-event-name = Назва
staff-event-kind = Тип заходу
staff-event-kind-course = Курс
staff-event-kind-group = Групова зустріч
staff-event-kind-mobile = Пересувний пункт (намет, фургон)
staff-event-kind-seasonal = Сезонний пункт
staff-event-date = День
staff-event-start = Початок
staff-event-end = Кінець
staff-event-capacity = Місця (необов’язково)
staff-event-create = Створити захід
staff-event-place = Місце (порожнє — у центрі)
staff-event-close-confirm = Закрити захід і зареєструвати послугу? Ті, хто прийде пізніше, уже не зможуть відмітити присутність.
staff-event-people = Хто прийшов
staff-event-waiting = у списку очікування
staff-event-present = присутній(-я)
staff-event-let-in = Впустити
staff-event-add = Додати за кодом
staff-event-csv = Завантажити список (CSV)

## Kiosks (the centre's tablets)
staff-kiosks-title = Планшети центру
staff-kiosks-hint = Планшет центру стає місцем самообслуговування для громадян: відкрийте на ньому адресу /kiosk і введіть код підключення.
staff-kiosks-pair = Підключити планшет
staff-kiosks-code = Код, який треба ввести на планшеті:
staff-kiosks-code-until = (дійсний до { $time })
staff-kiosks-none = Жодного планшета не підключено.
staff-kiosks-item = Планшет № { $id } · останнє використання: { $time }
staff-kiosks-revoked = відключено
staff-kiosks-revoke = Відключити
staff-kiosks-revoke-confirm = Торкніться ще раз, щоб відключити
staff-kiosks-idle = Секунд без дотику, перш ніж екран очиститься
staff-kiosks-idle-save = Зберегти
staff-kiosks-idle-saved = Збережено: { $seconds } с. Планшети застосують це з наступної людини.
staff-kiosks-idle-invalid = Виберіть кількість секунд від { $min } до { $max }.

## Programme progress (region)
staff-progress-title = Хід виконання: { $programme }
staff-progress-province = Провінція
staff-progress-all = Уся програма
staff-progress-citizens = Громадяни, нові в програмі (під час першого візиту): { $done } з { $goal } до { $date }
staff-progress-services = Послуги: { $done } з { $goal }
staff-progress-services-plain = Зареєстровано послуг: { $done }
staff-progress-no-target = Програма не має цілей із датами.
staff-progress-pace = За останні чотири тижні, у середньому на тиждень: нових громадян — { $citizens }, послуг — { $services }.
staff-progress-forecast = За такого темпу ціль щодо громадян буде досягнуто { $date }.
staff-progress-forecast-never = За такого темпу ціль щодо громадян не буде досягнуто: потрібно більше відвідувачів.
staff-progress-met = Ціль щодо громадян досягнуто.
staff-progress-risk-title = Центри, що відстають від своєї частки
staff-progress-risk-none = Жоден центр не відстає.
staff-progress-risk-count = { $count ->
    [1] 1 центр відстає.
    [one] { $count } центр відстає; спершу ті, що відстають найбільше (перші 10).
    [few] { $count } центри відстають; спершу ті, що відстають найбільше (перші 10).
    [many] { $count } центрів відстають; спершу ті, що відстають найбільше (перші 10).
   *[other] { $count } центрів відстають; спершу ті, що відстають найбільше (перші 10).
}
staff-progress-risk-item = { $name } ({ $code }): нових громадян на тиждень потрібно { $required }, приходить { $recent }.
staff-progress-chart = Охоплені громадяни тиждень за тижнем і лінія, що веде до цілі
staff-progress-programme = Програма

## The month's national file
staff-exports-title = Файл для національної платформи
staff-exports-hint = Файл за місяць у форматі масового завантаження: один рядок на кожного громадянина й послугу, не більше 9 000 рядків у файлі. Кожне завантаження файлу записується.
staff-exports-month = Місяць
staff-exports-summary = Послуг: { $services }, рядків: { $rows }. Не включено: громадяни без codice fiscale ({ $left }); участі, які не можна експортувати через вік або період програми ({ $flagged }){ $purged ->
    [0] .
    [one] ; { $purged } громадянин, чиє ім’я видалено за правилом зберігання даних: щоб урахувати його у звітності, перед завантаженням файлу зареєструйте його знову на стійці, з його документом.
    [few] ; { $purged } громадяни, чиї імена видалено за правилом зберігання даних: щоб урахувати їх у звітності, перед завантаженням файлу зареєструйте їх знову на стійці, з їхніми документами.
    [many] ; { $purged } громадян, чиї імена видалено за правилом зберігання даних: щоб урахувати їх у звітності, перед завантаженням файлу зареєструйте їх знову на стійці, з їхніми документами.
   *[other] ; { $purged } громадян, чиї імена видалено за правилом зберігання даних: щоб урахувати їх у звітності, перед завантаженням файлу зареєструйте їх знову на стійці, з їхніми документами.
}
staff-exports-download = Завантажити { $name } (рядків: { $rows })
staff-exports-log = Уже завантажені файли
staff-exports-log-item = { $who }, { $time }: місяць { $month }, рядків: { $rows }, SHA-256 { $sha }…
staff-report-title = Звіт за місяць по центрах (візити, громадяни, послуги):
staff-share-centre = Частка центру: код (напр. TOS-001)
staff-share-citizens = Скільки громадян охопити (порожнє — квота з імпорту або рівні частки)
staff-share-save = Зберегти частку
staff-share-saved = Частку збережено: центри, що відстають, перераховано.

## The dashboard
staff-dash-title = Панель показників: відвідуваність і послуги
staff-dash-from = Від
staff-dash-to = До
staff-dash-by = Розбивка
staff-dash-by-day = по днях
staff-dash-by-week = по тижнях
staff-dash-by-month = по місяцях
staff-dash-show = Показати
staff-dash-up = Назад до всієї програми
staff-dash-up-own = Назад до всіх ваших центрів
staff-dash-scope = { $scope }, з { $from } по { $to }. Без дат — останні 30 днів; при розбивці по тижнях або по місяцях період розширюється до повних тижнів або місяців.
staff-dash-totals = Разом за період
staff-dash-period = Період
staff-dash-all = Увесь період
staff-dash-parts = На рівень нижче: виберіть рядок, щоб побачити подробиці
staff-dash-part = Де
staff-dash-citizens = Унікальні громадяни
staff-dash-new = Нові в програмі
staff-dash-visits = Візити
staff-dash-services = Послуги
staff-dash-participations = Участі
staff-dash-series-day = По днях (спочатку найновіші)
staff-dash-series-week = По тижнях, з понеділка (спочатку найновіші)
staff-dash-series-month = По місяцях (спочатку найновіші)
staff-dash-people = Кого охоплено (громадяни, нові в програмі)
staff-dash-months = Таблиці нижче рахують повні місяці, з { $from } по { $to }: вони можуть не збігатися з підсумками вибраного періоду.
staff-dash-small = Серед послуг кількість, меншу за 5, показано як «< 5». Серед людей таблицю, де менше ніж 10 людей або є група менше ніж з 5 осіб, не показано: за підсумком можна було б визначити, хто це. «—»: унікальних громадян рахують за день, тиждень або місяць; за кілька періодів їх не додають (того, хто повертається, було б пораховано кілька разів).
staff-dash-services-by = Послуги за типом, компетенцією та державною послугою (одна послуга може мати кілька)
staff-dash-field-age_band = Вікова група
staff-dash-field-gender = Гендер
staff-dash-field-citizenship = Громадянство
staff-dash-field-education = Освіта
staff-dash-field-employment = Статус зайнятості
staff-dash-field-type = Тип послуги (SE3)
staff-dash-field-competence = Розглянута компетенція DigComp (SE5)
staff-dash-field-domain = Розглянуті державні послуги (SE6)
staff-dash-unknown = Невідомо
staff-dash-withheld = Подробиці не показано: менше ніж 10 людей або група менше ніж з 5 осіб, яку можна було б упізнати.
staff-dash-own = Ваші центри ({ $count })
staff-dash-up-province = Назад до провінції { $province }
staff-dash-skills = Цифрові навички
staff-dash-skills-counts = Початкових тестів: { $entries }, підсумкових тестів: { $exits }, громадян, які пройшли обидва: { $pairs }. Середні значення за сферами показуються, якщо громадян щонайменше 5.
staff-dash-skills-area = { $area }: середня зміна від початкового до підсумкового тесту, у відсоткових пунктах: { $change }
staff-dash-reports = Звернення щодо державних послуг за період: { $count }
