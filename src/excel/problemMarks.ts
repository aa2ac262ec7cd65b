import type { Diagnostic } from "../domain/diagnostics";
import { parseAddress } from "../layout/address";
import type { ExistingMark } from "./readSheets";
import type { XlWorksheet } from "./officeTypes";

/**
 * Problem marks: a fill on every cell with an error or warning, as conditional formats that
 * jixiao adds and recognises by a marker in their formula (`=N("jixiao:mark|error|F7,H21")=0`,
 * always TRUE since N of a text is 0). Why conditional formats rather than painting cells:
 * the user's own fills, fonts and conditional formats are never touched, a mark moves with its
 * cell when rows are inserted, and the next run removes exactly jixiao's rules.
 * The formula also records the addresses it was made for, so a mark that is still right is kept
 * as it is (a second run changes nothing) and a moved or stale one is replaced.
 *
 * No note or data-validation prompt is written: Office.js exposes where notes/prompts sit only
 * through per-item calls, so placing and later removing one without overwriting the user's own
 * would cost a third sync; the pane lists each problem's message and selects its cell instead.
 */

export const MARK_MARKER = 'N("jixiao:mark|';

export type MarkKind = "error" | "warning";

export const MARK_FILL: Readonly<Record<MarkKind, string>> = { error: "#FFC7CE", warning: "#FFEB9C" };

/** Addresses per rule at most: keeps each RangeAreas address short. */
export const MARK_CHUNK = 40;
/** Excel refuses a text value longer than this inside a formula. */
export const MAX_FORMULA_TEXT = 255;

export interface MarkRule {
  readonly kind: MarkKind;
  readonly addresses: readonly string[];
  readonly formula: string;
}

/** The text inside N("…") of a mark formula. */
function markText(kind: MarkKind, addresses: readonly string[]): string {
  return `${MARK_MARKER.slice('N("'.length)}${kind}|${addresses.join(",")}`;
}

export function markFormula(kind: MarkKind, addresses: readonly string[]): string {
  return `=N("${markText(kind, addresses)}")=0`;
}

/** Groups sorted addresses into rules of at most MARK_CHUNK whose formula text fits 255 characters. */
function chunkAddresses(kind: MarkKind, addresses: readonly string[]): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const address of addresses) {
    const next = [...current, address];
    if (current.length > 0 && (next.length > MARK_CHUNK || markText(kind, next).length > MAX_FORMULA_TEXT)) {
      chunks.push(current);
      current = [address];
    } else current = next;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function sortKey(address: string): [number, number] {
  const first = parseAddress(address.split(":")[0]);
  return first ? [first.row, first.col] : [Number.MAX_SAFE_INTEGER, 0];
}

function isCellOrRange(address: string): boolean {
  const parts = address.split(":");
  return parts.length <= 2 && parts.every((p) => parseAddress(p) !== undefined);
}

/** The marks a sheet should carry: errors win over warnings on the same cell. */
export function desiredMarks(diagnostics: readonly Diagnostic[]): MarkRule[] {
  const kindOf = new Map<string, MarkKind>();
  for (const d of diagnostics) {
    if (d.severity === "info" || !d.cell) continue;
    const address = d.cell.replace(/\$/g, "").toUpperCase();
    if (!isCellOrRange(address)) continue;
    if (d.severity === "error" || !kindOf.has(address)) kindOf.set(address, d.severity);
  }
  const rules: MarkRule[] = [];
  for (const kind of ["error", "warning"] as const) {
    const addresses = [...kindOf].filter(([, k]) => k === kind).map(([a]) => a);
    addresses.sort((a, b) => {
      const [ra, ca] = sortKey(a);
      const [rb, cb] = sortKey(b);
      return ra - rb || ca - cb;
    });
    for (const chunk of chunkAddresses(kind, addresses)) rules.push({ kind, addresses: chunk, formula: markFormula(kind, chunk) });
  }
  return rules;
}

export interface MarkPlan {
  readonly remove: readonly ExistingMark[];
  readonly add: readonly MarkRule[];
}

/** Keeps existing marks that are still wanted (once each), removes the rest, adds what is missing. */
export function planMarks(existing: readonly ExistingMark[], desired: readonly MarkRule[]): MarkPlan {
  const wanted = new Map(desired.map((r) => [r.formula, r]));
  const kept = new Set<string>();
  const remove: ExistingMark[] = [];
  for (const mark of existing) {
    if (wanted.has(mark.formula) && !kept.has(mark.formula)) kept.add(mark.formula);
    else remove.push(mark);
  }
  return { remove, add: desired.filter((r) => !kept.has(r.formula)) };
}

/**
 * Queues the plan on a sheet (no sync). Excel addresses a conditional format by its position
 * (its id is its priority): deleting one shifts every later one up, and add() inserts at the top.
 * So the stale marks are deleted from the highest position down, and all before any add, so each
 * delete still hits the rule read at that position.
 */
export function queueMarks(worksheet: XlWorksheet, plan: MarkPlan): void {
  const highestFirst = [...plan.remove].sort((a, b) => b.position - a.position);
  for (const mark of highestFirst) mark.format.delete();
  for (const rule of plan.add) {
    const format = worksheet.getRanges(rule.addresses.join(",")).conditionalFormats.add("Custom");
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = MARK_FILL[rule.kind];
  }
}
