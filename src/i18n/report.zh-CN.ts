/**
 * The words of the 自评报告 (the Word report). The report is a Chinese official document by
 * nature — departments file it in Chinese whatever language the tool speaks — so it has this one
 * catalogue; the buttons and messages around it live in ui/cli catalogues in both languages.
 * `{name}` placeholders are filled by interpolate(); figures arrive formatted.
 */
export type ReportKey =
  | "fileName"
  | "fileName.draft"
  | "header.draft"
  | "title"
  | "title.draftSuffix"
  | "year.missing"
  | "department.missing"
  | "errors.title"
  | "errors.line"
  | "errors.more"
  | "h1.basic"
  | "placeholder.basic"
  | "h1.funds"
  | "funds.budget"
  | "funds.initial"
  | "funds.parts"
  | "funds.part"
  | "funds.groupFirst"
  | "funds.groupNext"
  | "funds.executed"
  | "funds.rate"
  | "funds.projects"
  | "funds.missing"
  | "h1.performance"
  | "h2.overall"
  | "overall.score"
  | "overall.statedDiffers"
  | "overall.fundsScore"
  | "overall.indicators"
  | "overall.indicatorsAllFull"
  | "overall.achieved"
  | "overall.missing"
  | "placeholder.overall"
  | "h2.projects"
  | "projects.summary"
  | "projects.none"
  | "project.heading"
  | "project.nameMissing"
  | "project.funds"
  | "project.score"
  | "project.goals"
  | "placeholder.project"
  | "h1.problems"
  | "problems.intro"
  | "problems.item"
  | "problems.where.overall"
  | "problems.where.project"
  | "problems.noteMissing"
  | "problems.fundsLow"
  | "problems.none"
  | "placeholder.measures"
  | "h1.other"
  | "placeholder.other"
  | "attachments.label"
  | "attachments.overall"
  | "attachments.project"
  | "attachment.number"
  | "attachment.note1"
  | "attachment.note2"
  | "attachment.noSheet";

export const reportZhCN: Readonly<Record<ReportKey, string>> = {
  fileName: "自评报告.docx",
  "fileName.draft": "自评报告（草稿）.docx",
  "header.draft": "草稿 — 表格中尚有错误未解决",
  title: "{department}{year}年度部门整体支出绩效自评报告",
  "title.draftSuffix": "（草稿）",
  "year.missing": "【请填写：年度】",
  "department.missing": "【请填写：单位名称】",
  "errors.title": "草稿：表格中尚有 {count} 个错误未解决，报告中的相关数字可能有误。请在表格中改正后重新生成报告。",
  "errors.line": "{index}. {message}",
  "errors.more": "……另有 {count} 个错误，请用“校验并评分”查看全部。",
  "h1.basic": "一、预算单位基本情况",
  "placeholder.basic": "【请填写：单位职能、机构设置、人员情况】",
  "h1.funds": "二、预算收支情况",
  "funds.budget": "{year}年度全年预算数{budget}万元",
  "funds.initial": "（年初预算数{initial}万元）",
  "funds.parts": "，其中：{parts}",
  "funds.part": "{label}{amount}万元",
  "funds.groupFirst": "，其中{group}：{parts}",
  "funds.groupNext": "；{group}：{parts}",
  "funds.executed": "。全年执行数{executed}万元",
  "funds.rate": "，预算执行率{rate}",
  "funds.projects": "列入项目支出绩效自评的项目{count}个，全年执行数合计{executed}万元。",
  "funds.missing": "【请填写：预算收支情况（自评表中没有可用的资金数据）】",
  "h1.performance": "三、资金使用及绩效情况",
  "h2.overall": "（一）整体支出绩效情况",
  "overall.score": "经自评，部门整体支出绩效自评总分{total}分，等级为“{grade}”。",
  "overall.statedDiffers": "（表中填写的总分为{stated}分，与各项得分之和{total}分不符，请核对。）",
  "overall.fundsScore": "预算执行率{rate}，执行率得分{score}分（分值{weight}分）。",
  "overall.indicators": "绩效指标共{count}项，其中{full}项得满分，{lost}项扣分（见第四部分）。",
  "overall.indicatorsAllFull": "绩效指标共{count}项，均得满分。",
  "overall.achieved": "年度总体目标完成情况：{achieved}",
  "overall.missing": "【请填写：整体支出绩效情况（未找到部门整体支出绩效自评表）】",
  "placeholder.overall": "【请填写：整体支出绩效的主要工作和成效】",
  "h2.projects": "（二）项目支出绩效情况",
  "projects.summary": "全年项目支出共计{executed}万元，{count}个项目。",
  "projects.none": "【请填写：项目支出绩效情况（未找到项目支出绩效自评表）】",
  "project.heading": "{index}. {name}",
  "project.nameMissing": "【请填写：项目名称】",
  "project.funds": "项目全年预算数{budget}万元，全年执行数{executed}万元，执行率{rate}",
  "project.score": "项目自评得分{total}分，等级为“{grade}”。",
  "project.goals": "年度目标：{expected}。实际完成情况：{achieved}。",
  "placeholder.project": "【请填写：资金主要用途及项目成效】",
  "h1.problems": "四、绩效管理存在的问题及下一步改进措施",
  "problems.intro": "自评中以下{count}项未得满分：",
  "problems.item": "{index}. {where}“{name}”（{level2}）：年度指标值{target}，实际完成值{actual}，分值{weight}分，得分{score}分。原因分析及改进措施：{note}",
  "problems.where.overall": "部门整体支出",
  "problems.where.project": "{project}",
  "problems.noteMissing": "【请填写：偏差原因分析及改进措施（表中未填）】",
  "problems.fundsLow": "{index}. {where}预算执行率{rate}，执行率得分{score}分（分值{weight}分）。改进措施：【请填写：提高预算执行率的措施】",
  "problems.none": "自评中各项绩效指标均得满分。",
  "placeholder.measures": "【请填写：下一步改进措施】",
  "h1.other": "五、其他需要说明的情况",
  "placeholder.other": "【请填写：其他需要说明的情况；没有则写“无”】",
  "attachments.label": "附件：",
  "attachments.overall": "1. {year}年度部门整体支出绩效自评表",
  "attachments.project": "2. {year}年度项目支出绩效自评表",
  "attachment.number": "附件{number}",
  "attachment.note1": "备注：1.“执行率”=“全年执行数”/“全年预算数”；",
  "attachment.note2": "2. 总分设置为100分，等级划分为：90分（含）—100分为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差。",
  "attachment.noSheet": "（工作簿中没有这张表。）",
};
