import * as ExcelJS from "exceljs";

/**
 * An open workbook, opaque to everyone outside src/xlsx/: callers keep it between reading
 * and patching, but never see ExcelJS (style.md §2: one wrapper per outside library).
 */
export interface WorkbookHandle {
  readonly __brand: "jixiao.WorkbookHandle";
}

const workbooks = new WeakMap<WorkbookHandle, ExcelJS.Workbook>();

/** Wraps an ExcelJS workbook in a handle (src/xlsx/ only). */
export function handleFor(workbook: ExcelJS.Workbook): WorkbookHandle {
  const handle = Object.freeze({}) as WorkbookHandle;
  workbooks.set(handle, workbook);
  return handle;
}

/** The ExcelJS workbook behind a handle (src/xlsx/ only). */
export function workbookOf(handle: WorkbookHandle): ExcelJS.Workbook {
  const wb = workbooks.get(handle);
  if (!wb) throw new TypeError("workbookOf: not a handle made by src/xlsx");
  return wb;
}

/** A new, empty workbook. */
export function newWorkbook(): WorkbookHandle {
  const wb = new ExcelJS.Workbook();
  wb.creator = "jixiao";
  return handleFor(wb);
}

/** Names of the workbook's worksheets, in tab order. */
export function sheetNames(handle: WorkbookHandle): string[] {
  return workbookOf(handle).worksheets.map((ws) => ws.name);
}

/** The workbook as .xlsx bytes. */
export async function writeWorkbook(handle: WorkbookHandle): Promise<Uint8Array> {
  // ExcelJS types this as its own Buffer; at run time it is a Node Buffer or a polyfill (Uint8Arrays).
  const out: unknown = await workbookOf(handle).xlsx.writeBuffer();
  if (out instanceof Uint8Array) return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  if (out instanceof ArrayBuffer) return new Uint8Array(out);
  throw new TypeError("writeWorkbook: ExcelJS returned neither bytes nor an ArrayBuffer");
}
