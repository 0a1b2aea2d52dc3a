// A chart's PNG for the STOP package is drawn once per SVG and kept: what the cache gives back is
// byte for byte what drawing it again gives, so a warm build writes what a clean build writes.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { drawPng, pngRenderer } from "../../src/lib/stop/png.ts";
import { projectRoot } from "../support/paths.ts";

const svg = readFileSync(path.join(projectRoot, "tests/unit/charts-snapshots/bar-eenzaamheid.svg"), "utf8");
const cache = mkdtempSync(path.join(tmpdir(), "wzv-png-"));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe("the PNG of a chart", () => {
  it("is the same bytes every time it is drawn, at twice the SVG's size", () => {
    const [first, second] = [drawPng(svg), drawPng(svg)];
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
    expect([first.width, first.height, first.dpi]).toEqual([800, 244, 192]);
  });

  it("is drawn once per SVG; the cache gives back exactly what a fresh drawing gives", () => {
    const fresh = drawPng(svg);
    const renderer = pngRenderer(cache);
    const drawn = renderer.draw(svg);
    expect(renderer.drawn).toBe(1);
    const again = pngRenderer(cache);
    const cached = again.draw(svg);
    expect(again.drawn).toBe(0);
    expect(Buffer.from(cached.bytes).equals(Buffer.from(fresh.bytes))).toBe(true);
    expect(Buffer.from(drawn.bytes).equals(Buffer.from(fresh.bytes))).toBe(true);
    expect({ ...cached, bytes: undefined }).toEqual({ ...fresh, bytes: undefined });
  });

  it("is drawn again when the SVG changes", () => {
    const renderer = pngRenderer(cache);
    renderer.draw(svg.replace("48%", "49%"));
    expect(renderer.drawn).toBe(1);
    expect(readdirSync(cache).filter((file) => file.endsWith(".png"))).toHaveLength(2);
  });
});
