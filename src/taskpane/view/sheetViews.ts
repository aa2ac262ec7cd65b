import { nearlyEqual, type Decimal } from "../../domain/decimal";
import type { Diagnostic } from "../../domain/diagnostics";
import type { ProjectHeaderField, SheetKind } from "../../domain/input";
import type { Grade } from "../../domain/result";
import type { Lang } from "../../i18n/translate";
import type { UiKey } from "../../i18n/ui.zh-CN";
import type { CheckLike } from "./checkView";
import { severityCounts, severityGroups, type SeverityCounts, type SeverityGroup } from "./diagnosticRows";
import { gradeColor, gradeKey, type GradeColor } from "./gradeColor";

/** Everything the pane shows about one sheet: its summary card and its diagnostics. */
export interface SheetView {
  readonly sheetName: string;
  readonly kind: SheetKind | null;
  readonly kindKey: UiKey | null;
  /** 执行率 as a percentage with 2 decimals ("95.12%"), "—" when it cannot be computed. */
  readonly rate: string;
  /** 总分 with 2 decimals, "—" when it cannot be computed. */
  readonly total: string;
  /** What the sheet itself prints as 总分 when that differs from the computed total, else null. */
  readonly statedTotal: string | null;
  readonly grade: Grade | null;
  readonly gradeKey: UiKey;
  readonly gradeColor: GradeColor;
  /** The sheet has errors: its grade stands only once they are corrected (“待更正”). */
  readonly gradeProvisional: boolean;
  /** The project header fields the sheet fills (项目名称, 主管部门 …), label key and text. */
  readonly header: readonly { readonly key: UiKey; readonly text: string }[];
  /** True when the sheet could not be read as a 自评表 at all. */
  readonly broken: boolean;
  /** With `broken`: the sheet is a template not filled in yet, not a layout problem. */
  readonly unfilled?: true;
  readonly counts: SeverityCounts;
  readonly groups: readonly SeverityGroup[];
  /** No errors and no warnings. */
  readonly passed: boolean;
}

export const NO_VALUE = "—";

const KIND_KEYS: Readonly<Record<SheetKind, UiKey>> = { overall: "kind.overall", project: "kind.project" };
const HEADER_KEYS: Readonly<Record<ProjectHeaderField, UiKey>> = {
  projectName: "header.projectName",
  competentDepartment: "header.competentDepartment",
  implementingUnit: "header.implementingUnit",
  projectLead: "header.projectLead",
  totalInvestment: "header.totalInvestment",
  period: "header.period",
  subProject: "header.subProject",
};

export function percent2(ratio: Decimal | null | undefined): string {
  return ratio ? `${ratio.times(100).toFixed(2)}%` : NO_VALUE;
}

export function fixed2(value: Decimal | null | undefined): string {
  return value ? value.toFixed(2) : NO_VALUE;
}

/** A printed total worth showing beside the computed one: present and more than 0.01 away. */
function statedDiffers(stated: Decimal | null, computed: Decimal | null): stated is Decimal {
  return stated !== null && (computed === null || !nearlyEqual(stated, computed));
}

function diagnosticsPart(sheetName: string, diagnostics: readonly Diagnostic[], lang: Lang) {
  const counts = severityCounts(diagnostics);
  return {
    counts,
    groups: severityGroups(sheetName, diagnostics, lang),
    passed: counts.error === 0 && counts.warning === 0,
  };
}

/** The sheets of one check, read ones first (in workbook order), then the unreadable ones. */
export function sheetViews(check: CheckLike, lang: Lang): SheetView[] {
  const read = check.sheets.map(({ result }): SheetView => {
    const grade = result.grade.value;
    return {
      sheetName: result.sheetName,
      kind: result.kind,
      kindKey: KIND_KEYS[result.kind],
      rate: percent2(result.funds?.executionRate?.value),
      total: fixed2(result.total.value),
      statedTotal: statedDiffers(result.statedTotal, result.total.value) ? fixed2(result.statedTotal) : null,
      grade,
      gradeKey: gradeKey(grade),
      gradeColor: gradeColor(grade, result.gradeProvisional === true),
      gradeProvisional: result.gradeProvisional === true,
      header: (result.header ?? []).map((h) => ({ key: HEADER_KEYS[h.field], text: h.text })),
      broken: false,
      ...diagnosticsPart(result.sheetName, result.diagnostics, lang),
    };
  });
  const broken = check.broken.map((b): SheetView => {
    const part = diagnosticsPart(b.sheetName, b.diagnostics, lang);
    return {
      sheetName: b.sheetName,
      kind: b.kind ?? null,
      kindKey: b.kind ? KIND_KEYS[b.kind] : null,
      rate: NO_VALUE,
      total: NO_VALUE,
      statedTotal: null,
      grade: null,
      gradeKey: gradeKey(null),
      gradeColor: gradeColor(null),
      gradeProvisional: false,
      header: [],
      broken: true,
      ...(b.unfilled ? { unfilled: b.unfilled } : {}),
      ...part,
      passed: false,
    };
  });
  return [...read, ...broken];
}
