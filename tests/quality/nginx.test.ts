/**
 * deploy/nginx.conf, the include for a municipality's own nginx server block, run in Debian's nginx
 * over the built dist/: every kind of file gets exactly the headers of public/_headers (the one
 * list), its content type, gzip where the page-weight budget counts it compressed, a year's cache
 * only under /_astro/; a missing page gets the site's 404 page with status 404, and /huis reaches
 * /huis/. Also read as text: every block that sets headers repeats the whole list.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readHeadersFile } from "./gates/headers-file.ts";
import { startNginx, type Nginx } from "../support/nginx.ts";
import { distDir, projectRoot } from "../support/paths.ts";

const includeFile = path.join(projectRoot, "deploy", "nginx.conf");
const headersFile = path.join(projectRoot, "public", "_headers");
const headersFor = readHeadersFile(headersFile);

/** dist/ has no .wasm file today (Pagefind ships its WebAssembly gzipped, as wasm.*.pagefind), so
 * nginx serves dist/ through a folder of links to it with one added: the type a .wasm would get. */
const wasmProbe = "/wzv-probe.wasm";

/** The first file in a dist/ folder whose name ends with `suffix`, as a site path. */
function first(folder: string, suffix: string): string {
  const name = readdirSync(path.join(distDir, folder)).sort().find((file) => file.endsWith(suffix));
  if (name === undefined) throw new Error(`dist/${folder} has no *${suffix} file: did the build change?`);
  return `/${folder}/${name}`;
}

const javascript = /^(application|text)\/javascript; charset=utf-8$/;
const astroFiles = readdirSync(path.join(distDir, "_astro")).map((name) => `/_astro/${name}`);

/** Every kind of file the site has, with the type and the compression it must be served with. */
const files: { path: string; type: string | RegExp; gzip: boolean }[] = [
  { path: "/", type: "text/html; charset=utf-8", gzip: true },
  { path: "/huis/", type: "text/html; charset=utf-8", gzip: true },
  { path: "/privacy/", type: "text/html; charset=utf-8", gzip: true },
  ...astroFiles.filter((file) => file.endsWith(".css")).slice(0, 1).map((file) => ({ path: file, type: "text/css; charset=utf-8", gzip: true })),
  ...astroFiles.filter((file) => file.endsWith(".js")).slice(0, 1).map((file) => ({ path: file, type: javascript, gzip: true })),
  { path: "/woonzorgvisie-assen.pdf", type: "application/pdf", gzip: false },
  { path: first("data/eenzaamheid", ".csv"), type: "text/csv; charset=utf-8", gzip: true },
  { path: "/data/catalogus.jsonld", type: "application/ld+json", gzip: true },
  { path: first("data/eenzaamheid", ".jsonld"), type: "application/ld+json", gzip: true },
  { path: "/data/datapackage.json", type: "application/json", gzip: true },
  { path: "/pagefind/pagefind.js", type: javascript, gzip: true },
  { path: "/pagefind/pagefind-entry.json", type: "application/json", gzip: true },
  { path: first("pagefind", ".pagefind"), type: "application/octet-stream", gzip: false },
  { path: first("pagefind", ".pf_meta"), type: "application/octet-stream", gzip: false },
  { path: first("pagefind/fragment", ".pf_fragment"), type: "application/octet-stream", gzip: false },
  { path: first("pagefind/index", ".pf_index"), type: "application/octet-stream", gzip: false },
  { path: first("pagefind/filter", ".pf_filter"), type: "application/octet-stream", gzip: false },
  { path: "/favicon.svg", type: "image/svg+xml", gzip: true },
  { path: "/sitemap-index.xml", type: "text/xml; charset=utf-8", gzip: true },
  { path: "/robots.txt", type: "text/plain; charset=utf-8", gzip: true },
  { path: wasmProbe, type: "application/wasm", gzip: true },
];

/** Every header name public/_headers sets for any of these paths. */
const listedHeaders = [...new Set(files.flatMap((file) => Object.keys(headersFor(file.path))))].map((name) => name.toLowerCase());

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as sent, decompressed when it was gzipped. */
  body: Buffer;
}

function get(url: string, { gzip = true } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: gzip ? { "Accept-Encoding": "gzip" } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const raw = Buffer.concat(chunks);
        const body = response.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body });
      });
    });
    request.on("error", reject);
  });
}

/** Where the headers nginx sent differ from what public/_headers gives for `sitePath`. */
function headerDifferences(answer: Answer, sitePath: string): string[] {
  const expected = Object.fromEntries(Object.entries(headersFor(sitePath)).map(([name, value]) => [name.toLowerCase(), value]));
  return listedHeaders
    .filter((name) => answer.headers[name] !== expected[name])
    .map((name) => `${sitePath}: ${name} is ${JSON.stringify(answer.headers[name])}, public/_headers says ${JSON.stringify(expected[name])}`);
}

let nginx: Nginx;
let root: string;
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "wzv-nginx-root-"));
  for (const entry of readdirSync(distDir)) symlinkSync(path.join(distDir, entry), path.join(root, entry));
  writeFileSync(path.join(root, wasmProbe), Buffer.concat([Buffer.from("\0asm\x01\0\0\0"), Buffer.alloc(256)]));
  nginx = await startNginx(root, includeFile);
});
afterAll(async () => {
  await nginx?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("deploy/nginx.conf in nginx over dist/", () => {
  it("sends every file with the headers of public/_headers, its content type and the file's own bytes", async () => {
    const problems: string[] = [];
    for (const file of files) {
      const answer = await get(`${nginx.url}${file.path}`);
      if (answer.status !== 200) problems.push(`${file.path}: status ${answer.status}`);
      const type = answer.headers["content-type"] ?? "";
      if (typeof file.type === "string" ? type !== file.type : !file.type.test(type)) problems.push(`${file.path}: content type ${type}, expected ${file.type}`);
      problems.push(...headerDifferences(answer, file.path));
      const onDisk = readFileSync(path.join(root, file.path.endsWith("/") ? `${file.path}index.html` : file.path));
      if (!answer.body.equals(onDisk)) problems.push(`${file.path}: the body is not the file in dist/`);
    }
    expect(problems).toEqual([]);
  });

  it("compresses with gzip what the page-weight budget counts compressed, and not what is compressed already", async () => {
    const problems: string[] = [];
    for (const file of files) {
      const answer = await get(`${nginx.url}${file.path}`);
      const encoding = answer.headers["content-encoding"];
      if (file.gzip && (encoding !== "gzip" || !/accept-encoding/i.test(String(answer.headers.vary)))) problems.push(`${file.path}: not gzipped (Content-Encoding ${encoding}, Vary ${answer.headers.vary})`);
      if (!file.gzip && encoding !== undefined) problems.push(`${file.path}: compressed again (${encoding})`);
      const plain = await get(`${nginx.url}${file.path}`, { gzip: false });
      if (plain.headers["content-encoding"] !== undefined) problems.push(`${file.path}: gzipped for a client that did not ask for it`);
    }
    expect(problems).toEqual([]);
  });

  it("caches /_astro/ for a year and nothing else", async () => {
    const yearLong = /max-age=31536000/;
    for (const file of files) {
      const cache = (await get(`${nginx.url}${file.path}`)).headers["cache-control"];
      if (file.path.startsWith("/_astro/")) expect(cache, file.path).toMatch(yearLong);
      else expect(cache ?? "", file.path).not.toMatch(yearLong);
    }
    expect(astroFiles.length, "dist/_astro/ is empty: nothing was tested there").toBeGreaterThan(0);
  });

  it("answers a missing page, also under /_astro/, with the site's 404 page, status 404 and the headers, never cached for a year", async () => {
    const page = readFileSync(path.join(distDir, "404.html"));
    for (const missing of ["/bestaat-niet/", "/huis/bestaat-niet", "/_astro/bestaat-niet.css"]) {
      const answer = await get(`${nginx.url}${missing}`);
      expect(answer.status, missing).toBe(404);
      expect(answer.headers["content-type"], missing).toBe("text/html; charset=utf-8");
      expect(answer.body.equals(page), `${missing} shows dist/404.html`).toBe(true);
      expect(headerDifferences(answer, "/404.html"), missing).toEqual([]);
      expect(answer.headers["cache-control"] ?? "", missing).not.toMatch(/max-age=31536000/);
    }
  });

  it("sends /huis on to /huis/ (a path only, so it holds behind a TLS proxy), with the headers", async () => {
    const answer = await get(`${nginx.url}/huis`);
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe("/huis/");
    expect(headerDifferences(answer, "/huis")).toEqual([]);
    const page = await get(`${nginx.url}${answer.headers.location}`);
    expect(page.status).toBe(200);
    expect(page.body.equals(readFileSync(path.join(distDir, "huis", "index.html")))).toBe(true);
  });
});

// nginx's grammar as far as the include uses it: words and quoted strings, ending in ";" or a block.
interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
}

function parseNginx(text: string): Directive[] {
  const tokens = [...text.matchAll(/#[^\n]*|"((?:\\.|[^"\\])*)"|'((?:\\.|[^'\\])*)'|([{};])|([^\s{};"'#]+)/g)]
    .filter((match) => !match[0].startsWith("#"))
    .map((match) => ({ word: match[1] ?? match[2] ?? match[4] ?? "", punctuation: match[3] }));
  let at = 0;
  const directives = (): Directive[] => {
    const list: Directive[] = [];
    while (at < tokens.length && tokens[at]!.punctuation !== "}") {
      const words: string[] = [];
      while (at < tokens.length && tokens[at]!.punctuation === undefined) words.push(tokens[at++]!.word);
      const end = tokens[at++]?.punctuation;
      const [name = "", ...args] = words;
      if (end === "{") {
        list.push({ name, args, block: directives() });
        at++; // the closing "}"
      } else list.push({ name, args });
    }
    return list;
  };
  return directives();
}

describe("deploy/nginx.conf as text", () => {
  const include = parseNginx(readFileSync(includeFile, "utf8"));

  it("leaves listen, server_name and root to the municipality's server block", () => {
    expect(include.filter((directive) => ["listen", "server_name", "root", "server"].includes(directive.name))).toEqual([]);
  });

  it("sets, in every block with headers of its own, exactly the headers public/_headers gives its paths, security headers always", () => {
    const always = new Set(Object.keys(headersFor("/")).map((name) => name.toLowerCase()));
    const blocks = [
      { where: "/", directives: include },
      ...include
        .filter((directive) => directive.name === "location")
        .map((location) => {
          expect(location.args, "only prefix locations can be compared with public/_headers").toHaveLength(1);
          return { where: location.args[0]!, directives: location.block ?? [] };
        }),
    ];
    for (const { where, directives } of blocks) {
      const headers = directives.filter((directive) => directive.name === "add_header");
      if (headers.length === 0) continue;
      const sent = Object.fromEntries(headers.map(({ args: [name = "", value = ""] }) => [name.toLowerCase(), value]));
      const expected = Object.fromEntries(Object.entries(headersFor(`${where}x`)).map(([name, value]) => [name.toLowerCase(), value]));
      expect(sent, `the add_header lines of ${where === "/" ? "the include itself" : `location ${where}`}`).toEqual(expected);
      for (const { args } of headers) {
        if (always.has(args[0]!.toLowerCase())) expect(args[2], `${args[0]} in ${where} also on errors and redirects`).toBe("always");
      }
    }
  });
});
