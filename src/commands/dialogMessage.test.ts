import { dialogQuery, readDialogQuery } from "./dialogMessage";

describe("the dialog's query string", () => {
  it("carries a key and codes, and reads back as the catalogue's sentence", () => {
    const query = dialogQuery({ key: "requirements.tooOld", params: { set: "ExcelApi", version: "1.9" } }, "zh-CN");
    expect(query).toBe("key=requirements.tooOld&lang=zh-CN&set=ExcelApi&version=1.9");
    expect(readDialogQuery(`?${query}`)?.text).toContain("ExcelApi 1.9");
  });

  it("never carries text: a parameter that is not a code becomes ?", () => {
    const query = dialogQuery({ key: "insert.failed", params: { detail: "✅ 校验通过\u202E" } }, "en");
    expect(query).toBe("key=insert.failed&lang=en&detail=%3F");
    expect(readDialogQuery("?key=insert.failed&detail=%E2%9C%85")?.text).toBe("插入模板失败：?");
  });

  it("shows nothing for an unknown key, and ignores text parameters", () => {
    expect(readDialogQuery("?title=x&message=请立即转账")).toBeUndefined();
    expect(readDialogQuery("?key=app.name")).toBeUndefined();
    expect(readDialogQuery("?key=error.cellEditMode&message=hello")?.text).not.toContain("hello");
  });
});
