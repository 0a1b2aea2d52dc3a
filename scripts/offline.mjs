// Imported first by every command of the project (scripts/astro.mjs, build.mjs, check.ts,
// edition.ts, and any other launcher in scripts/): nothing an editor runs sends anything to
// anyone. Astro would otherwise send usage statistics to its telemetry service from build, dev and
// preview, and look up its newest version on the npm registry when dev starts (and tell the
// editor to run an upgrade command). Set in the process itself rather than as `VAR=1 command` in
// package.json, so that it holds on every platform, Windows included, and for every process the
// command starts (they inherit the environment). Checked in node_modules/astro 7.3.5:
// @astrojs/telemetry reads ASTRO_TELEMETRY_DISABLED (any value), the update check
// (astro/dist/core/dev/update-check.js) only ASTRO_DISABLE_UPDATE_CHECK === "true".
// tests/quality/no-outside-connections.test.ts runs the commands and records every look-up.
process.env.ASTRO_TELEMETRY_DISABLED = "1";
process.env.ASTRO_DISABLE_UPDATE_CHECK = "true";
