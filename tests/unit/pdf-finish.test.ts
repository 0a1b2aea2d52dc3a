import { describe, expect, it } from "vitest";
import { markUntaggedContent } from "../../src/lib/pdf/artifacts.ts";
import { readContentStream } from "../../src/lib/pdf/content-stream.ts";
import { pdfDate } from "../../src/lib/pdf/facts.ts";
import { xmpDate } from "../../src/lib/pdf/xmp.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const mark = (text: string) => new TextDecoder("latin1").decode(markUntaggedContent(bytes(text))).replace(/\s+/g, " ").trim();

describe("readContentStream", () => {
  it("finds operators with their operands, past strings, arrays and dictionaries that hold look-alikes", () => {
    const content = "q 1 0 0 1 0 0 cm BT /F1 12 Tf (a (BT) \\) ET) Tj [(x) -20 (y)] TJ ET /P <</MCID 3 /Alt (Q EMC)>> BDC EMC Q";
    const operators = readContentStream(bytes(content)).map((op) => op.operator);
    expect(operators).toEqual(["q", "cm", "BT", "Tf", "Tj", "TJ", "ET", "BDC", "EMC", "Q"]);
    const tj = readContentStream(bytes(content))[4]!;
    expect(content.slice(tj.start, tj.end)).toBe("(a (BT) \\) ET) Tj");
  });

  it("reads an inline image as one operation, whatever bytes its data holds", () => {
    const content = "q BI /W 2 /H 1 /BPC 8 /CS /G ID \x00Q EMC\xff EI Q";
    expect(readContentStream(bytes(content)).map((op) => op.operator)).toEqual(["q", "BI", "Q"]);
  });
});

describe("markUntaggedContent", () => {
  it("wraps painted paths outside marked content as artifacts, from the path's first point", () => {
    expect(mark("1 0 0 rg 0 0 10 10 re f")).toBe("1 0 0 rg /Artifact BMC 0 0 10 10 re f EMC");
  });

  it("leaves clipping paths and tagged content as they are", () => {
    const tagged = "0 0 10 10 re W n /P <</MCID 0>> BDC 0 0 5 5 re f EMC";
    expect(mark(tagged)).toBe(tagged);
  });

  it("marks untagged text inside its text object, never across BT or ET", () => {
    expect(mark("BT /F1 9 Tf 1 0 0 1 5 5 Tm (pagina 3) Tj ET")).toBe("BT /F1 9 Tf 1 0 0 1 5 5 Tm /Artifact BMC (pagina 3) Tj EMC ET");
  });

  it("ends an artifact where tagged content begins", () => {
    expect(mark("0 0 9 9 re f /Figure <</MCID 1>> BDC 1 1 2 2 re f EMC")).toBe(
      "/Artifact BMC 0 0 9 9 re f EMC /Figure <</MCID 1>> BDC 1 1 2 2 re f EMC",
    );
  });

  it("gives back the same bytes when nothing is untagged", () => {
    const content = bytes("/P <</MCID 0>> BDC BT (x) Tj ET EMC");
    expect(markUntaggedContent(content)).toBe(content);
  });
});

describe("pdfDate", () => {
  it("is the document's date at midnight UTC, whatever the time zone or the time of the build", () => {
    expect(xmpDate(pdfDate("2026-11-28", {}))).toBe("2026-11-28T00:00:00Z");
  });

  it("follows SOURCE_DATE_EPOCH when it is set", () => {
    expect(xmpDate(pdfDate("2026-11-28", { SOURCE_DATE_EPOCH: "1764288000" }))).toBe("2025-11-28T00:00:00Z");
  });

  it("stops with a Dutch message on a SOURCE_DATE_EPOCH that is no number of seconds", () => {
    expect(() => pdfDate("2026-11-28", { SOURCE_DATE_EPOCH: "gisteren" })).toThrow(/SOURCE_DATE_EPOCH moet een aantal seconden/);
  });
});
