import { DIAGNOSTIC_CODES } from "../../src/domain/diagnostics";
import { Decimal } from "../../src/domain/decimal";
import { cellOwner, ownedValue, sameFormula } from "../../src/domain/ownership";
import { profiles, type RuleProfile } from "../../src/domain/profiles";
import { computedFormulas } from "../../src/layout/formulas";
import { parseAddress } from "../../src/layout/address";
import { applyPatchToGrid, checkWorkbook, type SheetCheck, type WorkbookCheck } from "../../src/layout/checkWorkbook";
import type { Grid } from "../../src/layout/grid";
import { inputCellAddresses } from "../../src/layout/writePatch";
import { diagnosticsEn } from "../../src/i18n/diagnostics.en";
import { diagnosticsZhCN } from "../../src/i18n/diagnostics.zh-CN";
import { formatDiagnostic } from "../../src/i18n/formatDiagnostic";
import { rawCellAt } from "../../src/layout/grid";
import { cellDifferences, copyGrid, deepFreeze } from "./gridCells";

/**
 * The properties every Grid → Sheet → Result → Patch run must keep, whatever the grids:
 * 1. no throw, and the grids handed in are not touched;
 * 2. every computed score lies in [0, 分值] (indicator rows with 分值 > 0, the execution row);
 * 3. the patch writes only jixiao-owned formulas, only at computed cells that were blank or
 *    jixiao's, never at an input cell, never twice at one address;
 * 4. applying the patch changes no other cell (value, formula, number format);
 * 5. checking the patched grids again writes nothing (the patch is idempotent) and agrees.
 * Each property throws an Error naming the sheet and cell when it fails.
 */

class PropertyFailure extends Error {}

function fail(sheet: string, message: string): never {
  throw new PropertyFailure(`[${sheet}] ${message}`);
}

const CODES = new Set<string>(DIAGNOSTIC_CODES);
const ZERO = new Decimal(0);
const CATALOGUES = [
  ["zh-CN", diagnosticsZhCN],
  ["en", diagnosticsEn],
] as const;
const WRITE_FORMATS = new Set(["0.00", "0.00%", "General"]);

function inRange(x: Decimal, w: Decimal): boolean {
  return x.gte(ZERO) && x.lte(w);
}

/** Property 2: scores within [0, 分值]. */
export function assertScoresInRange(c: SheetCheck): void {
  const name = c.grid.sheetName;
  const r = c.result;
  let allSuggested = true;
  for (const ind of r.indicators) {
    if (ind.entered !== null) allSuggested = false;
    const w = ind.weight;
    if (w === null || !w.gt(0)) continue;
    if (ind.suggested !== null && !inRange(ind.suggested, w)) {
      fail(name, `${ind.score.cell}: suggested ${ind.suggested.toString()} outside [0, ${w.toString()}]`);
    }
    const v = ind.score.value;
    if (ind.entered === null && v !== null && !inRange(v, w)) fail(name, `${ind.score.cell}: score ${v.toString()} outside [0, ${w.toString()}]`);
  }
  if (r.funds) {
    if (!r.funds.weight.gt(0)) fail(name, `execution 分值 ${r.funds.weight.toString()} not > 0`);
    const s = r.funds.score?.value;
    if (s && !inRange(s, r.funds.weight)) fail(name, `${r.funds.score?.cell}: execution score ${s.toString()} outside [0, ${r.funds.weight.toString()}]`);
  }
  // What the patch writes into a score cell is what the sheet will show: inside [0, 分值] too.
  const caps = new Map<string, Decimal>();
  for (const ind of r.indicators) if (ind.weight?.gt(0)) caps.set(ind.score.cell, ind.weight);
  if (r.funds?.score) caps.set(r.funds.score.cell, r.funds.weight);
  for (const w of c.patch.writes) {
    const cap = caps.get(w.address);
    if (cap && typeof w.value === "number" && !inRange(new Decimal(w.value), cap)) {
      fail(name, `${w.address}: writes ${w.value} outside [0, ${cap.toString()}]`);
    }
  }
  const t = r.total.value;
  if (t && allSuggested && (t.lt(0) || t.gt(r.weightTotal.plus("0.01")))) {
    fail(name, `${r.total.cell}: total ${t.toString()} outside [0, ${r.weightTotal.toString()}]`);
  }
}

/** Property 3: what the patch writes, and where. */
export function assertPatchShape(c: SheetCheck, profile?: RuleProfile): void {
  const name = c.grid.sheetName;
  const formulas = computedFormulas(c.input, profile ?? profiles.national);
  if (c.patch.sheetName !== c.input.sheetName) fail(name, `patch for "${c.patch.sheetName}"`);
  const inputs = inputCellAddresses(c.input);
  const seen = new Set<string>();
  for (const w of c.patch.writes) {
    const p = parseAddress(w.address);
    if (!p) fail(name, `unparseable address ${JSON.stringify(w.address)}`);
    if (seen.has(w.address)) fail(name, `${w.address} written twice`);
    seen.add(w.address);
    if (inputs.has(w.address)) fail(name, `${w.address} is an input cell`);
    const own = formulas.get(w.address)?.formula;
    const owner = cellOwner(rawCellAt(c.grid, p.row, p.col), own);
    if (owner === "user") fail(name, `${w.address} held the user's ${JSON.stringify(c.grid.values[p.row]?.[p.col])}`);
    if (w.formula === "") {
      if (owner !== "jixiao") fail(name, `${w.address} cleared but was ${owner}`);
      if (w.value !== null) fail(name, `${w.address} cleared with a value`);
      continue;
    }
    // jixiao's formula for the cell (its cached result is the engine's figure, checked on re-check).
    if (own !== undefined && sameFormula(w.formula, own, w.address)) continue;
    const owned = ownedValue(w.formula);
    if (owned === undefined) fail(name, `${w.address} formula ${JSON.stringify(w.formula)} is neither jixiao's formula nor a marked value`);
    if (typeof w.value === "number" ? !Number.isFinite(w.value) || !Object.is(owned, w.value) : owned !== w.value) {
      fail(name, `${w.address} formula ${w.formula} stands for ${String(owned)}, cached ${String(w.value)}`);
    }
    if (w.numberFormat !== undefined && !WRITE_FORMATS.has(w.numberFormat)) fail(name, `${w.address} number format ${w.numberFormat}`);
  }
}

/** Diagnostics are well-formed values: known code, this sheet, a real cell, printable in both languages. */
export function assertDiagnostics(sheetName: string, diagnostics: SheetCheck["result"]["diagnostics"]): void {
  for (const d of diagnostics) {
    if (!CODES.has(d.code)) fail(sheetName, `unknown code ${d.code}`);
    if (d.sheet !== sheetName) fail(sheetName, `diagnostic names sheet ${JSON.stringify(d.sheet)}`);
    if (d.cell !== "" && !parseAddress(d.cell)) fail(sheetName, `diagnostic cell ${JSON.stringify(d.cell)}`);
    for (const [k, v] of Object.entries(d.params)) {
      if (typeof v === "number" && !Number.isFinite(v)) fail(sheetName, `${d.code}@${d.cell} param ${k} = ${v}`);
      if (typeof v !== "number" && typeof v !== "string") fail(sheetName, `${d.code}@${d.cell} param ${k} is ${typeof v}`);
    }
    for (const [lang, catalogue] of CATALOGUES) {
      const missing = [...catalogue[d.key].matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((p) => !Object.prototype.hasOwnProperty.call(d.params, p));
      if (missing.length > 0) fail(sheetName, `${d.code}@${d.cell} (${d.key}, ${lang}) lacks params ${missing.join(",")}`);
      const text = formatDiagnostic(d, lang);
      if (!text.includes(d.cell)) fail(sheetName, `${d.code}@${d.cell} message does not name its cell: ${text.slice(0, 120)}`);
    }
  }
}

/** Property 4: the patch lands on its own cells only, exactly as written. */
export function assertPatchLandsAlone(c: SheetCheck, landed: Grid): void {
  const name = c.grid.sheetName;
  const written = new Set(c.patch.writes.map((w) => w.address));
  const lost = cellDifferences(c.grid, landed, written);
  if (lost.length > 0) fail(name, `cells changed outside the patch: ${JSON.stringify(lost.slice(0, 5))}`);
  for (const w of c.patch.writes) {
    const p = parseAddress(w.address);
    if (!p) continue;
    const after = rawCellAt(landed, p.row, p.col);
    if ((after.formula ?? "") !== w.formula || after.value !== (w.formula === "" ? null : w.value)) {
      fail(name, `${w.address} landed as ${JSON.stringify(after)}`);
    }
  }
}

export interface PipelineOutcome {
  readonly check: WorkbookCheck;
  readonly landed: readonly Grid[];
}

/** Runs every property over one workbook (a list of grids) and returns what it saw. */
export function checkPipeline(grids: readonly Grid[], profile?: RuleProfile): PipelineOutcome {
  const before = grids.map(copyGrid);
  grids.forEach(deepFreeze);
  const check = checkWorkbook(grids, profile);

  grids.forEach((g, i) => {
    const changed = cellDifferences(before[i], g);
    if (changed.length > 0) fail(g.sheetName, `checkWorkbook changed its input grid: ${JSON.stringify(changed.slice(0, 3))}`);
  });
  for (const b of check.broken) {
    if (b.diagnostics.length === 0) fail(b.sheetName, "broken without a diagnostic");
    assertDiagnostics(b.sheetName, b.diagnostics);
  }

  const landedBySheet = new Map<Grid, Grid>();
  for (const c of check.sheets) {
    if (!grids.includes(c.grid)) fail(c.grid.sheetName, "result for a grid that was not handed in");
    assertScoresInRange(c);
    assertPatchShape(c, profile);
    assertDiagnostics(c.grid.sheetName, c.result.diagnostics);
    const landed = applyPatchToGrid(c.grid, c.patch);
    assertPatchLandsAlone(c, landed);
    landedBySheet.set(c.grid, landed);
  }

  // Property 5: the patched workbook, checked again, needs no patch and says the same.
  const landed = grids.map((g) => landedBySheet.get(g) ?? g);
  const again = checkWorkbook(landed, profile);
  if (again.sheets.length !== check.sheets.length || again.broken.length !== check.broken.length) {
    fail(grids.map((g) => g.sheetName).join(","), `re-check read ${again.sheets.length}/${again.broken.length} sheets, first ${check.sheets.length}/${check.broken.length}`);
  }
  again.sheets.forEach((c, i) => {
    const first = check.sheets[i];
    if (c.patch.writes.length > 0) fail(c.grid.sheetName, `not idempotent: second patch ${JSON.stringify(c.patch.writes)}`);
    const t1 = first.result.total.value?.toString() ?? null;
    const t2 = c.result.total.value?.toString() ?? null;
    // A score jixiao had written counts as entered until rewritten; once rewritten the total may move.
    const rewroteOwn = first.patch.writes.some((w) => {
      const p = parseAddress(w.address);
      return p !== undefined && ownedValue(rawCellAt(first.grid, p.row, p.col).formula) !== undefined;
    });
    if (!rewroteOwn && (t1 !== t2 || first.result.grade.value !== c.result.grade.value)) {
      fail(c.grid.sheetName, `re-check total/grade ${t2}/${c.result.grade.value} ≠ ${t1}/${first.result.grade.value}`);
    }
  });
  return { check, landed };
}
