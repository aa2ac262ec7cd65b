import { isBlank, isCellError, type RawCell } from "../cells";
import { PROJECT_HEADER_FIELDS, type ProjectHeaderField, type SheetInput } from "../input";
import { cellDisplay } from "../parse/normalize";

/** The project header fields a sheet fills (项目名称 … 子项目), as it shows them (40 characters at most). */

export interface HeaderField {
  readonly field: ProjectHeaderField;
  readonly cell: string;
  readonly text: string;
}

function cellOf(input: SheetInput, field: ProjectHeaderField): RawCell | undefined {
  return field === "projectName" ? input.projectName : input.header?.[field];
}

export function readProjectHeader(input: SheetInput): HeaderField[] {
  const out: HeaderField[] = [];
  for (const field of PROJECT_HEADER_FIELDS) {
    const cell = cellOf(input, field);
    if (!cell || isBlank(cell.value) || isCellError(cell.value)) continue;
    const text = cellDisplay(cell.value);
    if (text !== "") out.push({ field, cell: cell.address, text });
  }
  return out;
}
