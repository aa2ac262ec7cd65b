import { formatDiagnostic } from "../i18n/formatDiagnostic";
import { wan, type Wan } from "../domain/units";
import type { FundsFacts, LostPoints, ReportFacts, SheetFacts } from "./reportFacts";
import { pointsText, rateText, rt, scoreText, wanText } from "./reportText";

/**
 * The report's text as plain blocks, before any Word formatting: the outline of the seed
 * (一 … 五, 附件), each figure taken from the facts. Placeholders are runs of their own so the
 * renderer can mark them.
 */

export interface Run {
  readonly text: string;
  /** Text the user must replace: 【请填写：…】. */
  readonly placeholder?: boolean;
}

export type Block =
  | { readonly kind: "title"; readonly text: string }
  | { readonly kind: "errorBox"; readonly title: string; readonly lines: readonly string[] }
  | { readonly kind: "heading1" | "heading2" | "heading3"; readonly text: string }
  | { readonly kind: "paragraph"; readonly runs: readonly Run[] }
  | { readonly kind: "attachmentList"; readonly lines: readonly string[] };

/** At most this many errors are listed in the box; the rest are counted. */
const MAX_ERRORS_LISTED = 30;

const text = (t: string): Run => ({ text: t });
const hole = (t: string): Run => ({ text: t, placeholder: true });
const para = (...runs: Run[]): Block => ({ kind: "paragraph", runs });

export function yearText(facts: ReportFacts): string {
  return facts.year !== null ? String(facts.year) : rt("year.missing");
}

function errorBox(facts: ReportFacts): Block[] {
  if (!facts.draft) return [];
  const listed = facts.errors.slice(0, MAX_ERRORS_LISTED);
  const lines = listed.map((d, i) => rt("errors.line", { index: i + 1, message: formatDiagnostic(d, "zh-CN") }));
  const more = facts.errors.length - listed.length;
  if (more > 0) lines.push(rt("errors.more", { count: more }));
  return [{ kind: "errorBox", title: rt("errors.title", { count: facts.errors.length }), lines }];
}

/** "当年财政拨款160.44万元，其他资金0.96万元": the sub-rows that hold an amount. */
function partsText(group: FundsFacts["groups"][number], pick: "budget" | "executed"): string {
  return group.lines
    .filter((l) => l[pick] !== null && !l[pick]?.isZero())
    .map((l) => rt("funds.part", { label: l.label, amount: wanText(l[pick] as Wan) }))
    .join("，");
}

/** "，其中：…" for the groups of one column; a named group reads "；按支出性质分：…". */
function groupsText(groups: FundsFacts["groups"], pick: "budget" | "executed"): string {
  let out = "";
  for (const g of groups) {
    const parts = partsText(g, pick);
    if (!parts) continue;
    out += g.label ? rt(out ? "funds.groupNext" : "funds.groupFirst", { group: g.label, parts }) : rt("funds.parts", { parts });
  }
  return out;
}

function fundsParagraphs(facts: ReportFacts): Block[] {
  const funds = facts.overall[0]?.funds ?? null;
  const blocks: Block[] = [];
  if (funds?.budget) {
    let s = rt("funds.budget", { year: yearText(facts), budget: wanText(funds.budget) });
    if (funds.initialBudget) s += rt("funds.initial", { initial: wanText(funds.initialBudget) });
    s += groupsText(funds.groups, "budget");
    if (funds.executed) s += rt("funds.executed", { executed: wanText(funds.executed) }) + groupsText(funds.groups, "executed");
    if (funds.rate) s += rt("funds.rate", { rate: rateText(funds.rate) });
    blocks.push(para(text(`${s}。`)));
  } else {
    blocks.push(para(hole(rt("funds.missing"))));
  }
  if (facts.projects.length > 0) {
    blocks.push(para(text(rt("funds.projects", { count: facts.projects.length, executed: wanText(projectsExecuted(facts)) }))));
  }
  return blocks;
}

/** Σ of the projects' 全年执行数 (a project without one counts 0). */
function projectsExecuted(facts: ReportFacts): Wan {
  return facts.projects.reduce<Wan>((a, p) => (p.funds?.executed ? (a.plus(p.funds.executed) as Wan) : a), wan(0));
}

function scoreSentence(s: SheetFacts, key: "overall.score" | "project.score"): string {
  if (!s.total || !s.grade) return "";
  let out = rt(key, { total: scoreText(s.total), grade: s.grade });
  if (s.statedTotal && !s.statedTotal.eq(s.total)) {
    out += rt("overall.statedDiffers", { stated: scoreText(s.statedTotal), total: scoreText(s.total) });
  }
  return out;
}

function overallParagraphs(facts: ReportFacts): Block[] {
  const blocks: Block[] = [{ kind: "heading2", text: rt("h2.overall") }];
  const s = facts.overall[0];
  if (!s) return [...blocks, para(hole(rt("overall.missing")))];
  const sentences: string[] = [scoreSentence(s, "overall.score")];
  if (s.funds?.rate && s.funds.score) {
    sentences.push(rt("overall.fundsScore", { rate: rateText(s.funds.rate), score: scoreText(s.funds.score), weight: pointsText(s.funds.weight) }));
  }
  const lost = s.lost.length;
  sentences.push(
    lost === 0
      ? rt("overall.indicatorsAllFull", { count: s.indicatorCount })
      : rt("overall.indicators", { count: s.indicatorCount, full: s.indicatorCount - lost, lost }),
  );
  blocks.push(para(text(sentences.join(""))));
  if (s.achieved) blocks.push(para(text(rt("overall.achieved", { achieved: s.achieved }))));
  blocks.push(para(hole(rt("placeholder.overall"))));
  return blocks;
}

function projectParagraphs(facts: ReportFacts): Block[] {
  const blocks: Block[] = [{ kind: "heading2", text: rt("h2.projects") }];
  if (facts.projects.length === 0) return [...blocks, para(hole(rt("projects.none")))];
  blocks.push(para(text(rt("projects.summary", { executed: wanText(projectsExecuted(facts)), count: facts.projects.length }))));
  facts.projects.forEach((p, i) => {
    blocks.push({ kind: "heading3", text: rt("project.heading", { index: i + 1, name: p.name || rt("project.nameMissing") }) });
    const sentences: string[] = [];
    const f = p.funds;
    if (f?.budget && f.executed && f.rate) {
      const s = rt("project.funds", { budget: wanText(f.budget), executed: wanText(f.executed), rate: rateText(f.rate) });
      sentences.push(`${s}${groupsText(f.groups, "budget")}。`);
    }
    sentences.push(scoreSentence(p, "project.score"));
    blocks.push(para(text(sentences.join(""))));
    if (p.expected || p.achieved) blocks.push(para(text(rt("project.goals", { expected: p.expected, achieved: p.achieved }))));
    blocks.push(para(hole(rt("placeholder.project"))));
  });
  return blocks;
}

function whereText(l: { kind: LostPoints["kind"]; owner: string }): string {
  return l.kind === "overall" ? rt("problems.where.overall") : rt("problems.where.project", { project: l.owner || rt("project.nameMissing") });
}

function problemParagraphs(facts: ReportFacts): Block[] {
  const blocks: Block[] = [{ kind: "heading1", text: rt("h1.problems") }];
  const sheets = [...facts.overall, ...facts.projects];
  const items: Run[][] = [];
  for (const s of sheets) {
    const f = s.funds;
    if (f?.rate && f.score && f.score.lt(f.weight)) {
      const where = whereText({ kind: s.kind, owner: s.name });
      items.push([text(rt("problems.fundsLow", { index: items.length + 1, where, rate: rateText(f.rate), score: scoreText(f.score), weight: pointsText(f.weight) }))]);
    }
    for (const l of s.lost) {
      const line = rt("problems.item", {
        index: items.length + 1,
        where: whereText(l),
        name: l.name,
        level2: l.level2,
        target: l.target,
        actual: l.actual,
        weight: pointsText(l.weight),
        score: pointsText(l.score),
        note: "{note}",
      });
      const [before, after] = line.split("{note}");
      items.push([text(before), l.note ? text(l.note) : hole(rt("problems.noteMissing")), text(after)]);
    }
  }
  if (items.length === 0) {
    blocks.push(para(text(rt("problems.none"))));
  } else {
    blocks.push(para(text(rt("problems.intro", { count: items.length }))));
    for (const runs of items) blocks.push(para(...runs.filter((r) => r.text !== "")));
  }
  blocks.push(para(hole(rt("placeholder.measures"))));
  return blocks;
}

export function reportTitle(facts: ReportFacts): string {
  return rt("title", { department: facts.department || rt("department.missing"), year: yearText(facts) });
}

/** The body of the report, from the title to the list of attachments. */
export function reportOutline(facts: ReportFacts): Block[] {
  const year = yearText(facts);
  return [
    ...errorBox(facts),
    { kind: "title", text: reportTitle(facts) + (facts.draft ? rt("title.draftSuffix") : "") },
    { kind: "heading1", text: rt("h1.basic") },
    para(hole(rt("placeholder.basic"))),
    { kind: "heading1", text: rt("h1.funds") },
    ...fundsParagraphs(facts),
    { kind: "heading1", text: rt("h1.performance") },
    ...overallParagraphs(facts),
    ...projectParagraphs(facts),
    ...problemParagraphs(facts),
    { kind: "heading1", text: rt("h1.other") },
    para(hole(rt("placeholder.other"))),
    {
      kind: "attachmentList",
      lines: [rt("attachments.label") + rt("attachments.overall", { year }), rt("attachments.project", { year })],
    },
  ];
}
