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
  | "file.io"
  | "file.notFound"
  | "file.noAccess"
  | "file.isFolder"
  | "file.tooLarge"
  | "file.internal"
  | "file.noSheets"
  | "file.truncated"
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
  | "write.failed";

export const cliZhCN: Readonly<Record<CliKey, string>> = {
  usage: `jixiao — 部门整体支出绩效自评表、项目支出绩效自评表的检查与评分

用法：
  jixiao check [--json] [--profile national|hubei|sichuan] [--lang zh-CN|en] <文件.xlsx 或文件夹>...
  jixiao score <输入.xlsx> -o <输出.xlsx> [--profile …]
  jixiao score <文件.xlsx> --in-place [--profile …]
  jixiao template --kind overall|project [--year 年份] [--department 部门名称] [--project 专项名称] -o <文件.xlsx> [--force]

命令：
  check     检查每个文件的每张自评表：执行率、总分、等级，以及每个问题所在的单元格
  score     把执行率、得分、总分、等级写入副本；原文件不改动（--in-place 则安全地改写原文件）
  template  生成一张空白自评表（overall 部门整体，project 项目）

选项：
  --json            check：只输出一个 JSON 文档
  --profile <名称>  规则配置：national（全国，默认）、hubei（湖北）、sichuan（四川）
  --lang <语言>     输出语言：zh-CN（默认）或 en
  -o, --output      输出文件
  --in-place        score：改写输入文件（先写临时文件再替换）
  --force           template：覆盖已有文件
  --sample          template：填入示例指标行（标题注明“示例”）；默认为空白指标行
  -h, --help        显示本帮助
  -V, --version     显示版本

退出码：0 没有错误；1 表中有错误；2 有文件无法读取，或用法有误。`,
  "usage.hint": "用法：jixiao --help",
  "usage.noCommand": "请指定命令：check、score 或 template",
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
};
