import fc from "fast-check";
import type { CellValue } from "../domain/cells";
import { parseAddress } from "./address";
import type { Grid, MergedArea } from "./grid";
import { readSheet } from "./readSheet";
import { inputCellAddresses } from "./writePatch";
import { seedProjectGrid } from "../../test/fixtures/seedGrids";

/** The reader never throws, whatever the grid, and stays linear on big sheets. */

const LABELS = [
  "2020年度项目支出绩效自评表",
  "部门名称",
  "资金情况（万元）",
  "年度资金总额",
  "年初预算数",
  "全年预算数",
  "全年执行数",
  "分值",
  "执行率",
  "得分",
  "合计",
  "其中：当年财政拨款",
  "按收入性质分",
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "偏差原因分析及改进措施",
  "指标性质",
  "度量单位",
  "总分",
  "等级",
  "等级：优",
  "指标1",
  "……",
  "备注",
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...LABELS),
  fc.constant(null),
  fc.string({ maxLength: 6 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 200 }),
  fc.boolean(),
  fc.constantFrom<CellValue>({ error: "#N/A" }, { error: "#DIV/0!" }),
);

const merge: fc.Arbitrary<MergedArea> = fc
  .tuple(fc.nat(14), fc.nat(12), fc.nat(4), fc.nat(4))
  .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

const grid: fc.Arbitrary<Grid> = fc.record({
  sheetName: fc.string({ maxLength: 8 }),
  values: fc.array(fc.array(cellValue, { maxLength: 12 }), { maxLength: 16 }),
  merges: fc.array(merge, { maxLength: 6 }),
});

describe("readSheet never throws", () => {
  it("on random grids of labels, numbers, errors and merges (ragged, overlapping)", () => {
    fc.assert(
      fc.property(grid, (g) => {
        const out = readSheet(g);
        if (out.status === "read") {
          for (const a of inputCellAddresses(out.input)) expect(parseAddress(a)).toBeDefined();
        }
        if (out.status === "broken") expect(out.diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it("on the seed with random cells overwritten", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(25), fc.nat(10), cellValue), { maxLength: 12 }), (edits) => {
        const values = seedProjectGrid.values.map((r) => [...r]);
        for (const [r, c, x] of edits) {
          while (values.length <= r) values.push([]);
          values[r][c] = x;
        }
        const out = readSheet({ ...seedProjectGrid, values });
        expect(["read", "broken", "skipped"]).toContain(out.status);
      }),
      { numRuns: 300 },
    );
  });

  it("on holes, undefined and junk where the Grid type promises values", () => {
    const junk = {
      sheetName: "junk",
      values: [[undefined, "部门名称"], undefined, [Number.NaN, Infinity, {}, [], "全年预算数", "全年执行数"]],
      merges: [{ top: -1, left: 0, bottom: 2, right: 1 }, null, { top: 0, left: 0, bottom: 1e9, right: 1e9 }],
      numberFormats: "x",
    } as unknown as Grid;
    expect(() => readSheet(junk)).not.toThrow();
    expect(readSheet({ sheetName: "empty", values: [], merges: [] })).toEqual({ status: "skipped" });
  });
});

describe("readSheet on a big sheet", () => {
  it("reads a 10,000-row indicator block row by row", () => {
    const n = 10000;
    const values: CellValue[][] = [
      ["2020年度部门整体支出绩效自评表"],
      ["部门名称", null, "某局"],
      ["资金情况（万元）", "年度资金总额", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      [null, "合计", 100, 100, 90, 10, null, null],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ];
    for (let i = 0; i < n; i++) {
      values.push([null, i === 0 ? "产出指标" : null, i % 50 === 0 ? "数量指标" : null, `指标名称${i}`, "≥10个", "10个", 0.009, null, null]);
    }
    values.push(["总分", null, null, null, null, null, 100, null, null]);
    const out = readSheet({ sheetName: "big", values, merges: [{ top: 5, left: 1, bottom: 5 + n - 1, right: 1 }] });
    if (out.status !== "read") throw new Error(out.status);
    expect(out.input.indicators).toHaveLength(n);
    const last = out.input.indicators[n - 1];
    expect([last.level1.address, last.level2.address, last.name.address]).toEqual(["B6", `C${5 + n - 49}`, `D${5 + n}`]);
    expect(out.input.footer?.total?.address).toBe(`H${6 + n}`);
  });
});
