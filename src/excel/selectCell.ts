import { parseAddress } from "../layout/address";
import { errorCode } from "./runExcel";
import type { XlRequestContext } from "./officeTypes";

/**
 * Activates a sheet and selects one cell (the pane's diagnostics list). One sync. Returns false
 * when the sheet is gone or the address is not a cell, instead of failing the pane.
 */
export async function selectCell(context: XlRequestContext, sheetName: string, address: string): Promise<boolean> {
  const cell = address.replace(/\$/g, "");
  if (!cell.split(":").every((p) => parseAddress(p) !== undefined)) return false;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(cell).select();
  try {
    await context.sync();
    return true;
  } catch (error) {
    if (errorCode(error) === "ItemNotFound") return false;
    throw error;
  }
}
