import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { checkWorkbook } from "../../src/layout/checkWorkbook";
import { readGrids } from "../../src/xlsx";
import { nodeInflateRaw } from "../../src/cli/nodeInflate";
import { MAX_GRID_COLUMNS, MAX_GRID_ROWS, MAX_MERGED_CELLS, MAX_PART_BYTES } from "../../src/xlsx/limits";
import { ensureCliBuilt, jixiao, removeTempDirs, tempDir } from "../cli/runJixiao";
import { giantMerge, lyingBomb, zipBomb } from "./bombs";

/**
 * A zip bomb is refused from its declared sizes before anything is inflated, and a zip whose
 * headers lie is stopped at the size it declared (with fflate's inflater and with Node's zlib, the
 * CLI's); a merged area of more than MAX_MERGED_CELLS cells refuses its sheet from its reference
 * alone, and a merge a form can have stays one rectangle clipped to the caps, never its cells.
 * Time and memory are measured in the bench (`npm run bench -- --only bombs`); the timeouts here
 * only stop a hang.
 */

jest.setTimeout(120_000);
beforeAll(() => ensureCliBuilt(), 240_000);
afterAll(() => removeTempDirs());

let bomb: Uint8Array;
beforeAll(() => {
  bomb = zipBomb(300);
}, 120_000);

describe("zip bombs", () => {
  it("is small on disk and declares hundreds of MB of sheet XML", () => {
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
  });

  it("is refused by its declared size, with the part and the cap named", async () => {
    const read = await readGrids(bomb);
    expect(read).toEqual({
      ok: false,
      reason: "beyondLimits",
      detail: expect.stringMatching(new RegExp(`^xl/worksheets/sheet1\\.xml would inflate to 3\\d\\d MB, more than the ${MAX_PART_BYTES / 1024 / 1024} MB allowed$`)),
    });
  });

  it("whose headers lie about the size is stopped where the declared size ends", async () => {
    const read = await readGrids(lyingBomb(bomb));
    expect(read).toEqual({ ok: false, reason: "corrupt", detail: expect.stringContaining("inflates past its declared 4096 bytes") });
  });

  it("whose headers lie is stopped by Node's zlib too, the inflater of the CLI", async () => {
    const read = await readGrids(lyingBomb(bomb), { inflateRaw: nodeInflateRaw });
    expect(read).toEqual({ ok: false, reason: "corrupt", detail: expect.stringContaining("inflates past its declared 4096 bytes") });
  });

  it("jixiao check: exit 2 and the reason", () => {
    const at = path.join(tempDir("jixiao-bomb-"), "bomb.xlsx");
    writeFileSync(at, bomb);
    const run = jixiao(["check", at]);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/超出自评表的合理大小，未读取（[^）]*would inflate to 3\d\d MB, more than the \d+ MB allowed）/);
  });
});

describe("giant merged areas", () => {
  it.each([
    ["A1:J100000", "1,000,000"],
    ["A1:XFD1048576", "17,179,869,184"],
    ["B1:B1048576", "1,048,576"],
  ])("%s refuses the sheet, naming the area and its %s cells", async (ref, cells) => {
    const read = await readGrids(giantMerge(ref));
    expect(read).toEqual({
      ok: false,
      reason: "beyondLimits",
      detail: `xl/worksheets/sheet1.xml: the merged area ${ref} covers ${cells} cells, more than the ${MAX_MERGED_CELLS.toLocaleString("en-US")} a form can have`,
    });
  });

  it.each([
    ["A1:J10000", { top: 0, left: 0, bottom: 9_999, right: 9 }],
    ["A99990:B100020", { top: 99_989, left: 0, bottom: MAX_GRID_ROWS - 1, right: 1 }],
    ["GR1:HA2", { top: 0, left: 199, bottom: 1, right: MAX_GRID_COLUMNS - 1 }],
  ])("%s, within what a form can have, stays one rectangle clipped to the caps", async (ref, area) => {
    const read = await readGrids(giantMerge(ref));
    if (!read.ok) throw new Error(read.detail);
    expect(read.grids[0].merges).toEqual([area]);
    expect(read.grids[0].values).toEqual([["说明"], [2]]);
    expect(checkWorkbook(read.grids).sheets).toEqual([]);
  });

  it("jixiao check: a 1,000,000-cell merge is exit 2, with the area and the fix", () => {
    const at = path.join(tempDir("jixiao-merge-"), "merge.xlsx");
    writeFileSync(at, giantMerge("A1:J100000"));
    const run = jixiao(["check", at]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("the merged area A1:J100000 covers 1,000,000 cells");
    expect(run.stdout).toContain("请检查是否误把整列或整张表合并");
  });
});
