import { renderToStaticMarkup } from "react-dom/server";
import type { Diagnostic } from "../../domain/diagnostics";
import { severityGroups } from "../view/diagnosticRows";
import { QuotedParts } from "./Quoted";

describe("QuotedParts", () => {
  it("renders each quoted value in its own <bdi>, visible and cut, the catalogue's words around it as text", () => {
    const d: Diagnostic = {
      code: "WEIGHT_INVALID",
      severity: "error",
      sheet: "项目支出绩效自评表",
      cell: "G14",
      key: "WEIGHT_INVALID",
      params: { value: `\u202E01${"✅ 校验通过".repeat(40)}` },
    };
    const [group] = severityGroups(d.sheet, [d], "zh-CN");
    const html = renderToStaticMarkup(<QuotedParts parts={group.rows[0].parts} />);
    const bdi = /<bdi class="[^"]+" title="([^"]*)" data-quoted="value">([^<]*)<\/bdi>/.exec(html);
    // 40 characters of the cell (the override shown as \u202E), the last an ellipsis.
    expect(bdi?.[2]).toBe(`\\u202E01${[..."✅ 校验通过".repeat(40)].slice(0, 36).join("")}…`);
    expect(bdi?.[1].length).toBeGreaterThan(200);
    expect(html.replace(/<bdi[^>]*>[^<]*<\/bdi>/, "{value}")).toBe("分值“{value}”不是有效数字，请填写大于0的数值。");
    expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});
