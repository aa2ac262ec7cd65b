import { readFileSync } from "fs";
import { join } from "path";
import { JIXIAO_VERSION } from "../../src/domain/version";

describe("JIXIAO_VERSION", () => {
  it("is package.json's version", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
    expect(JIXIAO_VERSION).toBe(pkg.version);
  });

  it("is the manifest's version (four parts)", () => {
    const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
    expect(manifest).toContain(`<Version>${JIXIAO_VERSION}.0</Version>`);
  });
});
