## The centre's page (`/c/{code}`), rendered by the server (server/src/pages): what a
## poster scan opens, readable before any wasm. Not compiled into the apps.
centre-managed-by = 由 { $organisation } 管理
centre-where = 地址
centre-hours = 开放时间
centre-hours-none = 需要预约：请询问中心。
centre-weekly = 每周 { $hours } 小时
centre-other-sites = 其他服务点
centre-actions = 您可以在这里做什么
centre-poster = 打印带二维码的海报
centre-not-found = 找不到这个中心。请检查海报上写的代码。
action-survey = 测一测您的数字技能
action-survey-text = 十分钟的简单问题，帮您了解从哪里开始。
action-feedback-text = 帮助我们改进 SPID、pagoPA、App IO 和其他服务。
site-main = 主服务点
site-branch = 分服务点
site-mobile = 流动服务点
site-seasonal = 季节性服务点
day-mon = 星期一
day-tue = 星期二
day-wed = 星期三
day-thu = 星期四
day-fri = 星期五
day-sat = 星期六
day-sun = 星期日
action-register-other = 为另一个人注册
action-register-other-text = 这部手机上已经有一个通行证：您也可以为家人或朋友注册。

## /privacy: what Ponte keeps on the phone (rendered by the server).
device-title = 隐私和 Cookie
device-intro = Ponte 不使用用户画像 Cookie，不放广告，也不使用其他网站的工具。在您的手机上，它只保存使用这项服务所需要的东西，外面的任何人都读取不到。
device-cookie = 一个技术性 Cookie“ponte_lang”，记录您选择的语言：有效期一年，只用于本网站。
device-pass = 您的通行证，让您不用重新注册就能登记到访。
device-outbox = 您在没有网络时发送的内容（直到发送成功为止），以及服务器没有接受的内容（直到您看过为止）。
device-visit = 最后一次登记的到访，以及您今天扫描的海报所在的服务点，用来向您提出到访问题，并显示您当时在哪里。
device-survey = 您做技能测试时的回答，方便您从中断的地方继续。
device-notice = 您读过的是哪个版本的隐私告知。
device-id = 一个随机选出的数字，用来区分这部手机，以阻止有人发送过多的请求。
device-forget = 如果要全部删除，请在浏览器设置里清除本网站的数据。在中心的平板电脑上，您做完后所有内容都会自动删除。
device-data = 您提供给中心的数据（codice fiscale、姓名、服务）如何处理，在您所在项目的隐私告知中有说明，就在注册表格里。

## /accessibility: the accessibility statement (AgID model), rendered by the server.
a11y-title = 无障碍声明
a11y-intro = 使用 Ponte 开设数字辅导中心的各个行政机构承诺让它做到无障碍，这是 2004 年 1 月 9 日第 4 号法律的要求。本声明涵盖 Ponte 面向市民的页面（中心页面、注册、通行证、到访登记、技能测试、到访问题、问题反馈）、中心的平板电脑和工作人员管理后台。
a11y-status-title = 合规状况
a11y-status = Ponte 部分符合 UNI CEN/EN 301549 标准（WCAG 2.1，AA 级）的要求，原因是下面列出的无障碍不达标的内容。
a11y-gaps-title = 无障碍不达标的内容
a11y-gap-languages = 面向市民的页面、中心自助平板、工作人员管理后台、无网络时显示的页面和数字技能测试都有八种语言（意大利语、英语、罗马尼亚语、阿尔巴尼亚语、阿拉伯语、乌克兰语、中文和西班牙语）。这些译文还没有经过母语人士审校：如果您发现有错误或不清楚的句子，请把它作为障碍反映给我们。
a11y-gap-camera = 在中心的平板电脑上，可以把通行证对准相机；做不到的人可以输入通行证代码，或者请辅导员帮忙。
a11y-gap-manual = 页面已经用自动化工具测试过，注册、到访登记、技能测试和问题反馈也已经做过只用键盘的测试；用屏幕阅读器的完整测试还没有做。
a11y-method-title = 本声明是怎样制定的
a11y-method = 自我评估，2026 年 12 月 3 日：每次修改时，自动测试都会用 axe-core（WCAG 2.1 A 级和 AA 级规则）并测量控件尺寸（至少 44 × 44 像素），以意大利语和阿拉伯语检查面向市民的页面、中心的平板电脑和工作人员管理后台；一项只用键盘的测试会走完注册、到访登记、技能测试和一次问题反馈；Lighthouse 检查中心页面和注册页面（无障碍得分 100 分，满分 100 分）。
a11y-feedback-title = 反映无障碍问题
a11y-feedback = 如果您遇到障碍，或者有页面无法使用，请写信给您所在项目的管理机构，或者告诉中心的辅导员：他们会马上帮助您，并把反映转交给管理机构。管理机构必须在 30 天内答复您。
a11y-agid = 如果没有收到答复，或者您对答复不满意，可以通过 agid.gov.it 网站，向意大利数字化署（AgID）的数字权益监察员求助。
