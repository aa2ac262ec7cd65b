import type { RawCell } from "../cells";
import type { FundsInput } from "../input";

/**
 * A table whose blocks are all there but hold nothing yet — no indicator row (grey placeholders do
 * not count) and no amount in the funds block — is a template as jixiao or a bureau hands it out.
 * It reads as "not filled in yet" (TEMPLATE_UNFILLED, issue 14): one error at its first indicator
 * cell, not a broken table and not a finished one (no total, no grade), so a reviewer checking a
 * folder still sees it.
 */

const blank = (cell: RawCell | undefined): boolean =>
  cell === undefined || cell.value === null || (typeof cell.value === "string" && cell.value.trim() === "");

/** No amount typed anywhere in the funds block (the template's own 分值 is not an amount). */
export function fundsUnfilled(funds: FundsInput): boolean {
  return [funds.total, ...funds.groups.flat()].every((row) => blank(row.initialBudget) && blank(row.annualBudget) && blank(row.executed));
}
