import { describe, expect, it } from "vitest";
import { formatDate, formatInlineValue, formatNumber, withUnit } from "../../src/lib/format.ts";

describe("formatNumber (nl-NL)", () => {
  it.each([
    [41.3, "41,3"],
    [10000, "10.000"],
    [6000, "6.000"],
    [1700, "1.700"],
    [5318, "5.318"],
    [12, "12"],
    [0.125, "0,13"],
  ])("%d -> %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it("formats dates in Dutch", () => {
    expect(formatDate("2024-01-01")).toBe("1 januari 2024");
  });
});

describe("withUnit", () => {
  it("writes % against the number and a unit word after a no-break space", () => {
    expect(withUnit("41,3", "%")).toBe("41,3%");
    expect(withUnit("3.410", "woningen")).toBe("3.410\u00a0woningen");
    expect(withUnit("14", "")).toBe("14");
  });
});

describe("formatInlineValue", () => {
  const base = { type: "number" as const };

  it("shows %, qualifier and Dutch separators", () => {
    expect(formatInlineValue({ ...base, value: 41.3, unit: "%" })).toEqual({ text: "41,3%", machine: "41.3" });
    expect(formatInlineValue({ ...base, value: 10000, qualifier: "ruim", unit: "mensen" })).toEqual({
      text: "ruim 10.000",
      machine: "10000",
    });
  });

  it("shows a unit word only when asked, and leaves out a qualifier when asked", () => {
    expect(formatInlineValue({ ...base, value: 3410, unit: "woningen", showUnit: true }).text).toBe("3.410\u00a0woningen");
    expect(formatInlineValue({ ...base, value: 56, unit: "%", showUnit: false }).text).toBe("56");
    expect(formatInlineValue({ ...base, value: 41.3, unit: "%", qualifier: "naar schatting", showQualifier: false }).text).toBe(
      "41,3%",
    );
  });

  it("shows the source's words instead of the number, keeping the number machine-readable", () => {
    expect(formatInlineValue({ ...base, value: 25, wording: "een kwart", unit: "%" })).toEqual({
      text: "een kwart",
      machine: "25",
    });
    expect(formatInlineValue({ ...base, value: 25, wording: "een kwart", capitalize: true }).text).toBe("Een kwart");
    expect(formatInlineValue({ ...base, value: 5, wording: "één op de vijf", capitalize: true }).text).toBe("Eén op de vijf");
  });

  it("writes years without a separator and an unknown value as onbekend", () => {
    expect(formatInlineValue({ type: "year", value: 2040 }).text).toBe("2040");
    expect(formatInlineValue({ type: "string", value: null, qualifier: "ruim" })).toEqual({ text: "onbekend", machine: undefined });
  });
});
