import type { Patch } from "../layout/patch";
import { packageOf, type WorkbookHandle } from "./handles";
import { markRecalculation } from "./recalculation";
import { patchSheet } from "./sheetPatcher";
import { StylesEditor } from "./stylesEditor";

/**
 * Writes Patches into a workbook read by readGrids, inside its original package: each computed
 * cell gets jixiao's formula and its cached result (so the file shows the value before any
 * recalculation) and its number format; only the <c> elements written change in the sheet's XML.
 * Returns how many cells changed; a write that would leave the cell as it is is skipped, so
 * applying the same patches twice changes nothing the second time.
 */
export function applyPatches(handle: WorkbookHandle, patches: readonly Patch[]): number {
  const book = packageOf(handle);
  const styles = new StylesEditor(book);
  let written = 0;
  let formulasChanged = false;
  for (const patch of patches) {
    const sheet = book.model.sheets.find((s) => s.name === patch.sheetName && s.kind === "worksheet" && s.part);
    const part = sheet?.part;
    if (!part || patch.writes.length === 0) continue;
    const text = book.text(part);
    if (text === undefined) continue;
    const result = patchSheet(text, patch.writes, styles);
    if (result.changed === 0) continue;
    book.setText(part, result.text);
    written += result.changed;
    formulasChanged ||= result.formulasChanged;
  }
  if (formulasChanged) markRecalculation(book);
  return written;
}
