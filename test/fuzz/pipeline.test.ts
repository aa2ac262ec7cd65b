import fc from "fast-check";
import { PROFILE_NAMES, profiles } from "../../src/domain/profiles";
import { fuzzParams, runsFor, type BudgetName } from "./budget";
import { anyGrid, landedThenEditedGrid, labelledRandomGrid, mutatedGrid, randomGrid } from "./gridArbs";
import { checkPipeline } from "./properties";

/**
 * The pipeline properties (properties.ts) over random grids, mutated real tables and whole
 * workbooks. Case counts come from budget.ts: a few thousand under `npm test`, ≥ 100,000 under
 * `npm run fuzz`. Each property counts the cases it really ran.
 */

/** Generous: a full-run property takes minutes; Jest's 5 s default is for unit tests. */
const TIMEOUT = 60 * 60 * 1000;

const profile = fc.constantFrom(...PROFILE_NAMES).map((n) => profiles[n]);

function run<T>(name: BudgetName, arb: fc.Arbitrary<T>, body: (x: T) => void): void {
  let cases = 0;
  fc.assert(
    fc.property(arb, (x) => {
      cases++;
      body(x);
    }),
    fuzzParams(name),
  );
  // A replay (FUZZ_PATH) runs only the case it names; otherwise every budgeted case ran.
  if (!process.env.FUZZ_PATH) expect(cases).toBe(runsFor(name));
}

describe("Grid → Sheet → Result → Patch never misbehaves", () => {
  it("on random grids (labels, numbers, errors, formulas, ragged rows, wild merges)", () => {
    run("randomGrids", fc.tuple(fc.oneof(randomGrid, labelledRandomGrid), profile), ([g, p]) => {
      checkPipeline([g], p);
    });
  }, TIMEOUT);

  it("on real tables after an office has had them (rows deleted/duplicated/moved, cells typed over, merges broken …)", () => {
    run("mutatedFixtures", fc.tuple(mutatedGrid, profile), ([g, p]) => {
      checkPipeline([g], p);
    });
  }, TIMEOUT);

  it("on sheets jixiao already filled, edited afterwards (owned formulas moved, typed over, cleared)", () => {
    run("landedThenEdited", fc.tuple(landedThenEditedGrid, profile), ([g, p]) => {
      checkPipeline([g], p);
    });
  }, TIMEOUT);

  it("on whole workbooks: each sheet checked as if alone, whatever its neighbours", () => {
    run("workbooks", fc.tuple(fc.array(anyGrid, { minLength: 1, maxLength: 4 }), profile), ([grids, p]) => {
      const { check } = checkPipeline(grids, p);
      const alone = grids.map((g) => checkPipeline([g], p).check);
      expect(check.sheets.map((s) => s.patch)).toEqual(alone.flatMap((c) => c.sheets.map((s) => s.patch)));
      expect(check.broken).toEqual(alone.flatMap((c) => c.broken));
    });
  }, TIMEOUT);
});
