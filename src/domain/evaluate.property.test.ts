import fc from "fast-check";
import { diagnosticsEn } from "../i18n/diagnostics.en";
import { diagnosticsZhCN } from "../i18n/diagnostics.zh-CN";
import type { CellValue, RawCell } from "./cells";
import { Decimal } from "./decimal";
import { evaluateSheet } from "./evaluate";
import type { FundsRowInput, IndicatorInput, SheetInput, ValueInput } from "./input";
import { ownedFormula } from "./ownership";
import { PROFILE_NAMES, profiles } from "./profiles";
import type { SheetResult } from "./result";

/** Any strings in any cells: the engine never throws, and its figures hold together. */

const NUMBER_RUNS = 250;

const OPERATORS = ["", "≥", ">", "=", "≤", "<", "＞＝", "不低于", "不超过", "正向 ", "反向 ", "正向 ≤"];
const UNITS = ["", "%", "％", "个", "家", "次", "万元", "元", "亿元", "天", "人次", "万元/个", "百分比"];
const TEXTS = [
  "完成", "已完成", "部分完成", "未完成", "基本达成", "不断提高", "有效提高", "及时", "2020年12月前", "12月31日前", "年底前",
  "292万余元", "１６１．４", "1,234.5", "等级：优", "优", "良", "等级：", "10　", "　", "", "……", "指标1", "(50分)", "产出指标（50分）",
  "效益指标", "满意度指标(10分)", "数量指标", "服务对象满意度", "经济效益指标(5分)",
];

const quantity = fc
  .tuple(fc.constantFrom(...OPERATORS), fc.double({ min: -1000, max: 1000, noNaN: true }), fc.constantFrom(...UNITS))
  .map(([op, n, unit]) => `${op}${Number(n.toFixed(3))}${unit}`);

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom(...TEXTS),
  quantity,
  fc.double(),
  fc.integer({ min: -200, max: 200 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("#DIV/0!", "#N/A", "#REF!", "").map((error) => ({ error })),
);

const numberFormat = fc.option(fc.constantFrom("0%", "0.00%", "yyyy/m/d", 'yyyy"年"m"月"d"日"', "General", '0"万元"', "@", "0.00"), {
  nil: undefined,
});
const formula = fc.option(fc.constantFrom(ownedFormula(5), ownedFormula("优"), "=SUM(H11:H20)", '=98+N("jixiao")', "=1/0"), {
  nil: undefined,
});

function rawCell(address: string): fc.Arbitrary<RawCell> {
  return fc.record({ value: cellValue, numberFormat, formula }).map((c) => ({
    address,
    value: c.value,
    ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
    ...(c.formula ? { formula: c.formula } : {}),
  }));
}

function valueInput(r: number, col: string): fc.Arbitrary<ValueInput> {
  return fc.oneof(
    rawCell(`${col}${r}`).map((cell): ValueInput => ({ kind: "single", cell })),
    fc
      .tuple(fc.option(rawCell(`J${r}`), { nil: undefined }), rawCell(`K${r}`), fc.option(rawCell(`L${r}`), { nil: undefined }))
      .map(([nature, value, unit]): ValueInput => ({ kind: "split", nature, value, unit })),
  );
}

function indicator(r: number): fc.Arbitrary<IndicatorInput> {
  return fc
    .record({
      level1: rawCell(`B${11 + (r % 2)}`),
      level2: rawCell(`C${r}`),
      name: rawCell(`D${r}`),
      target: valueInput(r, "E"),
      actual: valueInput(r, "F"),
      weight: rawCell(`G${r}`),
      score: rawCell(`H${r}`),
      deviationNote: rawCell(`I${r}`),
      nature: fc.option(rawCell(`M${r}`), { nil: undefined }),
    })
    .map((x) => (x.nature ? x : { ...x, nature: undefined }));
}

function fundsRow(r: number, role: FundsRowInput["role"]): fc.Arbitrary<FundsRowInput> {
  return fc.record({
    role: fc.constant(role),
    label: rawCell(`B${r}`),
    initialBudget: fc.option(rawCell(`C${r}`), { nil: undefined }),
    annualBudget: rawCell(`D${r}`),
    executed: rawCell(`E${r}`),
    weight: fc.option(rawCell(`F${r}`), { nil: undefined }),
    rate: fc.option(rawCell(`G${r}`), { nil: undefined }),
    score: fc.option(rawCell(`H${r}`), { nil: undefined }),
  });
}

const sheetInput: fc.Arbitrary<SheetInput> = fc
  .record({
    kind: fc.constantFrom("overall" as const, "project" as const),
    department: fc.option(rawCell("B2"), { nil: undefined }),
    funds: fc.option(
      fc.record({
        heading: rawCell("A3"),
        total: fundsRow(4, "total"),
        groups: fc.array(fc.array(fundsRow(5, "item"), { maxLength: 3 }), { maxLength: 2 }),
      }),
      { nil: undefined },
    ),
    indicators: fc.integer({ min: 0, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => indicator(11 + i)))),
    footer: fc.option(
      fc.record({
        label: rawCell("A20"),
        weight: fc.option(rawCell("G20"), { nil: undefined }),
        total: fc.option(rawCell("H20"), { nil: undefined }),
        grade: fc.option(rawCell("I20"), { nil: undefined }),
      }),
      { nil: undefined },
    ),
    goals: fc.record({ expected: fc.option(rawCell("B9"), { nil: undefined }), achieved: fc.option(rawCell("F9"), { nil: undefined }) }),
  })
  .map((x) => ({ ...x, sheetName: "项目支出绩效自评表", titleCell: "A1" }));

/** Well-formed sheets with varied figures, so scores and totals are usually computable. */
const plausibleRow = (r: number): fc.Arbitrary<IndicatorInput> =>
  fc
    .record({
      level1: fc.constantFrom("产出指标(50分)", "效益指标", "满意度指标(10分)"),
      level2: fc.constantFrom("数量指标", "质量指标", "成本指标", "社会效益指标", "服务对象满意度指标"),
      target: fc.oneof(quantity, fc.constantFrom("有效提高", "2020年12月前", "≥95%")),
      actual: fc.oneof(quantity, fc.constantFrom("有效提高", "已完成", "部分完成", "未完成", "2020年11月")),
      weight: fc.integer({ min: 1, max: 50 }),
      score: fc.option(fc.double({ min: -5, max: 60, noNaN: true }).map((x) => Math.round(x * 100) / 100), { nil: null }),
      note: fc.constantFrom("", "原因已分析"),
    })
    .map((x) => ({
      level1: { address: "B11", value: x.level1 },
      level2: { address: `C${r}`, value: x.level2 },
      name: { address: `D${r}`, value: `指标名称${r}` },
      target: { kind: "single" as const, cell: { address: `E${r}`, value: x.target } },
      actual: { kind: "single" as const, cell: { address: `F${r}`, value: x.actual } },
      weight: { address: `G${r}`, value: x.weight },
      score: { address: `H${r}`, value: x.score },
      deviationNote: { address: `I${r}`, value: x.note },
    }));

const plausibleSheet: fc.Arbitrary<SheetInput> = fc
  .record({
    budget: fc.integer({ min: 0, max: 1000 }),
    executed: fc.integer({ min: 0, max: 1200 }),
    rows: fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => plausibleRow(11 + i)))),
    total: fc.option(fc.integer({ min: 0, max: 110 }), { nil: null }),
  })
  .map((x) => ({
    sheetName: "部门整体支出绩效自评表",
    kind: "overall" as const,
    titleCell: "A1",
    department: { address: "B2", value: "某局" },
    funds: {
      heading: { address: "A3", value: "资金情况（万元）" },
      total: {
        role: "total" as const,
        label: { address: "B4", value: "合计" },
        annualBudget: { address: "D4", value: x.budget },
        executed: { address: "E4", value: x.executed },
        weight: { address: "F4", value: 10 },
      },
      groups: [],
    },
    indicators: x.rows,
    footer: { label: { address: "A20", value: "总分" }, weight: { address: "G20", value: 100 }, total: { address: "H20", value: x.total } },
  }));

const anySheet = fc.oneof(sheetInput, plausibleSheet);

const profile = fc.constantFrom(...PROFILE_NAMES).map((n) => profiles[n]);

function inRange(v: Decimal, w: Decimal): boolean {
  return v.gte(0) && v.lte(w);
}

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

describe("evaluateSheet properties", () => {
  it("never throws, whatever the cells hold", () => {
    fc.assert(
      fc.property(anySheet, profile, (input, p) => {
        const r = evaluateSheet(input, p);
        expect(r.sheetName).toBe(input.sheetName);
      }),
      { numRuns: NUMBER_RUNS },
    );
  });

  it("every computed score lies in [0, 分值]", () => {
    fc.assert(
      fc.property(anySheet, profile, (input, p) => {
        const r = evaluateSheet(input, p);
        for (const i of r.indicators) {
          if (i.suggested === null) continue;
          expect(i.weight).not.toBeNull();
          expect(inRange(i.suggested, i.weight ?? new Decimal(-1))).toBe(true);
        }
        const s = r.funds?.score?.value;
        if (r.funds && s) expect(inRange(s, r.funds.weight)).toBe(true);
      }),
      { numRuns: NUMBER_RUNS },
    );
  });

  it("the same input gives the same output", () => {
    fc.assert(
      fc.property(anySheet, profile, (input, p) => {
        const a = JSON.stringify(evaluateSheet(input, p));
        const b = JSON.stringify(evaluateSheet(structuredClone(input), p));
        expect(b).toBe(a);
      }),
      { numRuns: 100 },
    );
  });

  let totalsSeen = 0;
  it("the total equals the sum of the row scores it reports", () => {
    fc.assert(
      fc.property(anySheet, profile, (input, p) => {
        const r: SheetResult = evaluateSheet(input, p);
        if (r.total.value === null) return;
        totalsSeen++;
        const parts = [r.funds?.score?.value ?? null, ...r.indicators.map((i) => i.score.value)];
        expect(parts.every((x) => x !== null)).toBe(true);
        const sum = parts.reduce<Decimal>((a, x) => a.plus(x ?? 0), new Decimal(0));
        expect(r.total.value.eq(sum)).toBe(true);
        expect(r.grade.value).not.toBeNull();
      }),
      { numRuns: NUMBER_RUNS },
    );
    // The property must have been exercised, not passed vacuously.
    expect(totalsSeen).toBeGreaterThan(NUMBER_RUNS / 10);
  });

  it("every diagnostic names a message both catalogues have, with every placeholder supplied", () => {
    fc.assert(
      fc.property(anySheet, (input) => {
        const missing: string[] = [];
        for (const d of evaluateSheet(input).diagnostics) {
          for (const catalogue of [diagnosticsZhCN, diagnosticsEn]) {
            const template = catalogue[d.key];
            if (typeof template !== "string") missing.push(d.key);
            else for (const name of placeholders(template)) if (!(name in d.params)) missing.push(`${d.key}.{${name}}`);
          }
        }
        expect(missing).toEqual([]);
      }),
      { numRuns: NUMBER_RUNS },
    );
  });
});
