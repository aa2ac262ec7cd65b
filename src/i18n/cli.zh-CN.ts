/**
 * The `jixiao` command line's own words, zh-CN (the default). cli.en.ts is a record over the same
 * keys, so a key without its English text fails tsc. `{name}` placeholders: interpolate().
 */
export type CliKey =
  | "usage"
  | "usage.hint"
  | "usage.noCommand"
  | "usage.unknownCommand"
  | "usage.badOption"
  | "usage.noFiles"
  | "usage.oneInput"
  | "usage.noOutput"
  | "usage.sameFile"
  | "usage.inPlaceOutput"
  | "usage.badProfile"
  | "usage.badLang"
  | "usage.badKind"
  | "usage.badYear"
  | "usage.exists"
  | "file.unreadable"
  | "file.encrypted"
  | "file.notXlsx"
  | "file.corrupt"
  | "file.beyondLimits"
  | "file.io"
  | "file.notFound"
  | "file.noAccess"
  | "file.isFolder"
  | "file.tooLarge"
  | "file.internal"
  | "file.noSheets"
  | "file.truncated"
  | "file.sheetUnreadable"
  | "file.sheetNotWorksheet"
  | "kind.overall"
  | "kind.project"
  | "sheet.heading"
  | "sheet.figures"
  | "sheet.stated"
  | "sheet.broken"
  | "value.none"
  | "severity.error"
  | "severity.warning"
  | "severity.info"
  | "summary"
  | "summary.unreadable"
  | "progress"
  | "score.sheet"
  | "score.written"
  | "score.unchanged"
  | "score.errors"
  | "template.written"
  | "write.failed"
  | "usage.unknownOption"
  | "usage.didYouMean"
  | "usage.missingValue"
  | "usage.noValueAllowed"
  | "usage.unexpectedArg"
  | "usage.templateNoOutput"
  | "hint.check"
  | "hint.score"
  | "hint.template"
  | "write.noFolder"
  | "write.isFolder"
  | "sheet.hidden"
  | "sheet.veryHidden"
  | "hint.report"
  | "report.written"
  | "report.draft"
  | "report.noTables"
  | "grade.provisional"
  | "file.notRegular"
  | "file.needsConversion"
  | "file.conversionFailed"
  | "file.converted"
  | "progress.bar"
  | "usage.summaryFormat"
  | "usage.noFolder"
  | "summary.written"
  | "sum.sheet.summary"
  | "sum.sheet.problems"
  | "sum.col.file"
  | "sum.col.converted"
  | "sum.col.sheet"
  | "sum.col.department"
  | "sum.col.project"
  | "sum.col.kind"
  | "sum.col.budget"
  | "sum.col.executed"
  | "sum.col.rate"
  | "sum.col.total"
  | "sum.col.statedTotal"
  | "sum.col.grade"
  | "sum.col.errors"
  | "sum.col.warnings"
  | "sum.col.problems"
  | "sum.col.cell"
  | "sum.col.severity"
  | "sum.col.code"
  | "sum.col.message"
  | "sum.provisional"
  | "sum.unreadable"
  | "sum.noSheets"
  | "sum.broken"
  | "sheet.unfilled";

export const cliZhCN: Readonly<Record<CliKey, string>> = {
  usage: `jixiao — 部门整体支出绩效自评表、项目支出绩效自评表的检查与评分

用法：
  jixiao check [--json] [--summary 汇总.xlsx|汇总.csv [--force]] [--profile national|hubei|sichuan] [--lang zh-CN|en] <文件或文件夹>...
  jixiao score <输入.xlsx> -o <输出.xlsx> [--force] [--summary-sheet] [--profile …]
  jixiao score <文件.xlsx> --in-place [--summary-sheet] [--profile …]
  jixiao template --kind overall|project [--sample] [--profile national|hubei|sichuan] [--year 年份] [--department 部门名称] [--project 专项名称] -o <文件.xlsx> [--force]
  jixiao report <文件.xlsx> [-o <自评报告.docx>] [--force] [--profile …]

文件夹会连同子文件夹一起检查；.xls、.et、.csv 在装有 LibreOffice（soffice）时转换后检查，否则列为无法读取并说明办法。

命令：
  check     检查每个文件的每张自评表：执行率、总分、等级，以及每个问题所在的单元格
  score     把执行率、得分、总分、等级写入副本；原文件不改动（--in-place 则安全地改写原文件）
  template  生成一张空白自评表（overall 部门整体，project 项目），分值与备注按所选规则配置
  report    根据自评表起草 Word 自评报告（默认写在输入文件旁：自评报告.docx；表中有错误时为 自评报告（草稿）.docx）

选项：
  --json            check：只输出一个 JSON 文档
  --summary <文件>  check：另写一份汇总表（.xlsx 或 .csv）：每张自评表一行，最差的在前；.xlsx 另有“问题清单”
  --summary-sheet   score：在工作簿中插入（或更新）“汇总表”，用公式引用各自评表的预算、执行、执行率、总分、等级
  --profile <名称>  规则配置：national（全国，默认）、hubei（湖北）、sichuan（四川）
  --lang <语言>     输出语言：zh-CN（默认）或 en
  -o, --output      输出文件
  --in-place        score：改写输入文件（先写临时文件再替换）
  --force           template、score -o、check --summary、report：覆盖已有文件
  --sample          template：填入示例指标行（标题注明“示例”）；默认为空白指标行
  -h, --help        显示本帮助
  -V, --version     显示版本

退出码：0 没有错误；1 表中有错误；2 有文件无法读取，或用法有误。`,
  "usage.hint": "用法：jixiao --help",
  "usage.noCommand": "请指定命令：check、score、template 或 report",
  "usage.unknownCommand": "未知命令：{command}",
  "usage.badOption": "参数有误：{detail}",
  "usage.noFiles": "请指定要检查的 .xlsx 文件",
  "usage.oneInput": "score 需要且只需要一个输入文件",
  "usage.noOutput": "请用 -o 指定输出文件，或用 --in-place 改写原文件",
  "usage.sameFile": "输出文件就是输入文件：要改写原文件请加 --in-place",
  "usage.inPlaceOutput": "--in-place 改写的是输入文件，不能再用 -o 指定另一个文件",
  "usage.badProfile": "未知的规则配置：{value}（可选：{choices}）",
  "usage.badLang": "未知的语言：{value}（可选：zh-CN、en）",
  "usage.badKind": "--kind 只能是 overall（部门整体）或 project（项目）",
  "usage.badYear": "--year 应为 1990 到 2100 之间的年份：{value}",
  "usage.exists": "文件已存在：{file}（要覆盖请加 --force）",
  "file.unreadable": "[无法读取]",
  "file.encrypted": "文件受密码保护，或是旧版 .xls 格式：请在 Excel 或 WPS 中另存为不带密码的 .xlsx 后再检查",
  "file.notXlsx": "不是 .xlsx 文件（{detail}）",
  "file.corrupt": "文件已损坏，无法读取（{detail}）",
  "file.beyondLimits": "文件中有内容超出自评表的合理大小，未读取（{detail}）：请检查是否误把整列或整张表合并，或在工作簿中放入了大量数据，改正后另存再检查",
  "file.io": "无法打开文件（{detail}）",
  "file.notFound": "文件不存在",
  "file.noAccess": "没有权限读取这个文件",
  "file.isFolder": "这是一个文件夹，里面没有 .xlsx 文件",
  "file.tooLarge": "文件太大（{size} MB）：自评表文件不应超过 {max} MB",
  "file.internal": "检查时出现内部错误（{detail}）",
  "file.noSheets": "没有找到部门整体支出绩效自评表或项目支出绩效自评表",
  "file.truncated": "工作表「{sheet}」太大（{rows} 行 × {columns} 列），只读取了前 {maxRows} 行、{maxColumns} 列",
  "kind.overall": "部门整体",
  "kind.project": "项目",
  "sheet.heading": "{sheet}（{kind}）",
  "sheet.figures": "执行率 {rate}　执行得分 {fundsScore}　总分 {total}　等级 {grade}",
  "sheet.stated": "表上填写：总分 {total}，等级 {grade}",
  "sheet.broken": "未能读出这张表",
  "value.none": "—",
  "severity.error": "[错误]",
  "severity.warning": "[警告]",
  "severity.info": "[提示]",
  summary: "共 {files} 个文件、{sheets} 张表：{errors} 个错误，{warnings} 个警告，{infos} 条提示",
  "summary.unreadable": "；{count} 个文件无法读取",
  progress: "[{index}/{total}] {file}",
  "score.sheet": "{sheet}：总分 {total}，等级 {grade}",
  "score.written": "写入 {count} 个单元格 → {file}",
  "score.unchanged": "写入 0 个单元格：{file} 已是最新，未改动",
  "score.errors": "表中还有 {errors} 个错误，详见 jixiao check {file}",
  "template.written": "已生成模板 → {file}",
  "write.failed": "无法写入 {file}（{detail}）",
  "usage.unknownOption": "未知选项：{option}",
  "usage.didYouMean": "（是不是 {option}？）",
  "usage.missingValue": "选项 {option} 后面缺少值",
  "usage.noValueAllowed": "选项 {option} 不带值（收到：{value}）",
  "usage.unexpectedArg": "多余的参数：{value}",
  "usage.templateNoOutput": "请用 -o 指定要生成的模板文件",
  "hint.check": "用法：jixiao check [--json] [--summary 汇总.xlsx|汇总.csv [--force]] [--profile national|hubei|sichuan] [--lang zh-CN|en] <文件或文件夹>...（详见 jixiao --help）",
  "hint.score":
    "用法：jixiao score <输入.xlsx> -o <输出.xlsx> [--force] [--summary-sheet] [--profile …]，或 jixiao score <文件.xlsx> --in-place [--summary-sheet] [--profile …]（详见 jixiao --help）",
  "hint.template":
    "用法：jixiao template --kind overall|project [--sample] [--profile national|hubei|sichuan] [--year 年份] [--department 部门名称] [--project 专项名称] -o <文件.xlsx> [--force]（详见 jixiao --help）",
  "write.noFolder": "输出文件夹不存在：{folder}（请先建好这个文件夹，或在 -o 后换一个路径）",
  "write.isFolder": "输出路径是一个文件夹：{file}（请在 -o 后写上文件名，如 结果.xlsx）",
  "sheet.hidden": "工作表「{sheet}」是隐藏的：在 Excel 中右击工作表标签 →“取消隐藏”即可看到",
  "sheet.veryHidden": "工作表「{sheet}」被深度隐藏（Excel 的“取消隐藏”里也看不到）：这张表同样参与了检查和评分",
  "hint.report": "用法：jixiao report <文件.xlsx> [-o <自评报告.docx>] [--force] [--profile …]（详见 jixiao --help）",
  "report.written": "已生成自评报告 → {file}",
  "report.draft": "已生成自评报告草稿 → {file}（表中尚有 {count} 个错误，已列在报告开头；改正后请重新生成）",
  "report.noTables": "{file} 中没有可识别的部门整体或项目支出绩效自评表，无法起草报告",
  "grade.provisional": "{grade}（待更正）",
  "file.notRegular": "不是普通文件（{detail}）：jixiao 只读取普通文件，请把工作簿本身复制过来再检查",
  "file.needsConversion": "{detail} 文件需要先转换，而本机没有 LibreOffice（soffice）：请在 Excel 或 WPS 中另存为 .xlsx 后再检查，或安装 LibreOffice",
  "file.conversionFailed": "LibreOffice 未能转换这个文件（{detail}）：请在 Excel 或 WPS 中另存为 .xlsx 后再检查",
  "file.converted": "[已转换] 由 LibreOffice 从 {format} 转换为 .xlsx 后检查；单元格位置以转换后的副本为准",
  "progress.bar": "已检查 {done} 个文件（共找到 {found} 个），{errors} 个错误，{rate} 个/秒",
  "usage.summaryFormat": "--summary 只能写 .xlsx 或 .csv 文件：{file}",
  "usage.noFolder": "输出文件夹不存在：{folder}",
  "summary.written": "汇总表已写入 → {file}（{rows} 行）",
  "sum.sheet.summary": "汇总",
  "sum.sheet.problems": "问题清单",
  "sum.col.file": "文件",
  "sum.col.converted": "转换自",
  "sum.col.sheet": "工作表",
  "sum.col.department": "部门",
  "sum.col.project": "项目",
  "sum.col.kind": "类型",
  "sum.col.budget": "全年预算数（万元）",
  "sum.col.executed": "全年执行数（万元）",
  "sum.col.rate": "执行率",
  "sum.col.total": "总分（计算）",
  "sum.col.statedTotal": "总分（表上）",
  "sum.col.grade": "等级",
  "sum.col.errors": "错误",
  "sum.col.warnings": "警告",
  "sum.col.problems": "主要问题",
  "sum.col.cell": "单元格",
  "sum.col.severity": "级别",
  "sum.col.code": "代码",
  "sum.col.message": "问题",
  "sum.provisional": "{grade}（待更正）",
  "sum.unreadable": "无法读取：{reason}",
  "sum.noSheets": "没有找到自评表",
  "sum.broken": "未能读出这张表",
  "file.sheetUnreadable": "工作表「{sheet}」无法读取，未检查（{detail}）：请在 Excel 或 WPS 中打开，另存为 .xlsx 后再试",
  "file.sheetNotWorksheet": "「{sheet}」不是普通工作表（如图表工作表），已跳过",
  "sheet.unfilled": "尚未填写的模板，不计总分和等级",
};
