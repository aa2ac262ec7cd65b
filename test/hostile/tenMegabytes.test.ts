import { checkWorkbook } from "../../src/layout/checkWorkbook";
import { diagnosticMessage } from "../../src/i18n/formatDiagnostic";
import { seedProjectGrid } from "../fixtures/seedGrids";
import { fuzzMode } from "../fuzz/budget";
import { checkPipeline } from "../fuzz/properties";
import { tenMegabytes } from "./corpus";
import { inputRoles, placed } from "./roles";

/**
 * A 10 MB string (a runaway paste, a generated file) in a cell: the check completes, the
 * messages quote a bounded excerpt, never the whole text. No timing assertion: completing is
 * the point. `npm test` runs one flavour per kind of role; `npm run fuzz` every combination.
 */

const FLAVOURS = ["digits", "cjk", "spaces", "formula"] as const;
const roles = inputRoles(checkWorkbook([seedProjectGrid]).sheets[0].input);
const pick = (prefix: string) => {
  const r = roles.find((x) => x.role.startsWith(prefix));
  if (!r) throw new Error(prefix);
  return r;
};

const CI_CASES: readonly (readonly [string, (typeof FLAVOURS)[number]])[] = [
  ["合计 全年执行数", "digits"],
  ["年度指标值", "digits"],
  ["三级指标", "cjk"],
  ["偏差原因", "cjk"],
  ["分值", "spaces"],
  ["实际完成值", "formula"],
  ["部门名称", "formula"],
];
const CASES =
  fuzzMode() === "full"
    ? ["部门名称", "合计 全年预算数", "合计 全年执行数", "执行率 分值", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"].flatMap((r) =>
        FLAVOURS.map((f) => [r, f] as const),
      )
    : CI_CASES;

describe("10 MB strings", () => {
  it.each(CASES.map(([r, f]) => [r, f] as const))("in %s (%s): checked, and messages quote a bounded excerpt", (roleName, flavour) => {
    const role = pick(roleName);
    const big = tenMegabytes(flavour);
    const { check } = checkPipeline([placed(seedProjectGrid, role.address, { name: flavour, kind: "huge", value: big })]);
    const diagnostics = [...check.sheets.flatMap((s) => s.result.diagnostics), ...check.broken.flatMap((b) => b.diagnostics)];
    for (const d of diagnostics) {
      for (const lang of ["zh-CN", "en"] as const) expect(diagnosticMessage(d, lang).length).toBeLessThan(2_000);
    }
    // The sheet still reads, and the role's cell is still the one the reader took.
    expect(check.sheets.length + check.broken.length).toBe(1);
  }, 300_000);
});
