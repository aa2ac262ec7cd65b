import type { CellValue } from "../../src/domain/cells";
import { parseAddress } from "../../src/layout/address";
import { renderTemplate, templateGrid } from "../../src/layout/templateSpec";
import type { FakeExcelHost, HostSheet } from "./fakeHost";

/** Workbooks for the adapter tests, built from the real template so the real pipeline scores them. */

/** The inputs of a project sheet a department would type (seed-like figures). */
export const PROJECT_INPUTS: Readonly<Record<string, CellValue>> = {
  C7: 100,
  D7: 100,
  E7: 95,
  C8: 100,
  D8: 100,
  E8: 95,
  C12: "保障协会正常运转",
  G12: "已完成",
  F14: "2个",
  F15: "及时拨付",
  F16: "2020年12月31日",
  F17: "5万元/个",
  F18: "引导地方扶持中小企业",
  F19: "优化中小企业发展环境",
  F20: "优化营商环境",
  F21: "促进经济发展",
  F22: 0.98,
};

/** Adds a filled-in project sheet (the template plus PROJECT_INPUTS) to the fake workbook. */
export function addProjectSheet(host: FakeExcelHost, name: string, inputs: Readonly<Record<string, CellValue>> = PROJECT_INPUTS): HostSheet {
  const grid = templateGrid(renderTemplate("project", { sample: true, year: 2020, department: "株洲市石峰区工商业联合会", projectName: "协会经费" }));
  const values = grid.values.map((row) => [...row]);
  for (const [address, value] of Object.entries(inputs)) {
    const at = parseAddress(address);
    if (!at) throw new Error(address);
    while (values.length <= at.row) values.push([]);
    values[at.row][at.col] = value;
  }
  return host.addSheet(name, { values, numberFormats: grid.numberFormats, merges: grid.merges });
}

/** A sheet that is not an evaluation table. */
export function addOtherSheet(host: FakeExcelHost, name: string): HostSheet {
  return host.addSheet(name, { values: [["说明", "本工作簿含绩效自评表"], [1, 2]], merges: [] });
}
