/**
 * The report drafter and the docx package behind it: loaded on demand (dynamic import from the
 * hosts) so neither the pane's start nor the .xlsx chunk carries docx.
 */
export { draftReport } from "../../report/draftReport";
