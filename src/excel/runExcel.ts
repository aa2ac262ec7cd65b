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

/** An error's Office.js code ("ItemNotFound", "InvalidOperationInCellEditMode" …), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

export function isCellEditModeError(error: unknown): boolean {
  return errorCode(error) === CELL_EDIT_MODE;
}

/** Removes an event handler in the context it was registered in, as Office.js requires. */
export async function unregisterHandler(registration: XlEventHandlerResult): Promise<void> {
  await Excel.run(registration.context as OfficeExtension.ClientRequestContext, async (context) => {
    registration.remove();
    await context.sync();
  });
}
