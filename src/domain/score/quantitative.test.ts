import { Decimal } from "../decimal";
import type { Operator } from "../parse/operator";
import { profiles } from "../profiles";
import { clipScore, scoreQuantitative } from "./quantitative";

const ratioOpts = profiles.national.targets;
const linearOpts = { ...ratioOpts, reverseFormula: "linear" as const };
const score = (op: Operator, a: string, b: string, w = "10", opts = ratioOpts) =>
  scoreQuantitative(op, new Decimal(a), new Decimal(b), new Decimal(w), opts).score.toFixed(2);

describe("scoreQuantitative: rules.md §4, operator × met / missed / zero / negative", () => {
  it.each<[Operator, string, string, string]>([
    // ≥ and > : met, missed (w × B⁺/A), A ≤ 0, negative B
    ["≥", "100", "100", "10.00"],
    ["≥", "100", "120", "10.00"],
    ["≥", "100", "80", "8.00"],
    ["≥", "100", "0", "0.00"],
    ["≥", "100", "-20", "0.00"],
    ["≥", "0", "-5", "10.00"],
    ["≥", "-5", "-10", "10.00"],
    [">", "100", "100", "10.00"],
    [">", "100", "95", "9.50"],
    [">", "0", "0", "10.00"],
    [">", "98", "0", "0.00"],
    // ≤ and < : met, missed (w × A/B), A = 0 missed → 0, negative B met
    ["≤", "5", "5", "10.00"],
    ["≤", "5", "4", "10.00"],
    ["≤", "5", "10", "5.00"],
    ["≤", "5", "-1", "10.00"],
    ["≤", "0", "0", "10.00"],
    ["≤", "0", "1", "0.00"],
    ["≤", "-5", "-3", "0.00"],
    ["<", "3", "2", "10.00"],
    ["<", "3", "6", "5.00"],
    ["<", "0", "2", "0.00"],
    // = : met, below (w × B⁺/A), above (w), A = 0 cases, negative A
    ["=", "100", "100", "10.00"],
    ["=", "100", "90", "9.00"],
    ["=", "100", "130", "10.00"],
    ["=", "100", "-5", "0.00"],
    ["=", "0", "0", "10.00"],
    ["=", "0", "-1", "10.00"],
    ["=", "0", "2", "0.00"],
    ["=", "-5", "-5", "10.00"],
    ["=", "-5", "-4", "0.00"],
  ])("%s A=%s B=%s → %s", (op, a, b, expected) => {
    expect(score(op, a, b)).toBe(expected);
  });

  it("linear reverse formula (profile option): w × max(0, 1 − (B − A)/A)", () => {
    expect(score("≤", "5", "6", "10", linearOpts)).toBe("8.00");
    expect(score("≤", "5", "10", "10", linearOpts)).toBe("0.00");
    expect(score("≤", "5", "20", "10", linearOpts)).toBe("0.00");
    expect(score("≤", "5", "4", "10", linearOpts)).toBe("10.00");
    expect(score("≥", "100", "80", "10", linearOpts)).toBe("8.00");
  });

  it("rounds half away from zero at exactly .005", () => {
    expect(score("≥", "1000", "5", "1")).toBe("0.01"); // 0.005
    expect(score("≥", "1000", "4.9", "1")).toBe("0.00"); // 0.0049
    expect(score("≥", "200", "169", "5")).toBe("4.23"); // 4.225
    expect(score("≥", "3", "1", "10")).toBe("3.33"); // 3.333…
    expect(score("≥", "3", "2", "10")).toBe("6.67"); // 6.666…
  });

  it("is never outside [0, w]", () => {
    for (const op of ["≥", ">", "=", "≤", "<"] as Operator[]) {
      for (const [a, b] of [["1", "1000"], ["1000", "1"], ["-3", "7"], ["7", "-3"], ["0", "0"], ["0.001", "5"]]) {
        const s = new Decimal(score(op, a, b, "7"));
        expect(s.gte(0) && s.lte(7)).toBe(true);
      }
    }
  });
});

describe("scoreQuantitative: facts for the checks", () => {
  const facts = (op: Operator, a: string, b: string) => scoreQuantitative(op, new Decimal(a), new Decimal(b), new Decimal(10), ratioOpts);
  it("over-achievement at θ = 0.30, boundary included", () => {
    expect(facts("≥", "100", "130").overachieved).toBe(true);
    expect(facts("≥", "100", "129.99").overachieved).toBe(false);
    expect(facts(">", "10", "20").overachieved).toBe(true);
    expect(facts("≤", "10", "7").overachieved).toBe(true);
    expect(facts("<", "10", "7.01").overachieved).toBe(false);
    expect(facts("=", "100", "200").overachieved).toBe(false);
    expect(facts("≥", "0", "5").overachieved).toBe(false);
  });
  it("θ is a profile setting", () => {
    const loose = scoreQuantitative("≥", new Decimal(100), new Decimal(130), new Decimal(10), { ...ratioOpts, overAchievementTheta: 0.5 });
    expect(loose.overachieved).toBe(false);
  });
  it("= exceeded, and ≥ with a target not above 0", () => {
    expect(facts("=", "100", "101").equalExceeded).toBe(true);
    expect(facts("=", "100", "100").equalExceeded).toBe(false);
    expect(facts("=", "0", "1").equalExceeded).toBe(false);
    expect(facts("≥", "0", "1").targetNotPositive).toBe(true);
    expect(facts(">", "-1", "1").targetNotPositive).toBe(true);
    expect(facts("≤", "0", "1").targetNotPositive).toBe(false);
    expect(facts("≥", "1", "1").targetNotPositive).toBe(false);
  });
});

describe("clipScore", () => {
  it("never rounds above a weight with more than 2 decimals: the cap is w rounded down", () => {
    expect(clipScore(new Decimal("0.125"), new Decimal("0.125")).toString()).toBe("0.12");
    expect(clipScore(new Decimal("0.1249"), new Decimal("0.125")).toString()).toBe("0.12");
    expect(clipScore(new Decimal("0.1151"), new Decimal("0.125")).toString()).toBe("0.12");
    expect(clipScore(new Decimal("-1"), new Decimal("0.125")).toString()).toBe("0");
    expect(clipScore(new Decimal("9.995"), new Decimal("10")).toString()).toBe("10");
    expect(scoreQuantitative("≥", new Decimal(1), new Decimal(1), new Decimal("0.125"), ratioOpts).score.toString()).toBe("0.12");
  });
});
