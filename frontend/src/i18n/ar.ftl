app-name = Ponte
app-tagline = Punti Digitale Facile
skip-to-content = انتقل إلى المحتوى
language = اللغة
footer-text = Ponte هو البرنامج الحرّ لمراكز المساعدة الرقمية (PNRR M1C1 1.7.2).
loading = جارٍ التحميل…
retry = حاول مرة أخرى
error-network = لا نستطيع الوصول إلى الخادم. تحقّق من الاتصال بالإنترنت وحاول مرة أخرى.
error-generic = حدث خطأ ما. حاول مرة أخرى بعد قليل.

home-title = ابحث عن مركز المساعدة الرقمية المناسب لك
home-intro = في المراكز تجد أشخاصًا يساعدونك مجانًا على استخدام SPID، CIE، App IO، pagoPA، الملف الصحي الإلكتروني وغيرها من الخدمات الرقمية.
home-region = المنطقة
home-region-choose = اختر المنطقة
home-province = المقاطعة
home-province-all = كل المقاطعات
home-search = اسم المركز أو البلدية أو العنوان أو رمز المركز
home-search-hint = مثلًا: مكتبة، Prato، TOS-012
home-choose-region = اختر منطقة لترى مراكزها.
home-results = { $count ->
    [0] لم نجد أي مركز. جرّب إزالة أحد عوامل التصفية.
    [one] وجدنا مركزًا واحدًا
    [two] وجدنا مركزين
    [few] وجدنا { $count } مراكز
    [many] وجدنا { $count } مركزًا
   *[other] وجدنا { $count } مركز
}
home-show-more = اعرض مراكز أخرى

centre-search-other = ابحث عن مركز آخر

action-register = سجّل
action-feedback = أبلِغ عن مشكلة في خدمة رقمية عامة

poster-scan = وجّه كاميرا هاتفك نحو الرمز للتسجيل ولتسجيل زياراتك.
poster-or-visit = أو اذهب إلى
poster-print = اطبع الملصق
poster-back = ارجع إلى صفحة المركز

not-found-title = الصفحة غير موجودة
not-found-text = العنوان الذي فتحته غير موجود.

## Centre page: the one-tap check-in
checkin-button = سجّل زيارتي
outbox-waiting = في انتظار الإرسال: { $what }.
outbox-waiting-checkin = { $count ->
    [one] زيارة واحدة
    [two] زيارتان
    [few] { $count } زيارات
    [many] { $count } زيارة
   *[other] { $count } زيارة
}
outbox-waiting-survey = { $count ->
    [one] اختبار مهارات واحد
    [two] اختباران للمهارات
    [few] { $count } اختبارات للمهارات
    [many] { $count } اختبارًا للمهارات
   *[other] { $count } اختبار للمهارات
}
outbox-waiting-feedback = { $count ->
    [one] بلاغ واحد
    [two] بلاغان
    [few] { $count } بلاغات
    [many] { $count } بلاغًا
   *[other] { $count } بلاغ
}
outbox-waiting-experience = { $count ->
    [one] استبيان واحد عن الزيارة
    [two] استبيانان عن الزيارات
    [few] { $count } استبيانات عن الزيارات
    [many] { $count } استبيانًا عن الزيارات
   *[other] { $count } استبيان عن الزيارات
}
experience-offer = كيف كانت زيارتك؟ أجب عن 6 أسئلة (دقيقة واحدة)
footer-privacy = الخصوصية وملفات تعريف الارتباط (cookie)
footer-a11y = سهولة الوصول
display-choice = طريقة العرض
display-large = نص أكبر
display-contrast = تباين عالٍ
