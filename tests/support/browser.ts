// The launch code lives in src/lib so the PDF integration and the tests start Chromium alike.
export { chromiumPath, launchBrowser } from "../../src/lib/pdf/chromium.ts";
