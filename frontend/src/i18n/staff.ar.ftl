# The staff console (bin ponte-staff): Arabic (Modern Standard Arabic).
staff-title = لوحة تحكّم المركز
staff-tagline = لوحة تحكّم المركز
staff-signed-out = انتهت الجلسة: سجّل الدخول مرة أخرى.
staff-login-title = سجّل الدخول إلى لوحة التحكّم
staff-email = البريد الإلكتروني
staff-password = كلمة المرور
staff-login-button = سجّل الدخول
staff-login-wrong = البريد الإلكتروني أو كلمة المرور غير صحيحة.
staff-login-locked = محاولات خاطئة كثيرة جدًا: حاول مرة أخرى بعد 15 دقيقة.
staff-signed-in-as = { $email } · { $role }
staff-role-admin = مدير النظام
staff-role-region = مسؤول المنطقة
staff-role-coordinator = منسّق
staff-role-facilitator = مُيسِّر
staff-sign-out = سجّل الخروج
staff-centre = المركز
staff-today-title = اليوم في المركز
staff-today-count = { $visits ->
    [0] لا توجد زيارات
    [one] زيارة واحدة
    [two] زيارتان
    [few] { $visits } زيارات
    [many] { $visits } زيارة
   *[other] { $visits } زيارة
} · { $services ->
    [0] لا توجد خدمات
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $services } خدمات
    [many] { $services } خدمة
   *[other] { $services } خدمة
}
staff-today-none = الزيارات المسجّلة اليوم تظهر هنا تلقائيًا، خلال ثوانٍ قليلة.
staff-gender-A = امرأة
staff-gender-B = رجل
staff-gender-C = غير ثنائي الجنس
staff-gender-D = الجنس غير مذكور
staff-age-1 = 18–29 سنة
staff-age-2 = 30–54 سنة
staff-age-3 = 55–74 سنة
staff-age-4 = 75 سنة فأكثر
staff-age-5 = 14–17 سنة
staff-first-visit = الزيارة الأولى
staff-returning = زيارة متكرّرة
staff-services-done = { $count ->
    [one] خدمة مسجّلة
    [two] خدمتان مسجّلتان
    [few] { $count } خدمات مسجّلة
    [many] { $count } خدمة مسجّلة
   *[other] { $count } خدمة مسجّلة
}
staff-services-none = لا توجد خدمة
staff-finder-title = ابحث بالبطاقة
staff-pass-code = رمز البطاقة
staff-find = ابحث
staff-scan = امسح البطاقة
staff-scan-stop = أغلق الكاميرا
staff-citizen = تمّ العثور على المواطن
staff-visits-here = { $count ->
    [0] لم يأتِ إلى هنا من قبل
    [one] زيارة واحدة هنا
    [two] زيارتان هنا
    [few] { $count } زيارات هنا
    [many] { $count } زيارة هنا
   *[other] { $count } زيارة هنا
}
staff-pass-revoked = أُلغيت هذه البطاقة: استخدم البطاقة الجديدة.
staff-pick = أضِف إلى الخدمة
staff-unpick = أزِل من الخدمة
staff-no-visit-today = لم تُسجَّل زيارة هذا المواطن اليوم بعد.
staff-desk-checkin = سجّل الزيارة الآن
staff-done = تمّ
staff-service-title = سجّل خدمة
staff-service-pick = اختر زيارة أو أكثر من قائمة اليوم، أو ابحث عن المواطن بالبطاقة.
staff-service-for = { $count ->
    [one] لمواطن واحد
    [two] لمواطنَين اثنين (خدمة جماعية)
    [few] لـ { $count } مواطنين (خدمة جماعية)
    [many] لـ { $count } مواطنًا (خدمة جماعية)
   *[other] لـ { $count } مواطن (خدمة جماعية)
}
staff-service-duration = المدة (ساعات:دقائق)
staff-service-duration-hint = مثلًا 0:45 أو 1:30.
staff-service-types = نوع الخدمة (SE3)
staff-service-competences = الكفاءات التي تمّ تناولها (SE5)
staff-service-domains = الخدمات العامة التي تمّ تناولها (SE6)
staff-service-details = التفاصيل (SE7، اختياري)
staff-service-details-hint = عدد الحروف: { $count } من { $max }. لا تكتب بيانات شخصية: أرقام الـ codice fiscale والبريد الإلكتروني والهاتف تُخفى، أما أسماء الأشخاص فلا تُخفى.
staff-service-record = سجّل الخدمة
staff-service-done = { $count ->
    [one] تمّ تسجيل الخدمة لمواطن واحد.
    [two] تمّ تسجيل الخدمة لمواطنَين اثنين.
    [few] تمّ تسجيل الخدمة لـ { $count } مواطنين.
    [many] تمّ تسجيل الخدمة لـ { $count } مواطنًا.
   *[other] تمّ تسجيل الخدمة لـ { $count } مواطن.
}
staff-service-invalid-date = التاريخ غير صالح.
staff-service-invalid-duration = اكتب المدة بالساعات والدقائق، من 0:01 إلى 12:00.
staff-service-invalid-types = اختر النوع: لأكثر من مواطن، التيسير الجماعي (Facilitazione di gruppo).
staff-service-invalid-competences = اختر كفاءة واحدة على الأقل.
staff-service-invalid-domains = اختر خدمة عامة واحدة على الأقل (أو «لا شيء مما سبق»).
staff-service-invalid-details = الحد الأقصى للتفاصيل 600 حرف.
staff-service-invalid-visits = اختر زيارات اليوم في هذا المركز، وكل مواطن مرة واحدة فقط.
staff-lost-title = بطاقة مفقودة
staff-lost-hint = البطاقة المفقودة تتوقّف عن العمل، ويحصل الشخص نفسه على بطاقة جديدة.
staff-lost-button = ألغِ البطاقة وأعطِ بطاقة جديدة
staff-lost-done = البطاقة الجديدة جاهزة. البطاقة القديمة لم تعد تعمل.
staff-card-hint = اعرض هذا الرمز في المركز لتسجيل زيارتك.
staff-print = اطبع البطاقة (A6)
staff-reports-title = البلاغات عن الخدمات العامة
staff-reports-status = الحالة
staff-reports-service = الخدمة
staff-reports-category = المشكلة
staff-reports-all = الكل
staff-reports-none = لا توجد بلاغات بعوامل التصفية هذه.
staff-status-new = جديد
staff-status-reviewed = مقروء
staff-status-hidden = مخفي
staff-report-severity = الخطورة { $severity } من 5
staff-report-contact = ترك وسيلة اتصال
staff-report-reply = ردّ أو ملاحظة
staff-report-mark-reviewed = علِّم كمقروء
staff-report-hide = أخفِ
staff-report-unhide = أعِده إلى البلاغات الجديدة
staff-signup-title = سجّل مواطنًا في مكتب المركز
staff-signup-hint = لمن ليس لديه هاتف أو يفضّل أن يحصل على مساعدة. تُطبع البطاقة ولا تبقى على الجهاز اللوحي.
staff-signup-open = افتح الاستمارة
staff-signup-close = أغلق الاستمارة
staff-signup-notice = دع المواطن يقرأ إشعار الخصوصية على الشاشة، أو سلّمه نسخة مطبوعة منه.
staff-signup-paper = تمّ تسليم إشعار الخصوصية مطبوعًا على الورق
staff-signup-read = قرأ المواطن إشعار الخصوصية
staff-signup-send = سجّل وأنشئ البطاقة
staff-signup-done = تمّ التسجيل. اطبع البطاقة وسلّمها إلى المواطن.
staff-accounts-title = حسابات الموظفين
staff-accounts-none = لا توجد حسابات لإدارتها.
staff-account-disabled = معطَّل
staff-account-disable = عطِّل
staff-account-disable-who = عطِّل { $email }
staff-account-new = حساب جديد
staff-account-role = الدور
staff-account-centres = المراكز
staff-account-create = أنشئ الحساب
staff-account-made = تمّ إنشاء الحساب { $email }. كلمة المرور تظهر الآن فقط: سلّمها إلى الشخص المعني.
staff-account-programme = البرنامج (المنطقة)
staff-events-title = فعاليات المركز
staff-events-none = لا توجد فعاليات هذا الأسبوع.
staff-event-count = { $present ->
    [one] حاضر واحد
    [two] حاضران
    [few] { $present } حاضرين
    [many] { $present } حاضرًا
   *[other] { $present } حاضر
} · على قائمة الانتظار: { $waiting }
staff-event-closed = أُغلقت: تمّ تسجيل الخدمة الجماعية.
staff-event-poster = اعرض اللافتة
staff-event-close = أغلق وسجّل الخدمة
staff-event-qr = رمز QR لتسجيل الحضور
staff-event-scan = امسح الرمز لتسجيل حضورك.
staff-event-new = فعالية جديدة
staff-event-name = العنوان
staff-event-kind = نوع الفعالية
staff-event-kind-course = دورة
staff-event-kind-group = لقاء جماعي
staff-event-kind-mobile = نقطة متنقّلة (خيمة، شاحنة صغيرة)
staff-event-kind-seasonal = نقطة موسمية
staff-event-date = التاريخ
staff-event-start = البداية
staff-event-end = النهاية
staff-event-capacity = عدد الأماكن (اختياري)
staff-event-create = أنشئ الفعالية
staff-event-place = المكان (اتركه فارغًا: في المركز)
staff-event-close-confirm = هل تريد إغلاق الفعالية وتسجيل الخدمة؟ من يصل بعد ذلك لن يستطيع تسجيل حضوره.
staff-event-people = من حضر
staff-event-waiting = على قائمة الانتظار
staff-event-present = حاضر
staff-event-let-in = اسمح بالدخول
staff-event-add = أضِف بالرمز
staff-event-csv = نزّل القائمة (CSV)

## Kiosks (the centre's tablets)
staff-kiosks-title = الأجهزة اللوحية للمركز (Postazioni)
staff-kiosks-hint = يصبح الجهاز اللوحي للمركز نقطة خدمة ذاتية للمواطنين: افتح عليه العنوان /kiosk واكتب رمز الربط.
staff-kiosks-pair = اربط جهازًا لوحيًا
staff-kiosks-code = الرمز الذي تكتبه على الجهاز اللوحي:
staff-kiosks-code-until = (صالح حتى الساعة { $time })
staff-kiosks-none = لا يوجد جهاز لوحي مربوط.
staff-kiosks-item = الجهاز اللوحي رقم { $id } · آخر استخدام: { $time }
staff-kiosks-revoked = أُلغي الربط
staff-kiosks-revoke = ألغِ الربط
staff-kiosks-revoke-confirm = اضغط مرة أخرى لإلغاء ربطه
staff-kiosks-idle = عدد الثواني بدون لمس قبل أن تُمسح الشاشة
staff-kiosks-idle-save = احفظ
staff-kiosks-idle-saved = تمّ الحفظ: عدد الثواني { $seconds }. تطبّقه الأجهزة اللوحية ابتداءً من الشخص التالي.
staff-kiosks-idle-invalid = اختر عددًا من الثواني بين { $min } و { $max }.

## Programme progress (region)
staff-progress-title = التقدّم: { $programme }
staff-progress-province = المقاطعة
staff-progress-all = البرنامج كلّه
staff-progress-citizens = المواطنون الجدد في البرنامج (عند أول زيارة): { $done } من { $goal } بحلول { $date }
staff-progress-services = الخدمات: { $done } من { $goal }
staff-progress-services-plain = الخدمات المسجّلة: { $done }
staff-progress-no-target = ليست للبرنامج أهداف مرتبطة بتواريخ.
staff-progress-pace = المعدّل الأسبوعي في الأسابيع الأربعة الأخيرة: المواطنون الجدد { $citizens }، الخدمات { $services }.
staff-progress-forecast = بهذه الوتيرة يتحقّق الهدف الخاص بالمواطنين في { $date }.
staff-progress-forecast-never = بهذه الوتيرة لن يتحقّق الهدف الخاص بالمواطنين: يلزم إقبال أكبر.
staff-progress-met = تحقّق الهدف الخاص بالمواطنين.
staff-progress-risk-title = المراكز المتأخّرة عن حصّتها
staff-progress-risk-none = لا يوجد مركز متأخّر.
staff-progress-risk-count = { $count ->
    [one] مركز واحد متأخّر؛ الأكثر تأخّرًا أولًا.
    [two] مركزان متأخّران؛ الأكثر تأخّرًا أولًا (أول 10).
    [few] { $count } مراكز متأخّرة؛ الأكثر تأخّرًا أولًا (أول 10).
    [many] { $count } مركزًا متأخّرًا؛ الأكثر تأخّرًا أولًا (أول 10).
   *[other] { $count } مركز متأخّر؛ الأكثر تأخّرًا أولًا (أول 10).
}
staff-progress-risk-item = { $name } ({ $code }): المطلوب أسبوعيًا من المواطنين الجدد { $required }، والذين يصلون فعلًا { $recent }.
staff-progress-chart = المواطنون الذين تمّ الوصول إليهم أسبوعًا بعد أسبوع، مع الخط المؤدّي إلى الهدف
staff-progress-programme = البرنامج

## The month's national file
staff-exports-title = ملف المنصة الوطنية
staff-exports-hint = ملف الشهر بصيغة الرفع الجماعي (caricamento massivo): سطر واحد لكل مواطن وخدمة، و 9000 سطر كحد أقصى لكل ملف. كل ملف يتمّ تنزيله يبقى مسجّلًا.
staff-exports-month = الشهر
staff-exports-summary = الخدمات: { $services }، الأسطر: { $rows }. المستبعَد: { $left } من المواطنين بدون codice fiscale؛ { $flagged } من المشاركات التي لا يمكن تصديرها (بسبب العمر أو فترة البرنامج){ $purged ->
    [0] .
    [one] ؛ ومواطن واحد حُذف اسمه بموجب قاعدة مدة الاحتفاظ بالبيانات: سجّله من جديد في مكتب المركز، مع وثيقة هويته، قبل تنزيل الملف، لكي يُحتسب في التقرير.
    [two] ؛ ومواطنان حُذف اسماهما بموجب قاعدة مدة الاحتفاظ بالبيانات: سجّلهما من جديد في مكتب المركز، مع وثيقتَي هويتهما، قبل تنزيل الملف، لكي يُحتسبا في التقرير.
   *[other] ؛ و { $purged } من المواطنين حُذفت أسماؤهم بموجب قاعدة مدة الاحتفاظ بالبيانات: سجّلهم من جديد في مكتب المركز، مع وثائق هويتهم، قبل تنزيل الملف، لكي يُحتسبوا في التقرير.
}
staff-exports-download = نزّل { $name } (الأسطر: { $rows })
staff-exports-log = الملفات التي نُزّلت من قبل
staff-exports-log-item = { $who }، في { $time }: الشهر { $month }، الأسطر: { $rows }، SHA-256 { $sha }…
staff-report-title = تقرير الشهر لكل مركز (الزيارات، المواطنون، الخدمات):
staff-share-centre = حصّة مركز: الرمز (مثلًا TOS-001)
staff-share-citizens = عدد المواطنين المطلوب الوصول إليهم (اتركه فارغًا: الحصّة من ملف الاستيراد أو أجزاء متساوية)
staff-share-save = احفظ الحصّة
staff-share-saved = تمّ حفظ الحصّة: أُعيد حساب المراكز المتأخّرة.

## The dashboard
staff-dash-title = لوحة المؤشّرات: الإقبال والخدمات
staff-dash-from = من
staff-dash-to = إلى
staff-dash-by = حسب
staff-dash-by-day = يوميًا
staff-dash-by-week = أسبوعيًا
staff-dash-by-month = شهريًا
staff-dash-show = اعرض
staff-dash-up = ارجع إلى البرنامج كلّه
staff-dash-up-own = ارجع إلى كل مراكزك
staff-dash-scope = { $scope }، من { $from } إلى { $to }. بدون تواريخ: آخر 30 يومًا؛ عند العرض حسب الأسبوع أو الشهر تتّسع الفترة لتشمل أسابيع أو أشهرًا كاملة.
staff-dash-totals = مجموع الفترة
staff-dash-period = الفترة
staff-dash-all = الفترة كلّها
staff-dash-parts = مستوى واحد إلى الأسفل: اختر صفًّا لترى تفاصيله
staff-dash-part = المكان
staff-dash-citizens = المواطنون دون تكرار
staff-dash-new = الجدد في البرنامج
staff-dash-visits = الزيارات
staff-dash-services = الخدمات
staff-dash-participations = المشاركات
staff-dash-series-day = يومًا بيوم (الأحدث أولًا)
staff-dash-series-week = أسبوعًا بأسبوع، ابتداءً من الاثنين (الأحدث أولًا)
staff-dash-series-month = شهرًا بشهر (الأحدث أولًا)
staff-dash-people = من تمّ الوصول إليهم (المواطنون الجدد في البرنامج)
staff-dash-months = الجداول أدناه تحسب أشهرًا كاملة، من { $from } إلى { $to }: قد لا تتطابق مع مجاميع الفترة المختارة.
staff-dash-small = في الخدمات، يظهر العدد الأقل من 5 هكذا: «< 5». في بيانات الأشخاص، لا يُعرض الجدول الذي يضمّ أقل من 10 أشخاص، أو فيه مجموعة من أقل من 5: فمن المجموع يمكن معرفة هويّاتهم. «—»: يُعدّ المواطنون دون تكرار خلال يوم أو أسبوع أو شهر؛ ولا تُجمع أعدادهم عبر عدة فترات (من يعود سيُحسب أكثر من مرة).
staff-dash-services-by = الخدمات حسب النوع والكفاءة والخدمة العامة (قد يكون للخدمة الواحدة أكثر من قيمة)
staff-dash-field-age_band = الفئة العمرية
staff-dash-field-gender = الجنس
staff-dash-field-citizenship = الجنسية
staff-dash-field-education = الشهادة الدراسية
staff-dash-field-employment = الوضع المهني
staff-dash-field-type = نوع الخدمة (SE3)
staff-dash-field-competence = كفاءة DigComp التي تمّ تناولها (SE5)
staff-dash-field-domain = الخدمات العامة التي تمّ تناولها (SE6)
staff-dash-unknown = غير معروف
staff-dash-withheld = التفاصيل غير معروضة: أقل من 10 أشخاص، أو مجموعة من أقل من 5 يمكن التعرّف عليهم.
staff-dash-own = مراكزك ({ $count })
staff-dash-up-province = ارجع إلى مقاطعة { $province }
staff-dash-skills = المهارات الرقمية
staff-dash-skills-counts = اختبارات البداية: { $entries }، الاختبارات النهائية: { $exits }، المواطنون الذين أجروا الاختبارين: { $pairs }. تُعرض المتوسطات حسب المجال ابتداءً من 5 مواطنين فأكثر.
staff-dash-skills-area = { $area }: متوسط التغيّر بين البداية والنهاية { $change } نقطة مئوية
staff-dash-reports = البلاغات عن الخدمات العامة في هذه الفترة: { $count }
