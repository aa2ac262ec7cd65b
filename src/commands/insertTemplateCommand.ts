import type { Lang } from "../i18n/translate";
import { insertDefaultTemplate } from "../excel/insertDefaultTemplate";
import { excelText } from "../excel/messages";
import { checkRequirements, requirementsMessage, type IsSetSupported } from "../excel/requirements";
import { errorCode, isCellEditModeError } from "../excel/runExcel";
import type { RunExcel } from "../excel/officeTypes";
import type { DialogMessage } from "./dialogMessage";

/** The slice of Office.AddinCommands.Event a command uses. */
export interface CommandEvent {
  completed(): void;
}

export interface CommandDeps {
  readonly run: RunExcel;
  readonly isSetSupported: IsSetSupported;
  /**
   * Shows a message to the user (a function command has no console); resolves when dismissed.
   * `text` is the sentence; `message` the same as a catalogue key and codes, for the dialog page.
   */
  readonly notify: (text: string, message: DialogMessage) => Promise<void>;
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

/** A failure as the dialog page receives it: a key and, at most, the error's code. */
export function failureDialog(error: unknown): DialogMessage {
  if (isCellEditModeError(error)) return { key: "error.cellEditMode" };
  const name = error instanceof Error ? error.name : undefined;
  return { key: "insert.failed", params: { detail: errorCode(error) ?? name ?? "?" } };
}

/**
 * Ribbon "Insert template": asks nothing; inserts a project sheet for last year as a new sheet
 * with a unique name and activates it. Errors go to the user through `notify`;
 * event.completed() is always called, last.
 */
export async function insertTemplateCommand(event: CommandEvent, deps: CommandDeps): Promise<void> {
  const lang = deps.lang ?? "zh-CN";
  try {
    const requirements = checkRequirements(deps.isSetSupported);
    const tooOld = requirementsMessage(requirements, lang);
    const missing = requirements.missing[0];
    if (tooOld && missing) {
      await deps.notify(tooOld, { key: "requirements.tooOld", params: { set: missing.name, version: missing.version } });
      return;
    }
    await deps.run((context) => insertDefaultTemplate(context, deps.now?.()));
  } catch (error) {
    try {
      await deps.notify(failureMessage(error, lang), failureDialog(error));
    } catch {
      // Nothing else can reach the user; completing the event matters more.
    }
  } finally {
    event.completed();
  }
}
