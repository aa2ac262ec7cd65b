/**
 * What the standalone checker needs beyond the pane itself: the ExcelJS adapter and the pure
 * core. Loaded on demand (dynamic import from fileHost.ts) so the in-Excel pane never carries
 * ExcelJS.
 */
export { readGrids, applyPatches, writeWorkbook, templateWorkbook } from "../../xlsx";
export { checkWorkbook } from "../../layout/checkWorkbook";
export { renderTemplate } from "../../layout/templateSpec";
export { profiles } from "../../domain/profiles";
