import type { CliKey } from "./cli.zh-CN";

/** The command line's own words, English (second language). Same keys and placeholders as zh-CN. */
export const cliEn: Readonly<Record<CliKey, string>> = {
  usage: `jixiao — checks and scores 部门整体支出绩效自评表 and 项目支出绩效自评表 (performance self-evaluation tables)

Usage:
  jixiao check [--json] [--profile national|hubei|sichuan] [--lang zh-CN|en] <file.xlsx or folder>...
  jixiao score <in.xlsx> -o <out.xlsx> [--profile …]
  jixiao score <file.xlsx> --in-place [--profile …]
  jixiao template --kind overall|project [--year N] [--department NAME] [--project NAME] -o <file.xlsx> [--force]

Commands:
  check     checks every evaluation sheet of every file: execution rate, total, grade, and each problem at its cell
  score     writes execution rates, scores, total and grade into a copy; the input is left untouched
            (--in-place rewrites the input safely)
  template  writes a blank table (overall: department-wide, project: one project)

Options:
  --json            check: print exactly one JSON document
  --profile <name>  rule profile: national (default), hubei, sichuan
  --lang <lang>     output language: zh-CN (default) or en
  -o, --output      output file
  --in-place        score: rewrite the input file (written to a temporary file, then renamed)
  --force           template: overwrite an existing file
  --sample          template: fill in sample indicator rows (the title says so); blank rows by default
  -h, --help        show this help
  -V, --version     show the version

Exit codes: 0 no errors; 1 the tables have errors; 2 a file could not be read, or wrong usage.`,
  "usage.hint": "Usage: jixiao --help",
  "usage.noCommand": "Name a command: check, score or template",
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
};
