import { diagnosticMessage } from "../../i18n/formatDiagnostic";
import { diagnostic } from "../testing/fixtures";
import { addCounts, diagnosticLine, severityCounts, severityGroups } from "./diagnosticRows";

describe("diagnosticLine", () => {
  it("names the cell first, then the message, with a full-width colon in Chinese", () => {
    const d = diagnostic("项目支出绩效自评表", "H21", "error");
    expect(diagnosticLine(d, "zh-CN")).toBe(`H21：${diagnosticMessage(d, "zh-CN")}`);
    expect(diagnosticLine(d, "en")).toBe(`H21: ${diagnosticMessage(d, "en")}`);
  });

  it("is the message alone when no cell can be named", () => {
    const d = diagnostic("表", "", "error", "TABLE_NOT_FOUND");
    expect(diagnosticLine(d, "zh-CN")).toBe(diagnosticMessage(d, "zh-CN"));
  });

  it("keeps markup in cell text as text (React renders it; nothing is parsed here)", () => {
    const d = { ...diagnostic("表", "C7", "error"), params: { cell: "C7", sheet: "表", value: "<img src=x onerror=alert(1)>" } };
    expect(diagnosticLine(d, "zh-CN").startsWith("C7：")).toBe(true);
  });
});

describe("severityCounts / addCounts", () => {
  it("counts each severity", () => {
    const counts = severityCounts([diagnostic("S", "A1", "error"), diagnostic("S", "A2", "error"), diagnostic("S", "A3", "info")]);
    expect(counts).toEqual({ error: 2, warning: 0, info: 1 });
  });

  it("adds counts over sheets, zero for none", () => {
    expect(addCounts([])).toEqual({ error: 0, warning: 0, info: 0 });
    expect(
      addCounts([
        { error: 1, warning: 2, info: 3 },
        { error: 4, warning: 0, info: 1 },
      ]),
    ).toEqual({ error: 5, warning: 2, info: 4 });
  });
});

describe("severityGroups", () => {
  it("groups errors, then warnings, then notes, leaving out empty groups", () => {
    const groups = severityGroups("S", [diagnostic("S", "A1", "info"), diagnostic("S", "A2", "error")], "zh-CN");
    expect(groups.map((g) => g.severity)).toEqual(["error", "info"]);
  });

  it("orders lines top to bottom, then left to right (H9 before H21, B21 before H21)", () => {
    const groups = severityGroups(
      "S",
      [diagnostic("S", "H21", "error"), diagnostic("S", "H9", "error"), diagnostic("S", "B21", "error"), diagnostic("S", "AA9", "error")],
      "zh-CN",
    );
    expect(groups[0].rows.map((r) => r.cell)).toEqual(["H9", "AA9", "B21", "H21"]);
  });

  it("gives every row a distinct id even when two diagnostics share a cell", () => {
    const [group] = severityGroups("S", [diagnostic("S", "H21", "error", "REASON_MISSING"), diagnostic("S", "H21", "error", "SCORE_MISMATCH")], "en");
    expect(new Set(group.rows.map((r) => r.id)).size).toBe(2);
    expect(group.rows.map((r) => r.code)).toEqual(["REASON_MISSING", "SCORE_MISMATCH"]);
  });

  it("splits off the lead-in naming the cell, for emphasis", () => {
    const [group] = severityGroups("S", [diagnostic("S", "H21", "error"), diagnostic("S", "", "error", "TABLE_NOT_FOUND")], "zh-CN");
    const [noCell, withCell] = group.rows;
    expect([withCell.lead, withCell.text.startsWith(withCell.lead)]).toEqual(["H21：", true]);
    expect(noCell.lead).toBe("");
  });

  it("carries sheet and cell on each row, for selecting it", () => {
    const [group] = severityGroups("项目支出绩效自评表", [diagnostic("项目支出绩效自评表", "G12", "warning")], "zh-CN");
    expect(group.rows[0]).toMatchObject({ sheet: "项目支出绩效自评表", cell: "G12", severity: "warning" });
  });
});
