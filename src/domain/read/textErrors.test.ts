import { evaluateSheet } from "../evaluate";
import type { IndicatorInput, SheetInput } from "../input";
import { seedProjectInput } from "../../../test/fixtures/seedInputs";

/** Excel error values where text belongs (a broken lookup pasted in): named at their cell. */

function withDepartment(value: SheetInput["department"]): SheetInput {
  return { ...seedProjectInput, department: value };
}

describe("error values in text cells", () => {
  it("an error in 部门名称 counts as missing", () => {
    const result = evaluateSheet(withDepartment({ address: "B2", value: { error: "#N/A" } }));
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: "REQUIRED_MISSING", cell: "B2", params: { field: "部门名称" } }));
  });

  it("an error in a deviation note or a name is a diagnostic at that cell, once", () => {
    const rows: IndicatorInput[] = seedProjectInput.indicators.map((r, i) =>
      i === 0 ? { ...r, deviationNote: { address: r.deviationNote.address, value: { error: "#REF!" } }, name: { address: r.name.address, value: { error: "#VALUE!" } } } : r,
    );
    const result = evaluateSheet({ ...seedProjectInput, indicators: rows });
    const textErrors = result.diagnostics.filter((d) => d.key === "VALUE_NOT_NUMERIC.textError");
    expect(textErrors.map((d) => [d.cell, d.params.value])).toEqual(
      expect.arrayContaining([
        [rows[0].deviationNote.address, "#REF!"],
        [rows[0].name.address, "#VALUE!"],
      ]),
    );
    expect(textErrors).toHaveLength(2);
  });

  it("the seed itself has none", () => {
    expect(evaluateSheet(seedProjectInput).diagnostics.filter((d) => d.key === "VALUE_NOT_NUMERIC.textError")).toEqual([]);
  });
});
