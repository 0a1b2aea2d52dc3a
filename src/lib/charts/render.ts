import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { ChartSpec, PatternDef } from "./types.ts";

/** Class on every chart; its CSS lives in src/styles/figures.css instead of Plot's inline <style>. */
export const chartClass = "wzv-chart";

const svgNs = "http://www.w3.org/2000/svg";
/** Attributes holding coordinates, rounded so snapshots do not change with float noise. */
const geometry = new Set(["x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height", "d", "transform", "dx", "dy", "viewBox"]);

export interface ChartLabel {
  /** Unique on the page; prefixes the ids inside the SVG. */
  id: string;
  title: string;
  description: string;
}

/**
 * Renders a chart spec to a static, self-contained SVG string: no <style>, no script,
 * ids unique to this chart and stable between builds, and one accessible name on the <svg>.
 */
export function renderChart(spec: ChartSpec, label: ChartLabel): string {
  // A fresh document per chart: nothing is shared between renders.
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = Plot.plot({
    ...spec.plot,
    document: document as unknown as Document,
    className: chartClass,
  }) as unknown as Element;
  if (svg.tagName.toLowerCase() !== "svg") {
    throw new Error("Een grafiek mag geen titel, ondertitel of legenda van Plot zelf hebben; de figuur schrijft die.");
  }
  for (const style of [...svg.querySelectorAll("style")]) style.remove();
  for (const group of [...svg.querySelectorAll("[aria-label]")]) group.removeAttribute("aria-label");
  for (const hidden of [...svg.querySelectorAll("[aria-hidden]")]) hidden.removeAttribute("aria-hidden");
  addPatterns(document as unknown as Document, svg, spec.patterns ?? []);
  renumberIds(svg, label.id);
  roundGeometry(svg);
  labelSvg(document as unknown as Document, svg, label);
  return svg.outerHTML;
}

function addPatterns(document: Document, svg: Element, patterns: readonly PatternDef[]): void {
  if (patterns.length === 0) return;
  const defs = document.createElementNS(svgNs, "defs");
  for (const pattern of patterns) {
    const node = document.createElementNS(svgNs, "pattern");
    node.setAttribute("id", pattern.name);
    node.setAttribute("patternUnits", "userSpaceOnUse");
    node.setAttribute("width", "8");
    node.setAttribute("height", "8");
    if (pattern.kind === "hatch") node.setAttribute("patternTransform", "rotate(45)");
    const ground = document.createElementNS(svgNs, "rect");
    ground.setAttribute("width", "8");
    ground.setAttribute("height", "8");
    ground.setAttribute("fill", pattern.color);
    node.appendChild(ground);
    const mark = document.createElementNS(svgNs, pattern.kind === "hatch" ? "rect" : "circle");
    if (pattern.kind === "hatch") {
      mark.setAttribute("width", "3");
      mark.setAttribute("height", "8");
    } else {
      mark.setAttribute("cx", "4");
      mark.setAttribute("cy", "4");
      mark.setAttribute("r", "1.75");
    }
    mark.setAttribute("fill", "#ffffff");
    node.appendChild(mark);
    defs.appendChild(node);
  }
  svg.insertBefore(defs, svg.firstChild);
}

/**
 * Plot numbers clip paths and markers with counters global to the process, so the same chart
 * gets other ids depending on what was drawn before it. Give every id a name derived from the
 * chart id and its position in this SVG, and rewrite the references.
 */
function renumberIds(svg: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  [...svg.querySelectorAll("[id]")].forEach((element, index) => {
    const old = element.getAttribute("id") ?? "";
    const kind = element.tagName.toLowerCase().replace(/path$/i, "");
    const fresh = `${prefix}-${kind}-${index + 1}`;
    renamed.set(old, fresh);
    element.setAttribute("id", fresh);
  });
  if (renamed.size === 0) return;
  for (const element of [svg, ...svg.querySelectorAll("*")]) {
    for (const { name, value } of [...element.attributes]) {
      const rewritten = value
        .replace(/url\(#([^)]+)\)/g, (match, id: string) => (renamed.has(id) ? `url(#${renamed.get(id)})` : match))
        .replace(/^#(.+)$/, (match, id: string) => (renamed.has(id) ? `#${renamed.get(id)}` : match));
      if (rewritten !== value) element.setAttribute(name, rewritten);
    }
  }
}

function roundGeometry(svg: Element): void {
  for (const element of [svg, ...svg.querySelectorAll("*")]) {
    for (const { name, value } of [...element.attributes]) {
      if (!geometry.has(name)) continue;
      const rounded = value.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100));
      if (rounded !== value) element.setAttribute(name, rounded);
    }
  }
}

function labelSvg(document: Document, svg: Element, label: ChartLabel): void {
  const titleId = `${label.id}-chart-title`;
  const descId = `${label.id}-chart-desc`;
  const title = document.createElementNS(svgNs, "title");
  title.setAttribute("id", titleId);
  title.textContent = label.title;
  const desc = document.createElementNS(svgNs, "desc");
  desc.setAttribute("id", descId);
  desc.textContent = label.description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, svg.firstChild);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-labelledby", titleId);
  svg.setAttribute("aria-describedby", descId);
  svg.setAttribute("xmlns", svgNs);
  // The page's font, not Plot's default; the size is the chart's own (labels scale with the SVG).
  svg.setAttribute("font-family", "system-ui, sans-serif");
  svg.setAttribute("font-size", "16");
}
