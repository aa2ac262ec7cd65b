import type { Lang } from "../i18n/translate";
import { insertDefaultTemplate } from "../excel/insertDefaultTemplate";
import { excelText } from "../excel/messages";
import { checkRequirements, requirementsMessage, type IsSetSupported } from "../excel/requirements";
import { errorCode, isCellEditModeError } from "../excel/runExcel";
import type { RunExcel } from "../excel/officeTypes";

/** The slice of Office.AddinCommands.Event a command uses. */
export interface CommandEvent {
  completed(): void;
}

export interface CommandDeps {
  readonly run: RunExcel;
  readonly isSetSupported: IsSetSupported;
  /** Shows a message to the user (a function command has no console); resolves when dismissed. */
  readonly notify: (message: string) => Promise<void>;
  readonly lang?: Lang;
  readonly now?: () => Date;
}

/** The user-facing text of a failure. */
export function failureMessage(error: unknown, lang: Lang = "zh-CN"): string {
  if (isCellEditModeError(error)) return excelText("error.cellEditMode", {}, lang);
  const detail = error instanceof Error ? error.message : String(error);
  const code = errorCode(error);
  return excelText("insert.failed", { detail: code && !detail.includes(code) ? `${code}: ${detail}` : detail }, lang);
}

/**
 * Ribbon "Insert template": asks nothing; inserts a project sheet for last year as a new sheet
 * with a unique name and activates it. Errors go to the user through `notify`;
 * event.completed() is always called, last.
 */
export async function insertTemplateCommand(event: CommandEvent, deps: CommandDeps): Promise<void> {
  const lang = deps.lang ?? "zh-CN";
  try {
    const tooOld = requirementsMessage(checkRequirements(deps.isSetSupported), lang);
    if (tooOld) {
      await deps.notify(tooOld);
      return;
    }
    await deps.run((context) => insertDefaultTemplate(context, deps.now?.()));
  } catch (error) {
    try {
      await deps.notify(failureMessage(error, lang));
    } catch {
      // Nothing else can reach the user; completing the event matters more.
    }
  } finally {
    event.completed();
  }
}
