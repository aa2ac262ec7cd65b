import { cellOwner, normaliseFormula, ownedFormula, sameFormula } from "./ownership";

const RATE = '=IF(OR(D4=0,E4=""),"",E4/D4)';

describe("ownership of computed cells", () => {
  it("is jixiao's when the cell holds the formula jixiao would write, however Excel spelt it", () => {
    expect(cellOwner({ address: "G4", value: 1, formula: RATE }, RATE)).toBe("jixiao");
    expect(cellOwner({ address: "G4", value: 1, formula: '= if( or($D$4=0, e4="") ,"",$E4/D$4)' }, RATE)).toBe("jixiao");
  });

  it("follows a row moved or inserted above: the references count from the cell", () => {
    // The formula Excel leaves in G5 after a row was inserted above row 4, against what jixiao would write in G4.
    expect(sameFormula('=IF(OR(D5=0,E5=""),"",E5/D5)', RATE.replace(/4/g, "5"), "G5")).toBe(true);
    expect(normaliseFormula('=IF(OR(D5=0,E5=""),"",E5/D5)', "G5")).toBe(normaliseFormula(RATE, "G4"));
    expect(normaliseFormula("=ROUND(H4+SUM(H11:H23),2)", "H24")).toBe("ROUND(R[-20]C[0]+SUM(R[-13]C[0]:R[-1]C[0]),2)");
  });

  it("is the user's for any other formula or a typed value, and string literals are compared as they are", () => {
    expect(cellOwner({ address: "G4", value: 1, formula: "=E4/D4" }, RATE)).toBe("user");
    expect(cellOwner({ address: "G4", value: 1 }, RATE)).toBe("user");
    expect(cellOwner({ address: "G4", value: 1, formula: RATE })).toBe("user");
    expect(sameFormula('="等级："&IF(H24="","",IF(H24>=90,"优","差"))', '="等级： "&IF(H24="","",IF(H24>=90,"优","差"))', "I24")).toBe(false);
    expect(sameFormula("=LOG10(H4)", "=LOG10(H5)", "H6")).toBe(false);
  });

  it("recognises the marked values of earlier versions, and blank cells", () => {
    expect(cellOwner({ address: "H24", value: 98, formula: ownedFormula(98) }, RATE)).toBe("jixiao");
    expect(cellOwner({ address: "I24", value: "等级：优", formula: ownedFormula("等级：优") })).toBe("jixiao");
    expect(cellOwner({ address: "H24", value: "　" })).toBe("blank");
    expect(cellOwner(undefined)).toBe("blank");
  });
});
