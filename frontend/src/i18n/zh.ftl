app-name = Ponte
app-tagline = Punti Digitale Facile
skip-to-content = 跳到正文
language = 语言
footer-text = Ponte 是数字辅导中心使用的自由软件（PNRR M1C1 1.7.2）。
loading = 正在加载…
retry = 重试
error-network = 我们连接不上服务器。请检查网络连接，然后再试一次。
error-generic = 出了点问题。请稍后再试。

home-title = 找到您附近的数字辅导中心
home-intro = 在这些中心，有工作人员免费帮助您使用 SPID、CIE、App IO、pagoPA、电子健康档案和其他数字服务。
home-region = 大区
home-region-choose = 选择大区
home-province = 省
home-province-all = 所有省份
home-search = 中心的名称、市镇、地址或代码
home-search-hint = 例如：biblioteca（图书馆）、Prato、TOS-012
home-choose-region = 请选择一个大区，查看那里的中心。
home-results = { $count ->
    [0] 没有找到中心。请试着去掉一个筛选条件。
   *[other] 找到 { $count } 个中心
}
home-show-more = 显示更多中心

centre-search-other = 查找其他中心

action-register = 注册
action-feedback = 反映公共数字服务的问题

poster-scan = 用手机相机扫描这个二维码，就可以注册并登记您的每次到访。
poster-or-visit = 或者访问
poster-print = 打印海报
poster-back = 返回中心页面

not-found-title = 找不到页面
not-found-text = 您打开的地址不存在。

## Centre page: the one-tap check-in
checkin-button = 登记我的到访
outbox-waiting = 等待发送：{ $what }。
outbox-waiting-checkin = { $count ->
   *[other] { $count } 次到访
}
outbox-waiting-survey = { $count ->
   *[other] { $count } 次技能测试
}
outbox-waiting-feedback = { $count ->
   *[other] { $count } 条问题反馈
}
outbox-waiting-experience = { $count ->
   *[other] { $count } 份到访问卷
}
experience-offer = 这次到访怎么样？请回答 6 个问题（1 分钟）
footer-privacy = 隐私和 Cookie
footer-a11y = 无障碍
display-choice = 显示
display-large = 放大文字
display-contrast = 高对比度
