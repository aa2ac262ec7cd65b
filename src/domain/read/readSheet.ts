import { isBlank, isCellError, type RawCell } from "../cells";
import type { FooterInput, IndicatorInput, SheetInput } from "../input";
import type { Heading, InputIssue, Level1, Level2, ParsedFooter, ParsedIndicator, ParsedSheet, TextCell } from "../model";
import { tidyText } from "../parse/normalize";
import { parseGrade, parsePoints } from "../parse/points";
import { parseMeasure, type Measure } from "../parse/target";
import { readLevel1, readLevel2 } from "./headings";
import { notNumericIssue, printed, requiredIssue } from "./issues";
import { readFunds } from "./readFunds";
import { fundsUnfilled } from "./unfilled";

/** SheetInput → ParsedSheet: every cell parsed, every unreadable or missing cell noted. */

function text(cell: RawCell | undefined): string {
  return cell && typeof cell.value === "string" ? tidyText(cell.value) : "";
}

const PLACEHOLDER_NAME = /^(?:指标\d*|…+|\.{3,}|-+|—+)$/;

/** A row of the blank form left unfilled ("指标1", "……") is not an indicator. */
function isPlaceholder(row: IndicatorInput): boolean {
  const valueBlank = (v: IndicatorInput["target"]) =>
    v.kind === "single" ? isBlank(v.cell.value) : isBlank(v.value.value);
  const restBlank =
    valueBlank(row.target) && valueBlank(row.actual) && isBlank(row.weight.value) && isBlank(row.score.value);
  const name = text(row.name).replace(/ /g, "");
  return restBlank && (name === "" || PLACEHOLDER_NAME.test(name)) && isBlank(row.deviationNote.value);
}

function measureIssues(m: Measure, field: string, issues: InputIssue[]): void {
  if (m.value.kind === "blank") issues.push(requiredIssue(m.cell, field));
  else if (m.value.kind === "error") issues.push(notNumericIssue(m.cell, m.value.shown, true));
}

interface HeadingReaders {
  readonly level1: (cell: RawCell) => Heading<Level1>;
  readonly level2: (cell: RawCell) => Heading<Level2>;
}

/** A merged 一级/二级 cell governs many rows: read it once per sheet, not once per row. */
function oncePerCell<C>(read: (cell: RawCell) => Heading<C>): (cell: RawCell) => Heading<C> {
  const seen = new Map<string, Heading<C>>();
  // The reader hands the rows of one merged group the same cell object: check that first,
  // before building a key string for every row.
  let lastCell: RawCell | undefined;
  let lastHeading: Heading<C> | undefined;
  return (cell) => {
    if (cell === lastCell && lastHeading) return lastHeading;
    const key = `${cell.address}\u0000${typeof cell.value === "string" ? cell.value : ""}`;
    let h = seen.get(key);
    if (!h) {
      h = read(cell);
      seen.set(key, h);
    }
    lastCell = cell;
    lastHeading = h;
    return h;
  };
}

function readIndicator(row: IndicatorInput, issues: InputIssue[], headings: HeadingReaders): ParsedIndicator {
  const name = text(row.name);
  if (name === "") issues.push(requiredIssue(row.name.address, "三级指标"));
  const target = parseMeasure(row.target);
  const actual = parseMeasure(row.actual);
  measureIssues(target, "年度指标值", issues);
  measureIssues(actual, "实际完成值", issues);
  const weight = parsePoints(row.weight);
  if (weight.status === "blank") issues.push(requiredIssue(row.weight.address, "分值"));
  if (weight.status === "invalid" && weight.error) issues.push(notNumericIssue(row.weight.address, weight.shown, true));
  const score = printed(row.score, parsePoints);
  if (score.printed.status === "invalid") issues.push(notNumericIssue(score.cell, score.printed.shown, score.printed.error));
  const natureText = text(row.nature).replace(/ /g, "");
  const nature = natureText.startsWith("定性") ? "定性" : natureText.startsWith("定量") ? "定量" : target.nature;
  return {
    level1: headings.level1(row.level1),
    level2: headings.level2(row.level2),
    nameCell: row.name.address,
    name,
    target,
    actual,
    weightCell: row.weight.address,
    weight,
    score,
    noteCell: row.deviationNote.address,
    note: text(row.deviationNote),
    nature,
  };
}

function readFooter(footer: FooterInput, issues: InputIssue[]): ParsedFooter {
  const weight = parsePoints(footer.weight);
  if (footer.weight && weight.status === "invalid") issues.push(notNumericIssue(footer.weight.address, weight.shown, weight.error));
  const total = printed(footer.total, parsePoints);
  if (total.printed.status === "invalid") issues.push(notNumericIssue(total.cell, total.printed.shown, total.printed.error));
  return {
    labelCell: footer.label.address,
    weightCell: footer.weight?.address ?? footer.label.address,
    weight,
    total,
    grade: printed(footer.grade, parseGrade),
  };
}

function textCells(input: SheetInput, rows: readonly IndicatorInput[]): TextCell[] {
  // One loop and one array: this runs over four cells of every row.
  const out: TextCell[] = [];
  const add = (c: RawCell | undefined) => {
    if (c && typeof c.value === "string" && !isBlank(c.value)) out.push({ cell: c.address, text: c.value });
  };
  add(input.goals?.expected);
  add(input.goals?.achieved);
  for (const r of rows) {
    add(r.name);
    add(r.deviationNote);
    add(r.target.kind === "single" ? r.target.cell : r.target.value);
    add(r.actual.kind === "single" ? r.actual.cell : r.actual.value);
  }
  return out;
}

/** Error values (#REF!, #N/A…) in the text cells: goals, headings, names, deviation notes. */
function textErrorIssues(input: SheetInput, issues: InputIssue[]): void {
  const seen = new Set<string>();
  const check = (c: RawCell | undefined) => {
    if (!c || seen.has(c.address) || !isCellError(c.value)) return;
    seen.add(c.address);
    issues.push({ code: "VALUE_NOT_NUMERIC", cell: c.address, key: "VALUE_NOT_NUMERIC.textError", params: { value: c.value.error } });
  };
  check(input.goals?.expected);
  check(input.goals?.achieved);
  for (const r of input.indicators) {
    check(r.level1);
    check(r.level2);
    check(r.name);
    check(r.deviationNote);
  }
}

export function readSheet(input: SheetInput): ParsedSheet {
  const issues: InputIssue[] = [];
  // An error value (#N/A from a broken lookup) is no name: the cell is as good as blank.
  if (!input.department || isBlank(input.department.value) || isCellError(input.department.value)) {
    issues.push(requiredIssue(input.department?.address ?? input.titleCell, "部门名称"));
  }
  if (input.kind === "project" && input.projectName && (isBlank(input.projectName.value) || isCellError(input.projectName.value))) {
    issues.push(requiredIssue(input.projectName.address, "项目名称"));
  }
  textErrorIssues(input, issues);
  const funds = input.funds ? readFunds(input.funds, issues) : null;
  if (!funds) {
    const block = input.kind === "project" ? "年度项目资金" : "资金情况";
    issues.push({ code: "TABLE_NOT_FOUND", cell: input.titleCell, key: "TABLE_NOT_FOUND", params: { block } });
  }
  const rows = input.indicators.filter((r) => !isPlaceholder(r));
  if (rows.length === 0 && input.funds && fundsUnfilled(input.funds)) {
    issues.push({ code: "TEMPLATE_UNFILLED", cell: input.indicators[0]?.name.address ?? input.titleCell, key: "TEMPLATE_UNFILLED", params: {} });
  } else if (input.indicators.length === 0) {
    issues.push({ code: "TABLE_NOT_FOUND", cell: input.titleCell, key: "TABLE_NOT_FOUND", params: { block: "绩效指标" } });
  } else if (rows.length === 0) {
    issues.push(requiredIssue(input.indicators[0].name.address, "三级指标"));
  }
  const headings: HeadingReaders = { level1: oncePerCell(readLevel1), level2: oncePerCell(readLevel2) };
  const indicators = rows.map((r) => readIndicator(r, issues, headings));
  return {
    input,
    sheetName: input.sheetName,
    kind: input.kind,
    titleCell: input.titleCell,
    funds,
    indicators,
    footer: input.footer ? readFooter(input.footer, issues) : null,
    texts: textCells(input, rows),
    issues,
  };
}
