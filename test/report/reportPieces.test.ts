import { checkWorkbook } from "../../src/layout/checkWorkbook";
import { cellShown } from "../../src/report/cellShown";
import { draftReport } from "../../src/report/draftReport";
import { okAmountsInYuan, okHunanIncomeExpenditureGroups } from "../fixtures/layoutVariants";
import { docxText, section } from "./docxText";

/** The pieces a report is built of: cells as shown, funds by source and by nature, amounts in 元. */

describe("cellShown", () => {
  it("shows what Excel shows: percentages, dates, tidy text and numbers without float noise", () => {
    expect(cellShown({ address: "E22", value: 0.98, numberFormat: "0%" })).toBe("98%");
    expect(cellShown({ address: "E22", value: 0.955, numberFormat: "0.0%" })).toBe("95.5%");
    expect(cellShown({ address: "E16", value: 44196, numberFormat: 'yyyy"年"m"月"d"日"' })).toBe("2020年12月31日");
    expect(cellShown({ address: "F11", value: "\u300052家 " })).toBe("52家");
    expect(cellShown({ address: "B11", value: "产出\n指标\n(50分)" })).toBe("产出\n指标\n(50分)");
    expect(cellShown({ address: "D4", value: 0.1 + 0.2 })).toBe("0.3");
    expect(cellShown({ address: "D4", value: { error: "#DIV/0!" } })).toBe("#DIV/0!");
    expect([cellShown(undefined), cellShown({ address: "A1", value: null })]).toEqual(["", ""]);
  });
});

const H1 = ["一、", "二、", "三、", "四、", "五、", "附件："];

describe("funds in the report", () => {
  it("names the 按收入性质分 / 按支出性质分 groups, for the budget and for the spending", async () => {
    const report = await draftReport(checkWorkbook([okHunanIncomeExpenditureGroups]));
    const text = await docxText(report.bytes);
    const funds = section(text, "二、预算收支情况", H1);
    expect(funds).toContain("全年预算数1100万元（年初预算数1000万元），其中按收入性质分：财政拨款1000万元，上年结转100万元；按支出性质分：基本支出760万元，项目支出340万元");
    expect(funds).toContain("全年执行数1045万元，其中按收入性质分：财政拨款950万元，上年结转95万元；按支出性质分：基本支出740万元，项目支出305万元，预算执行率95.00%");
    const attachment = text.slice(text.indexOf("\n附件1\n")).replace(/\n/g, "");
    expect(attachment).toContain("按支出性质分 | 基本支出 | 700 | 760 | 740");
  }, 60_000);

  it("states amounts typed in 元 in 万元, and a workbook without the overall table leaves section 二 to the user", async () => {
    const check = checkWorkbook([okAmountsInYuan]);
    const text = await docxText((await draftReport(check)).bytes);
    expect(String(check.sheets[0].input.funds?.heading.value)).toContain("（元）");
    expect(check.sheets[0].input.funds?.total.annualBudget.value).toBe(1500000);
    const funds = section(text, "二、预算收支情况", H1);
    expect(funds).toContain("【请填写：预算收支情况");
    expect(funds).toContain("全年执行数合计135万元");
    expect(section(text, "（二）项目支出绩效情况", H1)).toContain("项目全年预算数150万元，全年执行数135万元，执行率90.00%");
  }, 60_000);
});
