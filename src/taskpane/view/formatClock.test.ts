import { formatClock } from "./formatClock";

describe("formatClock", () => {
  it("shows local time as HH:mm:ss with leading zeros", () => {
    expect(formatClock(new Date(2024, 0, 2, 9, 5, 7).getTime())).toBe("09:05:07");
  });

  it("uses the 24-hour clock", () => {
    expect(formatClock(new Date(2024, 5, 30, 23, 59, 59).getTime())).toBe("23:59:59");
  });
});
