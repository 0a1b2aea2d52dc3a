/** What Vitest adds to the environment (NODE_ENV=test, MODE, DEV, … and VITEST*). A build or dev
 * server started from a test must not see it: with VITEST set Astro's dev server serves no pages,
 * and MODE, DEV, … would become the pages' import.meta.env, so the tests would not build what
 * `npm run build` publishes. */
const vitestVariables = new Set(["NODE_ENV", "MODE", "DEV", "PROD", "SSR", "BASE_URL", "TEST"]);

export function withoutVitest(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith("VITEST") && !vitestVariables.has(name)));
}
