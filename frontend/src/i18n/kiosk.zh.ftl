# The centre's tablet kiosk: only in the kiosk app.

kiosk-title = 中心自助平板
kiosk-choose-language = 选择语言

## Pairing the tablet with the centre
kiosk-pair-title = 把这台平板电脑连接到中心
kiosk-pair-text = 请向辅导员要一个六位字符的代码，它显示在中心管理后台的“自助平板”（意大利语为“Postazioni”）栏目里。代码 10 分钟内有效。
kiosk-pair-code = 连接代码
kiosk-pair-button = 连接平板电脑
kiosk-pair-invalid = 代码有 6 个字符，由字母和数字组成，和管理后台上显示的一样。
kiosk-pair-unknown = 代码无效或已过期（10 分钟内有效）：请向辅导员要一个新代码。
kiosk-pair-wait = 尝试次数太多：请等一分钟再试。
kiosk-pair-revoked = 中心已经断开了这台平板电脑。如果要再次使用，请向辅导员要一个新代码。

## The first page
kiosk-welcome = 请轻点您想做的事。做完后，请轻点“我已完成”：屏幕会清空，留给下一位使用。
kiosk-register = 注册
kiosk-register-text = 第一次来这里：领取您的通行证。
kiosk-checkin = 登记您的到访
kiosk-checkin-text = 您已经有通行证：把它对准相机，或者输入代码。
kiosk-survey = 您用数字工具的能力怎么样？
kiosk-survey-text = 一个简短的测试，帮您找到从哪里开始。
kiosk-feedback = 反映问题
kiosk-feedback-text = 关于 SPID、CIE、App IO、pagoPA、电子健康档案、INPS 和其他公共服务。
kiosk-phone = 用您自己的手机
kiosk-phone-text = 用手机相机扫描这个二维码：就会打开中心的页面。
kiosk-phone-alt = 中心页面的二维码

## Recording a visit with a pass
kiosk-checkin-show = 把您通行证上的二维码对准相机。
kiosk-checkin-type = 或者输入二维码下面的代码（8 位字母和数字）
kiosk-checkin-unknown = 没有这个代码的通行证。请检查字母，或者询问辅导员。
kiosk-checkin-not-a-pass = 这个二维码不是 Ponte 通行证。请出示您通行证上的二维码。
kiosk-checkin-finish = 做完后，请轻点“我已完成”。

## Finishing and clearing
kiosk-finish = 我已完成
kiosk-idle-warning = { $seconds ->
   *[other] { $seconds } 秒后，屏幕会清空，留给下一位使用。
}
kiosk-idle-stay = 继续，我还在
