import { PHRASINGS } from "../../../test/fixtures/phrasings";
import { qualitativeBand } from "./qualitative";

/** The phrasing table (issue 13): every actual/target pair reads as the band it is listed with. */
describe("qualitative phrasings as accountants write them", () => {
  it("holds at least 150 phrasings, each pair listed once", () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(PHRASINGS.map(([a, t]) => `${a}\u0000${t}`)).size).toBe(PHRASINGS.length);
  });
  it("reads every phrasing as its band", () => {
    const wrong = PHRASINGS.filter(([a, t, band]) => qualitativeBand(a, t).band !== band).map(
      ([a, t, band]) => `${JSON.stringify(a)} / ${JSON.stringify(t)}: expected ${band}, got ${qualitativeBand(a, t).band}`,
    );
    expect(wrong).toEqual([]);
  });
});
