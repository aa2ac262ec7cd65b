import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import type { SheetKind } from "../../src/domain/input";
import type { DefaultLevel1 } from "../../src/layout/templateDefaults";
import { renderTemplate, textsCutOff, type TemplateOptions } from "../../src/layout/templateSpec";
import { templateWorkbook } from "../../src/xlsx";
import { removeTempDirs, tempDir } from "./runJixiao";

/**
 * Issue 14, print, checked the way a person would: both template kinds, blank and filled with long
 * names, are written, printed to PDF by LibreOffice (headless), rendered page by page with pdftoppm,
 * and the pixels are looked at — nothing coloured, no blank page, the table inside the page width —
 * besides the estimate that no cell's text needs more lines than its row shows.
 * Set JIXIAO_PRINT_DIR to keep the PDFs and PNGs for a person to look at.
 */

jest.setTimeout(300_000);
afterAll(() => removeTempDirs());

const has = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).status === 0;

/** 2–3 lines' worth in the 三级指标 (26 units) and 年度指标值 (14 units) columns. */
const LONG_NAME = "组织工商联全体执委和辖区各商协会学习贯彻会议精神并开展调研";
const LONG_TARGET = "全年不少于十二次，覆盖全部执委";
const LONG_TEXT = "联络帮扶，立足光彩事业，积极引导非公有制企业履行社会责任并开展光彩事业帮扶活动";

function longIndicators(): DefaultLevel1[] {
  const row = (i: number) => ({ name: `${LONG_NAME}${i}`, target: LONG_TARGET, weight: 10 });
  return [
    { level1: "产出指标(50分)", groups: [{ level2: "数量指标", rows: [row(1), row(2)] }, { level2: "质量指标", rows: [row(3)] }, { level2: "时效指标", rows: [row(4), row(5)] }] },
    { level1: "效益指标(30分)", groups: [{ level2: "社会效益指标", rows: [row(6), row(7)] }, { level2: "可持续影响指标", rows: [row(8)] }] },
    { level1: "满意度指标(10分)", groups: [{ level2: "服务对象满意度指标", rows: [row(9)] }] },
  ];
}

const VARIANTS: readonly { readonly name: string; readonly options: TemplateOptions }[] = [
  { name: "blank", options: { year: 2024 } },
  {
    name: "long",
    options: { year: 2024, department: `株洲市石峰区工商业联合会${LONG_TEXT}`, projectName: LONG_TEXT, indicators: longIndicators() },
  },
];

/** One rendered page: width, height and RGB bytes (pdftoppm's PPM, binary P6 with maxval 255). */
interface Page {
  readonly width: number;
  readonly height: number;
  readonly rgb: Uint8Array;
}

function readPpm(bytes: Buffer): Page {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("not a binary PPM");
  const width = Number(header[1]);
  const height = Number(header[2]);
  const rgb = new Uint8Array(bytes.subarray(header[0].length, header[0].length + width * height * 3));
  if (rgb.length !== width * height * 3) throw new Error("truncated PPM");
  return { width, height, rgb };
}

/** What a person notices on a page: coloured pixels, how much ink, and where the ink lies. */
function lookAt(page: Page) {
  let coloured = 0;
  let ink = 0;
  let left = page.width;
  let right = -1;
  for (let y = 0; y < page.height; y++) {
    for (let x = 0; x < page.width; x++) {
      const i = (y * page.width + x) * 3;
      const [r, g, b] = [page.rgb[i], page.rgb[i + 1], page.rgb[i + 2]];
      // Anti-aliased black text and grey placeholders are grey (r = g = b); even a pale fill (#E2EFDA) is not.
      if (Math.max(r, g, b) - Math.min(r, g, b) > 8) coloured++;
      if (r + g + b < 3 * 160) {
        ink++;
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  return { coloured, ink: ink / (page.width * page.height), left: left / page.width, right: (right + 1) / page.width };
}

describe("template print: written, printed to PDF by LibreOffice, rendered and looked at", () => {
  it("has LibreOffice (soffice) and pdftoppm (poppler-utils) to print with", () => {
    expect({ soffice: has("soffice"), pdftoppm: has("pdftoppm") }).toEqual({ soffice: true, pdftoppm: true });
  });

  const dir = process.env.JIXIAO_PRINT_DIR ?? tempDir();
  const cases = (["overall", "project"] as const).flatMap((kind: SheetKind) => VARIANTS.map((v) => ({ kind, ...v, file: `${kind}-${v.name}` })));
  let printed = false;

  beforeAll(async () => {
    for (const c of cases) writeFileSync(path.join(dir, `${c.file}.xlsx`), await templateWorkbook(renderTemplate(c.kind, c.options)));
    if (!has("soffice") || !has("pdftoppm")) return;
    // One LibreOffice run for every file: starting it is the slow part.
    const files = cases.map((c) => path.join(dir, `${c.file}.xlsx`));
    const profile = `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`;
    const pdf = spawnSync("soffice", [profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, ...files], {
      encoding: "utf8",
      timeout: 240_000,
    });
    if (pdf.status !== 0) throw new Error(`soffice failed: ${pdf.stderr}`);
    for (const c of cases) {
      const base = path.join(dir, c.file);
      const ppm = spawnSync("pdftoppm", ["-r", "60", `${base}.pdf`, base], { encoding: "utf8", timeout: 60_000 });
      if (ppm.status !== 0) throw new Error(`pdftoppm failed: ${ppm.stderr}`);
      if (process.env.JIXIAO_PRINT_DIR) spawnSync("pdftoppm", ["-r", "110", "-png", `${base}.pdf`, base], { timeout: 60_000 });
    }
    printed = true;
  }, 300_000);

  const pagesOf = (file: string): Page[] =>
    readdirSync(dir)
      .filter((f) => f.startsWith(`${file}-`) && f.endsWith(".ppm"))
      .sort()
      .map((f) => readPpm(readFileSync(path.join(dir, f))));

  it.each(cases.map((c) => [c.file, c] as const))("%s: prints in black and grey only, on pages that are not blank, within the page width", (_name, c) => {
    expect(printed).toBe(true);
    const pages = pagesOf(c.file);
    // A portrait A4 page (fit to one page wide), and the table is no longer than two of them.
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    for (const page of pages) {
      expect(page.height).toBeGreaterThan(page.width);
      const seen = lookAt(page);
      expect(seen.coloured).toBe(0);
      expect(seen.ink).toBeGreaterThan(0.01);
      // Inside the page's margins on both sides, and using most of the width (not shrunk to a stamp).
      expect(seen.left).toBeGreaterThan(0.03);
      expect(seen.right).toBeLessThan(0.97);
      expect(seen.right - seen.left).toBeGreaterThan(0.75);
    }
  });

  it.each(cases.map((c) => [c.file, c] as const))("%s: no cell's text needs more lines than its row height shows", (_name, c) => {
    const t = renderTemplate(c.kind, c.options);
    expect(textsCutOff(t)).toEqual([]);
    // The estimate does see a cut: the long names in rows of the default height would be one.
    if (c.name === "long") expect(textsCutOff({ ...t, rowHeights: {} }).length).toBeGreaterThan(9);
  });
});
