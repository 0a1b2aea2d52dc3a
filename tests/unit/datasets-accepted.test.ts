import { describe, expect, it } from "vitest";
import { parseDutchNumber } from "../../src/lib/datasets/cells.ts";
import { decodeText } from "../../src/lib/datasets/csv.ts";
import { load } from "./datasets-helpers.ts";

const expectedRows = [
  { gebied: "Assen", aandeel: 48, kwalificatie: null },
  { gebied: "Lariks", aandeel: 56.5, kwalificatie: "ruim" },
];

describe("accepted CSV variants", () => {
  it("reads a comma-separated file with a decimal point", () => {
    expect(load("gebied,aandeel,kwalificatie\nAssen,48,\nLariks,56.5,ruim\n")[0]!.rows).toEqual(expectedRows);
  });

  it("reads a semicolon-separated Dutch Excel export with decimal commas", () => {
    expect(load("gebied;aandeel;kwalificatie\nAssen;48;\nLariks;56,5;ruim\n")[0]!.rows).toEqual(expectedRows);
  });

  it("reads a file with a UTF-8 byte-order mark and CRLF line ends", () => {
    expect(load("\uFEFFgebied;aandeel;kwalificatie\r\nAssen;48;\r\nLariks;56,5;ruim\r\n")[0]!.rows).toEqual(expectedRows);
  });

  it("reads quoted cells holding the separator, and skips blank rows", () => {
    const rows = load('gebied,aandeel,kwalificatie\n"Assen, heel",48,\n\n"Lariks",56.5,"ruim"\n,,\n')[0]!.rows;
    expect(rows).toEqual([{ ...expectedRows[0], gebied: "Assen, heel" }, expectedRows[1]]);
  });

  it("reads a decimal comma in a quoted cell of a comma-separated file", () => {
    expect(load('gebied,aandeel,kwalificatie\nAssen,48,\nLariks,"56,5",ruim\n')[0]!.rows).toEqual(expectedRows);
  });

  it("reads Windows-1252 from Excel's plain CSV export as well as UTF-8", () => {
    const windows1252 = Uint8Array.from([0x67, 0x65, 0xef, 0x6e, 0x64, 0x69, 0x63, 0x65, 0x65, 0x72, 0x64]);
    expect(decodeText(windows1252)).toBe("geïndiceerd");
    expect(decodeText(new TextEncoder().encode("geïndiceerd – één"))).toBe("geïndiceerd – één");
  });

  it("accepts columns in another order than the metadata", () => {
    expect(load("aandeel;gebied;kwalificatie\n48;Assen;\n56,5;Lariks;ruim\n")[0]!.rows).toEqual(
      expectedRows.map((row) => ({ aandeel: row.aandeel, gebied: row.gebied, kwalificatie: row.kwalificatie })),
    );
  });

  it("keeps the file names for messages and the data page", () => {
    const [dataset] = load("gebied;aandeel;kwalificatie\nAssen;48;\n");
    expect(dataset!.id).toBe("eenzaamheid");
    expect(dataset!.file).toEqual({ csv: "data/eenzaamheid.csv", meta: "data/eenzaamheid.yaml" });
    expect(dataset!.meta.peildatum).toBe("onbekend");
  });
});

describe("the number rule (dot and comma)", () => {
  it.each([
    ["41,3", 41.3],
    ["1.700", 1700],
    ["10.000", 10000],
    ["1.234.567,5", 1234567.5],
    ["1.7", 1.7],
    ["41.3", 41.3],
    ["0.125", 0.125],
    ["1,700", 1.7],
    ["-3", -3],
    [" 12 ", 12],
  ])("%j is %d", (text, value) => {
    expect(parseDutchNumber(text)).toBe(value);
  });

  it.each(["56%", "ruim 6000", "1,700.5", "10 000", "1.70.0", ""])("%j is not a number", (text) => {
    expect(parseDutchNumber(text)).toBeUndefined();
  });
});
