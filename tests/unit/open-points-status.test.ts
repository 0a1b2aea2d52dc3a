import { describe, expect, it } from "vitest";
import { publicationVerdict, type OpenPoint } from "../../src/lib/checks/open-points/index.ts";

const point: OpenPoint = { kind: "placeholder", file: "src/content/chapters/huis.mdx", line: 46, message: '"xxx" moet nog worden ingevuld.', excerpt: "xxx" };

describe("the publication rule", () => {
  it("publishes a concept or a vastgesteld document without open points", () => {
    expect(publicationVerdict("concept", [])).toEqual({ action: "publish" });
    expect(publicationVerdict("vastgesteld", [])).toEqual({ action: "publish" });
  });

  it("warns about open points in a concept, listing them", () => {
    const verdict = publicationVerdict("concept", [point]);
    expect(verdict.action).toBe("warn");
    expect(verdict).toHaveProperty("message", expect.stringContaining('src/content/chapters/huis.mdx:46  Plaatshouder: "xxx" moet nog worden ingevuld. [xxx]\n\n1 open punt.'));
  });

  it("refuses a vastgesteld document with open points, listing them", () => {
    const verdict = publicationVerdict("vastgesteld", [point]);
    expect(verdict.action).toBe("refuse");
    expect(verdict).toHaveProperty("message", expect.stringContaining("de status 'vastgesteld', maar er zijn nog open punten"));
    expect(verdict).toHaveProperty("message", expect.stringContaining("src/content/chapters/huis.mdx:46"));
  });
});
