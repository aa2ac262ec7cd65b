import { figure, meets, quantile, spreadOf, timeSync, unavailable } from "./harness";

describe("bench harness", () => {
  it("spreadOf: median, extremes and quartiles of unsorted samples", () => {
    expect(spreadOf([5, 1, 3, 2, 4])).toEqual({ median: 3, min: 1, max: 5, q1: 2, q3: 4, runs: 5 });
  });

  it("quantile interpolates between neighbours", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20], 0.25)).toBe(12.5);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it("meets: at most / at least, and no verdict without a goal or a figure", () => {
    const atMost = { op: "<=", value: 50, text: "" } as const;
    const atLeast = { op: ">=", value: 50, text: "" } as const;
    expect(meets(atMost, 50)).toBe(true);
    expect(meets(atMost, 50.1)).toBe(false);
    expect(meets(atLeast, 49.9)).toBe(false);
    expect(meets(atLeast, 51)).toBe(true);
    expect(meets(undefined, 1)).toBeNull();
    expect(meets(atMost, null)).toBeNull();
    expect(meets(atMost, NaN)).toBeNull();
  });

  it("timeSync: warm-up calls untimed, one sample per timed call", () => {
    let calls = 0;
    const samples = timeSync(() => calls++, { warmup: 3, runs: 7 });
    expect(calls).toBe(10);
    expect(samples).toHaveLength(7);
    expect(samples.every((s) => s >= 0)).toBe(true);
  });

  it("figure judges its value; unavailable carries the reason and no verdict", () => {
    const goal = { op: "<=", value: 2, text: "≤ 2" } as const;
    expect(figure({ id: "x", group: "excel", label: "x", unit: "syncs", value: 3, goal }).pass).toBe(false);
    const u = unavailable({ id: "y", group: "cli", label: "y", unit: "workbooks/s", goal }, "openpyxl unavailable");
    expect(u).toMatchObject({ value: null, pass: null, note: "openpyxl unavailable" });
  });
});
