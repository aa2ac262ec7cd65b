import { qualitativeBand, saysDone, saysNotDone } from "./qualitative";

describe("qualitativeBand (rules.md §5)", () => {
  it.each<[string, string, 1 | 2 | 3 | null]>([
    ["达成", "", 1],
    ["已完成", "", 1],
    ["已圆满完成　", "", 1],
    ["效果明显", "", 1],
    ["符合要求", "", 1],
    ["及时拨付", "", 1],
    ["不断提高", "不断提高", 1],
    ["优　", "优", 1],
    ["已及时拨付到位", "及时拨付", 1],
    ["部分达成", "", 2],
    ["部分完成", "", 2],
    ["基本达成", "", 2],
    ["未全部完成", "", 2],
    ["满意度有待提高", "", 2],
    ["未达成", "", 3],
    ["未完成", "", 3],
    ["尚未完成", "", 3],
    ["较差", "", 3],
    ["未按时完成", "", 2],
    ["不符合要求", "", 3],
    ["有所提高", "不断提高", 2],
    ["", "不断提高", null],
    ["一般公共预算", "", null],
  ])("%j (target %j) → band %s", (actual, target, band) => {
    expect(qualitativeBand(actual, target).band).toBe(band);
  });
  it("negations win over the positive word inside them", () => {
    expect(qualitativeBand("未完成", "完成").band).toBe(3);
    expect(qualitativeBand("未能提高", "提高").band).toBe(3);
    expect(qualitativeBand("没完成", "完成").band).toBe(3);
  });
  it("reads lateness as done late: band 2, like a late date", () => {
    expect(qualitativeBand("未及时拨付", "及时拨付").band).toBe(2);
    expect(qualitativeBand("逾期未完成", "").band).toBe(3);
  });
  it("flags exactly 基本达成 and its kin as ambiguous", () => {
    expect(qualitativeBand("基本达成", "").ambiguous).toBe(true);
    expect(qualitativeBand("基本完成。", "").ambiguous).toBe(true);
    expect(qualitativeBand("基本达成预期目标", "").ambiguous).toBe(false);
    expect(qualitativeBand("部分达成", "").ambiguous).toBe(false);
  });
  it("says done / not done", () => {
    expect(saysDone("按时完成")).toBe(true);
    expect(saysDone("部分完成")).toBe(false);
    expect(saysNotDone("未完成")).toBe(true);
    expect(saysNotDone("已完成")).toBe(false);
  });
});
