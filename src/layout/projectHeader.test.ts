import { chizhouProject as chizhou } from "../../test/fixtures/projectHeader";
import { checkWorkbook } from "./checkWorkbook";

/** Issue 13: a project table's header fields are read into the sheet input and the result. */

describe("project header fields", () => {
  const check = checkWorkbook([chizhou]);
  const sheet = check.sheets[0];

  it("reads each field beside its label, or after the colon of its label cell", () => {
    expect(check.broken).toEqual([]);
    const h = sheet.input.header;
    expect([h?.competentDepartment?.address, h?.implementingUnit?.address, h?.projectLead?.address, h?.totalInvestment?.address]).toEqual(["B4", "G4", "B5", "G5"]);
    expect(h?.period?.value).toBe("2022.1-12");
    expect(h?.subProject).toBeUndefined();
  });
  it("shows them in the result, 项目名称 first", () => {
    expect(sheet.result.header?.map((f) => `${f.field}@${f.cell}=${f.text}`)).toEqual([
      "projectName@B3=委托业务项目",
      "competentDepartment@B4=219-池州市贵池区棠溪镇人民政府",
      "implementingUnit@G4=219001-池州市贵池区棠溪镇人民政府",
      "projectLead@B5=张三",
      "totalInvestment@G5=90",
      "period@A6=2022.1-12",
    ]);
  });
});

describe("the funds block's note column", () => {
  it("is read on the total row as the block's note", () => {
    const grid = {
      ...chizhou,
      values: chizhou.values.map((row, r) => (r === 6 ? [...row.slice(0, 8), "备注"] : r === 7 ? [...row.slice(0, 8), "合同尾款年底未支付"] : row)),
    };
    const input = checkWorkbook([grid]).sheets[0].input;
    expect(input.funds?.note).toMatchObject({ address: "I8", value: "合同尾款年底未支付" });
  });
});
