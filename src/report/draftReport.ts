import type { WorkbookCheck } from "../layout/checkWorkbook";
import { attachmentTable } from "./attachmentTables";
import { reportFacts } from "./reportFacts";
import { reportOutline, reportTitle, yearText } from "./reportOutline";
import { rt } from "./reportText";
import { renderDocx } from "./renderDocx";

/**
 * The 自评报告 drafted from a checked workbook: the one entry of src/report/. Pure apart from
 * the docx package, so the CLI, the checker page and the pane share it. A workbook with errors
 * still gets its report, marked 草稿 in the file name, the header and the box that opens it.
 */

export interface DraftedReport {
  /** 自评报告.docx, or 自评报告（草稿）.docx when errors are left. */
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly draft: boolean;
  /** Errors listed in the report's box. */
  readonly errorCount: number;
}

/** True when the check has at least one table a report can be drafted from. */
export function canDraftReport(check: WorkbookCheck): boolean {
  return check.sheets.length > 0;
}

export async function draftReport(check: WorkbookCheck): Promise<DraftedReport> {
  const facts = reportFacts(check);
  const year = yearText(facts);
  const notes = [rt("attachment.note1"), rt("attachment.note2")];
  const bytes = await renderDocx({
    title: reportTitle(facts),
    blocks: reportOutline(facts),
    header: facts.draft ? rt("header.draft") : null,
    attachments: [
      { label: rt("attachment.number", { number: 1 }), tables: facts.overall.map((s) => attachmentTable(s.check, year)), missing: rt("attachment.noSheet"), notes },
      { label: rt("attachment.number", { number: 2 }), tables: facts.projects.map((s) => attachmentTable(s.check, year)), missing: rt("attachment.noSheet"), notes },
    ],
  });
  return {
    fileName: rt(facts.draft ? "fileName.draft" : "fileName"),
    bytes,
    draft: facts.draft,
    errorCount: facts.errors.length,
  };
}
