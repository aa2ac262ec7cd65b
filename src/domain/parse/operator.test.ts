import {
  directionConflicts,
  directionOperator,
  operatorOnly,
  splitDirection,
  splitOperatorPrefix,
  splitOperatorSuffix,
  type Operator,
} from "./operator";

describe("splitOperatorPrefix: every spelling of rules.md §3", () => {
  const cases: [string, Operator][] = [
    ["≥", "≥"], ["≧", "≥"], [">=", "≥"], ["＞＝", "≥"], ["大于等于", "≥"], ["不低于", "≥"], ["不少于", "≥"],
    [">", ">"], ["＞", ">"], ["大于", ">"], ["高于", ">"],
    ["=", "="], ["＝", "="], ["\ufe66", "="], ["\u2550", "="], ["==", "="], ["等于", "="],
    ["≤", "≤"], ["≦", "≤"], ["<=", "≤"], ["＜＝", "≤"], ["小于等于", "≤"], ["不高于", "≤"], ["不超过", "≤"], ["不多于", "≤"],
    ["<", "<"], ["＜", "<"], ["小于", "<"], ["低于", "<"],
  ];
  it.each(cases)("%s95%% → %s", (spelling, op) => {
    expect(splitOperatorPrefix(`${spelling}95%`)).toEqual({ operator: op, rest: "95%" });
    expect(splitOperatorPrefix(`${spelling} 95%`)).toEqual({ operator: op, rest: "95%" });
  });
  it("takes the longest spelling (不超过 is ≤, not 超过 >)", () => {
    expect(splitOperatorPrefix("不超过5天").operator).toBe("≤");
    expect(splitOperatorPrefix("超过5天").operator).toBe(">");
  });
  it("skips filler words", () => {
    expect(splitOperatorPrefix("控制在≤5%")).toEqual({ operator: "≤", rest: "5%" });
    expect(splitOperatorPrefix("达到95%")).toEqual({ operator: null, rest: "95%" });
  });
  it("leaves text without an operator alone", () => {
    expect(splitOperatorPrefix("不断提高")).toEqual({ operator: null, rest: "不断提高" });
  });
});

describe("splitOperatorSuffix / operatorOnly", () => {
  it("reads 以上/以下/以内", () => {
    expect(splitOperatorSuffix("95%以上")).toEqual({ operator: "≥", rest: "95%" });
    expect(splitOperatorSuffix("5%以内")).toEqual({ operator: "≤", rest: "5%" });
    expect(splitOperatorSuffix("5天")).toEqual({ operator: null, rest: "5天" });
  });
  it("accepts a cell that is only an operator", () => {
    expect(operatorOnly("≥")).toBe("≥");
    expect(operatorOnly("大于等于")).toBe("≥");
    expect(operatorOnly("≥95")).toBeNull();
    expect(operatorOnly("定性")).toBeNull();
  });
});

describe("direction labels", () => {
  it("splits 正向/反向 (指标) with separators", () => {
    expect(splitDirection("正向指标：≥95%")).toEqual({ direction: "正向", rest: "≥95%" });
    expect(splitDirection("反向 5天")).toEqual({ direction: "反向", rest: "5天" });
    expect(splitDirection("95%")).toEqual({ direction: null, rest: "95%" });
  });
  it("maps and checks conflicts; = agrees with both", () => {
    expect(directionOperator("正向")).toBe("≥");
    expect(directionOperator("反向")).toBe("≤");
    expect(directionConflicts("正向", "≤")).toBe(true);
    expect(directionConflicts("正向", "<")).toBe(true);
    expect(directionConflicts("反向", ">")).toBe(true);
    expect(directionConflicts("正向", "≥")).toBe(false);
    expect(directionConflicts("反向", "≤")).toBe(false);
    expect(directionConflicts("反向", "=")).toBe(false);
  });
});
