import type { SheetKind } from "../../domain/input";
import type { ProfileName } from "../../domain/profiles";
import type { UiText } from "./uiText";

/** The insert-template form as typed (text fields stay text until they are checked). */
export interface TemplateDraft {
  readonly kind: SheetKind;
  readonly year: string;
  readonly department: string;
  readonly projectName: string;
  /** Fill the indicator rows with the seed's sample rows instead of blank ones. */
  readonly sample?: boolean;
}

export type DraftField = "year" | "department" | "projectName";
export const DRAFT_FIELDS: readonly DraftField[] = ["year", "department", "projectName"];

export type DraftErrors = Partial<Readonly<Record<DraftField, UiText>>>;

/** What a checked draft asks the host for. */
export interface TemplateChoice {
  readonly kind: SheetKind;
  readonly year: number;
  readonly department?: string;
  readonly projectName?: string;
  /** The seed's sample indicator rows (the title says so); blank rows when absent. */
  readonly sample?: boolean;
  /** The rule profile whose points and weights the template shows; national when absent. */
  readonly profile?: ProfileName;
}

export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
export const NAME_MAX = 60;

/** A report is written the year after: default to last year. */
export function defaultDraft(now: Date): TemplateDraft {
  return { kind: "project", year: String(now.getFullYear() - 1), department: "", projectName: "" };
}

/** Full-width digits (typed through an IME) as ASCII; spaces and a trailing 年 dropped. */
export function normalizeYear(text: string): string {
  return text
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
    .replace(/[\s\u3000]/g, "")
    .replace(/年$/, "");
}

/** Names are trimmed of ordinary and ideographic spaces. */
export function normalizeName(text: string): string {
  return text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}

const CONTROL = /[\u0000-\u001f\u007f]/;

function checkName(text: string): UiText | undefined {
  const name = normalizeName(text);
  if (CONTROL.test(name)) return { key: "template.error.invalidChars" };
  if ([...name].length > NAME_MAX) return { key: "template.error.tooLong", params: { max: NAME_MAX } };
  return undefined;
}

/** The problem with one field, or undefined. Run on blur / compositionend, never per keystroke. */
export function checkDraftField(draft: TemplateDraft, field: DraftField): UiText | undefined {
  if (field === "year") {
    const y = normalizeYear(draft.year);
    const n = Number(y);
    const ok = /^\d{4}$/.test(y) && n >= YEAR_MIN && n <= YEAR_MAX;
    return ok ? undefined : { key: "template.error.year", params: { min: YEAR_MIN, max: YEAR_MAX } };
  }
  return checkName(field === "department" ? draft.department : draft.projectName);
}

export function checkDraft(draft: TemplateDraft): DraftErrors {
  const errors: Partial<Record<DraftField, UiText>> = {};
  for (const field of DRAFT_FIELDS) {
    if (field === "projectName" && draft.kind !== "project") continue;
    const e = checkDraftField(draft, field);
    if (e) errors[field] = e;
  }
  return errors;
}

/** The host's arguments, or the errors that stop it. */
export function templateChoice(draft: TemplateDraft): { ok: true; choice: TemplateChoice } | { ok: false; errors: DraftErrors } {
  const errors = checkDraft(draft);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const department = normalizeName(draft.department);
  const projectName = normalizeName(draft.projectName);
  return {
    ok: true,
    choice: {
      kind: draft.kind,
      year: Number(normalizeYear(draft.year)),
      ...(department ? { department } : {}),
      ...(draft.kind === "project" && projectName ? { projectName } : {}),
      ...(draft.sample ? { sample: true } : {}),
    },
  };
}
