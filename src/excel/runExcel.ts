import type { RunExcel, XlEventHandlerResult, XlRequestContext, XlRunOptions } from "./officeTypes";

/**
 * The one place `Excel.run` is called. Everything else takes a request context (or a RunExcel)
 * as a parameter, so tests pass the fake instead. Batches ask Excel to wait while the user is
 * in cell-edit mode; clients without that option fail the batch with
 * InvalidOperationInCellEditMode, which isCellEditModeError recognises for a retry.
 */
export const runExcel: RunExcel = <T>(batch: (context: XlRequestContext) => Promise<T>, options?: XlRunOptions) =>
  Excel.run({ delayForCellEdit: options?.delayForCellEdit ?? true }, (context) => batch(context));

const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";
/** Older clients and some hosts report cell-edit mode as a plain InvalidOperation with this text. */
const CELL_EDIT_TEXT = /cell[- ]?edit|edit mode|编辑/i;

/** An error's Office.js code ("ItemNotFound", "InvalidOperationInCellEditMode" …), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

function errorMessage(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const { message, debugInfo } = error as { message?: unknown; debugInfo?: { message?: unknown } };
  return [message, debugInfo?.message].filter((m): m is string => typeof m === "string").join(" ");
}

/**
 * The user is editing a cell: InvalidOperationInCellEditMode, or (as some clients report it)
 * InvalidOperation whose message speaks of cell-edit mode. A bare InvalidOperation is not one.
 */
export function isCellEditModeError(error: unknown): boolean {
  const code = errorCode(error);
  return code === CELL_EDIT_MODE || (code === "InvalidOperation" && CELL_EDIT_TEXT.test(errorMessage(error)));
}

/** Removes an event handler in the context it was registered in, as Office.js requires. */
export async function unregisterHandler(registration: XlEventHandlerResult): Promise<void> {
  await Excel.run(registration.context as OfficeExtension.ClientRequestContext, async (context) => {
    registration.remove();
    await context.sync();
  });
}
