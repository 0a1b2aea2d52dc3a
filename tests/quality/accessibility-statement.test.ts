import { describe, expect, it } from "vitest";
import { allPages, loadPage, textOf } from "../support/dist.ts";

describe("the accessibility statement /toegankelijkheid/", () => {
  const page = loadPage("/toegankelijkheid/");

  it("says what the site does, its limits and how to report a problem", () => {
    const headings = [...page.querySelectorAll("h1, h2")].map((h) => textOf(h).replace(/\u00ad/g, ""));
    expect(headings).toEqual([
      "Toegankelijkheid",
      "Wat deze website doet",
      "Hoe we dit controleren",
      "Wat nog niet goed werkt",
      "Een probleem melden",
      "Toegankelijkheidsverklaring",
    ]);
    expect(textOf(page.querySelector("main"))).toContain("PDF/UA");
  });

  it("keeps the unknown contact address and the register entry visible as open points", () => {
    const openPoints = [...page.querySelectorAll(".open-point")].map(textOf);
    expect(openPoints).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/contactgegevens van de gemeente Assen/),
        expect.stringMatching(/register van toegankelijkheidsverklaringen/),
      ]),
    );
    expect(textOf(page.querySelector("main"))).not.toMatch(/@/);
  });

  it("is linked from the footer of every page", () => {
    const missing = allPages().filter(
      (sitePath) => !loadPage(sitePath).querySelector('footer a[href="/toegankelijkheid/"]'),
    );
    expect(missing, "pages without the footer link to /toegankelijkheid/").toEqual([]);
  });
});
