import type { CliKey } from "./cli.zh-CN";

/** The command line's own words, English (second language). Same keys and placeholders as zh-CN. */
export const cliEn: Readonly<Record<CliKey, string>> = {
  usage: `jixiao — checks and scores 部门整体支出绩效自评表 and 项目支出绩效自评表 (performance self-evaluation tables)

Usage:
  jixiao check [--json] [--summary summary.xlsx|summary.csv [--force]] [--profile national|hubei|sichuan] [--lang zh-CN|en] <file or folder>...
  jixiao score <in.xlsx> -o <out.xlsx> [--force] [--summary-sheet] [--profile …]
  jixiao score <file.xlsx> --in-place [--summary-sheet] [--profile …]
  jixiao template --kind overall|project [--sample] [--profile national|hubei|sichuan] [--year N] [--department NAME] [--project NAME] -o <file.xlsx> [--force]
  jixiao report <file.xlsx> [-o <report.docx>] [--force] [--profile …]

Folders are checked with their subfolders; .xls, .et and .csv files are converted with LibreOffice (soffice) when it is installed, otherwise listed as unreadable with the fix.

Commands:
  check     checks every evaluation sheet of every file: execution rate, total, grade, and each problem at its cell
  score     writes execution rates, scores, total and grade into a copy; the input is left untouched
            (--in-place rewrites the input safely)
  template  writes a blank table (overall: department-wide, project: one project) with the chosen profile's points and notes
  report    drafts the Word 自评报告 from the tables (default: 自评报告.docx beside the input; 自评报告（草稿）.docx while errors are left)

Options:
  --json            check: print exactly one JSON document
  --summary <file>  check: also write a summary (.xlsx or .csv): one row per evaluation sheet, worst first; the .xlsx adds a sheet of every problem
  --summary-sheet   score: insert (or refresh) a 汇总表 sheet whose formulas show each evaluation sheet's budget, executed, rate, total and grade
  --profile <name>  rule profile: national (default), hubei, sichuan
  --lang <lang>     output language: zh-CN (default) or en
  -o, --output      output file
  --in-place        score: rewrite the input file (written to a temporary file, then renamed)
  --force           template, score -o, check --summary, report: overwrite an existing file
  --sample          template: fill in sample indicator rows (the title says so); blank rows by default
  -h, --help        show this help
  -V, --version     show the version

Exit codes: 0 no errors; 1 the tables have errors; 2 a file could not be read, or wrong usage.`,
  "usage.hint": "Usage: jixiao --help",
  "usage.noCommand": "Name a command: check, score, template or report",
  "usage.unknownCommand": "Unknown command: {command}",
  "usage.badOption": "Bad arguments: {detail}",
  "usage.noFiles": "Name the .xlsx files to check",
  "usage.oneInput": "score takes exactly one input file",
  "usage.noOutput": "Name the output with -o, or rewrite the input with --in-place",
  "usage.sameFile": "The output is the input file: add --in-place to rewrite it",
  "usage.inPlaceOutput": "--in-place rewrites the input file; -o cannot name another file",
  "usage.badProfile": "Unknown rule profile: {value} (choose from {choices})",
  "usage.badLang": "Unknown language: {value} (choose zh-CN or en)",
  "usage.badKind": "--kind must be overall (department-wide) or project",
  "usage.badYear": "--year must be a year between 1990 and 2100: {value}",
  "usage.exists": "The file exists: {file} (add --force to overwrite it)",
  "file.unreadable": "[unreadable]",
  "file.encrypted":
    "The file is password-protected or an old .xls: save it in Excel or WPS as .xlsx without a password, then check it again",
  "file.notXlsx": "Not an .xlsx file ({detail})",
  "file.corrupt": "The file is damaged and cannot be read ({detail})",
  "file.beyondLimits": "The file holds more than an evaluation table can, not read ({detail}): check for a whole column or sheet merged by mistake, or a large amount of data in the workbook; correct it, save and check again",
  "file.io": "Cannot open the file ({detail})",
  "file.notFound": "The file does not exist",
  "file.noAccess": "No permission to read the file",
  "file.isFolder": "This is a folder without .xlsx files",
  "file.tooLarge": "The file is too large ({size} MB): a self-evaluation workbook should not exceed {max} MB",
  "file.internal": "Internal error while checking ({detail})",
  "file.noSheets": "No 部门整体支出绩效自评表 or 项目支出绩效自评表 found",
  "file.truncated": "Sheet “{sheet}” is too large ({rows} rows × {columns} columns): only the first {maxRows} rows and {maxColumns} columns were read",
  "kind.overall": "department-wide",
  "kind.project": "project",
  "sheet.heading": "{sheet} ({kind})",
  "sheet.figures": "execution rate {rate}  execution score {fundsScore}  total {total}  grade {grade}",
  "sheet.stated": "the sheet states: total {total}, grade {grade}",
  "sheet.broken": "This table could not be read",
  "value.none": "—",
  "severity.error": "[error]",
  "severity.warning": "[warning]",
  "severity.info": "[info]",
  summary: "{files} file(s), {sheets} sheet(s): {errors} error(s), {warnings} warning(s), {infos} note(s)",
  "summary.unreadable": "; {count} file(s) could not be read",
  progress: "[{index}/{total}] {file}",
  "score.sheet": "{sheet}: total {total}, grade {grade}",
  "score.written": "Wrote {count} cell(s) → {file}",
  "score.unchanged": "Wrote 0 cells: {file} is up to date and was left untouched",
  "score.errors": "The tables still have {errors} error(s): see jixiao check {file}",
  "template.written": "Template written → {file}",
  "write.failed": "Cannot write {file} ({detail})",
  "usage.unknownOption": "Unknown option: {option}",
  "usage.didYouMean": " (did you mean {option}?)",
  "usage.missingValue": "Option {option} needs a value",
  "usage.noValueAllowed": "Option {option} takes no value (got: {value})",
  "usage.unexpectedArg": "Unexpected argument: {value}",
  "usage.templateNoOutput": "Name the template file to write with -o",
  "hint.check": "Usage: jixiao check [--json] [--summary summary.xlsx|summary.csv [--force]] [--profile national|hubei|sichuan] [--lang zh-CN|en] <file or folder>... (more: jixiao --help)",
  "hint.score":
    "Usage: jixiao score <in.xlsx> -o <out.xlsx> [--force] [--summary-sheet] [--profile …], or jixiao score <file.xlsx> --in-place [--summary-sheet] [--profile …] (more: jixiao --help)",
  "hint.template":
    "Usage: jixiao template --kind overall|project [--sample] [--profile national|hubei|sichuan] [--year N] [--department NAME] [--project NAME] -o <file.xlsx> [--force] (more: jixiao --help)",
  "write.noFolder": "The output folder does not exist: {folder} (create it first, or give -o another path)",
  "write.isFolder": "The output is a folder: {file} (give -o a file name, e.g. result.xlsx)",
  "sheet.hidden": "Sheet “{sheet}” is hidden: right-click a sheet tab in Excel → Unhide to see it",
  "sheet.veryHidden": "Sheet “{sheet}” is very hidden (Excel's Unhide does not list it): it was checked and scored all the same",
  "hint.report": "Usage: jixiao report <file.xlsx> [-o <report.docx>] [--force] [--profile …] (more: jixiao --help)",
  "report.written": "Report written → {file}",
  "report.draft": "Draft report written → {file} ({count} errors left in the tables, listed at its start; fix them and draft it again)",
  "report.noTables": "{file} holds no 部门整体 or 项目支出 self-assessment table to draft a report from",
  "grade.provisional": "{grade} (provisional: correct the errors)",
  "file.notRegular": "Not a regular file ({detail}): jixiao reads regular files only; copy the workbook itself here and check it again",
  "file.needsConversion": "A {detail} file must be converted first and LibreOffice (soffice) is not installed: save it as .xlsx in Excel or WPS and check it again, or install LibreOffice",
  "file.conversionFailed": "LibreOffice could not convert this file ({detail}): save it as .xlsx in Excel or WPS and check it again",
  "file.converted": "[converted] checked on a copy LibreOffice converted from {format} to .xlsx; cells refer to that copy",
  "progress.bar": "{done} file(s) checked of {found} found, {errors} error(s), {rate}/s",
  "usage.summaryFormat": "--summary writes an .xlsx or .csv file only: {file}",
  "usage.noFolder": "The output folder does not exist: {folder}",
  "summary.written": "Summary written → {file} ({rows} rows)",
  "sum.sheet.summary": "Summary",
  "sum.sheet.problems": "Problems",
  "sum.col.file": "File",
  "sum.col.converted": "Converted from",
  "sum.col.sheet": "Sheet",
  "sum.col.department": "Department",
  "sum.col.project": "Project",
  "sum.col.kind": "Kind",
  "sum.col.budget": "Annual budget (10k yuan)",
  "sum.col.executed": "Executed (10k yuan)",
  "sum.col.rate": "Execution rate",
  "sum.col.total": "Total (computed)",
  "sum.col.statedTotal": "Total (stated)",
  "sum.col.grade": "Grade",
  "sum.col.errors": "Errors",
  "sum.col.warnings": "Warnings",
  "sum.col.problems": "Main problems",
  "sum.col.cell": "Cell",
  "sum.col.severity": "Severity",
  "sum.col.code": "Code",
  "sum.col.message": "Problem",
  "sum.provisional": "{grade} (provisional)",
  "sum.unreadable": "Unreadable: {reason}",
  "sum.noSheets": "No evaluation sheet found",
  "sum.broken": "Sheet could not be read as a table",
  "file.sheetUnreadable": "Sheet “{sheet}” could not be read and was not checked ({detail}): open the file in Excel or WPS, save it as .xlsx and try again",
  "file.sheetNotWorksheet": "“{sheet}” is not an ordinary worksheet (a chart sheet, say): skipped",
  "sheet.unfilled": "A template not filled in yet: no total or grade",
};
