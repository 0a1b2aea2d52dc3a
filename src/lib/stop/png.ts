/** Charts as PNG for the package: resvg (the `@resvg/resvg-js` package, a Rust SVG renderer) draws
 * the figure's SVG, the same string the site shows, at twice its size. resvg draws the same bytes
 * from the same SVG, fonts and version, so a drawing is kept in a cache keyed by exactly those and
 * reused while they are unchanged: a warm build writes the bytes a clean build would draw. */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";

export interface Png {
  bytes: Uint8Array;
  width: number;
  height: number;
  /** Twice the SVG's 96 dpi: the image prints at the size the site shows the chart. */
  dpi: number;
}

const zoom = 2;

/** Debian's DejaVu, the font the site's system font stack resolves to on the build machine. */
const fontFiles = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"];

function options(): ResvgRenderOptions {
  const fonts = fontFiles.filter((file) => existsSync(file));
  return {
    fitTo: { mode: "zoom", value: zoom },
    background: "#ffffff",
    font: fonts.length > 0 ? { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" } : { loadSystemFonts: true },
  };
}

function resvgVersion(): string {
  const require = createRequire(import.meta.url);
  return (JSON.parse(readFileSync(require.resolve("@resvg/resvg-js/package.json"), "utf8")) as { version: string }).version;
}

/** What the drawing depends on: the SVG, the renderer's version, its options and the font files. */
function cacheKey(svg: string, settings: ResvgRenderOptions): string {
  const hash = createHash("sha256").update(resvgVersion()).update("\0").update(JSON.stringify(settings)).update("\0");
  for (const file of fontFiles) if (existsSync(file)) hash.update(readFileSync(file));
  return hash.update("\0").update(svg).digest("hex");
}

export function drawPng(svg: string, settings = options()): Png {
  const resvg = new Resvg(svg, settings);
  const image = resvg.render();
  return { bytes: new Uint8Array(image.asPng()), width: image.width, height: image.height, dpi: 96 * zoom };
}

export interface PngRenderer {
  draw(svg: string): Png;
  /** How many were drawn, not taken from the cache. */
  drawn: number;
}

/** A drawing from the cache; undefined when it is not there (or was just cleared by another build). */
function fromCache(file: string, meta: string): Png | undefined {
  try {
    return { ...(JSON.parse(readFileSync(meta, "utf8")) as Omit<Png, "bytes">), bytes: new Uint8Array(readFileSync(file)) };
  } catch {
    return undefined;
  }
}

/** Draws each SVG once; `cacheDir` keeps drawings between builds (none: draw every time). */
export function pngRenderer(cacheDir: string | undefined): PngRenderer {
  const settings = options();
  const renderer: PngRenderer = {
    drawn: 0,
    draw(svg) {
      const key = cacheKey(svg, settings);
      const file = cacheDir && path.join(cacheDir, `${key}.png`);
      const meta = file && `${file}.json`;
      const kept = file && meta ? fromCache(file, meta) : undefined;
      if (kept) return kept;
      const png = drawPng(svg, settings);
      renderer.drawn++;
      if (file && meta && cacheDir) {
        mkdirSync(cacheDir, { recursive: true });
        // Written beside and renamed: a build that stops halfway leaves no broken drawing behind.
        writeFileSync(`${file}.${process.pid}`, png.bytes);
        renameSync(`${file}.${process.pid}`, file);
        writeFileSync(meta, JSON.stringify({ width: png.width, height: png.height, dpi: png.dpi }));
      }
      return png;
    },
  };
  return renderer;
}
