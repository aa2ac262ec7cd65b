import { mergeProfile, PROFILE_NAMES, profileByName, profiles } from "./profiles";

describe("rule profiles (rules.md §8)", () => {
  it("ships national, hubei and sichuan; national is the default shape", () => {
    expect(PROFILE_NAMES).toEqual(["national", "hubei", "sichuan"]);
    for (const n of PROFILE_NAMES) expect(profiles[n].name).toBe(n);
    const nat = profiles.national;
    expect(nat.weights).toEqual({ budget: 10, output: 50, benefit: 30, satisfaction: 10, total: 100, enforceSplit: true });
    expect(nat.targets).toEqual({ reverseFormula: "ratio", overAchievementTheta: 0.3 });
    expect(nat.qualitative).toEqual({ band1Min: 0.8, band2Min: 0.6 });
    expect(nat.funds.lowExecutionNeedsReason).toBe(false);
    expect(nat.grade.bands.map((b) => [b.grade, b.min])).toEqual([["优", 90], ["良", 80], ["中", 60]]);
  });
  it("hubei and sichuan are national with their overrides merged in", () => {
    expect(profiles.hubei.weights).toMatchObject({ budget: 20, output: null, benefit: null, satisfaction: null, total: 100 });
    expect(profiles.hubei.qualitative).toEqual({ band1Min: 0.8, band2Min: 0.5 });
    expect(profiles.hubei.targets).toEqual(profiles.national.targets);
    expect(profiles.sichuan.weights).toMatchObject({ budget: 10, output: null });
    expect(profiles.sichuan.funds).toEqual({ lowExecutionNeedsReason: true, lowExecutionThreshold: 0.9 });
    expect(profiles.sichuan.grade).toEqual(profiles.national.grade);
  });
  it("is frozen all the way down", () => {
    expect(Object.isFrozen(profiles)).toBe(true);
    for (const n of PROFILE_NAMES) {
      expect(Object.isFrozen(profiles[n])).toBe(true);
      expect(Object.isFrozen(profiles[n].weights)).toBe(true);
      expect(Object.isFrozen(profiles[n].grade.bands[0])).toBe(true);
    }
    expect(() => {
      (profiles.national.weights as { budget: number }).budget = 5;
    }).toThrow();
  });
  it("finds a profile by name, forgiving case and spaces", () => {
    expect(profileByName("national")).toBe(profiles.national);
    expect(profileByName(" Hubei ")).toBe(profiles.hubei);
    expect(profileByName("hunan")).toBeUndefined();
    expect(profileByName("")).toBeUndefined();
    expect(profileByName("toString")).toBeUndefined();
  });
  it("refuses an inconsistent override (our bug, not the user's)", () => {
    expect(() => mergeProfile("hubei", { label: { "zh-CN": "x", en: "x" }, qualitative: { band2Min: 0.9 } })).toThrow(/bands/);
    expect(() => mergeProfile("hubei", { label: { "zh-CN": "x", en: "x" }, targets: { overAchievementTheta: 0 } })).toThrow();
    expect(() =>
      mergeProfile("hubei", { label: { "zh-CN": "x", en: "x" }, grade: { bands: [{ grade: "良", min: 80 }, { grade: "优", min: 90 }] } }),
    ).toThrow(/descending/);
  });
});
