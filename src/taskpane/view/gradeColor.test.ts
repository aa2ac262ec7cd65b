import { uiEn } from "../../i18n/ui.en";
import { uiZhCN } from "../../i18n/ui.zh-CN";
import { gradeColor, gradeKey } from "./gradeColor";

describe("gradeColor / gradeKey", () => {
  it("colours 优 green, 良 brand blue, 中 amber, 差 red, and no grade neutral", () => {
    expect((["优", "良", "中", "差"] as const).map((g) => gradeColor(g))).toEqual(["success", "brand", "warning", "danger"]);
    expect(gradeColor(null)).toBe("informative");
  });

  it("shows a provisional grade (the sheet has errors) neutral, whatever the grade", () => {
    expect((["优", "良", "中", "差"] as const).map((g) => gradeColor(g, true))).toEqual(["informative", "informative", "informative", "informative"]);
    expect(uiZhCN["grade.provisional"]).toBe("待更正");
  });

  it("always has text beside the colour: the grade itself in zh-CN, its name in English", () => {
    expect((["优", "良", "中", "差"] as const).map((g) => uiZhCN[gradeKey(g)])).toEqual(["优", "良", "中", "差"]);
    expect(uiEn[gradeKey("差")]).toBe("Poor");
    expect(uiZhCN[gradeKey(null)]).toBe("无法评级");
  });
});
