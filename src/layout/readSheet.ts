import type { Diagnostic } from "../domain/diagnostics";
import { fundsUnfilled } from "../domain/read/unfilled";
import type { SheetInput, SheetKind } from "../domain/input";
import { cellAddress } from "./address";
import type { Grid } from "./grid";
import { gridView } from "./gridView";
import { findIndicatorHeader, indicatorColumns } from "./indicatorColumns";
import { indexLabels, readerDiagnostic } from "./labelIndex";
import { readFooter } from "./locateFooter";
import { findFundsHeader, readFunds } from "./locateFunds";
import { readDepartment, readGoals, readProjectHeader, readProjectName, sheetKind } from "./locateHeader";
import { readIndicators } from "./locateIndicators";

/**
 * Grid → SheetInput. Finds the blocks by their labels (templates.md), never by fixed
 * addresses, and never throws: a sheet holding neither table is skipped, a broken table
 * comes back with TABLE_NOT_FOUND / REQUIRED_MISSING at the cell concerned.
 */

export type ReadOutcome =
  | { readonly status: "skipped" }
  | { readonly status: "read"; readonly input: SheetInput; readonly diagnostics: Diagnostic[] }
  | {
      readonly status: "broken";
      readonly kind: SheetKind;
      readonly diagnostics: Diagnostic[];
      /** A whole table with nothing filled in yet (domain/read/unfilled.ts): TEMPLATE_UNFILLED, not a broken layout. */
      readonly unfilled?: true;
    };

export function readSheet(grid: Grid): ReadOutcome {
  const v = gridView(grid);
  const idx = indexLabels(v);
  const fundsHeader = findFundsHeader(idx, v.rowCount);
  const indicatorHeader = findIndicatorHeader(idx, v.rowCount);
  if (!idx.title && fundsHeader === undefined && indicatorHeader === undefined) return { status: "skipped" };

  const sheet = v.sheetName;
  const kind = sheetKind(v, idx);
  const anchor = idx.title ?? idx.firstFilled ?? { row: 0, col: 0 };
  const titleCell = cellAddress(anchor.row, anchor.col);
  const diagnostics: Diagnostic[] = [];

  if (fundsHeader === undefined) diagnostics.push(readerDiagnostic(sheet, titleCell, "TABLE_NOT_FOUND", { block: "资金情况" }));
  if (indicatorHeader === undefined) diagnostics.push(readerDiagnostic(sheet, titleCell, "TABLE_NOT_FOUND", { block: "绩效指标" }));
  if (fundsHeader === undefined || indicatorHeader === undefined) return { status: "broken", kind, diagnostics };

  // The funds block ends where the next block begins (goals or indicators).
  const fundsEnd = indicatorHeader > fundsHeader ? indicatorHeader : v.rowCount;
  const fundsRead = readFunds(v, idx, fundsHeader, fundsEnd);
  const columns = indicatorColumns(v, idx, indicatorHeader);
  diagnostics.push(...fundsRead.diagnostics, ...columns.diagnostics);
  if (!fundsRead.funds || !columns.columns) return { status: "broken", kind, diagnostics };

  const indicatorsRead = readIndicators(v, idx, columns.columns);
  if (indicatorsRead.indicators.length === 0) {
    // A header with nothing but blank or placeholder rows under it: nothing to score.
    const at = cellAddress(columns.columns.firstRow, columns.columns.name);
    if (fundsUnfilled(fundsRead.funds)) {
      return { status: "broken", kind, diagnostics: [...diagnostics, readerDiagnostic(sheet, at, "TEMPLATE_UNFILLED", {})], unfilled: true };
    }
    diagnostics.push(readerDiagnostic(sheet, at, "REQUIRED_MISSING", { field: "三级指标" }));
    return { status: "broken", kind, diagnostics };
  }
  const footer =
    indicatorsRead.footerRow !== undefined ? readFooter(v, idx, indicatorsRead.footerRow, columns.columns) : undefined;

  // A missing or blank 部门名称 is the engine's to report (REQUIRED_MISSING at the value or the title).
  const department = readDepartment(v, idx);
  const projectName = kind === "project" ? readProjectName(v, idx) : undefined;
  const goals = readGoals(v, idx);
  const header = kind === "project" ? readProjectHeader(v, idx) : undefined;

  const input: SheetInput = {
    sheetName: sheet,
    kind,
    titleCell,
    ...(department ? { department } : {}),
    ...(projectName ? { projectName } : {}),
    funds: fundsRead.funds,
    ...(goals ? { goals } : {}),
    indicators: indicatorsRead.indicators,
    ...(footer ? { footer } : {}),
    ...(header ? { header } : {}),
  };
  return { status: "read", input, diagnostics };
}
