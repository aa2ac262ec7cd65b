import type { RawCell } from "../cells";
import type { InputIssue, PrintedCell } from "../model";
import { cellOwner } from "../ownership";
import type { ParseOutcome } from "../parse/points";

/** Shapes of the problems found while reading, and the read of a computed cell. */

export function notNumericIssue(cell: string, shown: string, error: boolean): InputIssue {
  return {
    code: "VALUE_NOT_NUMERIC",
    cell,
    key: error ? "VALUE_NOT_NUMERIC.error" : "VALUE_NOT_NUMERIC",
    params: { value: shown },
  };
}

export function requiredIssue(cell: string, field: string): InputIssue {
  return { code: "REQUIRED_MISSING", cell, key: "REQUIRED_MISSING", params: { field } };
}

/**
 * A computed cell, parsed whenever it holds something. Whoever claims the cell, its value is
 * checked like any other (issue 18): a mark such as `+N("jixiao")` is easy to forge, so it never
 * makes a value trusted.
 */
export function printed<T>(cell: RawCell | undefined, parse: (c: RawCell) => ParseOutcome<T>): PrintedCell<T> {
  const owner = cellOwner(cell);
  if (!cell || owner === "blank") return { cell: cell?.address ?? "", owner, printed: { status: "blank" } };
  const p = parse(cell);
  // A label-only grade cell ("等级：") parses blank: it holds nothing of the user's.
  return { cell: cell.address, owner: p.status === "blank" && !cell.formula ? "blank" : owner, printed: p };
}
