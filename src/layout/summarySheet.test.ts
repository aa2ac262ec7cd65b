import { seedOverallGrid, seedProjectGrid } from "../../test/fixtures/seedGrids";
import { checkWorkbook } from "./checkWorkbook";
import type { CellValue } from "../domain/cells";
import type { Grid } from "./grid";
import { parseAddress } from "./address";
import { isSummarySheet, sheetRef, summaryCellsOf, summarySheetWrites, SUMMARY_HEADERS, type SummarySource } from "./summarySheet";

/** The 汇总表's cells: references quoted right, one row per evaluation sheet, recognised afterwards. */

function gridOf(cells: readonly { address: string; text?: string; formula?: string }[], sheetName = "汇总表"): Grid {
  const values: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  for (const c of cells) {
    const at = parseAddress(c.address);
    if (!at) throw new Error(c.address);
    (values[at.row] ??= [])[at.col] = c.text ?? null;
    (formulas[at.row] ??= [])[at.col] = c.formula ?? null;
  }
  const fill = (rows: (string | null)[][]) => Array.from({ length: rows.length }, (_, r) => Array.from(rows[r] ?? [], (v) => v ?? null));
  return { sheetName, values: fill(values), formulas: fill(formulas), merges: [] };
}

const source = (sheetName: string): SummarySource => ({
  sheetName,
  kind: "project",
  budgetCell: "D6",
  executedCell: "E6",
  totalCell: "H24",
  gradeCell: "I24",
  gradeLabelled: true,
});

describe("sheetRef", () => {
  it.each([
    ["项目支出绩效自评表", "'项目支出绩效自评表'!H24"],
    ["项目 A", "'项目 A'!H24"],
    ["It's (2)", "'It''s (2)'!H24"],
    ["'quoted'", "'''quoted'''!H24"],
  ])("%s → %s", (name, ref) => expect(sheetRef(name, "H24")).toBe(ref));
});

describe("summarySheetWrites", () => {
  it("writes title and header, and a row of formulas per sheet, names quoted inside the link's text", () => {
    const cells = summarySheetWrites([source("It's \"B\" (2)")]);
    const at = (a: string) => cells.find((c) => c.address === a);
    expect(at("A1")?.text).toBe("绩效自评汇总表");
    expect(SUMMARY_HEADERS.map((_, i) => cells[1 + i].text)).toEqual([...SUMMARY_HEADERS]);
    expect(at("A3")?.formula).toBe(`=HYPERLINK("#'It''s ""B"" (2)'!A1","It's ""B"" (2)")`);
    expect(at("E3")?.formula).toBe(`=IF('It''s "B" (2)'!D6="","",'It''s "B" (2)'!D6)`);
    expect(at("G3")?.formula).toBe(`=IF(N('It''s "B" (2)'!D6)=0,"",N('It''s "B" (2)'!E6)/N('It''s "B" (2)'!D6))`);
    expect(at("H3")?.numberFormat).toBe("0.00");
    expect(at("I3")?.formula).toContain(`SUBSTITUTE('It''s "B" (2)'!I24,"等级：","")`);
  });

  it("lists the seed's two sheets in tab order, pointing at their located cells", () => {
    const check = checkWorkbook([seedOverallGrid, seedProjectGrid]);
    const cells = summaryCellsOf(check);
    const total = (row: number) => cells.find((c) => c.address === `H${row}`)?.formula;
    expect(total(3)).toBe(`=IF('${check.sheets[0].result.sheetName}'!${check.sheets[0].result.total.cell}="","",'${check.sheets[0].result.sheetName}'!${check.sheets[0].result.total.cell})`);
    expect(total(4)).toContain(`'${check.sheets[1].result.sheetName}'!${check.sheets[1].result.total.cell}`);
    expect(cells.some((c) => c.address.endsWith("5"))).toBe(false);
  });
});

describe("the formulas' current results (cached values for .xlsx)", () => {
  const values = new Map<string, CellValue>([
    ["D6", 0],
    ["E6", 3],
    ["H24", null],
    ["I24", "等级：  良 "],
  ]);
  const cells = summarySheetWrites([source("项目 A")], (sheet, address) => (sheet === "项目 A" ? (values.get(address) ?? null) : 7));
  const at = (a: string) => cells.find((c) => c.address === a);

  it("follows each formula: a blank cell shows blank, no rate without a budget, the grade without its label", () => {
    expect([at("A3")?.value, at("E3")?.value, at("F3")?.value, at("G3")?.value, at("H3")?.value, at("I3")?.value]).toEqual(["项目 A", 0, 3, "", "", "良"]);
    expect(at("A3")?.link).toBe("'项目 A'!A1");
  });

  it("has none without a lookup, and none where the result is unknown (an error in the cell)", () => {
    expect(summarySheetWrites([source("项目 A")]).some((c) => c.value !== undefined)).toBe(false);
    const withError = summarySheetWrites([source("项目 A")], () => ({ error: "#REF!" }));
    expect(withError.find((c) => c.address === "H3")?.value).toBeUndefined();
  });

  it("takes the cells jixiao fills from its patch: a blank project total shows the 98 jixiao writes", () => {
    const blankTotal: Grid = { ...seedProjectGrid, values: seedProjectGrid.values.map((row, r) => (r === 22 ? row.map((v, c) => (c === 7 ? null : v)) : row)) };
    const check = checkWorkbook([seedOverallGrid, blankTotal]);
    expect(check.sheets[1].patch.writes.find((w) => w.address === "H23")?.value).toBe(98);
    const row4 = summaryCellsOf(check).filter((c) => c.address.endsWith("4") && c.address !== "A4");
    expect(row4.map((c) => [c.address, c.value])).toEqual([
      ["B4", undefined],
      ["C4", "石峰区工商业联合会　"],
      ["D4", "非公有制中小微企业发展项目"],
      ["E4", 10],
      ["F4", 10],
      ["G4", 1],
      ["H4", 98],
      ["I4", "优"],
    ]);
    // The overall sheet's stated 97 is the user's: the summary shows the cell, not the computed 107.
    expect(summaryCellsOf(check).find((c) => c.address === "H3")?.value).toBe(97);
  });
});

describe("isSummarySheet", () => {
  it("recognises jixiao's 汇总表, and checkWorkbook neither scores it nor calls it broken", () => {
    const summary = gridOf(summarySheetWrites([source("项目支出绩效自评表")]));
    expect(isSummarySheet(summary)).toBe(true);
    expect(isSummarySheet(seedProjectGrid)).toBe(false);
    const check = checkWorkbook([seedProjectGrid, summary]);
    expect(check.sheets.map((s) => s.result.sheetName)).toEqual([seedProjectGrid.sheetName]);
    expect(check.broken).toEqual([]);
  });

  it("does not take a sheet that only starts like one", () => {
    const cells = summarySheetWrites([]).filter((c) => c.address !== "I2");
    expect(isSummarySheet(gridOf(cells))).toBe(false);
  });
});
