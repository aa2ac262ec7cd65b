import { detectLang, langOf } from "./detectLang";

describe("langOf", () => {
  it("maps every Chinese tag to zh-CN and every English tag to en", () => {
    expect(["zh", "zh-CN", "zh-TW", "zh-Hans-CN", "ZH_cn"].map(langOf)).toEqual(["zh-CN", "zh-CN", "zh-CN", "zh-CN", "zh-CN"]);
    expect(["en", "en-US", "en-GB"].map(langOf)).toEqual(["en", "en", "en"]);
  });

  it("knows nothing of other languages or of blanks", () => {
    expect([langOf("fr-FR"), langOf(""), langOf(null), langOf(undefined), langOf("enx")]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe("detectLang", () => {
  it("prefers the remembered choice", () => {
    expect(detectLang({ stored: "en", office: "zh-CN", browser: "zh-CN" })).toBe("en");
  });

  it("then Office's display language, then the browser's", () => {
    expect(detectLang({ stored: null, office: "en-US", browser: "zh-CN" })).toBe("en");
    expect(detectLang({ office: "zh-CN", browser: "en-US" })).toBe("zh-CN");
    expect(detectLang({ office: "de-DE", browser: "en-GB" })).toBe("en");
  });

  it("falls back to zh-CN", () => {
    expect(detectLang({})).toBe("zh-CN");
    expect(detectLang({ stored: "garbage", office: "fr-FR", browser: "ja-JP" })).toBe("zh-CN");
  });
});
