import { level1Of, level2Of, LEVEL2_UNDER, readLevel1, readLevel2 } from "./headings";

describe("headings", () => {
  it("reads the first level and its stated points, however it is spaced and bracketed", () => {
    const h = readLevel1({ address: "B11", value: "产出\n指标\n(50分)" });
    expect(h).toMatchObject({ cell: "B11", text: "产出指标(50分)", name: "产出", category: "output" });
    expect(h.statedPoints?.toString()).toBe("50");
    expect(readLevel1({ address: "B19", value: "效益\n指标\n（30分）" }).statedPoints?.toString()).toBe("30");
    expect(readLevel1({ address: "B1", value: "满意度指标 10分" }).statedPoints?.toString()).toBe("10");
    expect(readLevel1({ address: "B1", value: "满意度指标" }).statedPoints).toBeNull();
    expect(readLevel1({ address: "B1", value: null })).toMatchObject({ text: "", category: null });
  });
  it("reads the second level", () => {
    expect(readLevel2({ address: "C21", value: "可持续影响\n指标" })).toMatchObject({ name: "可持续影响", category: "sustainability" });
    expect(readLevel2({ address: "C1", value: "数量指标（20分）" }).statedPoints?.toString()).toBe("20");
  });
  it("names every category of the glossary", () => {
    expect([level1Of("产出"), level1Of("效益"), level1Of("满意度"), level1Of("管理")]).toEqual(["output", "benefit", "satisfaction", null]);
    const names = ["数量", "质量", "时效", "成本", "经济效益", "社会效益", "生态效益", "可持续影响", "服务对象满意度"];
    expect(names.map(level2Of)).toEqual(["quantity", "quality", "timeliness", "cost", "economic", "social", "ecological", "sustainability", "beneficiary"]);
    expect(level2Of("进度")).toBeNull();
    expect(Object.values(LEVEL2_UNDER).flat()).toHaveLength(9);
  });
});
