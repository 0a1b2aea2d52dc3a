// An editor's machine for the commands a test runs, with tests/support/outside-connections.mjs
// preloaded into every Node process they start: the environment of an editor's terminal, and what
// the recorder wrote. Used by the run's one build (tests/setup/build-and-serve.ts) and by
// tests/quality/no-outside-connections.test.ts, which asserts that nothing went to another host.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { withoutVitest } from "./env.ts";
import { projectRoot } from "./paths.ts";

const recorder = pathToFileURL(path.join(projectRoot, "tests", "support", "outside-connections.mjs")).href;

export interface ConnectionEvent {
  pid: number;
  event: "start" | "outside";
  argv?: string[];
  via?: string;
  host?: string;
  port?: string;
}

/** The environment of an editor's terminal, with the recorder writing to `log`: none of npm's or
 * Vitest's variables (npm passes its settings on to the scripts it runs, update-notifier=false
 * among them), none of Astro's switches (vitest.config.ts sets them for the tests' own servers;
 * here the scripts must set them), not CI (Astro and npm skip their update checks there), and a
 * configuration of Astro and npm of its own under `home`, so that an update check done earlier on
 * this machine cannot hide one. */
export function editorEnvironment(home: string, log: string): NodeJS.ProcessEnv {
  mkdirSync(path.join(home, "config"), { recursive: true });
  writeFileSync(path.join(home, "npmrc"), "", { flag: "a" });
  writeFileSync(log, "");
  const dropped = (name: string) => /^npm_/i.test(name) || /^(ASTRO_|TELEMETRY_DISABLED$|NODE_OPTIONS$|CI$)/.test(name);
  const env = withoutVitest();
  return {
    // Unset (spawn leaves out what is undefined), also where this is laid over another environment.
    ...Object.fromEntries(Object.keys(process.env).filter(dropped).map((name) => [name, undefined])),
    ...Object.fromEntries(Object.entries(env).filter(([name]) => !dropped(name))),
    CI: "false",
    XDG_CONFIG_HOME: path.join(home, "config"),
    APPDATA: path.join(home, "config"),
    npm_config_userconfig: path.join(home, "npmrc"),
    npm_config_cache: path.join(home, "npm-cache"),
    NODE_OPTIONS: `--import=${recorder}`,
    WZV_CONNECTIONS_LOG: log,
    NO_COLOR: "1",
  };
}

export function readConnectionLog(log: string): ConnectionEvent[] {
  return readFileSync(log, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ConnectionEvent);
}

/** "dns.lookup telemetry.astro.build by node …/astro.mjs dev" for every outside event. */
export function outside(events: ConnectionEvent[]): string[] {
  const commands = new Map(events.filter((e) => e.event === "start").map((e) => [e.pid, (e.argv ?? []).join(" ")]));
  return [...new Set(events.filter((e) => e.event === "outside").map((e) => `${e.via} ${e.host}${e.port ? `:${e.port}` : ""} by ${commands.get(e.pid) ?? `pid ${e.pid}`}`))];
}

/** The recorder really ran in the process that runs the command's own code. */
export function started(events: ConnectionEvent[], script: RegExp): boolean {
  return events.some((e) => e.event === "start" && (e.argv ?? []).some((arg) => script.test(arg.replace(/\\/g, "/"))));
}
