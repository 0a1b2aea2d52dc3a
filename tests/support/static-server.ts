// The server lives in src/lib so the PDF integration can serve dist/ during the build too.
export { serveStatic, type StaticServer } from "../../src/lib/pdf/static-server.ts";
