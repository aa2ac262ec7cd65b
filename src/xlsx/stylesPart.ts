import type { OpcPackage } from "./opcPackage";
import { attr, isSml, type XmlTag } from "./xmlStream";

/**
 * Number formats from styles.xml: the format code of each cell style (cellXfs, by a cell's `s`),
 * and the shared strings table. Nothing else of the styles is read.
 */

/** Excel's built-in format codes by id (ECMA-376 §18.8.30, with the zh-CN ids 27–36 and 50–58). */
export const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

export interface CellFormats {
  /** Format code of each cellXfs entry; null for General. */
  readonly byStyle: readonly (string | null)[];
  /** Custom formats by id (numFmts). */
  readonly custom: ReadonlyMap<number, string>;
}

export function readCellFormats(pkg: OpcPackage, part: string | null): CellFormats {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  if (!part) return { byStyle: [], custom };
  let inCellXfs = false;
  pkg.parse(part, {
    open: (tag) => {
      if (isSml(tag, "numFmt")) {
        const id = Number(attr(tag, "numFmtId"));
        if (Number.isInteger(id)) custom.set(id, attr(tag, "formatCode") ?? "");
      } else if (isSml(tag, "cellXfs")) inCellXfs = true;
      else if (inCellXfs && isSml(tag, "xf")) xfIds.push(Number(attr(tag, "numFmtId") ?? "0"));
    },
    close: (tag) => {
      if (isSml(tag, "cellXfs")) inCellXfs = false;
    },
  });
  return { byStyle: xfIds.map((id) => formatCode(id, custom)), custom };
}

export function formatCode(id: number, custom: ReadonlyMap<number, string>): string | null {
  const code = custom.get(id) ?? BUILTIN_FORMATS[id] ?? null;
  return code === "" || code === "General" ? null : code;
}

/** Excel writes characters XML cannot hold as _xHHHH_ (ECMA-376 §22.4.2.4). */
export function unescapeOoxml(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Collects a string item's text: its <t> runs, not the phonetic <rPh> guide. */
export class StringItemText {
  private depthInPhonetic = 0;
  private inT = false;
  private parts: string[] = [];

  open(tag: XmlTag): void {
    if (!SML_TEXT(tag)) return;
    if (tag.local === "rPh") this.depthInPhonetic++;
    else if (tag.local === "t" && this.depthInPhonetic === 0) this.inT = true;
  }

  close(tag: XmlTag): void {
    if (!SML_TEXT(tag)) return;
    if (tag.local === "rPh") this.depthInPhonetic--;
    else if (tag.local === "t") this.inT = false;
  }

  text(t: string): void {
    if (this.inT) this.parts.push(t);
  }

  take(): string {
    const s = unescapeOoxml(this.parts.length === 1 ? this.parts[0] : this.parts.join(""));
    this.parts = [];
    return s;
  }
}

function SML_TEXT(tag: XmlTag): boolean {
  return (tag.local === "t" || tag.local === "rPh") && isSml(tag, tag.local);
}

export function readSharedStrings(pkg: OpcPackage, part: string | null): string[] {
  const strings: string[] = [];
  if (!part) return strings;
  const item = new StringItemText();
  pkg.parse(part, {
    open: (tag) => {
      if (isSml(tag, "si")) item.take();
      else item.open(tag);
    },
    close: (tag) => {
      if (isSml(tag, "si")) strings.push(item.take());
      else item.close(tag);
    },
    text: (t) => item.text(t),
  });
  return strings;
}
