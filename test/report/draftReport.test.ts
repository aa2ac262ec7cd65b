import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { checkWorkbook, type WorkbookCheck } from "../../src/layout/checkWorkbook";
import { cellInline } from "../../src/report/cellShown";
import { draftReport } from "../../src/report/draftReport";
import { readGrids } from "../../src/xlsx/readGrids";
import { seedProjectGrid } from "../fixtures/seedGrids";
import { EXAMPLE_FILE } from "../fixtures/makeExample";
import { docxText, section } from "./docxText";

/** The 自评报告 of the seed example, read back from the .docx: figures in their sections, every row. */

const H1 = ["一、", "二、", "三、", "四、", "五、", "附件："];

async function exampleCheck(): Promise<WorkbookCheck> {
  const read = await readGrids(new Uint8Array(readFileSync(EXAMPLE_FILE)));
  if (!read.ok) throw new Error(`${read.reason}: ${read.detail}`);
  return checkWorkbook(read.grids);
}

let check: WorkbookCheck;
let text: string;
let draft: Awaited<ReturnType<typeof draftReport>>;

beforeAll(async () => {
  check = await exampleCheck();
  draft = await draftReport(check);
  text = await docxText(draft.bytes);
}, 60_000);

describe("the seed's report", () => {
  it("states the funds in section 二", () => {
    const s = section(text, "二、预算收支情况", H1);
    expect(s).toContain("全年预算数161.4万元");
    expect(s).toContain("当年财政拨款160.44万元");
    expect(s).toContain("其他资金0.96万元");
    expect(s).toContain("全年执行数161.4万元");
    expect(s).toContain("预算执行率100.00%");
    expect(s).toContain("全年执行数合计10万元");
  });

  it("states the department's score and grade in 三（一）, and each project's in 三（二）", () => {
    const overall = section(text, "（一）整体支出绩效情况", ["（二）项目支出绩效情况"]);
    const result = check.sheets.find((s) => s.result.kind === "overall")?.result;
    expect(overall).toContain(`自评总分${result?.total.value?.toFixed(2)}分，等级为“${result?.grade.value}”`);
    const projects = section(text, "（二）项目支出绩效情况", H1);
    expect(projects).toContain("全年项目支出共计10万元，1个项目");
    expect(projects).toContain("1. 非公有制中小微企业发展项目");
    expect(projects).toContain("项目全年预算数10万元，全年执行数10万元，执行率100.00%");
    expect(projects).toContain("项目自评得分98.00分，等级为“优”");
  });

  it("lists in section 四 every indicator that lost points, with the sheet's reason or a placeholder", () => {
    const s = section(text, "四、", H1);
    const lost = check.sheets.flatMap((sheet) =>
      sheet.result.indicators.filter((r) => r.weight !== null && r.score.value !== null && r.score.value.lt(r.weight)).map((r) => ({ sheet, r })),
    );
    expect(lost.length).toBe(4);
    for (const { sheet, r } of lost) {
      const note = cellInline(sheet.input.indicators.find((i) => i.name.address === r.nameCell)?.deviationNote);
      const line = s.split("\n").find((l) => l.includes(`“${cellInline(sheet.input.indicators.find((i) => i.name.address === r.nameCell)?.name)}”`));
      expect(line).toBeDefined();
      expect(line).toContain(`得分${r.score.value?.toString()}分`);
      expect(line).toContain(note || "【请填写：偏差原因分析及改进措施（表中未填）】");
    }
    expect(s).toContain("与企业之间的联系有待加强");
    expect(s).toContain("满意度有待提高");
  });

  it("marks what the tables cannot know as placeholders", () => {
    expect(section(text, "一、预算单位基本情况", H1)).toContain("【请填写：单位职能、机构设置、人员情况】");
    expect(section(text, "五、", H1)).toContain("【请填写：");
  });

  it("carries every indicator row of each sheet, in order, into attachments 1 and 2", () => {
    // Cell text on one line, as cellInline gives it (a cell's line breaks are paragraphs in Word).
    const att1 = text.slice(text.indexOf("\n附件1\n"), text.indexOf("\n附件2\n")).replace(/\n/g, "");
    const att2 = text.slice(text.indexOf("\n附件2\n")).replace(/\n/g, "");
    expect(att1.length).toBeGreaterThan(0);
    expect(att2.length).toBeGreaterThan(0);
    for (const [sheet, att] of [
      [check.sheets.find((s) => s.input.kind === "overall"), att1],
      [check.sheets.find((s) => s.input.kind === "project"), att2],
    ] as const) {
      let from = 0;
      for (const ind of sheet?.input.indicators ?? []) {
        const at = att.indexOf(cellInline(ind.name), from);
        expect({ name: cellInline(ind.name), found: at >= 0 }).toEqual({ name: cellInline(ind.name), found: true });
        from = at;
      }
      expect(sheet?.input.indicators.length).toBeGreaterThan(8);
    }
    expect(att1).toContain("2020年度部门整体支出绩效自评表");
    expect(att1).toContain("161.4");
    expect(att2).toContain("非公有制中小微企业发展项目");
    expect(att2).toContain("2020.1-12");
    expect(att2).toContain("等级：优");
  });

  it("is a 草稿 with the error box, because the overall sheet has errors", async () => {
    const errors = check.sheets.flatMap((s) => s.result.diagnostics.filter((d) => d.severity === "error"));
    expect(errors.length).toBeGreaterThan(0);
    expect(draft.draft).toBe(true);
    expect(draft.fileName).toBe("自评报告（草稿）.docx");
    const box = text.slice(0, text.indexOf("一、预算单位基本情况"));
    expect(box).toContain(`表格中尚有 ${errors.length} 个错误未解决`);
    for (const d of errors) expect(box).toContain(`${d.sheet}!${d.cell}`);
    const zip = await JSZip.loadAsync(draft.bytes);
    const headers = await Promise.all(zip.file(/word\/header\d*\.xml/).map((f) => f.async("string")));
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(h).toContain("草稿");
  });
});

describe("a clean workbook's report", () => {
  it("is no draft: no box, no header, no 草稿 in its name", async () => {
    const clean = checkWorkbook([seedProjectGrid]);
    expect(clean.sheets[0].result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const report = await draftReport(clean);
    expect(report.draft).toBe(false);
    expect(report.fileName).toBe("自评报告.docx");
    const t = await docxText(report.bytes);
    expect(t).not.toContain("草稿");
    expect(t.startsWith("石峰区工商业联合会2020年度部门整体支出绩效自评报告")).toBe(true);
    const zip = await JSZip.loadAsync(report.bytes);
    expect(zip.file(/word\/header\d*\.xml/)).toEqual([]);
    // No overall sheet: its parts say so instead of inventing figures.
    expect(section(t, "（一）整体支出绩效情况", ["（二）"])).toContain("【请填写：");
    expect(t).toContain("项目自评得分98.00分，等级为“优”");
  });
});
