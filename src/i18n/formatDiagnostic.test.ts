import { DIAGNOSTIC_CODES, type Diagnostic } from "../domain/diagnostics";
import { SITUATION_KEYS, type MessageKey } from "../domain/messageKeys";
import { diagnosticsEn } from "./diagnostics.en";
import { diagnosticsZhCN } from "./diagnostics.zh-CN";
import { diagnosticMessage, formatDiagnostic } from "./formatDiagnostic";

const ALL_KEYS: readonly MessageKey[] = [...DIAGNOSTIC_CODES, ...SITUATION_KEYS];
const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("diagnostic catalogues", () => {
  it("hold exactly the message keys, in both languages", () => {
    expect(Object.keys(diagnosticsZhCN).sort()).toEqual([...ALL_KEYS].sort());
    expect(Object.keys(diagnosticsEn).sort()).toEqual([...ALL_KEYS].sort());
    expect(new Set(ALL_KEYS).size).toBe(ALL_KEYS.length);
  });
  it("every situation key extends a real code", () => {
    for (const k of SITUATION_KEYS) expect(DIAGNOSTIC_CODES).toContain(k.split(".")[0]);
  });
  it.each(ALL_KEYS.map((k) => [k]))("%s: same placeholders in zh-CN and en, Chinese text in zh-CN", (key) => {
    expect(placeholders(diagnosticsEn[key])).toEqual(placeholders(diagnosticsZhCN[key]));
    expect(diagnosticsZhCN[key]).toMatch(/[\u4e00-\u9fff]/);
    expect(diagnosticsEn[key].trim().length).toBeGreaterThan(10);
  });
  it("has the keys the layout reader emits, with their parameters", () => {
    expect(placeholders(diagnosticsZhCN.TABLE_NOT_FOUND)).toEqual(["block"]);
    expect(placeholders(diagnosticsZhCN.REQUIRED_MISSING)).toEqual(["field"]);
  });
});

describe("formatDiagnostic", () => {
  const d: Diagnostic = {
    code: "REASON_MISSING",
    severity: "error",
    sheet: "项目支出绩效自评表",
    cell: "I21",
    key: "REASON_MISSING",
    params: { score: "4.00", weight: "5" },
  };
  it("fills the message's placeholders", () => {
    expect(diagnosticMessage(d, "zh-CN")).toBe("得分4.00低于分值5，请填写偏差原因分析及改进措施。");
    expect(diagnosticMessage(d, "en")).toContain("4.00");
  });
  it("names the cell first, with a full-width colon in Chinese", () => {
    expect(formatDiagnostic(d, "zh-CN")).toBe("项目支出绩效自评表!I21：得分4.00低于分值5，请填写偏差原因分析及改进措施。");
    expect(formatDiagnostic(d, "en")).toMatch(/^项目支出绩效自评表!I21: The score 4\.00/);
  });
  it("quotes a sheet name with spaces, and drops the cell when there is none", () => {
    const t: Diagnostic = { ...d, code: "TABLE_NOT_FOUND", key: "TABLE_NOT_FOUND", sheet: "Sheet 1", cell: "", params: { block: "资金情况" } };
    expect(formatDiagnostic(t, "zh-CN")).toBe("'Sheet 1'：未找到“资金情况”部分，无法计算；请确认表格包含该部分及其标题。");
  });
  it("reads REQUIRED_MISSING as the reader emits it", () => {
    const r: Diagnostic = { ...d, code: "REQUIRED_MISSING", key: "REQUIRED_MISSING", cell: "D4", params: { field: "全年预算数" } };
    expect(diagnosticMessage(r, "zh-CN")).toBe("“全年预算数”未填写，请补充。");
    expect(diagnosticMessage(r, "en")).toBe("“全年预算数” is blank; please fill it in.");
  });
});
