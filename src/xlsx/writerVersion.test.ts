import { strFromU8, unzipSync } from "fflate";
import { JIXIAO_VERSION } from "../domain/version";
import { renderTemplate } from "../layout/templateSpec";
import { templateWorkbook } from "./templateWriter";

describe("files jixiao writes say which jixiao wrote them", () => {
  it("a template carries the version in its document properties (File → Info)", async () => {
    const bytes = await templateWorkbook(renderTemplate("project", {}));
    const core = strFromU8(unzipSync(bytes)["docProps/core.xml"]);
    expect(core).toContain(`<dc:creator>jixiao ${JIXIAO_VERSION}</dc:creator>`);
  });
});
