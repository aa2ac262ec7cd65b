import type { DiagnosticCode } from "./diagnostics";

/**
 * Every message key the engine and the reader emit. A code with one message uses the code
 * itself; a code with several situations adds a suffix (e.g. "BUDGET_ZERO.spent").
 * The catalogues in src/i18n/ are records over this union, so a missing text fails tsc.
 */
export type MessageKey = DiagnosticCode;
