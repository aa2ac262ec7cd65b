import type { RawCell } from "../domain/cells";
import { Decimal } from "../domain/decimal";
import type { SheetInput } from "../domain/input";
import { cellOwner, ownedFormula } from "../domain/ownership";
import type { ComputedCell, Grade, SheetResult } from "../domain/result";
import { layoutVariants } from "../../test/fixtures/layoutVariants";
import { seedOverallGrid, seedProjectGrid } from "../../test/fixtures/seedGrids";
import { applyPatchToGrid } from "./applyPatch";
import type { Grid } from "./grid";
import { readSheet } from "./readSheet";
import { renderTemplate, templateGrid } from "./templateSpec";
import { inputCellAddresses, patchFor } from "./writePatch";

/** Hand-made results (the engine is tested on its own); what matters here is where they land. */

interface Values {
  rate?: Decimal | null;
  fundsScore?: Decimal | null;
  subRate?: Decimal | null;
  score?: (i: number) => Decimal | null;
  total?: Decimal | null;
  grade?: Grade | null;
}

function computed<T>(cell: RawCell | undefined, value: T | null): ComputedCell<T> | null {
  return cell ? { cell: cell.address, value, owner: cellOwner(cell) } : null;
}

function fakeResult(input: SheetInput, v: Values = {}): SheetResult {
  const f = input.funds;
  const pick = <T>(x: T | null | undefined, d: T): T | null => (x === undefined ? d : x);
  const nowhere: RawCell = { address: "ZZ9999", value: null };
  return {
    sheetName: input.sheetName,
    kind: input.kind,
    funds: f
      ? {
          executionRate: computed(f.total.rate, pick(v.rate, new Decimal("0.95"))),
          weight: new Decimal(10),
          score: computed(f.total.score, pick(v.fundsScore, new Decimal("9.5"))),
          rows: f.groups.flat().map((r) => ({ labelCell: r.label.address, rate: computed(r.rate, pick(v.subRate, new Decimal(1).div(3))) })),
        }
      : null,
    indicators: input.indicators.map((ind, i) => {
      const s = v.score ? v.score(i) : new Decimal(i + 1);
      const owner = cellOwner(ind.score);
      return {
        nameCell: ind.name.address,
        name: String(ind.name.value),
        weight: null,
        entered: null,
        suggested: s,
        score: { cell: ind.score.address, value: owner === "user" ? new Decimal(0) : s, owner },
      };
    }),
    weightTotal: new Decimal(100),
    total: computed(input.footer?.total ?? nowhere, pick(v.total, new Decimal("91.5"))) as ComputedCell<Decimal>,
    grade: computed(input.footer?.grade ?? nowhere, pick<Grade>(v.grade, "优")) as ComputedCell<Grade>,
    statedTotal: null,
    statedGrade: null,
    diagnostics: [],
  };
}

function inputOf(grid: Grid): SheetInput {
  const out = readSheet(grid);
  if (out.status !== "read") throw new Error(`${grid.sheetName} did not read`);
  return out.input;
}

const templateOverall = templateGrid(renderTemplate("overall", { sample: true, year: 2024 }));
const templateProject = templateGrid(renderTemplate("project", { sample: true, year: 2024 }));
const fixtures: readonly (readonly [string, Grid])[] = [
  ["seedOverall", seedOverallGrid],
  ["seedProject", seedProjectGrid],
  ["templateOverall", templateOverall],
  ["templateProject", templateProject],
  ...layoutVariants.filter((x) => x.outcome === "read").map((x) => [x.name, x.grid] as const),
];

describe("patchFor", () => {
  it("fills the arithmetic cells with their formulas and the engine's figures, the scores with marked values", () => {
    const input = inputOf(templateOverall);
    const patch = patchFor(input, fakeResult(input, { rate: new Decimal("0.123456789012345"), score: () => new Decimal("2.345") }));
    const byAddress = new Map(patch.writes.map((w) => [w.address, w]));
    expect(patch.sheetName).toBe("部门整体支出绩效自评表");
    expect(byAddress.get("G4")).toEqual({ address: "G4", formula: '=IF(OR(D4=0,E4=""),"",E4/D4)', value: 0.123456789, numberFormat: "0.00%" });
    expect(byAddress.get("H4")).toEqual({
      address: "H4",
      formula: '=IF(OR(D4=0,E4=""),"",ROUND(F4*MAX(0,MIN(E4/D4,1)),2))',
      value: 9.5,
      numberFormat: "0.00",
    });
    expect(byAddress.get("G5")).toMatchObject({ formula: '=IF(OR(D5=0,E5=""),"",E5/D5)', value: 0.3333333333 });
    expect(byAddress.get("H11")).toEqual({ address: "H11", formula: '=2.35+N("jixiao")', value: 2.35, numberFormat: "0.00" });
    expect(byAddress.get("H24")).toMatchObject({ value: 91.5, formula: expect.stringContaining("ROUND(H4+SUM(H11:") });
    expect(byAddress.get("I24")).toMatchObject({ formula: expect.stringMatching(/^=IF\(H24="","","等级："&IF\(H24>=90,"优"/), value: "等级：优" });
    expect(patch.writes).toHaveLength(2 + 3 + input.indicators.length + 2);
  });

  it("rounds scores half away from zero", () => {
    const input = inputOf(templateProject);
    const patch = patchFor(input, fakeResult(input, { score: () => new Decimal("9.995"), total: new Decimal("89.994") }));
    const first = input.indicators[0].score.address;
    expect(patch.writes.find((w) => w.address === first)?.value).toBe(10);
    expect(patch.writes.find((w) => w.address === input.footer?.total?.address)?.value).toBe(89.99);
  });

  it("never writes a score, total or grade the user typed (the seed's own)", () => {
    const input = inputOf(seedProjectGrid);
    const patch = patchFor(input, fakeResult(input));
    const typed = ["G7", "H7", ...input.indicators.map((i) => i.score.address), "H23", "I23"];
    expect(patch.writes.filter((w) => typed.includes(w.address))).toEqual([]);
    // Only the blank sub-row 执行率 cells are the add-in's to fill.
    expect(patch.writes.map((w) => w.address)).toEqual(["G8", "G9", "G10"]);
  });

  it("leaves out what already stands, clears what can no longer be computed", () => {
    const input = inputOf(templateOverall);
    const once = applyPatchToGrid(templateOverall, patchFor(input, fakeResult(input)));
    const again = inputOf(once);
    expect(patchFor(again, fakeResult(again)).writes).toEqual([]);
    // Within 1e-9 is the same value.
    expect(patchFor(again, fakeResult(again, { total: new Decimal("91.5000000001") })).writes).toEqual([]);
    // New figures for jixiao's formula cells: the formulas stay, their cached results follow.
    const changed = patchFor(again, fakeResult(again, { total: new Decimal(80), grade: "良", rate: null }));
    const formulaAt = (a: string) => once.formulas?.[Number(a.slice(1)) - 1]?.[a.charCodeAt(0) - 65];
    expect(changed.writes).toEqual([
      { address: "G4", formula: formulaAt("G4"), value: null, numberFormat: "0.00%" },
      { address: "H24", formula: formulaAt("H24"), value: 80, numberFormat: "0.00" },
      { address: "I24", formula: formulaAt("I24"), value: "等级：良", numberFormat: "General" },
    ]);
    // A marked value of an earlier version is cleared when there is no figure for it.
    const legacy = inputOf(applyPatchToGrid(templateOverall, { sheetName: "部门整体支出绩效自评表", writes: [{ address: "H11", formula: ownedFormula(5), value: 5 }] }));
    const cleared = patchFor(legacy, fakeResult(legacy, { score: () => null }));
    expect(cleared.writes.find((w) => w.address === "H11")).toEqual({ address: "H11", formula: "", value: null });
    // A null for a blank cell is no write at all.
    expect(patchFor(input, fakeResult(input, { rate: null })).writes.some((w) => w.address === "G4")).toBe(false);
  });

  it("a jixiao-owned score follows its inputs; once typed over, it is the user's", () => {
    const input = inputOf(templateProject);
    const cell = input.indicators[0].score.address;
    const filled = applyPatchToGrid(templateProject, patchFor(input, fakeResult(input, { score: () => new Decimal(20) })));
    const next = inputOf(filled);
    expect(patchFor(next, fakeResult(next, { score: () => new Decimal(15) })).writes.find((w) => w.address === cell)?.value).toBe(15);
    const typed = applyPatchToGrid(filled, { sheetName: filled.sheetName, writes: [] });
    const values = typed.values.map((r) => [...r]);
    const formulas = (typed.formulas ?? []).map((r) => [...r]);
    const at = { row: 13, col: 7 }; // H14, the first indicator's 得分
    expect(cell).toBe("H14");
    values[at.row][at.col] = 18;
    formulas[at.row][at.col] = null;
    const user = inputOf({ ...typed, values, formulas });
    expect(patchFor(user, fakeResult(user, { score: () => new Decimal(15) })).writes.some((w) => w.address === cell)).toBe(false);
  });

  it("writes the bare grade where a 等级 label stands before the cell", () => {
    const input = inputOf({ ...templateOverall, formulas: undefined });
    const bare: SheetInput = { ...input, footer: input.footer && { ...input.footer, gradeLabelled: false } };
    expect(patchFor(bare, fakeResult(bare)).writes.find((w) => w.address === "I24")?.value).toBe("优");
  });

  it("ignores results that point at input cells or at cells the reader never located", () => {
    const input = inputOf(templateOverall);
    const base = fakeResult(input);
    const rogue: SheetResult = {
      ...base,
      total: { cell: "G24", value: new Decimal(1), owner: "blank" }, // 总分's 分值: an input
      grade: { cell: "Z1", value: "差", owner: "blank" },
      indicators: base.indicators.map((i) => ({ ...i, score: { ...i.score, cell: "D11" } })),
    };
    const addresses = patchFor(input, rogue).writes.map((w) => w.address);
    expect(addresses).not.toContain("G24");
    expect(addresses).not.toContain("Z1");
    expect(addresses).not.toContain("D11");
  });

  it("never writes a computed cell holding the user's own formula or a typed value; upgrades an old marked value", () => {
    const input = inputOf(templateOverall);
    const own = applyPatchToGrid(templateOverall, {
      sheetName: "部门整体支出绩效自评表",
      writes: [
        { address: "H4", formula: "=F4*E4/D4", value: 10 },
        { address: "G4", formula: "", value: null },
        { address: "H24", formula: ownedFormula(97), value: 97 },
      ],
    });
    const values = own.values.map((r) => [...r]);
    values[3][6] = 0.5; // G4: a typed rate
    const read = inputOf({ ...own, values });
    const writes = new Map(patchFor(read, fakeResult(read)).writes.map((w) => [w.address, w]));
    expect(writes.has("H4")).toBe(false);
    expect(writes.has("G4")).toBe(false);
    // The total reads the user's execution score: a formula would not give the engine's figure, so the value goes in.
    expect(writes.get("H24")).toMatchObject({ formula: ownedFormula(91.5), value: 91.5 });
    expect(input.footer?.total?.address).toBe("H24");
  });
});

describe.each(fixtures)("every fixture: %s", (_name, grid) => {
  it("no input cell is ever in a patch", () => {
    const input = inputOf(grid);
    const inputs = inputCellAddresses(input);
    expect(inputs.size).toBeGreaterThan(input.indicators.length);
    for (const w of patchFor(input, fakeResult(input)).writes) expect(inputs.has(w.address)).toBe(false);
  });

  it("applying the patch, then patching again, writes nothing", () => {
    const input = inputOf(grid);
    const applied = applyPatchToGrid(grid, patchFor(input, fakeResult(input)));
    const reread = inputOf(applied);
    expect(inputCellAddresses(reread)).toEqual(inputCellAddresses(input));
    expect(patchFor(reread, fakeResult(reread)).writes).toEqual([]);
  });
});
