import { Decimal } from "../decimal";
import { ownedFormula } from "../ownership";
import { profiles } from "../profiles";
import { gradeOf } from "../score/totals";
import { BASE_ROWS, evaluate, findAll, only, problems, sheetOf, withRow } from "../../../test/domain/builders";

describe("totals: 总分", () => {
  it("= execution score + Σ row scores, entered where entered", () => {
    const r = evaluate(withRow({ score: 45, note: "x" }));
    expect(r.total.value?.toString()).toBe("95");
    expect(r.grade.value).toBe("优");
  });
  it("adds the rounded row scores", () => {
    const r = evaluate(withRow({ score: 44.444, note: "x" }));
    expect(r.indicators[0].score.value?.toString()).toBe("44.44");
    expect(r.total.value?.toString()).toBe("94.44");
  });
  it("a printed total that is not the sum of the printed scores → TOTAL_MISMATCH", () => {
    const r = evaluate(sheetOf({ footer: { total: 99 } }));
    expect(only(r, "TOTAL_MISMATCH")).toMatchObject({ severity: "error", cell: "H14", params: { printed: "99.00", sum: "100.00" } });
    expect(r.statedTotal?.toString()).toBe("99");
    expect(problems(evaluate(sheetOf({ footer: { total: "100　" } })))).toEqual([]);
  });
  it("judges the sheet's own addition: a wrong execution score is reported once, where it is", () => {
    const r = evaluate(sheetOf({ funds: { score: 9 }, footer: { total: 99 } }));
    expect(problems(r)).toEqual(["FUNDS_SCORE_MISMATCH@H4"]);
    expect(r.total.value?.toString()).toBe("100");
  });
  it("a total marked as jixiao's is still judged: a mark proves nothing (issue 18)", () => {
    const r = evaluate(sheetOf({ footer: { total: { v: 80, formula: ownedFormula(80) }, grade: { v: "良", formula: ownedFormula("良") } } }));
    expect(problems(r)).toEqual(["TOTAL_MISMATCH@H14", "GRADE_MISMATCH@I14"]);
    expect(r.total).toMatchObject({ cell: "H14", owner: "jixiao" });
    expect(r.grade).toMatchObject({ cell: "I14", owner: "jixiao", value: "优" });
  });
  it("no total while a row has no score; no footer gives empty cells", () => {
    const r = evaluate(withRow({ target: "有效提高", actual: "部分完成" }));
    expect(r.total.value).toBeNull();
    expect(r.grade.value).toBeNull();
    const bare = evaluate(sheetOf({ footer: null }));
    expect(bare.total).toMatchObject({ cell: "", owner: "blank" });
    expect(bare.total.value?.toString()).toBe("100");
  });
});

describe("totals: 等级", () => {
  it.each([
    ["100", "优"],
    ["90", "优"],
    ["89.995", "优"],
    ["89.99", "良"],
    ["80", "良"],
    ["79.99", "中"],
    ["60", "中"],
    ["59.99", "差"],
    ["0", "差"],
    ["107", "优"],
  ])("total %s → %s (lower bound included, at 2 decimals)", (total, grade) => {
    expect(gradeOf(new Decimal(total), profiles.national.grade)).toBe(grade);
  });
  it("a printed grade that disagrees → GRADE_MISMATCH", () => {
    const r = evaluate(sheetOf({ footer: { grade: "等级：良" } }));
    expect(only(r, "GRADE_MISMATCH")).toMatchObject({ severity: "error", cell: "I14", params: { printed: "良", grade: "优", total: "100.00" } });
    expect(r.statedGrade).toBe("良");
  });
  it("reads 等级：优, 等级:优 and 优 alike; the bare caption is blank", () => {
    for (const grade of ["等级：优", "等级:优", "优", "优秀"]) expect(findAll(evaluate(sheetOf({ footer: { grade } })), "GRADE_MISMATCH")).toEqual([]);
    const caption = evaluate(sheetOf({ footer: { grade: "等级：" } }));
    expect(caption.grade.owner).toBe("blank");
    expect(caption.statedGrade).toBeNull();
  });
  it("an unreadable grade → GRADE_MISMATCH.unreadable", () => {
    expect(only(evaluate(sheetOf({ footer: { grade: "A+" } })), "GRADE_MISMATCH")).toMatchObject({ key: "GRADE_MISMATCH.unreadable", params: { value: "A+" } });
  });
  it("grades follow the computed total, not the printed one", () => {
    const r = evaluate(sheetOf({ rows: [{ ...BASE_ROWS[0], score: 35, note: "x" }, BASE_ROWS[1], BASE_ROWS[2]], footer: { total: 85, grade: "良" } }));
    expect(r.total.value?.toString()).toBe("85");
    expect(problems(r)).toEqual([]);
  });
});
