import type { Diagnostic } from "../domain/diagnostics";
import { cellAddress } from "./address";
import type { GridView } from "./gridView";
import { readerDiagnostic, rowLabels, type LabelIndex } from "./labelIndex";
import type { LabelId } from "./labels";

/**
 * The indicator block's columns, from its header row and, for the newer national tables,
 * a sub-header row splitting 年度指标值 / 实际完成值 into 指标性质 | 指标值 | 度量单位.
 */

export interface ValueColumns {
  readonly value: number;
  readonly nature?: number;
  readonly unit?: number;
}

export interface IndicatorColumns {
  readonly level1: number;
  readonly level2: number;
  readonly name: number;
  readonly target: ValueColumns;
  readonly actual: ValueColumns;
  readonly weight: number;
  readonly score: number;
  readonly deviation: number;
  /** 定量/定性 column, when there is one. */
  readonly type?: number;
  /** The first data row. */
  readonly firstRow: number;
  /** The right-most column of the block. */
  readonly lastCol: number;
}

const HEADER_IDS: ReadonlySet<LabelId> = new Set([
  "level1",
  "level2",
  "name",
  "target",
  "actual",
  "weight",
  "score",
  "deviation",
]);

/** The first row with at least three indicator headings, one of them 一级/二级/三级指标. */
export function findIndicatorHeader(idx: LabelIndex, rowCount: number): number | undefined {
  for (let r = 0; r < rowCount; r++) {
    const ids = new Set(rowLabels(idx, r).map((h) => h.id));
    if (!(ids.has("level1") || ids.has("level2") || ids.has("name"))) continue;
    let n = 0;
    for (const id of ids) if (HEADER_IDS.has(id)) n++;
    if (n >= 3) return r;
  }
  return undefined;
}

type Group = "target" | "actual" | undefined;

const REQUIRED: readonly (readonly [keyof Found, string])[] = [
  ["level1", "一级指标"],
  ["level2", "二级指标"],
  ["name", "三级指标"],
  ["targetValue", "年度指标值"],
  ["actualValue", "实际完成值"],
  ["weight", "分值"],
  ["score", "得分"],
  ["deviation", "偏差原因分析及改进措施"],
];

interface Found {
  level1?: number;
  level2?: number;
  name?: number;
  targetValue?: number;
  actualValue?: number;
  weight?: number;
  score?: number;
  deviation?: number;
  type?: number;
}

export function indicatorColumns(
  v: GridView,
  idx: LabelIndex,
  header: number,
): { columns?: IndicatorColumns; diagnostics: readonly Diagnostic[] } {
  const subIds = new Set(rowLabels(idx, header + 1).map((h) => h.id));
  const sub = subIds.has("valueNature") || subIds.has("valueUnit");
  const found: Found = {};
  const natures: { col: number; group: Group }[] = [];
  const units: { col: number; group: Group }[] = [];
  let lastCol = 0;

  for (let c = 0; c < v.colCount; c++) {
    const m = v.merge(header, c);
    const left = m && m.top === header ? m.left : c;
    if (m && m.top !== header) continue;
    const primary = v.label(header, left);
    const secondary = sub && !v.covered(header + 1, c) ? v.label(header + 1, c) : undefined;
    const eff = secondary ?? (left === c || sub ? primary : undefined);
    if (!eff) continue;
    const group: Group = secondary && (primary === "target" || primary === "actual") ? primary : undefined;
    lastCol = Math.max(lastCol, v.right(header, c));
    switch (eff) {
      case "level1":
      case "level2":
      case "name":
      case "weight":
      case "score":
      case "deviation":
        if (found[eff] === undefined) found[eff] = c;
        break;
      case "indicatorType":
        found.type ??= c;
        break;
      case "valueNature":
        natures.push({ col: c, group });
        break;
      case "valueUnit":
        units.push({ col: c, group });
        break;
      case "target":
        if (group === "actual") found.actualValue ??= c;
        else found.targetValue ??= c;
        break;
      case "actual":
        found.actualValue ??= c;
        break;
      default:
        break;
    }
  }

  const { level1, level2, name, targetValue: t, actualValue: a, weight, score, deviation } = found;
  if (
    level1 === undefined ||
    level2 === undefined ||
    name === undefined ||
    t === undefined ||
    a === undefined ||
    weight === undefined ||
    score === undefined ||
    deviation === undefined
  ) {
    const missing = REQUIRED.filter(([k]) => found[k] === undefined);
    const diagnostics = missing.map(([, field], i) =>
      readerDiagnostic(v.sheetName, cellAddress(header, lastCol + 1 + i), "REQUIRED_MISSING", { field }),
    );
    return { diagnostics };
  }
  // 指标性质 belongs to the value column after it, 度量单位 to the one before it, unless a heading groups them.
  const owner = (col: number, group: Group, after: boolean): Group => {
    if (group) return group;
    const candidates = [
      { g: "target" as const, c: t },
      { g: "actual" as const, c: a },
    ].filter((x) => (after ? x.c > col : x.c < col));
    candidates.sort((x, y) => (after ? x.c - y.c : y.c - x.c));
    return candidates[0]?.g;
  };
  const valueCols = (g: "target" | "actual", value: number): ValueColumns => {
    const nature = natures.find((n) => owner(n.col, n.group, true) === g)?.col;
    const unit = units.find((u) => owner(u.col, u.group, false) === g)?.col;
    return { value, ...(nature !== undefined ? { nature } : {}), ...(unit !== undefined ? { unit } : {}) };
  };
  return {
    columns: {
      level1,
      level2,
      name,
      target: valueCols("target", t),
      actual: valueCols("actual", a),
      weight,
      score,
      deviation,
      ...(found.type !== undefined ? { type: found.type } : {}),
      firstRow: header + (sub ? 2 : 1),
      lastCol,
    },
    diagnostics: [],
  };
}
