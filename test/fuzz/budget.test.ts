import { budgetTotal, BUDGET, FULL_MIN_TOTAL, fuzzMode, runsFor } from "./budget";

/** The knob itself: `npm run fuzz` must reach 100,000 cases, `npm test` must stay quick. */
describe("fuzz budget", () => {
  it("the full run sums to at least 100,000 cases, the CI share to a few thousand", () => {
    expect(budgetTotal("full")).toBeGreaterThanOrEqual(FULL_MIN_TOTAL);
    expect(budgetTotal("ci")).toBeGreaterThanOrEqual(2_000);
    expect(budgetTotal("ci")).toBeLessThanOrEqual(5_000);
  });

  it("each property runs its share under the current mode", () => {
    const names = Object.keys(BUDGET) as (keyof typeof BUDGET)[];
    const total = names.reduce((n, k) => n + runsFor(k), 0);
    if (fuzzMode() === "full" && !process.env.FUZZ_RUNS) expect(total).toBeGreaterThanOrEqual(FULL_MIN_TOTAL);
    else if (fuzzMode() === "ci") expect(total).toBe(budgetTotal("ci"));
    else expect(total).toBeGreaterThan(0);
  });
});
