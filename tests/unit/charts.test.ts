import { describe, expect, it } from "vitest";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { chartSvg, chartTypeChoiceText, isChartType, type ChartInput } from "../../src/lib/charts/index.ts";
import { renderChart } from "../../src/lib/charts/render.ts";
import { wrapLines } from "../../src/lib/charts/text.ts";

// The same small examples as the chapters use, so the snapshots show what readers will see.
const examples: Record<string, { type: "bar" | "change" | "stacked"; input: ChartInput }> = {
  "bar-eenzaamheid": {
    type: "bar",
    input: {
      id: "eenzaamheid",
      title: "Inwoners die zich wel eens eenzaam voelen",
      data: [
        { label: "Assen", value: 48, display: "48%" },
        { label: "Lariks", value: 56, display: "56%" },
      ],
    },
  },
  "change-mantelzorgers": {
    type: "change",
    input: {
      id: "mantelzorgers",
      title: "Potentiële mantelzorgers per zorgbehoeftige",
      data: [
        { label: "2025", value: 12, display: "12" },
        { label: "2040", value: 5, display: "amper 5" },
      ],
    },
  },
  "change-zorgvraag": {
    type: "change",
    input: {
      id: "zorgvraag",
      title: "Mensen met een indicatie Verzorging & Verpleging in Drenthe",
      data: [
        { label: "2024", value: 6000, display: "ruim 6.000" },
        { label: "2040", value: 10000, display: "ruim 10.000" },
      ],
    },
  },
  "stacked-buurt": {
    type: "stacked",
    input: {
      id: "buurt",
      title: "Biedt de eigen buurt wat nodig is als de gezondheid verslechtert?",
      data: [
        { label: "denkt dat de eigen buurt alles biedt", value: 64, display: "64%" },
        { label: "denkt van niet, maar de voorzieningen zijn wel bereikbaar", value: 29, display: "29%" },
        { label: "denkt dat het lastig wordt de voorzieningen te bereiken", value: 7, display: "7%" },
      ],
    },
  },
};

function parseSvg(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document.querySelector("svg")!;
}

describe("chart snapshots (open the .svg files to look at them)", () => {
  for (const [name, { type, input }] of Object.entries(examples)) {
    it(name, async () => {
      await expect(chartSvg(type, input)).toMatchFileSnapshot(`./charts-snapshots/${name}.svg`);
    });
  }
});

describe("every chart", () => {
  for (const [name, { type, input }] of Object.entries(examples)) {
    it(`${name}: is one accessible image without inline style`, () => {
      const source = chartSvg(type, input);
      const svg = parseSvg(source);
      expect(svg.getAttribute("role")).toBe("img");
      const title = svg.querySelector(`#${svg.getAttribute("aria-labelledby")}`);
      expect(title?.textContent).toBe(input.title);
      const desc = svg.querySelector(`#${svg.getAttribute("aria-describedby")}`);
      for (const datum of input.data) {
        expect(desc?.textContent).toContain(datum.label);
        expect(desc?.textContent).toContain(datum.display);
      }
      expect(svg.querySelectorAll("style, script, [style], [aria-label]")).toHaveLength(0);
      for (const element of svg.querySelectorAll("[id]")) expect(element.id.startsWith(`${input.id}-`)).toBe(true);
    });
  }

  it("prints every value in Dutch notation as given, and no English-formatted number", () => {
    const source = chartSvg("change", examples["change-zorgvraag"]!.input);
    expect(source).toContain(">ruim 10.000<");
    expect(source).not.toMatch(/>[^<]*\d,\d{3}/);
  });

  it("escapes text that comes from data", () => {
    const source = chartSvg("bar", {
      id: "escape",
      title: 'Titel met <b>opmaak</b> & "aanhalingstekens"',
      data: [{ label: "<script>alert(1)</script>", value: 1, display: "1 & 2" }],
    });
    expect(source).not.toContain("<script>");
    expect(source).not.toContain("<b>");
    expect(source).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(source).toContain("1 &amp; 2");
    expect(parseSvg(source).querySelectorAll("script, b")).toHaveLength(0);
  });

  it("is the same whatever was drawn before it, though Plot counts ids per process", () => {
    const clipped = () =>
      renderChart(
        { plot: { marks: [Plot.text(["a"], { x: 0, y: 0, text: (d) => d, clip: true })] }, description: "d" },
        { id: "fig", title: "t", description: "d" },
      );
    const first = clipped();
    const second = clipped();
    expect(second).toBe(first);
    expect(first).toContain('id="fig-clip-1"');
    expect(first).toContain('clip-path="url(#fig-clip-1)"');
    expect(first).not.toContain("plot-clip");
  });

  it("keeps the pattern fills of a stacked bar pointing at this chart's own patterns", () => {
    const svg = parseSvg(chartSvg("stacked", examples["stacked-buurt"]!.input));
    const pattern = svg.querySelector("pattern");
    expect(pattern?.id).toBe("buurt-pattern-1");
    expect(svg.querySelectorAll('[fill="url(#buurt-pattern-1)"]')).toHaveLength(2);
  });
});

describe("chart types", () => {
  it("knows bar, change and stacked and lists them for an editor", () => {
    expect(["bar", "change", "stacked"].every(isChartType)).toBe(true);
    expect(isChartType("pie")).toBe(false);
    expect(isChartType("toString")).toBe(false);
    expect(chartTypeChoiceText()).toMatchInlineSnapshot(
      `"type="bar" (liggende staven: aandelen en vergelijkingen), type="change" (kolommen: verandering van het ene jaar naar het andere) of type="stacked" (één staaf van 100%: de delen van een geheel)"`,
    );
  });
});

describe("wrapLines", () => {
  it("breaks at spaces and keeps a long word whole", () => {
    expect(wrapLines("denkt dat de eigen buurt alles biedt", 16)).toEqual(["denkt dat de", "eigen buurt", "alles biedt"]);
    expect(wrapLines("woonzorgvoorzieningen", 5)).toEqual(["woonzorgvoorzieningen"]);
    expect(wrapLines("  ", 5)).toEqual([""]);
  });
});
