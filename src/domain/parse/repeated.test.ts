import { findRepeatedClause } from "./repeated";

describe("findRepeatedClause", () => {
  it("finds the seed's duplicated fragment across a line break, as typed", () => {
    expect(findRepeatedClause("加强沟通协调服务，助力民营企业发展\n调服务，助力民营企业发展\n")).toBe("调服务，助力民营企业发展");
  });
  it("finds a whole clause typed twice", () => {
    expect(findRepeatedClause("优化营商环境优化营商环境")).toBe("优化营商环境");
    expect(findRepeatedClause("促进经济发展 促进经济发展")).toBe("促进经济发展");
  });
  it.each([
    "不断提高",
    "走访调研企业、商会",
    "组织开展“四好”商会、“五好”县级工商联的创建工作",
    "100000000",
    "…………………………",
    "哈哈哈",
    "提高提高",
    "",
  ])("no slip in %j", (text) => {
    expect(findRepeatedClause(text)).toBeNull();
  });
  it("stays fast on long text", () => {
    const long = "加强宣传教育引导，更加坚定政治共识。".repeat(1) + "字".repeat(3000);
    // Only the first 1,000 characters are searched: 18 of the clause, then 982 of 字.
    expect(findRepeatedClause(long)).toBe("字".repeat(491));
  });
});
