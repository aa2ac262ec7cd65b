import { Decimal } from "../decimal";
import { profiles } from "../profiles";
import { bandRange, inBand } from "./bands";

const w10 = new Decimal(10);
const nat = profiles.national.qualitative;
const inside = (score: string, band: 1 | 2 | 3, w = w10, opts = nat) => inBand(new Decimal(score), bandRange(band, w, opts));

describe("qualitative bands, each boundary (rules.md §5)", () => {
  it.each<[string, 1 | 2 | 3, boolean]>([
    ["10", 1, true],
    ["8", 1, true],
    ["7.99", 1, false],
    ["10.01", 1, false],
    ["7.99", 2, true],
    ["8", 2, false],
    ["6", 2, true],
    ["5.99", 2, false],
    ["5.99", 3, true],
    ["6", 3, false],
    ["0", 3, true],
    ["-0.01", 3, false],
    ["7.995", 1, true], // rounds to 8.00 before comparing
    ["7.994", 1, false],
  ])("%s in band %d of w=10 → %s", (score, band, expected) => {
    expect(inside(score, band)).toBe(expected);
  });
  it("bounds are rounded to 2 decimals (w = 7: 5.6 / 4.2; w = 3.33: 2.66 / 2.00)", () => {
    const r = bandRange(2, new Decimal(7), nat);
    expect([r.min.toString(), r.max.toString()]).toEqual(["4.2", "5.6"]);
    const odd = bandRange(1, new Decimal("3.33"), nat);
    expect(odd.min.toString()).toBe("2.66");
    expect(bandRange(3, new Decimal("3.33"), nat).max.toString()).toBe("2");
  });
  it("Hubei moves band 2 down to 0.5", () => {
    expect(inside("5", 2, w10, profiles.hubei.qualitative)).toBe(true);
    expect(inside("5", 2, w10, nat)).toBe(false);
    expect(inside("4.99", 3, w10, profiles.hubei.qualitative)).toBe(true);
  });
});
