import { BASE_ROWS, evaluate, sheetOf, withRow } from "../../test/domain/builders";
import { evaluateSheet } from "./evaluate";
import { ownedFormula } from "./ownership";
import { profiles } from "./profiles";

describe("evaluateSheet: the result", () => {
  it("defaults to the national profile", () => {
    const input = sheetOf({ funds: { weight: null } });
    expect(evaluateSheet(input).funds?.weight.toString()).toBe("10");
    expect(evaluateSheet(input, profiles.hubei).funds?.weight.toString()).toBe("20");
  });
  it("fills every computed cell with its address and owner", () => {
    const r = evaluate(sheetOf({ funds: { rate: { v: 1, formula: ownedFormula(1) }, score: "10" }, footer: { total: null, grade: "等级：优" } }));
    expect(r.funds?.executionRate).toMatchObject({ cell: "G4", owner: "jixiao" });
    expect(r.funds?.score).toMatchObject({ cell: "H4", owner: "user" });
    expect(r.funds?.rows.map((x) => x.labelCell)).toEqual(["B5", "B6", "B7"]);
    expect(r.total).toMatchObject({ cell: "H14", owner: "blank" });
    expect(r.grade).toMatchObject({ cell: "I14", owner: "user", value: "优" });
    expect(r.indicators.map((i) => [i.nameCell, i.name, i.weight?.toString(), i.score.cell])).toEqual([
      ["D11", "培训人次", "50", "H11"],
      ["D12", "群众知晓度", "30", "H12"],
      ["D13", "服务对象满意度", "10", "H13"],
    ]);
    expect(r.sheetName).toBe("项目支出绩效自评表");
    expect(r.kind).toBe("project");
  });
  it("a missing score cell column still reports the score, with no cell to write", () => {
    const input = sheetOf({});
    const funds = input.funds;
    if (!funds) throw new Error("fixture has funds");
    const r = evaluateSheet({ ...input, funds: { ...funds, total: { ...funds.total, score: undefined, rate: undefined } } });
    expect(r.funds?.score).toMatchObject({ cell: "", owner: "blank" });
    expect(r.funds?.score?.value?.toString()).toBe("10");
  });
  it("lists diagnostics in sheet order", () => {
    const r = evaluate(sheetOf({ department: "", rows: [{ ...BASE_ROWS[0], score: 45 }, BASE_ROWS[1], { ...BASE_ROWS[2], score: 11 }], footer: { total: 1 } }));
    expect(r.diagnostics.map((d) => d.cell)).toEqual(["B2", "I11", "H13", "H14"]);
  });
  it("every diagnostic names its sheet", () => {
    const r = evaluate(withRow({ score: 60 }));
    expect(r.diagnostics.every((d) => d.sheet === "项目支出绩效自评表")).toBe(true);
  });
  it("does not change its input", () => {
    const input = withRow({ score: 45 });
    const before = JSON.stringify(input);
    evaluateSheet(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
