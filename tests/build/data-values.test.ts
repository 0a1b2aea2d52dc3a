/** Inline values as a reader (and a machine) finds them in the built chapters. */
import { describe, expect, it } from "vitest";
import { loadPage } from "../support/dist.ts";

function values(page: string) {
  return [...loadPage(page).querySelectorAll("article data.value")].map((element) => ({
    dataset: element.getAttribute("data-dataset"),
    value: element.getAttribute("value"),
    text: element.textContent,
  }));
}

describe("<Value> in the built chapters", () => {
  it("writes Dutch text with its qualifier and keeps the raw number machine-readable", () => {
    expect(values("/stad-en-regio/").slice(0, 3)).toEqual([
      { dataset: "zorgvraag-drenthe-stijging", value: "41.3", text: "naar schatting 41,3%" },
      { dataset: "zorgvraag-drenthe", value: "6000", text: "ruim 6.000" },
      { dataset: "zorgvraag-drenthe", value: "10000", text: "ruim 10.000" },
    ]);
  });

  it("shows the source's words where it gives no number", () => {
    expect(values("/wijk/")).toContainEqual({ dataset: "leefbaarheid", value: "25", text: "Een kwart" });
    expect(values("/inwoner/")).toContainEqual({ dataset: "mantelzorgers", value: "5", text: "amper 5" });
  });

  it("draws every chapter number from data/", () => {
    const counts = ["/inwoner/", "/huis/", "/wijk/", "/stad-en-regio/"].map((page) => values(page).length);
    expect(counts).toEqual([8, 8, 7, 12]);
  });
});
