import type { AstroIntegration } from "astro";

/**
 * Keeps one known, harmless warning of Astro itself out of the build output, so the warnings an
 * editor sees are the ones that mean something. Astro marks each MDX chapter's
 * `?astroPropagatedAssets` module with the directive "use astro:head-inject", and Rolldown warns
 * (MODULE_LEVEL_DIRECTIVE) that it may not keep it: upstream issue withastro/astro#18087
 * (https://github.com/withastro/astro/issues/18087), open for Astro 7.3.5. Remove this filter when
 * an Astro release fixes it; every other warning passes through unchanged.
 */
interface BuildLog {
  code?: string | undefined;
  id?: string | undefined;
  message?: string | undefined;
}

export function isKnownHarmlessWarning(log: BuildLog): boolean {
  return log.code === "MODULE_LEVEL_DIRECTIVE" && `${log.id ?? ""} ${log.message ?? ""}`.includes("?astroPropagatedAssets");
}

export function knownWarnings(): AstroIntegration {
  return {
    name: "wzv:known-warnings",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              rolldownOptions: {
                onLog(level: string, log: BuildLog, handler: (level: string, log: BuildLog) => void) {
                  if (level === "warn" && isKnownHarmlessWarning(log)) return;
                  handler(level, log);
                },
              },
            },
          },
        });
      },
    },
  };
}
