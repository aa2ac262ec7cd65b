import type { RawCell } from "../domain/cells";
import type { Diagnostic } from "../domain/diagnostics";
import type { FundsInput, FundsRowInput, FundsRowRole } from "../domain/input";
import { cellAddress } from "./address";
import type { GridView } from "./gridView";
import { readerDiagnostic, rowHas, rowLabels, type LabelIndex } from "./labelIndex";
import { classifyLabel, normalizeLabel, type LabelId } from "./labels";

/**
 * The funds block (资金情况 / 年度项目资金): a header row naming the amount columns, then the
 * total row and its sub-rows, found by their labels wherever they sit.
 */

const AMOUNT_HEADERS: ReadonlySet<LabelId> = new Set(["initialBudget", "annualBudget", "executed", "rate"]);

/** Labels that end the funds block. */
const STOP: ReadonlySet<LabelId> = new Set([
  "goalsSection",
  "expected",
  "achieved",
  "indicatorSection",
  "level1",
  "level2",
  "name",
  "footerTotal",
  "note",
]);

const ROLE_OF: Partial<Record<LabelId, FundsRowRole>> = {
  fundsTotal: "total",
  appropriation: "appropriation",
  carryOver: "carryOver",
  other: "other",
};

/** The first row naming at least two of 年初预算数 / 全年预算数 / 全年执行数 / 执行率. */
export function findFundsHeader(idx: LabelIndex, rowCount: number): number | undefined {
  for (let r = 0; r < rowCount; r++) {
    const ids = new Set(rowLabels(idx, r).map((h) => h.id));
    let n = 0;
    for (const id of AMOUNT_HEADERS) if (ids.has(id)) n++;
    if (n >= 2) return r;
  }
  return undefined;
}

interface FundsColumns {
  initialBudget?: number;
  annualBudget?: number;
  executed?: number;
  weight?: number;
  rate?: number;
  score?: number;
  /** The 年度资金总额 column header, when there is one. */
  labelHeader?: number;
  /** A 备注 / 偏差原因 column of the block (Sichuan tables explain low execution there). */
  note?: number;
}

function fundsColumns(idx: LabelIndex, header: number): FundsColumns {
  const cols: FundsColumns = {};
  for (const h of rowLabels(idx, header)) {
    switch (h.id) {
      case "initialBudget":
      case "annualBudget":
      case "executed":
      case "weight":
      case "rate":
      case "score":
        if (cols[h.id] === undefined) cols[h.id] = h.col;
        break;
      case "fundsTotal":
        if (cols.labelHeader === undefined) cols.labelHeader = h.col;
        break;
      case "note":
      case "deviation":
        if (cols.note === undefined) cols.note = h.col;
        break;
      default:
        break;
    }
  }
  return cols;
}

export interface FundsRead {
  readonly funds?: FundsInput;
  readonly diagnostics: readonly Diagnostic[];
}

/** Group word at the start of a longer cell: "按收入性质分 其中：一般公共预算" (bounded: labels are short). */
const GROUP_LEAD = /^(?:其中:?)?按[^:分]{1,8}分:?/;
const MAX_GROUP_CELL = 60;

/** The sub-row label that follows a group word in the same cell, with its label id; undefined when none. */
function afterGroupWord(value: unknown): { id?: LabelId } | undefined {
  if (typeof value !== "string" || value.length > MAX_GROUP_CELL) return undefined;
  const n = normalizeLabel(value);
  const m = GROUP_LEAD.exec(n);
  if (!m || m[0].length === n.length) return undefined;
  const id = classifyLabel(n.slice(m[0].length));
  return id === "fundsGroup" ? undefined : { id };
}

/**
 * The row's own label (right-most text left of the amounts) and whether a 按…分 group starts on
 * it: the group word in a column of its own (merged down or not), in a row of its own, or in
 * the same cell as the group's first sub-row.
 */
function rowLabel(v: GridView, r: number, firstAmount: number): { label?: { col: number; id?: LabelId }; groupStarts: boolean } {
  let label: { col: number; id?: LabelId } | undefined;
  let groupStarts = false;
  for (let c = firstAmount - 1; c >= 0; c--) {
    if (v.covered(r, c) || v.blank(r, c)) continue;
    const id = v.label(r, c);
    if (id === "fundsGroup") groupStarts = true;
    else if (!label && id !== "fundsSection" && typeof v.value(r, c) === "string") {
      const shared = id ? undefined : afterGroupWord(v.value(r, c));
      if (shared) groupStarts = true;
      label = { col: c, id: shared ? shared.id : id };
    }
  }
  return { label, groupStarts };
}

export function readFunds(v: GridView, idx: LabelIndex, header: number, endRow: number): FundsRead {
  const sheet = v.sheetName;
  const cols = fundsColumns(idx, header);
  const { annualBudget, executed } = cols;
  const amountCols = [cols.initialBudget, annualBudget, executed, cols.weight, cols.rate, cols.score].filter(
    (c): c is number => c !== undefined,
  );
  const firstAmount = Math.min(...amountCols);
  if (annualBudget === undefined || executed === undefined) {
    const diagnostics: Diagnostic[] = [];
    if (annualBudget === undefined) {
      const at = executed !== undefined ? Math.max(executed - 1, 0) : (cols.initialBudget ?? firstAmount) + 1;
      diagnostics.push(readerDiagnostic(sheet, cellAddress(header, at), "REQUIRED_MISSING", { field: "全年预算数" }));
    }
    if (executed === undefined) {
      const at = (annualBudget ?? firstAmount) + 1;
      diagnostics.push(readerDiagnostic(sheet, cellAddress(header, at), "REQUIRED_MISSING", { field: "全年执行数" }));
    }
    return { diagnostics };
  }

  let total: FundsRowInput | undefined;
  let totalRow = header + 1;
  const groups: FundsRowInput[][] = [];
  let current: FundsRowInput[] | undefined;
  const labelCol = cols.labelHeader ?? Math.max(firstAmount - 1, 0);

  for (let r = header + 1; r < endRow; r++) {
    if (rowHas(idx, r, STOP)) break;
    const { label, groupStarts } = rowLabel(v, r, firstAmount);
    if (groupStarts) {
      current = [];
      groups.push(current);
    }
    const hasAmounts = [cols.initialBudget, annualBudget, executed].some((c) => c !== undefined && !v.blank(r, c));
    // A row holding only the group word starts the group; any subtotal on it is not a sub-row.
    if (!label && (groupStarts || !hasAmounts)) continue;

    const role: FundsRowRole = (label?.id && ROLE_OF[label.id]) || "item";
    const isTotal = role === "total" && !total;
    // Computed cells only where they are a cell of their own (not the inside of a merge).
    const own = (c: number | undefined): c is number => c !== undefined && !v.covered(r, c);
    const row: FundsRowInput = {
      role: role === "total" && !isTotal ? "item" : role,
      label: v.raw(r, label?.col ?? labelCol),
      ...(cols.initialBudget !== undefined ? { initialBudget: v.raw(r, cols.initialBudget) } : {}),
      annualBudget: v.raw(r, annualBudget),
      executed: v.raw(r, executed),
      ...(isTotal && cols.weight !== undefined ? { weight: v.raw(r, cols.weight) } : {}),
      ...(own(cols.rate) ? { rate: v.raw(r, cols.rate) } : {}),
      ...(isTotal && own(cols.score) ? { score: v.raw(r, cols.score) } : {}),
    };
    if (isTotal) {
      total = row;
      totalRow = r;
      continue;
    }
    if (!current) {
      current = [];
      groups.push(current);
    }
    current.push(row);
  }

  if (!total) {
    const at = cellAddress(header + 1, labelCol);
    return { diagnostics: [readerDiagnostic(sheet, at, "REQUIRED_MISSING", { field: "合计" })] };
  }
  const note = cols.note !== undefined && cols.note > firstAmount ? { note: v.raw(totalRow, cols.note) } : {};
  return {
    funds: { heading: fundsHeading(v, header, firstAmount, cols.labelHeader), total, groups: groups.filter((g) => g.length > 0), ...note },
    diagnostics: [],
  };
}

function text(v: GridView, r: number, c: number): string {
  const x = v.value(r, c);
  return typeof x === "string" ? x : "";
}

/**
 * The block heading that states the unit: the section cell to the left of the header row
 * (资金情况（万元）, merged down or not), else a heading just above it, else the label header.
 */
function fundsHeading(v: GridView, header: number, firstAmount: number, labelHeader: number | undefined): RawCell {
  const beside: { r: number; c: number }[] = [];
  for (let c = 0; c < firstAmount; c++) {
    const m = v.merge(header, c);
    if (m && m.left !== c) continue;
    const at = m ? { r: m.top, c: m.left } : { r: header, c };
    if (text(v, at.r, at.c).includes("资金")) beside.push(at);
  }
  const above: { r: number; c: number }[] = [];
  for (let r = header - 1; r >= Math.max(0, header - 2); r--) {
    for (let c = 0; c < v.colCount; c++) {
      if (!v.covered(r, c) && text(v, r, c).includes("资金")) above.push({ r, c });
    }
  }
  const hasUnit = (p: { r: number; c: number }) => /元/.test(text(v, p.r, p.c));
  const pick = beside.find(hasUnit) ?? above.find(hasUnit) ?? beside[0] ?? above[0];
  if (pick) return v.raw(pick.r, pick.c);
  return v.raw(header, labelHeader ?? Math.max(firstAmount - 1, 0));
}
