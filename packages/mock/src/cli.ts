// `openstack-ts-mock`: the fake cloud on a loopback port, for apps, demos and other languages' clients.
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { startMockServer, type MockServer, type MockServerOptions } from "./server/http-server.js";

const USAGE = `Usage:
  openstack-ts-mock [--port 5000] [--host 127.0.0.1] [--seed file.json] [--delay ms] [--token-lifetime ms] [--regions RegionOne,RegionTwo]
  openstack-ts-mock init <public-dir>    copy msw's mockServiceWorker.js there, for the fake cloud in a browser

A fake OpenStack (Keystone, Nova, Neutron, Glance, Cinder, Swift, Placement) on one loopback port.
--seed takes a JSON file of records to add, e.g. {"networks": [{"name": "private"}]}.`;

/** What the CLI prints once the server listens: where it is and how to log in. */
export function banner(server: MockServer): string {
  const { credentials: c, urls } = server.cloud;
  return [
    `openstack-ts mock cloud listening on ${server.url}`,
    "",
    `  auth URL          ${server.authUrl}`,
    `  admin             ${c.admin.username} / ${c.admin.password}   (project ${c.admin.projectName}, domain Default)`,
    `  member            ${c.demo.username} / ${c.demo.password}   (project ${c.demo.projectName})`,
    `  app credential    ${c.applicationCredential.name}: id ${c.applicationCredential.id}, secret ${c.applicationCredential.secret}`,
    "",
    ...Object.entries(urls).map(([type, url]) => `  ${type.padEnd(16)}  ${url}`),
    "",
    "  for the openstack CLI or openstacksdk:",
    `    export OS_AUTH_URL=${server.authUrl} OS_USERNAME=${c.admin.username} OS_PASSWORD=${c.admin.password} OS_PROJECT_NAME=${c.admin.projectName} OS_USER_DOMAIN_NAME=Default OS_PROJECT_DOMAIN_NAME=Default`,
    "",
    "Ctrl+C stops it.",
  ].join("\n");
}

/** Copies msw's service worker (of the installed msw, so the versions match) into `dir`. */
async function init(dir: string): Promise<string> {
  const source = createRequire(import.meta.url).resolve("msw/mockServiceWorker.js");
  await mkdir(dir, { recursive: true });
  const target = join(resolve(dir), "mockServiceWorker.js");
  await copyFile(source, target);
  return target;
}

function number(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`--${name} takes a non-negative number, got '${value}'`);
  return parsed;
}

/**
 * Runs the CLI with `argv` (without node and the script): starts the server and prints
 * the banner with `print`. Resolves with the running server (undefined for `init`, `--help`).
 */
export async function main(
  argv: readonly string[],
  print: (line: string) => void = console.log,
): Promise<MockServer | undefined> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      seed: { type: "string" },
      delay: { type: "string" },
      "token-lifetime": { type: "string" },
      regions: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    print(USAGE);
    return undefined;
  }
  if (positionals[0] === "init") {
    if (!positionals[1]) throw new Error(`init needs a directory\n\n${USAGE}`);
    print(`wrote ${await init(positionals[1])}`);
    return undefined;
  }
  if (positionals.length > 0) throw new Error(`unknown argument '${positionals[0]}'\n\n${USAGE}`);
  const seed = values.seed ? (JSON.parse(await readFile(values.seed, "utf8")) as MockServerOptions) : {};
  const server = await startMockServer({
    ...seed,
    port: number(values.port, "port") ?? 5000,
    host: values.host ?? "127.0.0.1",
    ...(values.delay !== undefined && { delay: number(values.delay, "delay") }),
    ...(values["token-lifetime"] !== undefined && {
      tokenLifetime: number(values["token-lifetime"], "token-lifetime"),
    }),
    ...(values.regions !== undefined && { catalogRegions: values.regions.split(",").filter(Boolean) }),
  });
  print(banner(server));
  return server;
}
