import type { CellValue, RawCell } from "../../src/domain/cells";
import type { Diagnostic, DiagnosticCode } from "../../src/domain/diagnostics";
import { evaluateSheet } from "../../src/domain/evaluate";
import type { FundsInput, IndicatorInput, SheetInput, SheetKind, ValueInput } from "../../src/domain/input";
import { profiles, type ProfileName } from "../../src/domain/profiles";
import type { SheetResult } from "../../src/domain/result";

/**
 * Short sheets for rule tests: a clean project sheet (no diagnostic at all) that each case
 * changes in one place. Rows start at 11 in the 9-column layout of test/fixtures/seedInputs.ts.
 */

export function cell(address: string, value: CellValue, numberFormat?: string, formula?: string): RawCell {
  return { address, value, ...(numberFormat ? { numberFormat } : {}), ...(formula ? { formula } : {}) };
}

/** A cell spec: a value, or a value with its number format / formula. */
export interface Formatted {
  readonly v: CellValue;
  readonly fmt?: string;
  readonly formula?: string;
}
export type Spec = CellValue | Formatted;

function at(address: string, s: Spec): RawCell {
  if (s !== null && typeof s === "object" && "v" in s) return cell(address, s.v, s.fmt, s.formula);
  return cell(address, s as CellValue);
}

export const pct = (v: number): Spec => ({ v, fmt: "0%" });

export interface RowSpec {
  readonly level1?: string;
  readonly level2?: string;
  readonly name?: Spec;
  readonly target?: Spec;
  readonly actual?: Spec;
  /** The split shape: 指标性质 | 指标值 | 度量单位 (in spare columns J, K, L). */
  readonly targetSplit?: { readonly nature?: Spec; readonly value: Spec; readonly unit?: Spec };
  readonly weight?: Spec;
  readonly score?: Spec;
  readonly note?: Spec;
  readonly nature?: Spec;
}

export const BASE_ROWS: readonly RowSpec[] = [
  { level1: "产出指标(50分)", level2: "数量指标", name: "培训人次", target: "≥100人次", actual: "120人次", weight: 50 },
  { level1: "效益指标(30分)", level2: "社会效益指标", name: "群众知晓度", target: "有效提高", actual: "有效提高", weight: 30 },
  { level1: "满意度指标(10分)", level2: "服务对象满意度指标", name: "服务对象满意度", target: "≥90%", actual: pct(0.95), weight: 10 },
];

export interface FundsSpec {
  readonly heading?: string;
  readonly initial?: Spec;
  readonly budget?: Spec;
  readonly executed?: Spec;
  readonly weight?: Spec;
  readonly rate?: Spec;
  readonly score?: Spec;
  /** Sub-rows [年初, 全年预算, 全年执行] for 当年财政拨款, 上年结转资金, 其他资金. */
  readonly subs?: readonly (readonly [Spec, Spec, Spec])[];
  readonly subRates?: readonly Spec[];
}

const BASE_FUNDS: FundsSpec = { initial: 100, budget: 100, executed: 100, weight: 10, rate: null, score: null, subs: [[100, 100, null], [null, null, null], [null, null, null]] };

function funds(spec: FundsSpec): FundsInput {
  const s = { ...BASE_FUNDS, ...spec };
  const roles = ["appropriation", "carryOver", "other"] as const;
  const labels = ["其中：当年财政拨款", "上年结转资金", "其他资金"];
  return {
    heading: cell("A3", s.heading ?? "年度项目资金（万元）"),
    total: {
      role: "total",
      label: cell("B4", "合计"),
      initialBudget: at("C4", s.initial ?? null),
      annualBudget: at("D4", s.budget ?? null),
      executed: at("E4", s.executed ?? null),
      weight: at("F4", s.weight ?? null),
      rate: at("G4", s.rate ?? null),
      score: at("H4", s.score ?? null),
    },
    groups: [
      (s.subs ?? []).map(([i, b, e], k) => ({
        role: roles[k] ?? "item",
        label: cell(`B${5 + k}`, labels[k] ?? `项目${k}`),
        initialBudget: at(`C${5 + k}`, i),
        annualBudget: at(`D${5 + k}`, b),
        executed: at(`E${5 + k}`, e),
        rate: at(`G${5 + k}`, s.subRates?.[k] ?? null),
      })),
    ],
  };
}

function rows(specs: readonly RowSpec[]): IndicatorInput[] {
  const level1Cells = new Map<string, RawCell>();
  const level2Cells = new Map<string, RawCell>();
  return specs.map((spec, i) => {
    const r = 11 + i;
    const l1 = spec.level1 ?? "产出指标";
    const l2 = spec.level2 ?? "数量指标";
    if (!level1Cells.has(l1)) level1Cells.set(l1, cell(`B${r}`, l1));
    if (!level2Cells.has(`${l1}|${l2}`)) level2Cells.set(`${l1}|${l2}`, cell(`C${r}`, l2));
    const target: ValueInput = spec.targetSplit
      ? {
          kind: "split",
          nature: spec.targetSplit.nature !== undefined ? at(`J${r}`, spec.targetSplit.nature) : undefined,
          value: at(`K${r}`, spec.targetSplit.value),
          unit: spec.targetSplit.unit !== undefined ? at(`L${r}`, spec.targetSplit.unit) : undefined,
        }
      : { kind: "single", cell: at(`E${r}`, spec.target ?? null) };
    return {
      level1: level1Cells.get(l1) as RawCell,
      level2: level2Cells.get(`${l1}|${l2}`) as RawCell,
      name: at(`D${r}`, spec.name ?? `指标${r}`),
      target,
      actual: { kind: "single", cell: at(`F${r}`, spec.actual ?? null) },
      weight: at(`G${r}`, spec.weight ?? null),
      score: at(`H${r}`, spec.score ?? null),
      deviationNote: at(`I${r}`, spec.note ?? null),
      ...(spec.nature !== undefined ? { nature: at(`M${r}`, spec.nature) } : {}),
    };
  });
}

export interface SheetSpec {
  readonly kind?: SheetKind;
  readonly department?: Spec | undefined;
  readonly funds?: FundsSpec | null;
  readonly rows?: readonly RowSpec[];
  readonly footer?: { readonly weight?: Spec; readonly total?: Spec; readonly grade?: Spec } | null;
  readonly achieved?: Spec;
}

/** The footer row sits right below the indicator rows. */
export function footerRow(spec: SheetSpec): number {
  return 11 + (spec.rows ?? BASE_ROWS).length;
}

export function sheetOf(spec: SheetSpec = {}): SheetInput {
  const rowSpecs = spec.rows ?? BASE_ROWS;
  const f = footerRow(spec);
  const footer = spec.footer === null ? undefined : { weight: 100, total: null, grade: null, ...spec.footer };
  return {
    sheetName: "项目支出绩效自评表",
    kind: spec.kind ?? "project",
    titleCell: "A1",
    department: "department" in spec && spec.department === undefined ? undefined : at("B2", spec.department ?? "某某局"),
    funds: spec.funds === null ? undefined : funds(spec.funds ?? {}),
    goals: { expected: cell("B9", "完成培训"), achieved: at("F9", spec.achieved ?? "完成培训") },
    indicators: rows(rowSpecs),
    footer: footer
      ? { label: cell(`A${f}`, "总分"), weight: at(`G${f}`, footer.weight), total: at(`H${f}`, footer.total), grade: at(`I${f}`, footer.grade) }
      : undefined,
  };
}

/** The base sheet with its first (产出, 50-point) row changed. */
export function withRow(change: RowSpec, spec: Omit<SheetSpec, "rows"> = {}): SheetInput {
  return sheetOf({ ...spec, rows: [{ ...BASE_ROWS[0], ...change }, ...BASE_ROWS.slice(1)] });
}

export function evaluate(input: SheetInput, profile: ProfileName = "national"): SheetResult {
  return evaluateSheet(input, profiles[profile]);
}

export function codesOf(r: SheetResult): DiagnosticCode[] {
  return r.diagnostics.map((d) => d.code);
}

/** `CODE@cell` of every diagnostic above info: the tests' compact picture of a sheet. */
export function problems(r: SheetResult): string[] {
  return r.diagnostics.filter((d) => d.severity !== "info").map((d) => `${d.code}@${d.cell}`);
}

export function findAll(r: SheetResult, code: DiagnosticCode): Diagnostic[] {
  return r.diagnostics.filter((d) => d.code === code);
}

export function only(r: SheetResult, code: DiagnosticCode): Diagnostic {
  const all = findAll(r, code);
  if (all.length !== 1) throw new Error(`expected one ${code}, got ${all.length}: ${codesOf(r).join(", ")}`);
  return all[0];
}
