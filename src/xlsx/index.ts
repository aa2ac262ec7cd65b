/**
 * .xlsx files: reading Grids and patching cells inside the original package (fflate + saxes), and
 * writing new template workbooks (ExcelJS). No Node API, so browsers use it too.
 */
export { readGrids, MAX_GRID_ROWS, MAX_GRID_COLUMNS } from "./readGrids";
export type { ReadWorkbookOutcome, UnreadableReason, TruncatedSheet } from "./readGrids";
export { applyPatches } from "./applyPatches";
export { addTemplateSheet, templateWorkbook } from "./templateWriter";
export { addGridSheet } from "./gridWriter";
export type { GridSheetLook } from "./gridWriter";
export { newWorkbook, sheetNames, writeWorkbook } from "./workbookHandle";
export type { WorkbookHandle } from "./workbookHandle";
export type { UnreadableSheet } from "./readGrids";
