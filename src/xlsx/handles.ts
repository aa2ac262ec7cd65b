import type * as ExcelJS from "exceljs";
import type { PackageBook } from "./packageBook";

/**
 * An open workbook, opaque to everyone outside src/xlsx/: callers keep it between reading
 * and patching, but never see what is behind it (style.md §2: one wrapper per outside library).
 * A workbook read from a file is its original package (read and patched in place, packageBook.ts);
 * a new workbook (templates, test fixtures) is an ExcelJS workbook. This module loads no ExcelJS,
 * so reading a file never does.
 */
export interface WorkbookHandle {
  readonly __brand: "jixiao.WorkbookHandle";
}

export type Behind =
  | { readonly kind: "exceljs"; readonly wb: ExcelJS.Workbook }
  | { readonly kind: "package"; readonly book: PackageBook };

const workbooks = new WeakMap<WorkbookHandle, Behind>();

function handleOf(b: Behind): WorkbookHandle {
  const handle = Object.freeze({}) as WorkbookHandle;
  workbooks.set(handle, b);
  return handle;
}

export function behind(handle: WorkbookHandle): Behind {
  const b = workbooks.get(handle);
  if (!b) throw new TypeError("not a workbook handle made by src/xlsx");
  return b;
}

/** Wraps an ExcelJS workbook in a handle (src/xlsx/ only). */
export function handleFor(workbook: ExcelJS.Workbook): WorkbookHandle {
  return handleOf({ kind: "exceljs", wb: workbook });
}

/** Wraps a read package in a handle (src/xlsx/ only). */
export function packageHandle(book: PackageBook): WorkbookHandle {
  return handleOf({ kind: "package", book });
}

/** The ExcelJS workbook behind a new workbook's handle (src/xlsx/ only). */
export function workbookOf(handle: WorkbookHandle): ExcelJS.Workbook {
  const b = behind(handle);
  if (b.kind !== "exceljs") throw new TypeError("a workbook read from a file takes no new sheets: it is patched in place");
  return b.wb;
}

/** The package behind a read workbook's handle (src/xlsx/ only). */
export function packageOf(handle: WorkbookHandle): PackageBook {
  const b = behind(handle);
  if (b.kind !== "package") throw new TypeError("only a workbook read by readGrids can be patched");
  return b.book;
}
