import http from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".jsonld": "application/ld+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".csv": "text/csv; charset=utf-8",
  ".pdf": "application/pdf",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves a built site on 127.0.0.1 the way a static host does (directory index, 404.html).
 * `headers` adds response headers per request path, e.g. from public/_headers. */
export async function serveStatic(
  root: string,
  headers: (urlPath: string) => Record<string, string> = () => ({}),
): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    let file = path.join(root, path.normalize(urlPath));
    if (!file.startsWith(root)) file = "";
    if (file && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    const found = Boolean(file) && existsSync(file) && statSync(file).isFile();
    const served = found ? file : path.join(root, "404.html");
    res.statusCode = found ? 200 : 404;
    res.setHeader("Content-Type", contentTypes[path.extname(served)] ?? "application/octet-stream");
    for (const [name, value] of Object.entries(headers(urlPath))) res.setHeader(name, value);
    if (req.method === "HEAD" || !existsSync(served)) res.end();
    else createReadStream(served).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
