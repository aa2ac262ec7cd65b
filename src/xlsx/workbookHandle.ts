import * as ExcelJS from "exceljs";
import { behind, handleFor, type WorkbookHandle } from "./handles";
import { packageBytes } from "./packageBook";
import { JIXIAO_VERSION } from "../domain/version";

export { handleFor, workbookOf, type WorkbookHandle } from "./handles";

/** A new, empty workbook (ExcelJS: for templates and fixtures). */
export function newWorkbook(): WorkbookHandle {
  const wb = new ExcelJS.Workbook();
  // Which jixiao (and so which rules) wrote the file: File → Info in Excel shows it.
  wb.creator = `jixiao ${JIXIAO_VERSION}`;
  return handleFor(wb);
}

/** Names of the workbook's worksheets, in tab order. */
export function sheetNames(handle: WorkbookHandle): string[] {
  const b = behind(handle);
  if (b.kind === "package") return b.book.model.sheets.filter((s) => s.kind === "worksheet").map((s) => s.name);
  return b.wb.worksheets.map((ws) => ws.name);
}

/** The workbook as .xlsx bytes. A read workbook keeps every part it did not change byte for byte. */
export async function writeWorkbook(handle: WorkbookHandle): Promise<Uint8Array> {
  const b = behind(handle);
  if (b.kind === "package") return packageBytes(b.book);
  // ExcelJS types this as its own Buffer; at run time it is a Node Buffer or a polyfill (Uint8Arrays).
  const out: unknown = await b.wb.xlsx.writeBuffer();
  if (out instanceof Uint8Array) return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  if (out instanceof ArrayBuffer) return new Uint8Array(out);
  throw new TypeError("writeWorkbook: ExcelJS returned neither bytes nor an ArrayBuffer");
}
