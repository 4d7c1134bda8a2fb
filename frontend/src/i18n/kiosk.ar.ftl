# La postazione del centro (tablet): solo nell'app della postazione.

kiosk-title = الجهاز اللوحي للمركز
kiosk-choose-language = اختر اللغة

## Collegare il tablet al centro
kiosk-pair-title = اربط هذا الجهاز اللوحي بالمركز
kiosk-pair-text = اطلب من المُيسِّر الرمز المكوّن من ستة أحرف الذي يظهر في لوحة تحكّم المركز، في قسم «Postazioni». الرمز صالح لمدة 10 دقائق.
kiosk-pair-code = رمز الربط
kiosk-pair-button = اربط الجهاز اللوحي
kiosk-pair-invalid = الرمز مكوّن من 6 خانات، حروف وأرقام، كما يظهر في لوحة التحكّم.
kiosk-pair-unknown = الرمز غير صالح أو انتهت مدّته (صالح لمدة 10 دقائق): اطلب رمزًا جديدًا من المُيسِّر.
kiosk-pair-wait = محاولات كثيرة جدًا: انتظر دقيقة وحاول مرة أخرى.
kiosk-pair-revoked = ألغى المركز ربط هذا الجهاز اللوحي. لاستخدامه مرة أخرى، اطلب رمزًا جديدًا من المُيسِّر.

## La pagina iniziale
kiosk-welcome = اضغط على ما تريد أن تفعله. عندما تنتهي، اضغط على «انتهيت»: تُمسح الشاشة للشخص الذي بعدك.
kiosk-register = سجّل
kiosk-register-text = أول مرة هنا: احصل على بطاقتك.
kiosk-checkin = سجّل زيارتك
kiosk-checkin-text = لديك بطاقة بالفعل: اعرضها أمام الكاميرا أو اكتب رمزها.
kiosk-survey = ما مدى قدرتك على استخدام الأدوات الرقمية؟
kiosk-survey-text = اختبار قصير لتعرف من أين تبدأ.
kiosk-feedback = أبلِغ عن مشكلة
kiosk-feedback-text = في SPID، CIE، App IO، pagoPA، الملف الصحي الإلكتروني، INPS وغيرها من الخدمات العامة.
kiosk-phone = استخدم هاتفك
kiosk-phone-text = وجّه كاميرا هاتفك نحو هذا الرمز: ستُفتح صفحة المركز.
kiosk-phone-alt = رمز QR لصفحة المركز

## Segnare la visita con il pass
kiosk-checkin-show = اعرض رمز QR الموجود على بطاقتك أمام الكاميرا.
kiosk-checkin-type = أو اكتب الرمز الموجود تحت رمز QR (8 حروف وأرقام)
kiosk-checkin-unknown = لا توجد بطاقة بهذا الرمز. تحقّق من الحروف أو اسأل المُيسِّر.
kiosk-checkin-not-a-pass = رمز QR هذا ليس بطاقة Ponte. اعرض رمز QR الموجود على بطاقتك.
kiosk-checkin-finish = عندما تنتهي، اضغط على «انتهيت».

## Fine e cancellazione
kiosk-finish = انتهيت
kiosk-idle-warning = { $seconds ->
    [zero] ستُمسح الشاشة الآن للشخص التالي.
    [one] بعد ثانية واحدة ستُمسح الشاشة للشخص التالي.
    [two] بعد ثانيتين ستُمسح الشاشة للشخص التالي.
    [few] بعد { $seconds } ثوانٍ ستُمسح الشاشة للشخص التالي.
    [many] بعد { $seconds } ثانية ستُمسح الشاشة للشخص التالي.
   *[other] بعد { $seconds } ثانية ستُمسح الشاشة للشخص التالي.
}
kiosk-idle-stay = تابع، ما زلت هنا
