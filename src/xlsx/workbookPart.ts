import type { OpcPackage } from "./opcPackage";
import { attr, isSml, OFFICE_RELS } from "./xmlStream";
import { ZipError } from "./zipArchive";

/**
 * The workbook part and what hangs off it, found by relationships only (never by guessing part
 * names): _rels/.rels → the workbook → its sheets, shared strings, styles and calculation chain.
 */

export interface SheetEntry {
  readonly name: string;
  /** "visible", "hidden" or "veryHidden". */
  readonly state: string;
  /** The worksheet part, or null when the relationship is missing or points elsewhere. */
  readonly part: string | null;
  /** The relationship's kind: "worksheet", or "chartsheet", "dialogsheet", "xlMacrosheet"… */
  readonly kind: string;
}

export interface WorkbookModel {
  readonly workbookPart: string;
  readonly sheets: readonly SheetEntry[];
  /** Dates count from 1904-01-01 (old Mac workbooks). */
  readonly date1904: boolean;
  readonly sharedStringsPart: string | null;
  readonly stylesPart: string | null;
  readonly calcChainPart: string | null;
}

/** Content types of a workbook part, for packages whose _rels/.rels does not say where it is. */
const MAIN_TYPES = /^application\/vnd\.(openxmlformats-officedocument\.spreadsheetml\.(sheet|template)|ms-excel\.(sheet|template|addin)\.macroEnabled)\.main\+xml$/;

/** Not a spreadsheet package at all (a zip of something else): the caller says notXlsx. */
export class NotWorkbookError extends Error {}

function findWorkbookPart(pkg: OpcPackage): string {
  const main = pkg.relationships("").find((r) => r.kind === "officeDocument" && r.part && pkg.has(r.part));
  if (main?.part) return main.part;
  for (const [part, type] of pkg.contentTypes().overrides) {
    if (MAIN_TYPES.test(type) && pkg.has(part)) return pkg.entry(part)?.name ?? part;
  }
  throw new NotWorkbookError("a zip archive without a workbook part");
}

export function readWorkbookModel(pkg: OpcPackage): WorkbookModel {
  const workbookPart = findWorkbookPart(pkg);
  const rels = pkg.relationships(workbookPart);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const declared: { name: string; state: string; id: string }[] = [];
  let date1904 = false;
  pkg.parse(workbookPart, {
    open: (tag) => {
      if (isSml(tag, "sheet")) {
        declared.push({
          name: attr(tag, "name") ?? "",
          state: attr(tag, "state") ?? "visible",
          id: attr(tag, "id", OFFICE_RELS) ?? "",
        });
      } else if (isSml(tag, "workbookPr")) {
        const v = attr(tag, "date1904");
        date1904 = v === "1" || v === "true";
      }
    },
  });
  if (declared.length === 0) throw new NotWorkbookError("a workbook without sheets");
  const sheets = declared.map((d): SheetEntry => {
    const rel = relById.get(d.id);
    const part = rel?.part && pkg.has(rel.part) ? (pkg.entry(rel.part)?.name ?? null) : null;
    return { name: d.name, state: d.state, part, kind: rel?.kind ?? "missing" };
  });
  const partOf = (kind: string): string | null => {
    const r = rels.find((x) => x.kind === kind && x.part && pkg.has(x.part));
    return r?.part ? (pkg.entry(r.part)?.name ?? null) : null;
  };
  if (!pkg.has(workbookPart)) throw new ZipError(`${workbookPart} is missing`, "corrupt");
  return {
    workbookPart,
    sheets,
    date1904,
    sharedStringsPart: partOf("sharedStrings"),
    stylesPart: partOf("styles"),
    calcChainPart: partOf("calcChain"),
  };
}
