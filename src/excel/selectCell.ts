import { parseAddress } from "../layout/address";
import { errorCode } from "./runExcel";
import type { XlRequestContext } from "./officeTypes";

/** What came of a click on a problem in the pane. */
export type SelectOutcome = "selected" | "missing" | "hidden" | "notACell";

/**
 * Activates a sheet and selects one cell (the pane's diagnostics list). Two syncs: the sheet's
 * visibility is read first, because a hidden or very hidden sheet cannot be activated — the pane
 * then says so instead of failing. A sheet that is gone or an address that is no cell is
 * reported too, never thrown.
 */
export async function selectCell(context: XlRequestContext, sheetName: string, address: string): Promise<SelectOutcome> {
  const cell = address.replace(/\$/g, "");
  if (!cell.split(":").every((p) => parseAddress(p) !== undefined)) return "notACell";
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load("visibility");
  await context.sync();
  if (sheet.isNullObject) return "missing";
  if (sheet.visibility !== "Visible") return "hidden";
  sheet.activate();
  sheet.getRange(cell).select();
  try {
    await context.sync();
    return "selected";
  } catch (error) {
    if (errorCode(error) === "ItemNotFound") return "missing";
    throw error;
  }
}
