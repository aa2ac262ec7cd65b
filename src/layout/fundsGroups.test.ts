import { FUNDS_GROUP_SHAPES, GOOD } from "../../test/fixtures/fundsGroups";
import { checkWorkbook } from "./checkWorkbook";

/** Issue 13: the total row is compared with each 按…分 group on its own, whatever the group word's shape. */
describe.each(FUNDS_GROUP_SHAPES)("funds groups, group word in its %s", (_shape, grid) => {
  const mismatches = (g: ReturnType<typeof grid>) => {
    const check = checkWorkbook([g]);
    expect(check.sheets).toHaveLength(1);
    return check.sheets[0].result.diagnostics.filter((d) => d.code === "FUNDS_SUM_MISMATCH").map((d) => d.params.sum);
  };

  it("reads two groups: 3 income rows, 2 spending rows", () => {
    const check = checkWorkbook([grid(GOOD)]);
    expect(check.sheets[0].input.funds?.groups.map((g) => g.length)).toEqual([3, 2]);
  });
  it("no FUNDS_SUM_MISMATCH when each group adds up to the total", () => {
    expect(mismatches(grid(GOOD))).toEqual([]);
  });
  it("one FUNDS_SUM_MISMATCH for the group that does not add up", () => {
    expect(mismatches(grid({ ...GOOD, spending: [740, 300] }))).toEqual(["1040.00"]);
    expect(mismatches(grid({ ...GOOD, income: [950, 90, 0] }))).toEqual(["1040.00"]);
  });
  it("one per group when neither adds up", () => {
    expect(mismatches(grid({ income: [950, 90, 0], spending: [700, 305] }))).toEqual(["1040.00", "1005.00"]);
  });
});
