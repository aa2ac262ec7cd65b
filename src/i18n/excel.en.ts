import type { ExcelMessageKey } from "./excel.zh-CN";

/** Words of the Excel adapter and the ribbon commands, English. Same keys and placeholders as zh-CN. */
export const excelEn: Readonly<Record<ExcelMessageKey, string>> = {
  "app.name": "Performance Self-Evaluation Assistant",
  "requirements.tooOld":
    "This version of Excel is too old for the assistant: it needs {set} {version} or later (Microsoft 365, Excel 2021 or later, Excel on the web, or Excel for Mac 16.24 or later). Please upgrade Office and try again.",
  "requirements.optionalMissing": "This version of Excel does not support: {features}. The assistant still works, with those features reduced.",
  "insert.done": "Inserted sheet \"{sheet}\".",
  "insert.failed": "Could not insert the template: {detail}",
  "error.cellEditMode": "Excel is in cell-edit mode. Press Enter or Esc to finish editing, then try again.",
  "error.generic": "Something went wrong: {detail}",
  "validate.protectedSkipped": "Sheet \"{sheet}\" is protected, so the computed values were not written. Unprotect it and run Validate & score again.",
  "validate.truncated": "Sheet \"{sheet}\" goes beyond the range read ({window}); the part outside was not checked.",
  "dialog.close": "Close",
  "feature.mergedAreas": "reading merged cells (ExcelApi 1.13)",
  "feature.triggerSource": "recognising the assistant's own writes (ExcelApi 1.14)",
  "feature.delayForCellEdit": "waiting for cell editing to end (ExcelApi 1.11)",
  "feature.sharedRuntime": "a runtime shared by the ribbon and the pane (SharedRuntime 1.1)",
  "validate.hiddenSkipped": "Sheet “{sheet}” is hidden; its computed cells and problem marks were not written. Unhide it and run Validate & score again.",
  "select.hidden": "Sheet “{sheet}” is hidden, so {sheet}!{cell} cannot be shown. Right-click a sheet tab, choose Unhide, then click again.",
  "select.missing": "Sheet “{sheet}” was not found; it may have been deleted or renamed. Run Validate & score again.",
  "live.waitingForCellEdit": "Finish editing the cell first (press Enter or Esc); live checking follows automatically.",
};
