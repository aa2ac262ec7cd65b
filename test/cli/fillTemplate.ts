import * as path from "node:path";
import type * as ExcelJS from "exceljs";
import { Workbook } from "exceljs";
import type { CellValue } from "../../src/domain/cells";
import { seedProjectGrid } from "../fixtures/seedGrids";

/**
 * Types the seed's project table (附件2) into a fresh jixiao project template, as an accountant
 * would: cells are found by their labels in the template, values come from seedGrids.ts.
 * The computed cells (执行率, 得分 of the funds row, 总分, 等级) are left blank for jixiao.
 */

const squash = (v: unknown) => (typeof v === "string" ? v.replace(/[\s\u3000]/g, "") : "");

/** The first cell holding the label (at or below `fromRow`). */
function find(ws: ExcelJS.Worksheet, label: string, fromRow = 1): { row: number; col: number } {
  let found: { row: number; col: number } | undefined;
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (!found && r >= fromRow && squash(cell.value) === label) found = { row: r, col: c };
    }),
  );
  if (!found) throw new Error(`label ${label} not in the template`);
  return found;
}

const seedAt = (address: string): CellValue => {
  const m = /^([A-Z])(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  return seedProjectGrid.values[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65] ?? null;
};

function put(ws: ExcelJS.Worksheet, row: number, col: number, value: CellValue, numberFormat?: string | null): void {
  if (value === null || typeof value === "object") return;
  const cell = ws.getCell(row, col);
  cell.value = value;
  // Loaded cells share style objects: give this one its own before changing its format.
  if (numberFormat) cell.style = { ...cell.style, numFmt: numberFormat };
}

export function fillSeedProject(ws: ExcelJS.Worksheet): void {
  const right = (label: string, value: CellValue, offset = 1) => {
    const at = find(ws, label);
    put(ws, at.row, at.col + offset, value);
  };
  right("部门名称", seedAt("C2"), 2);
  right("专项名称", seedAt("C3"));
  right("项目总投资（万元）", seedAt("H3"), 2);
  right("其中：财政拨款", seedAt("H4"), 2);

  const budget = find(ws, "全年预算数").col;
  const executed = find(ws, "全年执行数").col;
  const total = find(ws, "合计").row;
  put(ws, total, budget, seedAt("D7"));
  put(ws, total, executed, seedAt("E7"));
  put(ws, find(ws, "其中：当年财政拨款").row, budget, seedAt("D8"));

  const expected = find(ws, "预期目标");
  put(ws, expected.row + 1, expected.col, seedAt("B12"));
  const achieved = find(ws, "实际完成情况");
  put(ws, achieved.row + 1, achieved.col, seedAt("F12"));

  // Indicator rows: matched by 三级指标 name; 年度指标值 … 偏差原因 typed as the seed has them.
  const header = find(ws, "三级指标");
  const nameCol = header.col;
  const columns = ["年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"].map((l) => find(ws, l, header.row).col);
  for (let r = 14; r <= 22; r++) {
    const name = squash(seedAt(`D${r}`));
    let row = 0;
    ws.getColumn(nameCol).eachCell((cell, n) => {
      if (squash(cell.value) === name) row = n;
    });
    if (!row) throw new Error(`indicator ${name} not in the template`);
    ["E", "F", "G", "H", "I"].forEach((seedCol, i) => {
      const seedRow = r - 1;
      const seedColIndex = seedCol.charCodeAt(0) - 65;
      put(ws, row, columns[i], seedAt(`${seedCol}${r}`), seedProjectGrid.numberFormats?.[seedRow]?.[seedColIndex]);
    });
  }
}

/** A project template from the real CLI with the seed's values typed in: `<dir>/filled.xlsx`. */
export async function filledSeedProject(
  dir: string,
  jixiao: (args: readonly string[]) => { code: number | null },
): Promise<string> {
  const blank = path.join(dir, "blank.xlsx");
  if (jixiao(["template", "--kind", "project", "--sample", "--year", "2020", "-o", blank]).code !== 0) {
    throw new Error("jixiao template failed");
  }
  const wb = new Workbook();
  await wb.xlsx.readFile(blank);
  const ws = wb.getWorksheet("项目支出绩效自评表");
  if (!ws) throw new Error("no project sheet in the template");
  fillSeedProject(ws);
  const filled = path.join(dir, "filled.xlsx");
  await wb.xlsx.writeFile(filled);
  return filled;
}
