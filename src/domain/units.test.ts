import { Decimal } from "./decimal";
import { formatAmount, formatPoints, formatRate, formatScore } from "./format";
import { amountTolerance, percent, percentToRatio, ratio, ratioToPercent, toWan, wan, wanToYuan, yi, yiToWan, yuan, yuanToWan } from "./units";

describe("branded units", () => {
  it("converts money only through named functions", () => {
    expect(yuanToWan(yuan(12000)).toString()).toBe("1.2");
    expect(yiToWan(yi("0.5")).toString()).toBe("5000");
    expect(wanToYuan(wan("161.4")).toString()).toBe("1614000");
    expect(toWan(new Decimal(5000), "元").toString()).toBe("0.5");
    expect(toWan(new Decimal(3), "万元").toString()).toBe("3");
    expect(amountTolerance("元").toString()).toBe("0.000001");
  });
  it("ratio ↔ percent", () => {
    expect(ratioToPercent(ratio("0.8045")).toString()).toBe("80.45");
    expect(percentToRatio(percent(95)).toString()).toBe("0.95");
  });
});

describe("formatting for messages", () => {
  it("scores with 2 decimals, points without trailing zeros, rates as percentages, amounts in the sheet's unit", () => {
    expect(formatScore(new Decimal("97"))).toBe("97.00");
    expect(formatScore(new Decimal("8.045"))).toBe("8.05");
    expect(formatPoints(new Decimal("50"))).toBe("50");
    expect(formatPoints(new Decimal("7.50"))).toBe("7.5");
    expect(formatRate(ratio("0.80445"))).toBe("80.45%");
    expect(formatRate(ratio("1.2"))).toBe("120.00%");
    expect(formatAmount(wan("161.4"), "万元")).toBe("161.40");
    expect(formatAmount(wan("1.2"), "元")).toBe("12000.00");
    expect(formatAmount(wan("5000"), "亿元")).toBe("0.50");
  });
});
