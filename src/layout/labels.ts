import { ownCopy, type CellValue } from "../domain/cells";

/**
 * The labels the reader looks for, with the synonyms real tables use (templates.md).
 * Matching ignores spaces (incl. full-width), line breaks, full/half-width forms and
 * anything in brackets ("产出指标(50分)", "得分（分值×执行率）", "全年预算数(A)").
 */

export type LabelId =
  | "department"
  | "projectName"
  | "projectSection"
  | "subProject"
  | "totalInvestment"
  | "period"
  | "fundsSection"
  | "fundsTotal"
  | "appropriation"
  | "carryOver"
  | "other"
  | "fundsGroup"
  | "initialBudget"
  | "annualBudget"
  | "executed"
  | "weight"
  | "rate"
  | "score"
  | "goalsSection"
  | "expected"
  | "achieved"
  | "indicatorSection"
  | "level1"
  | "level2"
  | "name"
  | "target"
  | "actual"
  | "deviation"
  | "valueNature"
  | "valueUnit"
  | "indicatorType"
  | "footerTotal"
  | "grade"
  | "note"
  | "competentDepartment"
  | "implementingUnit"
  | "projectLead";

/** Exact synonyms, written as they normalise (see normalizeLabel). */
const SYNONYMS: Readonly<Record<LabelId, readonly string[]>> = {
  department: ["部门名称", "单位名称", "部门", "预算部门", "预算单位"],
  projectName: ["专项名称", "项目名称"],
  projectSection: ["项目支出名称"],
  subProject: ["支出方向名称", "子项目", "子项目名称"],
  totalInvestment: ["项目总投资"],
  period: ["项目总实施期", "实施期"],
  fundsSection: ["资金情况", "年度项目资金", "项目资金", "年度资金情况", "项目资金情况", "年度预算资金"],
  fundsTotal: ["年度资金总额", "合计", "资金总额", "总计"],
  appropriation: ["当年财政拨款", "本年财政拨款", "财政拨款", "一般公共预算拨款", "财政拨款收入"],
  carryOver: ["上年结转资金", "上年结转", "上年结转结余", "上年结余结转资金"],
  other: ["其他资金", "其他", "其他收入"],
  fundsGroup: [],
  initialBudget: ["年初预算数", "年初预算"],
  annualBudget: ["全年预算数", "调整后预算数", "全年预算", "调整后预算"],
  executed: ["全年执行数", "执行数", "实际执行数", "全年实际执行数"],
  weight: ["分值", "权重", "指标分值"],
  rate: ["执行率", "预算执行率"],
  score: ["得分", "自评得分", "评分"],
  goalsSection: ["年度总体目标", "总体目标", "年度目标"],
  expected: ["预期目标", "年初设定目标"],
  achieved: ["实际完成情况", "完成情况", "全年实际完成情况"],
  indicatorSection: ["绩效指标"],
  level1: ["一级指标"],
  level2: ["二级指标"],
  name: ["三级指标", "指标名称"],
  target: ["年度指标值", "指标值", "年度目标值", "目标值"],
  actual: ["实际完成值", "完成值", "全年实际值", "实际值"],
  deviation: [
    "偏差原因分析及改进措施",
    "偏差原因分析",
    "未完成原因分析",
    "未完成原因分析及改进措施",
    "偏差原因及改进措施",
  ],
  valueNature: ["指标性质"],
  valueUnit: ["度量单位", "计量单位", "单位"],
  indicatorType: ["指标类型", "定量/定性", "定性/定量", "定量定性"],
  footerTotal: ["总分", "总得分", "合计得分"],
  grade: ["等级", "评价等级", "自评等级"],
  note: ["备注"],
  competentDepartment: ["主管部门", "项目主管部门"],
  implementingUnit: ["实施单位", "项目实施单位"],
  projectLead: ["项目负责人"],
};

/** Labels recognised by their start (the rest of the cell is a value: "等级：优", "项目总实施期：2020.1-12"). */
const PREFIXED: readonly (readonly [string, LabelId])[] = [
  ["等级:", "grade"],
  ["项目总实施期", "period"],
  ["备注", "note"],
];

const BY_TEXT: ReadonlyMap<string, LabelId> = (() => {
  const m = new Map<string, LabelId>();
  for (const id of Object.keys(SYNONYMS) as LabelId[]) {
    for (const s of SYNONYMS[id]) if (!m.has(s)) m.set(s, id);
  }
  return m;
})();

const NEEDS_NORMALIZING = /[\s\u00a0\u2026\u3000-\u303f\uff00-\uffef()[\]]/;

/** Labels are short; anything longer is content, not a label (keeps the scan cheap). */
const MAX_LABEL_LENGTH = 40;
/** normalizeLabel reads at most this much of a text. */
const MAX_NORMALIZED = 200;

/**
 * Canonical form of a label: NFKC (full-width → half-width, ideographic space → space),
 * whitespace removed, bracketed parts removed (an unclosed bracket runs to the end).
 */
export function normalizeLabel(text: string): string {
  // Labels are short: only the start of a long text is looked at, so it costs one bounded pass.
  if (text.length > MAX_NORMALIZED) return normalizeLabel(text.slice(0, MAX_NORMALIZED));
  // Text without spaces, full-width forms or brackets is already canonical (the hot path on big sheets).
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return text
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/[([【〔][^()[\]【】〔〕]*[)\]】〕]?/g, "");
}

/** Leading "其中：" or "1." in front of a funds-row label ("（一）" went with the brackets). */
// Bounded repeats, no open-ended quantifier inside another (issue 18).
const LEAD = /^(?:其中:?|[0-9一二三四五六七八九十]{1,4}[.、]|:){1,4}/;

function stripLead(t: string): string {
  return t.replace(LEAD, "");
}

const cache = new Map<string, LabelId | null>();

/** What label a cell is, or undefined when it is no label we know. */
export function classifyLabel(value: CellValue | undefined): LabelId | undefined {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LABEL_LENGTH) return undefined;
  const hit = cache.get(value);
  if (hit !== undefined) return hit ?? undefined;
  const found = classifyUncached(value);
  // Every text up to a label's length is remembered, names included: each sheet is read at least
  // twice (checkWorkbook reads it again once patched), and a name is classified on each read.
  if (cache.size > 5000) cache.clear();
  cache.set(ownCopy(value), found ?? null);
  return found;
}

function classifyUncached(value: string): LabelId | undefined {
  const n = normalizeLabel(value);
  if (!n) return undefined;
  const direct = BY_TEXT.get(n) ?? (LEAD.test(n) ? BY_TEXT.get(stripLead(n)) : undefined);
  if (direct) return direct;
  if (n.endsWith(":")) {
    const colon = BY_TEXT.get(n.slice(0, -1));
    if (colon) return colon;
  }
  if (/^(?:其中:?)?按.{1,8}分:?$/.test(n)) return "fundsGroup";
  for (const [prefix, id] of PREFIXED) if (n.startsWith(prefix)) return id;
  return undefined;
}

/** The sheet's title: "2020年度项目支出绩效自评表" and the like. */
export function isTitleText(value: CellValue | undefined): boolean {
  if (typeof value !== "string" || value.length > 60 || !value.includes("自评")) return false;
  const n = normalizeLabel(value);
  return /自评表$/.test(n) || /绩效自评$/.test(n);
}

/** The kind a title names, if it names one. */
export function kindFromTitle(value: CellValue | undefined): "overall" | "project" | undefined {
  // A title is short; a longer text names no kind (and is never scanned whole).
  if (typeof value !== "string" || value.length > 100) return undefined;
  const n = normalizeLabel(value);
  if (n.includes("部门整体")) return "overall";
  if (n.includes("项目支出") || n.includes("项目绩效") || n.includes("专项")) return "project";
  return undefined;
}

/** Rows left from the blank form: "指标1", "指标2", "……", "...", "xxx". */
export function isPlaceholderName(value: CellValue | undefined): boolean {
  if (typeof value !== "string") return false;
  // The blank form's placeholders are short; a long text is a real name.
  if (value.length > MAX_LABEL_LENGTH) return false;
  const n = value.normalize("NFKC").replace(/\s+/g, "");
  // The template's grey "（请填写三级指标）" (NFKC makes its brackets ASCII) is a placeholder too.
  return /^(?:指标\d*|三级指标\d*|\.{2,}|…+|[.…]+|x+|X+|—+|-+|\d+|\(请填写[^()]*\))$/.test(n) || n === "";
}
