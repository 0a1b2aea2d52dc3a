// Debian's nginx (/usr/sbin/nginx, installed by .ci/run) on 127.0.0.1 with an include such as
// deploy/nginx.conf inside a server block, as a municipality's server has it. Everything nginx
// writes (pid, logs, temporary files) stays in a temporary prefix, and it runs as one process
// (no master, no workers changing user), so neither root nor a free port 80 is needed.
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./free-port.ts";

export const nginxPath = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
/** nginx's own list of types, which the include expects next to nginx.conf (as every package has it). */
const mimeTypes = "/etc/nginx/mime.types";

export interface Nginx {
  url: string;
  stop(): Promise<void>;
}

/** The nginx.conf around the include: the http block as Debian's nginx.conf has it (its types and
 * default type), and a server block with only listen, root and the include. */
function config(prefix: string, port: number, root: string, include: string): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, "temp", name)};`;
  return `daemon off;
master_process off;
pid ${path.join(prefix, "nginx.pid")};
error_log ${path.join(prefix, "error.log")} warn;
events { worker_connections 64; }
http {
    include mime.types;
    default_type application/octet-stream;
    access_log off;
    ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n    ")}
    server {
        listen 127.0.0.1:${port};
        root ${root};
        include ${include};
    }
}
`;
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}

/** Starts nginx serving `root` with `include` (absolute paths); retries on another port when the
 * free port it picked was taken in between. */
export async function startNginx(root: string, include: string): Promise<Nginx> {
  if (!existsSync(nginxPath)) throw new Error(`nginx is needed for this test but is not at ${nginxPath}: sudo apt-get install -y nginx`);
  const prefix = mkdtempSync(path.join(tmpdir(), "wzv-nginx-"));
  mkdirSync(path.join(prefix, "temp"));
  copyFileSync(mimeTypes, path.join(prefix, "mime.types"));
  const errorLog = path.join(prefix, "error.log");
  const remove = () => rmSync(prefix, { recursive: true, force: true });
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const conf = path.join(prefix, "nginx.conf");
    writeFileSync(conf, config(prefix, port, root, include));
    const child: ChildProcess = spawn(nginxPath, ["-p", prefix, "-c", conf, "-e", errorLog], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr?.on("data", (chunk) => (stderr += chunk));
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 15_000;
    while (child.exitCode === null && !(await answers(url)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    if (child.exitCode === null && (await answers(url))) {
      return {
        url,
        stop: () =>
          new Promise<void>((resolve) => {
            child.once("exit", () => (remove(), resolve()));
            child.kill("SIGQUIT");
          }),
      };
    }
    child.kill("SIGKILL");
    const log = `${stderr}${existsSync(errorLog) ? readFileSync(errorLog, "utf8") : ""}`;
    if (attempt < 3 && /Address already in use/.test(log)) continue;
    remove();
    throw new Error(`nginx did not start:\n${log}`);
  }
}
