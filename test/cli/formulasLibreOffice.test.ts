import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { Workbook, type Worksheet } from "exceljs";
import { EXAMPLE_FILE } from "../fixtures/makeExample";
import { ensureCliBuilt, jixiao, removeTempDirs, ROOT, tempDir } from "./runJixiao";

/**
 * Issue 11's acceptance: the arithmetic lives in the workbook. A file jixiao wrote, changed without
 * jixiao (ExcelJS, values only) and recalculated by LibreOffice (no jixiao involved), shows the
 * 执行率, 执行率得分, 总分 and 等级 that `jixiao check` computes for the changed file. The same for a
 * fresh template an accountant filled in. LibreOffice is in CI: without soffice this test fails.
 */

beforeAll(() => ensureCliBuilt(), 240_000);
afterAll(() => removeTempDirs());

/** A LibreOffice profile that recalculates every formula when an .xlsx is loaded (the default keeps cached results). */
function recalcProfile(dir: string): string {
  const user = path.join(dir, "lo-profile", "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    path.join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${path.join(dir, "lo-profile")}`;
}

/** LibreOffice opens each file, recalculates and saves it as .xlsx into `out` (one process for all). */
function recalculate(files: readonly string[], dir: string): string[] {
  const out = path.join(dir, "recalculated");
  mkdirSync(out, { recursive: true });
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=${recalcProfile(dir)}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, ...files],
    { encoding: "utf8", timeout: 300_000 },
  );
  if (r.error) throw new Error(`soffice is required for this test (LibreOffice is in CI): ${r.error.message}`);
  expect(r.status).toBe(0);
  return files.map((f) => path.join(out, path.basename(f)));
}

async function load(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function sheet(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** What a cell shows: the cached result of a formula, or its value. */
function shown(ws: Worksheet, address: string): unknown {
  const v = ws.getCell(address).value;
  if (v && typeof v === "object" && "formula" in v) return (v as { result?: unknown }).result ?? null;
  return v;
}

function formulaOf(ws: Worksheet, address: string): string | undefined {
  const v = ws.getCell(address).value;
  return v && typeof v === "object" && "formula" in v ? String((v as { formula: string }).formula) : undefined;
}

interface Figures {
  readonly rate: string | null;
  readonly fundsScore: string | null;
  readonly total: string | null;
  readonly grade: string | null;
}

interface JsonSheet {
  readonly sheet: string;
  readonly executionRate: string | null;
  readonly fundsScore: string | null;
  readonly total: string | null;
  readonly grade: string | null;
}

/** `jixiao check --json` on a file: the engine's figures per sheet. */
function engineFigures(file: string): Map<string, Figures> {
  const run = jixiao(["check", "--json", file]);
  const doc = JSON.parse(run.stdout) as { files: { sheets: JsonSheet[] }[] };
  return new Map(
    doc.files[0].sheets.map((s) => [
      s.sheet,
      { rate: s.executionRate === null ? null : Number(s.executionRate).toFixed(6), fundsScore: s.fundsScore, total: s.total, grade: s.grade },
    ]),
  );
}

/** The same figures as the recalculated sheet shows them. */
function sheetFigures(ws: Worksheet, cells: { rate: string; fundsScore: string; total: string; grade: string }): Figures {
  const num = (a: string, digits: number) => {
    const v = shown(ws, a);
    return typeof v === "number" ? v.toFixed(digits) : null;
  };
  const grade = shown(ws, cells.grade);
  return {
    rate: num(cells.rate, 6),
    fundsScore: num(cells.fundsScore, 2),
    total: num(cells.total, 2),
    grade: typeof grade === "string" && grade !== "" ? grade.replace(/^等级：/, "") : null,
  };
}

const OVERALL = "部门整体支出绩效自评表";
const PROJECT = "项目支出绩效自评表";
/** The seed's computed cells (examples/shifeng-2020.xlsx): 执行率, 执行率得分, indicator 得分, 总分, 等级. */
const SEED_CELLS = {
  [OVERALL]: { rate: "G4", fundsScore: "H4", scores: ["H", 11, 23] as const, total: "H24", grade: "I24", executed: "E4" },
  [PROJECT]: { rate: "G7", fundsScore: "H7", scores: ["H", 14, 22] as const, total: "H23", grade: "I23", executed: "E7" },
};

describe("the arithmetic lives in the workbook (LibreOffice recalculates, no jixiao)", () => {
  it("seed, cleared → jixiao score → 全年执行数 changed with ExcelJS → LibreOffice: the figures follow and equal jixiao check; so does a filled template of each kind", async () => {
    const dir = tempDir();

    // 1. The seed with its computed cells cleared, scored by jixiao.
    const seed = await load(path.join(ROOT, EXAMPLE_FILE));
    for (const [name, c] of Object.entries(SEED_CELLS)) {
      const ws = sheet(seed, name);
      for (const a of [c.rate, c.fundsScore, c.total, c.grade]) ws.getCell(a).value = null;
      for (let r = c.scores[1]; r <= c.scores[2]; r++) ws.getCell(`${c.scores[0]}${r}`).value = null;
    }
    const cleared = path.join(dir, "cleared.xlsx");
    await seed.xlsx.writeFile(cleared);
    const scoredFile = path.join(dir, "scored.xlsx");
    expect(jixiao(["score", cleared, "-o", scoredFile]).code).not.toBe(2);

    const scored = await load(scoredFile);
    for (const [name, c] of Object.entries(SEED_CELLS)) {
      const ws = sheet(scored, name);
      // Formulas an auditor can read, with cached results for viewers that do not recalculate.
      expect(formulaOf(ws, c.rate)).toMatch(/^IF\(OR\(D\d+=0,E\d+=""\),"",E\d+\/D\d+\)$/);
      expect(formulaOf(ws, c.fundsScore)).toContain("ROUND(F");
      expect(formulaOf(ws, c.total)).toContain("SUM(H");
      expect(formulaOf(ws, c.grade)).toContain(">=90");
      expect(shown(ws, c.rate)).toBe(1);
    }
    // A second score writes nothing.
    const again = jixiao(["score", scoredFile, "-o", path.join(dir, "again.xlsx")]);
    expect(again.stdout).toContain("写入 0 个单元格");

    // 2. 全年执行数 changed outside jixiao: values only.
    for (const [name, c] of Object.entries(SEED_CELLS)) sheet(scored, name).getCell(c.executed).value = name === OVERALL ? 150.37 : 8.55;
    const changed = path.join(dir, "changed.xlsx");
    await scored.xlsx.writeFile(changed);

    // 3. Fresh templates of both kinds, filled in with values only (blank rows and all).
    const filled: string[] = [];
    for (const kind of ["overall", "project"] as const) {
      const file = path.join(dir, `template-${kind}.xlsx`);
      expect(jixiao(["template", "--kind", kind, "--year", "2024", "--department", "某某局", "-o", file]).code).toBe(0);
      const wb = await load(file);
      const ws = wb.worksheets[0];
      const t = templateCells(ws);
      ws.getCell(t.budget).value = 200;
      ws.getCell(t.executed).value = 173.3; // 执行率 86.65%: 分值 × 执行率 = 8.665, a half cent
      // One row under each 一级: 50 + 30 + 10, scored by the accountant (one below full, with a reason).
      const rows = [
        [t.firstRows[0], "培训人次", "≥100人次", "90人次", 50, 45, "部分培训延期"],
        [t.firstRows[1], "带动就业", "≥30人", "35人", 30, 30, null],
        [t.firstRows[2], "服务对象满意度", "≥95%", "97%", 10, 10, null],
      ] as const;
      for (const [row, name, target, actual, weight, score, note] of rows) {
        ws.getCell(`D${row}`).value = name;
        ws.getCell(`E${row}`).value = target;
        ws.getCell(`F${row}`).value = actual;
        ws.getCell(`G${row}`).value = weight;
        ws.getCell(`H${row}`).value = score;
        if (note) ws.getCell(`I${row}`).value = note;
      }
      await wb.xlsx.writeFile(file);
      filled.push(file);
    }

    // 4. LibreOffice recalculates all three files in one run.
    const [recalcChanged, ...recalcTemplates] = recalculate([changed, ...filled], dir);

    const changedEngine = engineFigures(changed);
    const recalculated = await load(recalcChanged);
    for (const [name, c] of Object.entries(SEED_CELLS)) {
      const figures = sheetFigures(sheet(recalculated, name), c);
      expect({ name, ...figures }).toEqual({ name, ...changedEngine.get(name) });
      // The change did move them: the rate is no longer 100%.
      expect(figures.rate).not.toBe((1).toFixed(6));
    }

    for (const [i, file] of filled.entries()) {
      const engine = engineFigures(file);
      const wb = await load(recalcTemplates[i]);
      const ws = wb.worksheets[0];
      const t = templateCells(ws);
      const figures = sheetFigures(ws, t);
      expect(figures).toEqual(engine.get(ws.name));
      expect(figures.total).toBe("93.67");
      expect(figures.grade).toBe("优");
    }
  }, 600_000);
});

/** Where a jixiao template keeps its cells, found by their labels as a reader would. */
function templateCells(ws: Worksheet): {
  budget: string;
  executed: string;
  rate: string;
  fundsScore: string;
  total: string;
  grade: string;
  firstRows: number[];
} {
  let totalRow = 0;
  let fundsRow = 0;
  const level1Rows: number[] = [];
  ws.eachRow((row, r) => {
    const b = row.getCell(2).value;
    const a = row.getCell(1).value;
    if (b === "合计" && !fundsRow) fundsRow = r;
    if (a === "总分") totalRow = r;
    if (typeof b === "string" && /^(产出|效益|满意度)指标/.test(b)) level1Rows.push(r);
  });
  return {
    budget: `D${fundsRow}`,
    executed: `E${fundsRow}`,
    rate: `G${fundsRow}`,
    fundsScore: `H${fundsRow}`,
    total: `H${totalRow}`,
    grade: `I${totalRow}`,
    firstRows: level1Rows,
  };
}
