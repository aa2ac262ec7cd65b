import { asBytes, sniffFormat } from "./sniffFormat";

describe("sniffFormat", () => {
  it("tells zip, OLE compound files and anything else apart by the first bytes", () => {
    expect(sniffFormat(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]))).toBe("zip");
    expect(sniffFormat(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe("ole");
    expect(sniffFormat(Uint8Array.from([0xd0, 0xcf, 0x11]))).toBe("other");
    expect(sniffFormat(new TextEncoder().encode("PK"))).toBe("other");
    expect(sniffFormat(new Uint8Array(0))).toBe("other");
  });

  it("views an ArrayBuffer as bytes without copying", () => {
    const buffer = new ArrayBuffer(4);
    const bytes = asBytes(buffer);
    bytes[0] = 7;
    expect(new Uint8Array(buffer)[0]).toBe(7);
    const u8 = new Uint8Array(2);
    expect(asBytes(u8)).toBe(u8);
  });
});
