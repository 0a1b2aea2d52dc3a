import { it } from "vitest";
import { makeTempProject } from "./support/temp-project.ts";
import { applyScenario } from "./support/edition-scenario.ts";
import { buildSite } from "./support/build-site.ts";
import { cpSync } from "node:fs";
it("s", () => {
  const p = makeTempProject();
  applyScenario(p);
  const r = buildSite(p.root, { WZV_SKIP_PDF: "1" });
  console.log(r.output.split("\n").filter((l) => /stop|STOP|rror/.test(l)).join("\n"));
  cpSync(p.file("dist/stop"), "/tmp/stopx/scenario-stop", { recursive: true });
  p.remove();
}, 300000);
