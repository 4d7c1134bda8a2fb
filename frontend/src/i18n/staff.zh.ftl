# The staff console (bin ponte-staff): Simplified Chinese.
staff-title = 中心管理后台
staff-tagline = 中心管理后台
staff-signed-out = 会话已结束：请重新登录。
staff-login-title = 登录管理后台
staff-email = 电子邮箱
staff-password = 密码
staff-login-button = 登录
staff-login-wrong = 电子邮箱或密码不正确。
staff-login-locked = 错误尝试次数太多：请 15 分钟后再试。
staff-signed-in-as = { $email } · { $role }
staff-role-admin = 管理员
staff-role-region = 大区负责人
staff-role-coordinator = 协调员
staff-role-facilitator = 辅导员
staff-sign-out = 退出登录
staff-centre = 中心
staff-today-title = 中心今日情况
staff-today-count = { $visits ->
    [0] 没有到访
   *[other] { $visits } 次到访
} · { $services ->
    [0] 没有服务
   *[other] { $services } 项服务
}
staff-today-none = 今天登记的到访会在几秒钟内自动显示在这里。
staff-gender-A = 女性
staff-gender-B = 男性
staff-gender-C = 非二元性别
staff-gender-D = 未说明性别
staff-age-1 = 18–29 岁
staff-age-2 = 30–54 岁
staff-age-3 = 55–74 岁
staff-age-4 = 75 岁及以上
staff-age-5 = 14–17 岁
staff-first-visit = 首次到访
staff-returning = 再次到访
staff-services-done = { $count ->
   *[other] 已记录 { $count } 项服务
}
staff-services-none = 没有服务
staff-finder-title = 用通行证查找
staff-pass-code = 通行证代码
staff-find = 查找
staff-scan = 扫描通行证
staff-scan-stop = 关闭相机
staff-citizen = 已找到市民
staff-visits-here = { $count ->
    [0] 从未来过这里
   *[other] 在这里到访 { $count } 次
}
staff-pass-revoked = 这个通行证已作废：请使用新的通行证。
staff-pick = 加入服务
staff-unpick = 从服务中移除
staff-no-visit-today = 此人今天还没有登记到访。
staff-desk-checkin = 现在登记到访
staff-done = 完成
staff-service-title = 记录服务
staff-service-pick = 请从今天的到访列表中选择一次或多次到访，或用通行证查找市民。
staff-service-for = { $count ->
    [1] 服务对象：1 位市民
   *[other] 服务对象：{ $count } 位市民（小组服务）
}
staff-service-duration = 时长（小时:分钟）
staff-service-duration-hint = 例如 0:45 或 1:30。
staff-service-types = 服务类型（SE3）
staff-service-competences = 涉及的能力（SE5）
staff-service-domains = 涉及的公共服务（SE6）
staff-service-details = 详细说明（SE7，可选）
staff-service-details-hint = { $count } / { $max } 个字符。请不要写个人信息：codice fiscale（意大利税号）、电子邮箱和电话号码会被隐藏，但人名不会。
staff-service-record = 记录服务
staff-service-done = { $count ->
   *[other] 已为 { $count } 位市民记录服务。
}
staff-service-invalid-date = 日期无效。
staff-service-invalid-duration = 请用小时和分钟填写时长，范围为 0:01 到 12:00。
staff-service-invalid-types = 请选择类型：服务多位市民时，请选“Facilitazione di gruppo”（小组辅导）。
staff-service-invalid-competences = 请至少选择一项能力。
staff-service-invalid-domains = 请至少选择一项公共服务（或“以上都不是”）。
staff-service-invalid-details = 详细说明最多 600 个字符。
staff-service-invalid-visits = 请选择今天在本中心的到访，每位市民只选一次。
staff-lost-title = 通行证丢失
staff-lost-hint = 丢失的通行证将停止使用，同一个人会得到一个新的通行证。
staff-lost-button = 作废并发放新通行证
staff-lost-done = 新通行证已准备好。旧通行证已不能再使用。
staff-card-hint = 在中心出示这个代码，即可登记到访。
staff-print = 打印卡片（A6）
staff-reports-title = 公共服务问题反馈
staff-reports-status = 状态
staff-reports-service = 服务
staff-reports-category = 问题
staff-reports-all = 全部
staff-reports-none = 没有符合这些筛选条件的反馈。
staff-status-new = 新反馈
staff-status-reviewed = 已读
staff-status-hidden = 已隐藏
staff-report-severity = 严重程度 { $severity }（满分 5）
staff-report-contact = 留下了联系方式
staff-report-reply = 回复或备注
staff-report-mark-reviewed = 标为已读
staff-report-hide = 隐藏
staff-report-unhide = 放回新反馈
staff-signup-title = 在服务台为市民注册
staff-signup-hint = 适用于没有手机或希望有人帮忙的人。通行证会打印出来，不会保存在平板电脑上。
staff-signup-open = 打开表格
staff-signup-close = 关闭表格
staff-signup-notice = 请让市民在屏幕上阅读隐私告知，或交给对方一份纸质版。
staff-signup-paper = 已提供纸质版隐私告知
staff-signup-read = 市民已阅读隐私告知
staff-signup-send = 注册并生成通行证
staff-signup-done = 注册完成。请打印通行证并交给市民。
staff-accounts-title = 工作人员账户
staff-accounts-none = 没有需要管理的账户。
staff-account-disabled = 已停用
staff-account-disable = 停用
staff-account-disable-who = 停用 { $email }
staff-account-new = 新建账户
staff-account-role = 角色
staff-account-centres = 中心
staff-account-create = 创建账户
staff-account-made = 账户 { $email } 已创建。密码只在此时显示：请交给本人。
staff-account-programme = 项目（大区）
staff-events-title = 中心的活动
staff-events-none = 本周没有活动。
staff-event-count = { $present ->
   *[other] { $present } 人出席
} · 候补名单 { $waiting } 人
staff-event-closed = 已关闭：小组服务已记录。
staff-event-poster = 显示告示牌
staff-event-close = 关闭并记录服务
staff-event-qr = 登记出席用的 QR 码
staff-event-scan = 扫描这个码，登记您的出席。
staff-event-new = 新建活动
staff-event-name = 标题
staff-event-kind = 活动类型
staff-event-kind-course = 课程
staff-event-kind-group = 小组活动
staff-event-kind-mobile = 流动服务点（帐篷、服务车）
staff-event-kind-seasonal = 季节性服务点
staff-event-date = 日期
staff-event-start = 开始
staff-event-end = 结束
staff-event-capacity = 名额（可选）
staff-event-create = 创建活动
staff-event-place = 地点（留空：在中心）
staff-event-close-confirm = 要关闭活动并记录服务吗？之后到达的人将无法再登记出席。
staff-event-people = 到场人员
staff-event-waiting = 候补中
staff-event-present = 已出席
staff-event-let-in = 允许入场
staff-event-add = 用代码添加
staff-event-csv = 下载名单（CSV）

## 自助平板（中心的平板电脑）
staff-kiosks-title = 自助平板
staff-kiosks-hint = 中心的平板电脑可以变成供市民使用的自助平板：在平板电脑上打开地址 /kiosk，然后输入连接代码。
staff-kiosks-pair = 连接平板电脑
staff-kiosks-code = 要在平板电脑上输入的代码：
staff-kiosks-code-until = （有效期至 { $time }）
staff-kiosks-none = 没有已连接的平板电脑。
staff-kiosks-item = 平板电脑 { $id } 号 · 最后使用：{ $time }
staff-kiosks-revoked = 已断开
staff-kiosks-revoke = 断开连接
staff-kiosks-revoke-confirm = 再轻点一次即可断开
staff-kiosks-idle = 无人触碰多少秒后清空屏幕
staff-kiosks-idle-save = 保存
staff-kiosks-idle-saved = 已保存：{ $seconds } 秒。平板电脑从下一位使用者开始应用此设置。
staff-kiosks-idle-invalid = 请选择 { $min } 到 { $max } 之间的秒数。

## 项目进度（大区）
staff-progress-title = 进度：{ $programme }
staff-progress-province = 省
staff-progress-all = 整个项目
staff-progress-citizens = 项目新增市民（按首次到访计）：已有 { $done } 人，目标为 { $date } 前达到 { $goal } 人
staff-progress-services = 服务：{ $done } / { $goal }
staff-progress-services-plain = 已记录服务：{ $done }
staff-progress-no-target = 本项目没有设定日期的目标。
staff-progress-pace = 最近四周，每周平均：新增市民 { $citizens } 人，服务 { $services } 项。
staff-progress-forecast = 按目前的速度，市民目标将在 { $date } 达成。
staff-progress-forecast-never = 按目前的速度，市民目标无法达成：需要更多人前来。
staff-progress-met = 市民目标已达成。
staff-progress-risk-title = 进度落后于配额的中心
staff-progress-risk-none = 没有进度落后的中心。
staff-progress-risk-count = { $count ->
    [1] 1 个中心进度落后。
   *[other] { $count } 个中心进度落后；最落后的排在最前面（只列出前 10 个）。
}
staff-progress-risk-item = { $name }（{ $code }）：每周需要 { $required } 位新市民，实际来了 { $recent } 位。
staff-progress-chart = 每周覆盖的市民人数，以及通往目标的进度线
staff-progress-programme = 项目

## 本月的国家平台文件
staff-exports-title = 国家平台文件
staff-exports-hint = 本月的文件，采用批量上传格式：每位市民的每项服务占一行，每个文件最多 9000 行。每次下载文件都会被记录。
staff-exports-month = 月份
staff-exports-summary = { $services } 项服务，{ $rows } 行。未包含：{ $left } 位没有 codice fiscale 的市民；{ $flagged } 条无法导出的参与记录（年龄或项目期限不符）{ $purged ->
    [0] 。
   *[other] ；{ $purged } 位市民的姓名已按保存期限规定删除：要上报他们，请在下载文件之前，在服务台凭其证件为他们重新注册。
}
staff-exports-download = 下载 { $name }（{ $rows } 行）
staff-exports-log = 已下载的文件
staff-exports-log-item = { $who }，{ $time }：月份 { $month }，{ $rows } 行，SHA-256 { $sha }…
staff-report-title = 本月各中心报告（到访、市民、服务）：
staff-share-centre = 中心配额：代码（例如 TOS-001）
staff-share-citizens = 需要覆盖的市民人数（留空：使用导入的配额或平均分配）
staff-share-save = 保存配额
staff-share-saved = 配额已保存：已重新计算进度落后的中心。

## 数据看板
staff-dash-title = 数据看板：到访人数和服务
staff-dash-from = 从
staff-dash-to = 到
staff-dash-by = 按
staff-dash-by-day = 日
staff-dash-by-week = 周
staff-dash-by-month = 月
staff-dash-show = 显示
staff-dash-up = 返回整个项目
staff-dash-up-own = 返回您的所有中心
staff-dash-scope = { $scope }，{ $from } 至 { $to }。未选日期时：最近 30 天；按周或按月统计时，时间段会扩展为完整的周或月。
staff-dash-totals = 本时间段合计
staff-dash-period = 时间段
staff-dash-all = 整个时间段
staff-dash-parts = 下一级：选择一行查看详情
staff-dash-part = 范围
staff-dash-citizens = 不重复市民
staff-dash-new = 项目新增
staff-dash-visits = 到访
staff-dash-services = 服务
staff-dash-participations = 参与人次
staff-dash-series-day = 按日（最新的在前）
staff-dash-series-week = 按周，从星期一开始（最新的在前）
staff-dash-series-month = 按月（最新的在前）
staff-dash-people = 覆盖了哪些人（项目新增市民）
staff-dash-months = 下面的表格按完整月份统计，{ $from } 至 { $to }：可能与所选时间段的合计不一致。
staff-dash-small = 服务数少于 5 时显示为“< 5”。人员表格如果少于 10 人，或有某一组少于 5 人，则不显示：否则可能从合计推断出是哪些人。“—”：不重复市民按一天、一周或一个月统计；多个时间段不能相加（再次到访的人会被重复计算）。
staff-dash-services-by = 按类型、能力和公共服务统计的服务（一项服务可以有多个）
staff-dash-field-age_band = 年龄段
staff-dash-field-gender = 性别
staff-dash-field-citizenship = 国籍
staff-dash-field-education = 学历
staff-dash-field-employment = 就业状况
staff-dash-field-type = 服务类型（SE3）
staff-dash-field-competence = 涉及的 DigComp 能力（SE5）
staff-dash-field-domain = 涉及的公共服务（SE6）
staff-dash-unknown = 未知
staff-dash-withheld = 不显示详情：少于 10 人，或有一组少于 5 人，可能被识别出来。
staff-dash-own = 您的 { $count } 个中心
staff-dash-up-province = 返回 { $province } 省
staff-dash-skills = 数字技能
staff-dash-skills-counts = 起点测试 { $entries } 次，最终测试 { $exits } 次，两次都做过的市民 { $pairs } 人。有至少 5 位市民时，才显示各领域的平均值。
staff-dash-skills-area = { $area }：从起点到最终，平均变化 { $change } 个百分点
staff-dash-reports = 本时间段内的公共服务问题反馈：{ $count } 条
