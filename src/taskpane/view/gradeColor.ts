import type { Grade } from "../../domain/result";
import type { UiKey } from "../../i18n/ui.zh-CN";

/** Fluent Badge colours: the grade is always written out too, never told by colour alone. */
export type GradeColor = "success" | "brand" | "warning" | "danger" | "informative";

const COLORS: Readonly<Record<Grade, GradeColor>> = { 优: "success", 良: "brand", 中: "warning", 差: "danger" };
const KEYS: Readonly<Record<Grade, UiKey>> = { 优: "grade.优", 良: "grade.良", 中: "grade.中", 差: "grade.差" };

/** A provisional grade (the sheet has errors) is shown neutral: no green 优 on a broken sheet. */
export function gradeColor(grade: Grade | null, provisional = false): GradeColor {
  return grade && !provisional ? COLORS[grade] : "informative";
}

export function gradeKey(grade: Grade | null): UiKey {
  return grade ? KEYS[grade] : "grade.none";
}
