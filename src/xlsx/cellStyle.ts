import type * as ExcelJS from "exceljs";
import type { CellStyle, StyleRole } from "../layout/templateSheet";

/**
 * TemplateSheet styles → ExcelJS styles. Chinese Excel and WPS set these tables in 宋体;
 * charset 134 (GB2312) makes Excel pick the CJK face rather than a Latin fallback.
 */
export const CJK_FONT = "宋体";
export const DEFAULT_FONT_SIZE = 11;

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

function argb(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  return m ? `FF${m[1].toUpperCase()}` : "FF000000";
}

export function excelFont(style: CellStyle): Partial<ExcelJS.Font> {
  const font: Partial<ExcelJS.Font> = {
    name: CJK_FONT,
    charset: 134,
    size: style.fontSize ?? DEFAULT_FONT_SIZE,
  };
  if (style.bold) font.bold = true;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  return font;
}

export function excelAlignment(style: CellStyle): Partial<ExcelJS.Alignment> {
  const alignment: Partial<ExcelJS.Alignment> = { vertical: style.vertical ?? "middle" };
  if (style.horizontal) alignment.horizontal = style.horizontal;
  if (style.wrap) alignment.wrapText = true;
  return alignment;
}

export function excelFill(hex: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } };
}

export const thinBorder: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const INPUT_ROLES: ReadonlySet<StyleRole> = new Set<StyleRole>(["input", "inputNumber", "inputText"]);

/** Applies a role's style to a cell; a cell's own number format or lock overrides the role's. */
export function styleCell(
  cell: ExcelJS.Cell,
  role: StyleRole,
  style: CellStyle,
  own: { readonly numberFormat?: string; readonly locked?: boolean } = {},
): void {
  cell.font = excelFont(style);
  cell.alignment = excelAlignment(style);
  if (style.fill) cell.fill = excelFill(style.fill);
  if (style.border) cell.border = thinBorder;
  const fmt = own.numberFormat ?? style.numberFormat;
  if (fmt) cell.numFmt = fmt;
  // Protection-ready: input cells open, everything else locked; the sheet itself stays unprotected.
  cell.protection = { locked: own.locked ?? style.locked ?? !INPUT_ROLES.has(role) };
}
