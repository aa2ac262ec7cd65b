import { uiEn } from "../../i18n/ui.en";
import { uiZhCN } from "../../i18n/ui.zh-CN";
import { interpolate } from "../../i18n/translate";
import { countKey } from "./countText";

describe("countKey", () => {
  it("says 1 error / 2 errors in English", () => {
    expect(interpolate(uiEn[countKey("error", 1)], { count: 1 })).toBe("1 error");
    expect(interpolate(uiEn[countKey("error", 2)], { count: 2 })).toBe("2 errors");
    expect(interpolate(uiEn[countKey("info", 0)], { count: 0 })).toBe("0 notes");
    expect(interpolate(uiEn[countKey("sheet", 1)], { count: 1 })).toBe("1 sheet");
  });

  it("has no plural in Chinese", () => {
    expect(interpolate(uiZhCN[countKey("warning", 1)], { count: 1 })).toBe("1 个警告");
    expect(interpolate(uiZhCN[countKey("warning", 3)], { count: 3 })).toBe("3 个警告");
  });
});
