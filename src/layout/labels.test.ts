import { classifyLabel, isPlaceholderName, isTitleText, kindFromTitle, normalizeLabel } from "./labels";

describe("normalizeLabel", () => {
  it.each([
    ["产出指标(50分)", "产出指标"],
    ["效益\n指标\n（30分）", "效益指标"],
    ["偏差原因\n分析及\n改进措施", "偏差原因分析及改进措施"],
    ["得分（分值×执行率）", "得分"],
    ["得分（分值×执行率", "得分"],
    ["全年预算数(A)", "全年预算数"],
    ["资金情况\n（万元）", "资金情况"],
    ["年度资金总额\u3000", "年度资金总额"],
    ["部门（单位）名称", "部门名称"],
    ["其中：当年财政拨款\u3000", "其中:当年财政拨款"],
    ["ＡＢＣ１２３", "ABC123"],
  ])("%j → %j", (raw, expected) => {
    expect(normalizeLabel(raw)).toBe(expected);
  });
});

describe("classifyLabel", () => {
  it.each([
    ["全年\n预算数", "annualBudget"],
    ["调整后预算数", "annualBudget"],
    ["全年预算数(A)", "annualBudget"],
    ["全年执行数(B)", "executed"],
    ["实际执行数", "executed"],
    ["执行率(B/A)", "rate"],
    ["年初\n预算数", "initialBudget"],
    ["得分（分值×执行率", "score"],
    ["合计", "fundsTotal"],
    ["资金总额", "fundsTotal"],
    ["年度资金总额\u3000", "fundsTotal"],
    ["其中：当年财政拨款\u3000", "appropriation"],
    ["本年财政拨款", "appropriation"],
    ["其中：财政拨款", "appropriation"],
    ["上年结转资金\u3000", "carryOver"],
    ["其他资金", "other"],
    ["按收入性质分", "fundsGroup"],
    ["按支出性质分：", "fundsGroup"],
    ["年度\n指标值", "target"],
    ["指标值", "target"],
    ["年度目标值", "target"],
    ["实际\n完成值", "actual"],
    ["全年实际值", "actual"],
    ["未完成原因分析", "deviation"],
    ["指标性质", "valueNature"],
    ["度量单位", "valueUnit"],
    ["总分", "footerTotal"],
    ["等级：优", "grade"],
    ["等级", "grade"],
    ["项目总实施期：2020.1-12", "period"],
    ["项目支\n出名称", "projectSection"],
    ["专项名称\u3000", "projectName"],
    ["年度项目资金\n（万元）", "fundsSection"],
    ["绩\n效\n指\n标", "indicatorSection"],
    ["年度总\n体目标", "goalsSection"],
    ["备注：1.“执行率”=“全年执行数”/“全年预算数”；", "note"],
  ])("%j is %s", (raw, id) => {
    expect(classifyLabel(raw)).toBe(id);
  });

  it("knows no label in values, numbers, errors or long texts", () => {
    expect(classifyLabel("石峰区工商业联合会")).toBeUndefined();
    expect(classifyLabel(10)).toBeUndefined();
    expect(classifyLabel(null)).toBeUndefined();
    expect(classifyLabel({ error: "#N/A" })).toBeUndefined();
    expect(classifyLabel(true)).toBeUndefined();
    expect(classifyLabel("合计".repeat(30))).toBeUndefined();
  });
});

describe("titles and placeholders", () => {
  it("reads the kind from a title", () => {
    expect(isTitleText("2020年度部门整体支出绩效自评表")).toBe(true);
    expect(kindFromTitle("2020年度部门整体支出绩效自评表")).toBe("overall");
    expect(kindFromTitle("2020年度项目支出绩效自评表")).toBe("project");
    expect(isTitleText("填表说明")).toBe(false);
    expect(isTitleText("部门整体支出绩效自评表和项目支出绩效自评表请分别填写。")).toBe(false);
  });

  it("tells placeholders from names", () => {
    for (const p of ["指标1", "指标 2", "……", "...", "…"]) expect(isPlaceholderName(p)).toBe(true);
    for (const n of ["协会", "走访调研企业、商会", "指标完成率"]) expect(isPlaceholderName(n)).toBe(false);
  });
});
