import type { Diagnostic, Severity } from "../../domain/diagnostics";
import { diagnosticMessage, diagnosticParts } from "../../i18n/formatDiagnostic";
import type { Lang } from "../../i18n/translate";
import { parseAddress } from "../../layout/address";
import { shownParts, type ShownPart } from "./shownParts";
import { uiText } from "./uiText";

/** Most severe first: the order groups are listed in. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type SeverityCounts = Readonly<Record<Severity, number>>;

export interface DiagnosticRow {
  /** Stable within one check (React key, selection). */
  readonly id: string;
  readonly sheet: string;
  /** A1 address, "" when no cell can be named. */
  readonly cell: string;
  readonly severity: Severity;
  readonly code: Diagnostic["code"];
  /** "H21：得分低于分值，请填写偏差原因分析及改进措施" — plain text, shown as text. */
  readonly text: string;
  /** The part of `text` before the message ("H21："), shown in bold; "" when no cell. */
  readonly lead: string;
  /** The message after the lead as shown: its words, and the quoted values isolated. */
  readonly parts: readonly ShownPart[];
  /** A diagnostic standing for several cells: one line per cell, shown on expand. */
  readonly details?: readonly DiagnosticRow[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly rows: readonly DiagnosticRow[];
}

export function severityCounts(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

export function addCounts(list: readonly SeverityCounts[]): SeverityCounts {
  return list.reduce((a, b) => ({ error: a.error + b.error, warning: a.warning + b.warning, info: a.info + b.info }), {
    error: 0,
    warning: 0,
    info: 0,
  });
}

/** One line: the cell, then what is wrong and what to do. */
export function diagnosticLine(d: Diagnostic, lang: Lang): string {
  const message = diagnosticMessage(d, lang);
  return d.cell ? uiText(lang, "diag.line", { cell: d.cell, message }) : message;
}

/** The line's lead-in before the message ("H21："), for emphasis. */
function leadOf(line: string, message: string): string {
  return line.endsWith(message) ? line.slice(0, line.length - message.length) : "";
}

/** Sort key: top to bottom, then left to right; cell-less diagnostics first. */
function position(cell: string): number {
  const p = parseAddress(cell);
  return p ? p.row * 100_000 + p.col : -1;
}

/** A sheet's diagnostics grouped by severity (most severe first), each group in sheet order. */
export function severityGroups(sheet: string, diagnostics: readonly Diagnostic[], lang: Lang): SeverityGroup[] {
  const rows = diagnostics.map((d, i) => ({ d, i, pos: position(d.cell) }));
  rows.sort((a, b) => a.pos - b.pos || a.i - b.i);
  return SEVERITIES.map((severity) => ({
    severity,
    rows: rows
      .filter((r) => r.d.severity === severity)
      .map(
        (r): DiagnosticRow => ({
          id: `${sheet}\u0000${r.i}`,
          sheet,
          cell: r.d.cell,
          severity,
          code: r.d.code,
          text: diagnosticLine(r.d, lang),
          lead: leadOf(diagnosticLine(r.d, lang), diagnosticMessage(r.d, lang)),
          parts: shownParts(diagnosticParts(r.d, lang)),
          ...(r.d.details && r.d.details.length > 0
            ? {
                details: r.d.details.map((x, j): DiagnosticRow => {
                  const d: Diagnostic = { ...r.d, cell: x.cell, key: x.key, params: x.params, details: undefined };
                  return {
                    id: `${sheet}\u0000${r.i}\u0000${j}`,
                    sheet,
                    cell: x.cell,
                    severity,
                    code: r.d.code,
                    text: diagnosticLine(d, lang),
                    lead: leadOf(diagnosticLine(d, lang), diagnosticMessage(d, lang)),
                    parts: shownParts(diagnosticParts(d, lang)),
                  };
                }),
              }
            : {}),
        }),
      ),
  })).filter((g) => g.rows.length > 0);
}
