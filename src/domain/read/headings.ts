import type { RawCell } from "../cells";
import { decimalOf } from "../decimal";
import type { Heading, Level1, Level2 } from "../model";
import { compactText } from "../parse/normalize";

/** 一级/二级 headings: their category (glossary names) and the points they state. */

/**
 * Headings are short: only their start is read, and a number is matched only where a run of
 * digits begins (the lookbehind), so "1" × 100,000 costs one pass, not one per digit (issue 18:
 * it took 36.7 s).
 */
const MAX_HEADING = 100;
const POINTS = /\((\d{1,12}(?:\.\d{1,12})?)分?\)|(?<![\d.])(\d{1,12}(?:\.\d{1,12})?)分/;
const POINTS_ALL = /\((\d{1,12}(?:\.\d{1,12})?)分?\)|(?<![\d.])\d{1,12}(?:\.\d{1,12})?分/g;

function headingName(text: string): string {
  return text.replace(POINTS_ALL, "").replace(/指标$/, "").replace(/:/g, "");
}

function readHeading<C>(cell: RawCell, categorize: (name: string) => C | null): Heading<C> {
  const raw = typeof cell.value === "string" ? cell.value : "";
  const text = compactText(raw.length > MAX_HEADING ? raw.slice(0, MAX_HEADING) : raw);
  const m = POINTS.exec(text);
  const name = headingName(text);
  return {
    cell: cell.address,
    text,
    name,
    category: name ? categorize(name) : null,
    statedPoints: m ? decimalOf(m[1] ?? m[2]) : null,
  };
}

export function level1Of(name: string): Level1 | null {
  if (name.includes("产出")) return "output";
  if (name.includes("效益")) return "benefit";
  if (name.includes("满意")) return "satisfaction";
  return null;
}

const LEVEL2_NAMES: Readonly<Record<Level2, readonly string[]>> = {
  quantity: ["数量"],
  quality: ["质量"],
  timeliness: ["时效"],
  cost: ["成本"],
  economic: ["经济效益"],
  social: ["社会效益"],
  ecological: ["生态效益"],
  sustainability: ["可持续影响", "可持续影响力"],
  beneficiary: ["服务对象满意度", "满意度", "服务对象满意"],
};

/** LEVEL2_NAMES turned around: name → second level (the first listed wins, as a search would). */
const LEVEL2_BY_NAME: ReadonlyMap<string, Level2> = (() => {
  const m = new Map<string, Level2>();
  for (const [key, names] of Object.entries(LEVEL2_NAMES) as [Level2, readonly string[]][]) {
    for (const n of names) if (!m.has(n)) m.set(n, key);
  }
  return m;
})();

export function level2Of(name: string): Level2 | null {
  return LEVEL2_BY_NAME.get(name) ?? null;
}

/** Which second levels belong under each first level (rules.md §6.4). */
export const LEVEL2_UNDER: Readonly<Record<Level1, readonly Level2[]>> = {
  output: ["quantity", "quality", "timeliness", "cost"],
  benefit: ["economic", "social", "ecological", "sustainability"],
  satisfaction: ["beneficiary"],
};

export const readLevel1 = (cell: RawCell): Heading<Level1> => readHeading(cell, level1Of);
export const readLevel2 = (cell: RawCell): Heading<Level2> => readHeading(cell, level2Of);
