import type { RawCell } from "../cells";
import { Decimal } from "../decimal";
import type { Heading, Level1, Level2 } from "../model";
import { compactText } from "../parse/normalize";

/** 一级/二级 headings: their category (glossary names) and the points they state. */

const POINTS = /\((\d+(?:\.\d+)?)分?\)|(\d+(?:\.\d+)?)分/;

function headingName(text: string): string {
  return text.replace(/\(\d+(?:\.\d+)?分?\)|\d+(?:\.\d+)?分/g, "").replace(/指标$/, "").replace(/[:]/g, "");
}

function readHeading<C>(cell: RawCell, categorize: (name: string) => C | null): Heading<C> {
  const text = typeof cell.value === "string" ? compactText(cell.value) : "";
  const m = POINTS.exec(text);
  const name = headingName(text);
  return {
    cell: cell.address,
    text,
    name,
    category: name ? categorize(name) : null,
    statedPoints: m ? new Decimal(m[1] ?? m[2]) : null,
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

export function level2Of(name: string): Level2 | null {
  for (const [key, names] of Object.entries(LEVEL2_NAMES) as [Level2, readonly string[]][]) {
    if (names.includes(name)) return key;
  }
  return null;
}

/** Which second levels belong under each first level (rules.md §6.4). */
export const LEVEL2_UNDER: Readonly<Record<Level1, readonly Level2[]>> = {
  output: ["quantity", "quality", "timeliness", "cost"],
  benefit: ["economic", "social", "ecological", "sustainability"],
  satisfaction: ["beneficiary"],
};

export const readLevel1 = (cell: RawCell): Heading<Level1> => readHeading(cell, level1Of);
export const readLevel2 = (cell: RawCell): Heading<Level2> => readHeading(cell, level2Of);
