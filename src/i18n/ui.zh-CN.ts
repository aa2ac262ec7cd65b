/**
 * The task pane's own words, zh-CN (the default). Every visible string of the pane comes from
 * here or from ui.en.ts; both are records over UiKey, so a key without its text fails tsc.
 * `{name}` placeholders are filled by interpolate() (translate.ts).
 */
export type UiKey =
  | "app.title"
  | "app.subtitle.excel"
  | "app.subtitle.file"
  | "upgrade.message"
  | "lang.english"
  | "action.validate"
  | "action.working"
  | "action.dismiss"
  | "live.label"
  | "live.last"
  | "live.never"
  | "profile.label"
  | "profile.national"
  | "profile.hubei"
  | "profile.sichuan"
  | "profile.hint.excel"
  | "profile.hint.file"
  | "kind.overall"
  | "kind.project"
  | "grade.优"
  | "grade.良"
  | "grade.中"
  | "grade.差"
  | "grade.none"
  | "template.heading.excel"
  | "template.heading.file"
  | "template.kind"
  | "template.year"
  | "template.department"
  | "template.department.placeholder"
  | "template.projectName"
  | "template.projectName.placeholder"
  | "template.sample"
  | "template.insert"
  | "template.download"
  | "template.inserted"
  | "summarySheet.insert"
  | "summarySheet.inserted"
  | "summary.unfilled"
  | "template.downloaded"
  | "template.error.year"
  | "template.error.tooLong"
  | "template.error.invalidChars"
  | "file.open"
  | "file.drop"
  | "file.privacy"
  | "file.download"
  | "file.downloaded"
  | "file.remove"
  | "report.draft"
  | "report.downloaded"
  | "report.downloadedDraft"
  | "report.openedChecker"
  | "report.openChecker"
  | "file.none"
  | "file.error.encrypted"
  | "file.error.notXlsx"
  | "file.error.corrupt"
  | "file.error.beyondLimits"
  | "file.error.read"
  | "file.truncated"
  | "summary.heading"
  | "summary.rate"
  | "summary.total"
  | "summary.stated"
  | "summary.grade"
  | "summary.empty.excel"
  | "summary.none"
  | "summary.cellsWritten"
  | "summary.nothingWritten"
  | "summary.broken"
  | "summary.passed"
  | "diag.heading"
  | "diag.line"
  | "diag.select"
  | "diag.passed"
  | "diag.passedWithInfo"
  | "count.error"
  | "count.error.one"
  | "count.warning"
  | "count.warning.one"
  | "count.info"
  | "count.info.one"
  | "count.sheet"
  | "count.sheet.one"
  | "error.host"
  | "file.hiddenSheet"
  | "file.veryHiddenSheet"
  | "grade.provisional"
  | "diag.details"
  | "header.projectName"
  | "header.competentDepartment"
  | "header.implementingUnit"
  | "header.projectLead"
  | "header.totalInvestment"
  | "header.period"
  | "header.subProject"
  | "officeJs.unavailable"
  | "officeJs.remedy"
  | "officeJs.checker"
  | "footer.version"
  | "footer.rules";

export const uiZhCN: Readonly<Record<UiKey, string>> = {
  "app.title": "绩效自评助手",
  "app.subtitle.excel": "校验部门整体与项目支出绩效自评表，计算执行率、得分、总分和等级。",
  "app.subtitle.file": "离线校验：打开自评表 .xlsx 文件，查看问题并下载评分后的文件。",
  "upgrade.message": "此加载项需要较新版本的 Office。请升级到 Microsoft 365 或 Office 2021 及以上版本后再打开。",
  "lang.english": "English",
  "action.validate": "校验并评分",
  "action.working": "正在处理…",
  "action.dismiss": "关闭提示",
  "live.label": "实时重算",
  "live.last": "上次重算 {time}",
  "live.never": "尚未重算",
  "profile.label": "评分规则",
  "profile.national": "全国通用",
  "profile.hubei": "湖北",
  "profile.sichuan": "四川",
  "profile.hint.excel": "保存在本工作簿中",
  "profile.hint.file": "保存在本浏览器中",
  "kind.overall": "部门整体",
  "kind.project": "项目",
  "grade.优": "优",
  "grade.良": "良",
  "grade.中": "中",
  "grade.差": "差",
  "grade.none": "无法评级",
  "template.heading.excel": "插入模板",
  "template.heading.file": "空白模板",
  "template.kind": "表格类型",
  "template.year": "年度",
  "template.department": "部门名称",
  "template.department.placeholder": "例如：株洲市石峰区工商业联合会",
  "template.projectName": "项目名称",
  "template.projectName.placeholder": "可稍后在表中填写",
  "template.sample": "填入示例指标行（标题注明“示例”）",
  "template.insert": "插入模板",
  "template.download": "下载空白模板",
  "template.inserted": "已插入工作表“{sheet}”。",
  "template.downloaded": "已下载“{file}”。",
  "template.error.year": "请输入 {min} 至 {max} 之间的年份。",
  "template.error.tooLong": "不能超过 {max} 个字。",
  "template.error.invalidChars": "不能包含换行或控制字符。",
  "file.open": "打开 .xlsx 文件",
  "file.drop": "也可以把一个或多个文件拖放到这里。",
  "file.privacy": "文件只在本机浏览器中读取，不会上传。",
  "file.download": "下载评分后的文件",
  "file.downloaded": "已下载“{file}”。",
  "file.remove": "移除",
  "report.draft": "起草自评报告",
  "report.downloaded": "已下载自评报告“{file}”。请补充其中标黄的【请填写】部分。",
  "report.downloadedDraft": "已下载“{file}”：表中尚有错误，报告为草稿，开头列出了这些错误。改正后请重新起草。",
  "report.openedChecker": "Excel for Mac 的任务窗格不能下载文件，已在浏览器中打开检查页（{url}）：请先保存工作簿，在检查页中打开它，再点“起草自评报告”。",
  "report.openChecker": "此版本的 Excel 不能从任务窗格下载文件。请先保存工作簿，在浏览器中打开 {url}，在那里打开工作簿并点“起草自评报告”。",
  "file.none": "尚未打开文件。",
  "file.error.encrypted": "无法读取：文件设置了打开密码，或是旧版 .xls 文件。请在 Excel 中取消密码并另存为 .xlsx。",
  "file.error.notXlsx": "无法读取：这不是 .xlsx 文件。请在 Excel 或 WPS 中另存为 .xlsx 格式。",
  "file.error.corrupt": "无法读取：文件已损坏（{detail}）。",
  "file.error.beyondLimits": "未读取：文件中有内容超出自评表的合理大小（{detail}）。请检查是否误把整列或整张表合并，或在工作簿中放入了大量数据，改正后另存再试。",
  "file.error.read": "无法读取文件（{detail}）。",
  "file.truncated": "工作表“{sheet}”过大，只读取了前面的部分。",
  "summary.heading": "评价表",
  "summary.rate": "执行率",
  "summary.total": "总分",
  "summary.stated": "表上填写 {total}",
  "summary.grade": "等级",
  "summary.empty.excel": "点击“校验并评分”，检查本工作簿中的绩效自评表。",
  "summary.none": "未找到部门整体或项目支出绩效自评表。",
  "summary.cellsWritten": "已写入 {count} 个计算单元格。",
  "summary.nothingWritten": "计算单元格已是最新或由您填写，未改动表格。",
  "summary.broken": "未能识别表格结构",
  "summary.passed": "校验通过",
  "diag.heading": "问题清单",
  "diag.line": "{cell}：{message}",
  "diag.select": "在表中选中 {cell}",
  "diag.passed": "本表校验通过，未发现问题。",
  "diag.passedWithInfo": "本表校验通过，以下提示供参考。",
  "count.error": "{count} 个错误",
  "count.error.one": "{count} 个错误",
  "count.warning": "{count} 个警告",
  "count.warning.one": "{count} 个警告",
  "count.info": "{count} 条提示",
  "count.info.one": "{count} 条提示",
  "count.sheet": "{count} 张表",
  "count.sheet.one": "{count} 张表",
  "error.host": "操作未完成：{detail}",
  "file.hiddenSheet": "工作表“{sheet}”是隐藏的，也已检查和评分：在 Excel 中右击工作表标签 →“取消隐藏”即可看到。",
  "file.veryHiddenSheet": "工作表“{sheet}”被深度隐藏（Excel 的“取消隐藏”里也看不到），也已检查和评分。",
  "grade.provisional": "待更正",
  "diag.details": "逐格查看（{count} 处）",
  "header.projectName": "项目名称",
  "header.competentDepartment": "主管部门",
  "header.implementingUnit": "实施单位",
  "header.projectLead": "项目负责人",
  "header.totalInvestment": "项目总投资",
  "header.period": "实施期",
  "header.subProject": "子项目",
  "officeJs.unavailable": "无法加载 Office.js（微软提供的 Office 加载项脚本），绩效自评助手无法在 Excel 中运行。",
  "officeJs.remedy": "网络可能屏蔽了 appsforoffice.microsoft.com。请联系信息管理员：放行该地址，或部署内网版本（随附 Office.js，见部署说明）。",
  "officeJs.checker": "不在 Excel 中使用？打开独立校验页面",
  "footer.version": "绩效自评助手 {version}",
  "footer.rules": "校验规则说明",
  "summarySheet.insert": "插入汇总表",
  "summarySheet.inserted": "已在工作表“{sheet}”中汇总 {count} 张自评表（公式随各表更新）。",
  "summary.unfilled": "尚未填写的模板",
};
