// Preloaded into every Node process of a command by tests/quality/no-outside-connections.test.ts,
// through NODE_OPTIONS="--import=<this file>" (so also into the processes the command starts, and
// into npm itself). Appends one JSON line per event to the file named by WZV_CONNECTIONS_LOG:
// "start" when a process (or worker thread) loads it, then every name look-up (dns) and every
// connection (net and tls sockets, http and https requests, fetch) to a host other than this
// machine. It records and does not block, so the command behaves as it does for an editor.
// Plain JavaScript without imports of the project: npm runs on the system's Node, which strips no types.
import { appendFileSync } from "node:fs";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";
import { isMainThread, threadId } from "node:worker_threads";

const log = process.env.WZV_CONNECTIONS_LOG;

function write(event) {
  appendFileSync(log, `${JSON.stringify({ pid: process.pid, ppid: process.ppid, thread: isMainThread ? 0 : threadId, ...event })}\n`);
}

/** Loopback, a Unix socket or no host at all (Node then uses localhost). */
function isLocal(host) {
  if (host === undefined || host === null || host === "") return true;
  const name = String(host).toLowerCase().replace(/^\[|\]$/g, "");
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  if (net.isIPv4(name)) return name.startsWith("127.");
  if (net.isIPv6(name)) return name === "::1" || /^(0{0,4}:){7}0{0,3}1$/.test(name) || /^::ffff:127\./.test(name);
  return false;
}

/** Any address of this machine, as a server listens on it (0.0.0.0, ::). */
function isUnspecified(name) {
  return name === "0.0.0.0" || (net.isIPv6(name) && /^[0:]+$/.test(name));
}

function record(via, host, port) {
  const name = String(host ?? "").replace(/^\[|\]$/g, "");
  // Looking up an address (not a name) asks no name server; an unspecified address is this machine.
  if (via.startsWith("dns.") && net.isIP(name)) return;
  if (!isLocal(host) && !isUnspecified(name)) write({ event: "outside", via, host: String(host), port: port === undefined ? undefined : String(port) });
}

/** Replaces `object[name]` with a function that first reports its call; keeps the original's own
 * properties (dns.lookup's promisify arguments, for one), so nothing else changes. */
function wrap(object, name, via, hostOf) {
  const original = object?.[name];
  if (typeof original !== "function" || original.__wzvRecorded) return;
  const wrapper = function (...args) {
    try {
      const target = hostOf(args);
      if (target) record(via, target.host, target.port);
    } catch {
      // never let the recorder change what the command does
    }
    return original.apply(this, args);
  };
  for (const key of Reflect.ownKeys(original)) {
    if (key === "length" || key === "name" || key === "prototype") continue;
    Object.defineProperty(wrapper, key, Object.getOwnPropertyDescriptor(original, key));
  }
  Object.defineProperty(wrapper, "__wzvRecorded", { value: true });
  object[name] = wrapper;
}

const firstArgIsHost = (args) => ({ host: args[0] });

/** A request's target from (url | options, [options], [callback]). */
function requestTarget(args, defaultPort) {
  const [first, second] = args;
  if (typeof first === "string" || first instanceof URL) {
    const url = new URL(first);
    return { host: url.hostname, port: url.port || defaultPort };
  }
  const options = typeof first === "object" && first !== null ? first : typeof second === "object" && second !== null ? second : {};
  if (options.socketPath) return undefined;
  return { host: options.hostname ?? options.host ?? "localhost", port: options.port ?? defaultPort };
}

/** A socket's target from connect(options | port, host | path | [options, callback]) (net's internal
 * calls pass an already normalised array). */
function socketTarget(args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (typeof first === "object" && first !== null) return first.path ? undefined : { host: first.host ?? "localhost", port: first.port };
  if (typeof first === "string" && !/^\d+$/.test(first)) return undefined; // a Unix socket path
  return { host: typeof args[1] === "string" ? args[1] : "localhost", port: first };
}

if (log) {
  write({ event: "start", argv: process.argv.slice(1) });
  const resolvers = ["resolve", "resolve4", "resolve6", "resolveAny", "resolveCaa", "resolveCname", "resolveMx", "resolveNaptr", "resolveNs", "resolvePtr", "resolveSoa", "resolveSrv", "resolveTlsa", "resolveTxt"];
  for (const target of [dns, dns.promises, dns.Resolver?.prototype, dns.promises.Resolver?.prototype]) {
    wrap(target, "lookup", "dns.lookup", firstArgIsHost);
    for (const name of resolvers) wrap(target, name, `dns.${name}`, firstArgIsHost);
  }
  wrap(net.Socket.prototype, "connect", "net.connect", socketTarget);
  wrap(tls, "connect", "tls.connect", (args) => {
    const options = typeof args[0] === "object" ? args[0] : typeof args[2] === "object" ? { ...args[2], port: args[0], host: args[1] } : { port: args[0], host: args[1] };
    return options.socket || options.path ? undefined : { host: options.host ?? options.servername ?? "localhost", port: options.port };
  });
  for (const [module, port] of [
    [http, "80"],
    [https, "443"],
  ]) {
    wrap(module, "request", `${module === http ? "http" : "https"}.request`, (args) => requestTarget(args, port));
    wrap(module, "get", `${module === http ? "http" : "https"}.get`, (args) => requestTarget(args, port));
  }
  wrap(globalThis, "fetch", "fetch", ([input]) => {
    const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
    return url.protocol === "http:" || url.protocol === "https:" ? { host: url.hostname, port: url.port } : undefined;
  });
}
