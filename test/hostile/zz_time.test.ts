import fc from "fast-check";
import { checkWorkbook } from "../../src/layout/checkWorkbook";
import { seedGrids } from "../fixtures/seedGrids";
import { HOSTILE } from "./corpus";
import { inputRoles, placed } from "./roles";
test("time", () => {
  const grid = seedGrids[1];
  const base = checkWorkbook([grid]).sheets[0];
  const roles = inputRoles(base.input);
  for (const h of HOSTILE.filter(h => h.kind === "huge")) {
    for (const role of roles) {
      const t0 = Date.now();
      checkWorkbook([placed(grid, role.address, h)]);
      const ms = Date.now() - t0;
      if (ms > 200) console.log(h.name, role.role, ms);
    }
  }
});
