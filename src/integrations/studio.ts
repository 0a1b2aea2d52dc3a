import type { AstroIntegration } from "astro";
import type { ViteDevServer } from "vite";
import { studioFactsAddress, studioTabEvent } from "../studio/addresses.ts";

/**
 * The editors' studio around Keystatic (astro.studio.config.mjs only):
 * - a save that would break the build is refused before it is written (./studio-middleware.ts,
 *   ./save-check.ts), with the build's message in the studio;
 * - a save that passes is put into the files as the editor left them, changing only the values the
 *   editor changed (src/studio/save-middleware.ts, after the check: it hands the save to Keystatic);
 * - the studio's page gets the notice of mistakes in the files (src/studio/mistakes-panel.ts), and
 *   `/api/wzv/studio` tells the studio's forms what exists: datasets with their rows and columns,
 *   figures, and the mistakes (./studio-route.ts);
 * - a studio tab does not reload when an editor's file changes: the studio already shows what it
 *   saved, and a reload would lose the editor's place. Those reloads are for the server-rendered
 *   preview pages and carry no `path` (Astro's when a chapter a preview page rendered changes,
 *   ./editor-check.ts's when data/ does); Vite's own reloads of client code (`path: "*"`, e.g. new
 *   optimized dependencies) still reach the studio.
 */
export function studio(): AstroIntegration {
  return {
    name: "wzv:studio",
    hooks: {
      "astro:config:setup": ({ addMiddleware, injectRoute }) => {
        addMiddleware({ entrypoint: new URL("./studio-middleware.ts", import.meta.url), order: "pre" });
        addMiddleware({ entrypoint: new URL("../studio/save-middleware.ts", import.meta.url), order: "post" });
        injectRoute({ pattern: studioFactsAddress, entrypoint: new URL("./studio-route.ts", import.meta.url), prerender: false });
      },
      "astro:server:setup": ({ server }) => keepStudioTabs(server),
    },
  };
}

function keepStudioTabs(server: ViteDevServer): void {
  const channel = server.environments.client.hot;
  // Vite keeps one client object per connection: the one that sent the event is the one it lists.
  const studioTabs = new WeakSet<object>();
  channel.on(studioTabEvent, (_data: unknown, client: object) => studioTabs.add(client));
  const send = channel.send.bind(channel) as (...args: unknown[]) => void;
  channel.send = ((...args: unknown[]) => {
    const payload = args[0] as { type?: unknown; path?: unknown } | string;
    const clients = [...server.ws.clients];
    const forPreviews = typeof payload === "object" && payload.type === "full-reload" && payload.path === undefined;
    if (!forPreviews || !clients.some((client) => studioTabs.has(client))) return send(...args);
    for (const client of clients) if (!studioTabs.has(client)) client.send(payload as Parameters<typeof client.send>[0]);
  }) as typeof channel.send;
}
