import fc from "fast-check";
import { fuzzParams, runsFor } from "./budget";
import { baseGrid, filledTemplate, templateSheets } from "./gridArbs";
import { mutate, mutations, type Mutation } from "./mutations";
import { checkPipeline } from "./properties";

/**
 * 10,000-row sheets: a real table with one row copied down 10,000 times (or 10,000 blank rows
 * pushed into it), then the usual office mutations. A handful of cases: each is a big sheet.
 */

const bigEdit: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("duplicateRow" as const), at: fc.nat(40), count: fc.constant(10_000) }),
  fc.record({ op: fc.constant("insertBlankRows" as const), at: fc.nat(40), count: fc.constant(10_000) }),
);

describe("10,000-row sheets", () => {
  it("keep every pipeline property", () => {
    let cases = 0;
    let rows = 0;
    fc.assert(
      fc.property(baseGrid, bigEdit, mutations(4), (g, big, ms) => {
        cases++;
        const grid = mutate(g, [big, ...ms]);
        rows = Math.max(rows, grid.values.length);
        checkPipeline([grid]);
      }),
      fuzzParams("bigSheets"),
    );
    if (!process.env.FUZZ_PATH) expect(cases).toBe(runsFor("bigSheets"));
    expect(rows).toBeGreaterThanOrEqual(10_000);
  }, 600_000);

  it("a filled template with one indicator row copied 10,000 times: read, scored and patched row by row", () => {
    const [filled] = fc.sample(filledTemplate(templateSheets[1], true), { numRuns: 1, seed: 7 });
    const row = filled.values.findIndex((r) => r[3] === "拨付协会发展经费");
    const big = mutate(filled, [{ op: "duplicateRow", at: row, count: 10_000 }]);
    const { check } = checkPipeline([big]);
    expect(check.sheets).toHaveLength(1);
    const sheet = check.sheets[0];
    expect(sheet.input.indicators.length).toBe(9 + 10_000);
    // The copied rows are all scored: each gets its own score cell in the patch.
    const scoreWrites = sheet.patch.writes.filter((w) => w.address.startsWith("H"));
    expect(scoreWrites.length).toBeGreaterThan(10_000);
  }, 600_000);
});
