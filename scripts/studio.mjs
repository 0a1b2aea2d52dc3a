// `npm run studio`: the editors' one command, the preview pages and the studio together
// (astro dev with astro.studio.config.mjs). Its arguments go to astro dev as they are, so
// `npm run studio -- --port 4400` chooses the port. A plain launcher: it starts Astro's own command
// and adds two Dutch sentences, nothing else.
// - A second server in the same folder: Astro refuses it with an English message and a stack trace
//   ("Another astro dev server is already running"); this says in Dutch where the first one is.
// - Once Astro is ready, the address of the studio.
// scripts/offline.mjs first: Astro's telemetry and update check off, here and in the child.
import "./offline.mjs";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The server Astro's lock file names (`.astro/dev.json`, written by `astro dev`), if it still runs. */
function runningServer() {
  try {
    const lock = JSON.parse(readFileSync(path.join(root, ".astro", "dev.json"), "utf8"));
    if (typeof lock.pid !== "number" || typeof lock.url !== "string" || lock.pid === process.pid) return undefined;
    process.kill(lock.pid, 0);
    return lock;
  } catch {
    return undefined;
  }
}

const running = runningServer();
if (running) {
  process.stderr.write(
    `De studio (of de voorbeeldweergave) draait al in deze map, op ${running.url}/keystatic (proces ${running.pid}).\n` +
      "Open dat adres in uw browser. Wilt u hem opnieuw starten, stop hem dan eerst met Ctrl+C in het venster waarin hij draait.\n",
  );
  process.exit(1);
}

const astro = path.join(path.dirname(createRequire(import.meta.url).resolve("astro/package.json")), "bin", "astro.mjs");
// A larger young generation for V8, as for npm run build: the start's many short-lived objects cost
// fewer garbage collections (about half a second of the start's CPU time).
const child = spawn(process.execPath, ["--max-semi-space-size=64", astro, "dev", "--config", "astro.studio.config.mjs", ...process.argv.slice(2)], {
  cwd: root,
  stdio: ["inherit", "pipe", "inherit"],
});

let told = false;
child.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  const address = told ? undefined : /Local\s+(http:\/\/\S+?)\/?\s/.exec(String(chunk).replace(/\x1b\[[0-9;]*m/g, ""))?.[1];
  if (address) {
    told = true;
    process.stdout.write(`\nDe studio: ${address}/keystatic   (de pagina's van de site: ${address}/; stoppen: Ctrl+C)\n\n`);
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
