import type { HostCheck } from "../host/Host";

type Sheet = HostCheck["sheets"][number];
type Broken = HostCheck["broken"][number];

/**
 * The workbook's results after a live recompute of some sheets: each recomputed sheet takes
 * the place of its old entry (keeping the order on screen); new ones are added at the end.
 * A sheet that became unreadable moves to the unreadable list, and back.
 */
export function mergeCheck(whole: HostCheck | null, part: HostCheck): HostCheck {
  if (!whole) return part;
  const fresh = new Map<string, Sheet>(part.sheets.map((s) => [s.result.sheetName, s]));
  const freshBroken = new Map<string, Broken>(part.broken.map((b) => [b.sheetName, b]));
  const touched = (name: string) => fresh.has(name) || freshBroken.has(name);

  const sheets: Sheet[] = [];
  for (const s of whole.sheets) {
    const name = s.result.sheetName;
    if (!touched(name)) sheets.push(s);
    else if (fresh.has(name)) {
      sheets.push(fresh.get(name) as Sheet);
      fresh.delete(name);
    }
  }
  const broken: Broken[] = [];
  for (const b of whole.broken) {
    if (!touched(b.sheetName)) broken.push(b);
    else if (freshBroken.has(b.sheetName)) {
      broken.push(freshBroken.get(b.sheetName) as Broken);
      freshBroken.delete(b.sheetName);
    }
  }
  return { sheets: [...sheets, ...fresh.values()], broken: [...broken, ...freshBroken.values()] };
}
