import { isBlank, type RawCell } from "../cells";
import type { FundsInput, FundsRowInput } from "../input";
import type { AmountCell, InputIssue, ParsedFunds, ParsedFundsRow, PrintedCell } from "../model";
import { formatAmount } from "../format";
import { amountUnitFromHeading, parseAmount } from "../parse/amount";
import { cellDisplay } from "../parse/normalize";
import { parsePoints, parsePrintedRate, type ParseOutcome } from "../parse/points";
import type { AmountUnit } from "../units";
import { notNumericIssue, printed } from "./issues";

/** The funds block (资金情况 / 年度项目资金), each amount in 万元. */

function amountCell(cell: RawCell | undefined, unit: AmountUnit, issues: InputIssue[]): AmountCell | null {
  if (!cell) return null;
  const amount = parseAmount(cell, unit);
  if (amount.status === "invalid") issues.push(notNumericIssue(cell.address, amount.shown, amount.error));
  if (amount.status === "ok" && amount.typedUnit && amount.typedUnit !== unit) {
    issues.push({
      code: "AMOUNT_UNIT_CONVERTED",
      cell: cell.address,
      key: "AMOUNT_UNIT_CONVERTED",
      params: { value: cellDisplay(cell.value), unit, amount: formatAmount(amount.value, unit) },
    });
  }
  return { cell: cell.address, amount };
}

function printedCell<T>(
  cell: RawCell | undefined,
  parse: (c: RawCell) => ParseOutcome<T>,
  issues: InputIssue[],
): PrintedCell<T> | null {
  if (!cell) return null;
  const p = printed(cell, parse);
  if (p.printed.status === "invalid") {
    issues.push({ ...notNumericIssue(cell.address, p.printed.shown, p.printed.error), needsRate: true });
  }
  return p;
}

function readRow(row: FundsRowInput, unit: AmountUnit, issues: InputIssue[]): ParsedFundsRow {
  const weightCell = row.weight;
  const weight = weightCell ? { cell: weightCell.address, points: parsePoints(weightCell) } : null;
  if (weight && weight.points.status === "invalid" && weight.points.error) {
    issues.push(notNumericIssue(weight.cell, weight.points.shown, true));
  }
  return {
    role: row.role,
    labelCell: row.label.address,
    initialBudget: amountCell(row.initialBudget, unit, issues),
    annualBudget: amountCell(row.annualBudget, unit, issues) ?? { cell: row.annualBudget.address, amount: { status: "blank" } },
    executed: amountCell(row.executed, unit, issues) ?? { cell: row.executed.address, amount: { status: "blank" } },
    weight,
    rate: printedCell(row.rate, parsePrintedRate, issues),
    score: printedCell(row.score, parsePoints, issues),
  };
}

export function readFunds(funds: FundsInput, issues: InputIssue[]): ParsedFunds {
  const heading = funds.heading;
  const unit = amountUnitFromHeading(typeof heading.value === "string" && !isBlank(heading.value) ? heading.value : "");
  return {
    headingCell: heading.address,
    unit,
    total: readRow(funds.total, unit, issues),
    groups: funds.groups.map((g) => g.map((r) => readRow(r, unit, issues))),
  };
}
