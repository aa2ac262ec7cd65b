import * as ExcelJS from "exceljs";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ownedValue } from "../../src/domain/ownership";
import { ensureCliBuilt, jixiao, removeTempDirs, ROOT, tempDir } from "../cli/runJixiao";
import { BOOLEAN_CELL, DATE_CELL, ERROR_CELL, ERROR_FORMULA_CELL, HOSTILE_TEXTS, hostileWorkbook, RICH_TEXT, RICH_TEXT_CELL } from "./hostileWorkbook";

/**
 * Hostile cell content through the `jixiao` process: the JSON report gives every text back
 * exactly (JSON.parse → the same string, never a formula), the readable report lets no control
 * character reach the terminal, Excel errors, booleans, rich text and dates are diagnosed or
 * handled, and `jixiao score` writes only its own formulas — every hostile text stays text.
 * There is no CSV output anywhere (src/ has none; `--csv` is refused), so no CSV neutralising.
 */

// Each test spawns the CLI (a few hundred ms); a slow CI machine must not trip the 5 s default.
jest.setTimeout(120_000);

beforeAll(() => ensureCliBuilt(), 240_000);
afterAll(() => removeTempDirs());

const SHEET = "项目支出绩效自评表";

interface JsonDiag {
  readonly code: string;
  readonly severity: string;
  readonly cell: string;
  readonly message: string;
}
interface JsonSheet {
  readonly sheet: string;
  readonly indicators: readonly { cell: string; name: string; score: string | null }[];
  readonly diagnostics: readonly JsonDiag[];
}

describe("hostile cell content through jixiao check and score", () => {
  let file: string;
  let bytes: Buffer;
  beforeAll(async () => {
    file = path.join(tempDir("jixiao-content-"), "hostile.xlsx");
    writeFileSync(file, await hostileWorkbook());
    bytes = readFileSync(file);
  }, 60_000);

  const sheetOf = (stdout: string): JsonSheet => {
    const report = JSON.parse(stdout) as { files: { sheets: JsonSheet[] }[] };
    const sheet = report.files[0].sheets.find((s) => s.sheet === SHEET);
    if (!sheet) throw new Error("no project sheet in the report");
    return sheet;
  };

  it("--json gives every indicator name back exactly, formula-like and escape-laden texts included", () => {
    const run = jixiao(["check", "--json", file]);
    expect([0, 1]).toContain(run.code);
    const sheet = sheetOf(run.stdout);
    const names = new Map(sheet.indicators.map((i) => [i.cell.replace(/^.*!/, ""), i.name]));
    for (const [address, text] of Object.entries(HOSTILE_TEXTS)) {
      if (address.startsWith("D")) expect({ address, name: names.get(address) }).toEqual({ address, name: text });
    }
    expect(names.get(RICH_TEXT_CELL)).toBe(RICH_TEXT);
    // Every message names its cell as Sheet!A1, and the JSON document is nothing but JSON.
    for (const d of sheet.diagnostics) expect(d.cell.startsWith(`${SHEET}!`)).toBe(true);
    expect(run.stdout.trim().startsWith("{")).toBe(true);
  });

  it("Excel errors and a boolean where numbers belong are diagnosed at their cells; a date actual is scored", () => {
    const sheet = sheetOf(jixiao(["check", "--json", file]).stdout);
    const at = (cell: string) => sheet.diagnostics.filter((d) => d.cell === `${SHEET}!${cell}`).map((d) => d.code);
    expect(at(ERROR_CELL)).toContain("VALUE_NOT_NUMERIC");
    expect(at(ERROR_FORMULA_CELL)).toContain("VALUE_NOT_NUMERIC");
    expect(at(BOOLEAN_CELL)).toEqual(expect.arrayContaining([expect.stringMatching(/WEIGHT_INVALID|VALUE_NOT_NUMERIC/)]));
    expect(at(DATE_CELL)).toEqual([]);
    const dated = sheet.indicators.find((i) => i.cell.endsWith(`!D${DATE_CELL.slice(1)}`));
    expect(dated?.score).not.toBeNull();
  });

  it("the readable report lets no control character through to the terminal", () => {
    for (const lang of ["zh-CN", "en"]) {
      const run = jixiao(["check", "--lang", lang, file]);
      expect(run.stdout.match(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g)).toBeNull();
      expect(run.stdout).toContain(`${SHEET}!G18`);
      expect(run.stdout).toContain("31m十分");
    }
  });

  it("jixiao score writes only its own formulas; every hostile text stays a text, the input untouched", async () => {
    const dir = tempDir("jixiao-content-out-");
    const out = path.join(dir, "scored.xlsx");
    const run = jixiao(["score", file, "-o", out]);
    // Written; the hostile weights are errors left in the table, so exit 1 as `check` does.
    expect(run.code).toBe(1);
    expect(jixiao(["check", file]).code).toBe(1);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readdirSync(dir)).toEqual(["scored.xlsx"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(SHEET);
    if (!ws) throw new Error("no sheet");
    for (const [address, text] of Object.entries(HOSTILE_TEXTS)) {
      const cell = ws.getCell(address);
      expect({ address, type: cell.type, value: cell.value }).toEqual({ address, type: ExcelJS.ValueType.String, value: text });
    }
    let owned = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const formula = `=${cell.formula}`;
        if (cell.address === ERROR_FORMULA_CELL) expect(formula).toBe("=1/0");
        else {
          // A marked score, or an arithmetic formula of jixiao's: only these functions, no text of the sheet's.
          const functions = formula.replace(/"(?:[^"]|"")*"/g, '""').match(/[A-Z]+(?=\()/g) ?? [];
          const arithmetic = functions.length > 0 && functions.every((f) => ["IF", "OR", "ROUND", "MIN", "MAX", "SUM", "COUNTIFS"].includes(f));
          expect({ address: cell.address, owned: ownedValue(formula) !== undefined || arithmetic }).toEqual({ address: cell.address, owned: true });
          owned++;
        }
      }),
    );
    expect(owned).toBeGreaterThan(0);
  });

  it("offers no CSV output (nothing to neutralise): --csv is refused as an unknown option", () => {
    const run = jixiao(["check", "--csv", path.join(ROOT, "examples", "shifeng-2020.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
  });
});
