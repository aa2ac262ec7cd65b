import { evaluate, findAll, only, sheetOf, withRow } from "../../../test/domain/builders";

describe("input: TEXT_REPEATED (a general check, any text cell)", () => {
  it("flags a clause typed twice in a name, target, actual, note or goal", () => {
    expect(only(evaluate(withRow({ name: "优化营商环境优化营商环境" })), "TEXT_REPEATED")).toMatchObject({
      severity: "warning",
      cell: "D11",
      params: { fragment: "优化营商环境" },
    });
    expect(only(evaluate(withRow({ note: "加强宣传加强宣传", score: 45 })), "TEXT_REPEATED").cell).toBe("I11");
    expect(only(evaluate(sheetOf({ achieved: "完成全部培训任务完成全部培训任务" })), "TEXT_REPEATED").cell).toBe("F9");
  });
  it("leaves ordinary text alone", () => {
    expect(findAll(evaluate(withRow({ name: "组织召开了四届五次执委会议" })), "TEXT_REPEATED")).toEqual([]);
  });
});
