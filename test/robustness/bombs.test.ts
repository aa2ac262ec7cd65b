import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { checkWorkbook } from "../../src/layout/checkWorkbook";
import { readGrids } from "../../src/xlsx";
import { MAX_GRID_COLUMNS, MAX_GRID_ROWS, MAX_PART_BYTES } from "../../src/xlsx/limits";
import { ensureCliBuilt, jixiao, removeTempDirs, tempDir } from "../cli/runJixiao";
import { giantMerge, lyingBomb, zipBomb } from "./bombs";

/**
 * A zip bomb is refused from its declared sizes before anything is inflated, and a zip whose
 * headers lie is stopped at the size it declared; a giant merged area stays a rectangle (clipped
 * to the grid caps), never a million cells. Speed and memory are measured outside the tests
 * (README of the xlsx reader / the report); the timeouts here only stop a hang.
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
      reason: "corrupt",
      detail: expect.stringMatching(new RegExp(`^xl/worksheets/sheet1\\.xml would inflate to 3\\d\\d MB, more than the ${MAX_PART_BYTES / 1024 / 1024} MB allowed$`)),
    });
  });

  it("whose headers lie about the size is stopped where the declared size ends", async () => {
    const read = await readGrids(lyingBomb(bomb));
    expect(read).toEqual({ ok: false, reason: "corrupt", detail: expect.stringContaining("inflates past its declared 4096 bytes") });
  });

  it("jixiao check: exit 2 and the reason", () => {
    const at = path.join(tempDir("jixiao-bomb-"), "bomb.xlsx");
    writeFileSync(at, bomb);
    const run = jixiao(["check", at]);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/文件已损坏[\s\S]*would inflate to 3\d\d MB, more than the \d+ MB allowed/);
  });
});

describe("giant merged areas", () => {
  it.each([
    ["A1:J100000", { top: 0, left: 0, bottom: 99_999, right: 9 }],
    ["A1:XFD1048576", { top: 0, left: 0, bottom: MAX_GRID_ROWS - 1, right: MAX_GRID_COLUMNS - 1 }],
  ])("%s stays one rectangle within the caps, and the sheet is checked", async (ref, area) => {
    const read = await readGrids(giantMerge(ref));
    if (!read.ok) throw new Error(read.detail);
    expect(read.grids[0].merges).toEqual([area]);
    expect(read.grids[0].values).toEqual([["说明"], [2]]);
    expect(checkWorkbook(read.grids).sheets).toEqual([]);
  });
});
