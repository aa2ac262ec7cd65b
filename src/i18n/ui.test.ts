import { uiEn } from "./ui.en";
import { uiZhCN } from "./ui.zh-CN";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("pane catalogues", () => {
  it("have the same keys", () => {
    expect(Object.keys(uiEn).sort()).toEqual(Object.keys(uiZhCN).sort());
  });

  it("use the same placeholders for every key", () => {
    for (const key of Object.keys(uiZhCN) as (keyof typeof uiZhCN)[]) {
      expect({ key, placeholders: placeholders(uiEn[key]) }).toEqual({ key, placeholders: placeholders(uiZhCN[key]) });
    }
  });

  it("have no empty text and no stray whitespace", () => {
    for (const catalogue of [uiZhCN, uiEn]) {
      for (const [key, text] of Object.entries(catalogue)) {
        expect({ key, ok: text.trim() === text && text.length > 0 }).toEqual({ key, ok: true });
      }
    }
  });

  it("write the zh-CN text in Chinese (apart from the language switch and the line pattern)", () => {
    const latinOnly = Object.entries(uiZhCN).filter(([, text]) => !/[\u4e00-\u9fff]/.test(text));
    expect(latinOnly.map(([key]) => key)).toEqual(["lang.english", "diag.line"]);
  });

  it("keep Chinese out of the English catalogue", () => {
    const withHan = Object.entries(uiEn).filter(([, text]) => /[\u4e00-\u9fff]/.test(text));
    expect(withHan).toEqual([]);
  });
});
