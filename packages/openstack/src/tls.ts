import { ConfigError, type Logger } from "@openstack-ts/core";

export interface TlsOptions {
  /** False turns certificate verification off (warned once). */
  verify?: boolean | undefined;
  /** CA bundle to trust: PEM text, or a file path (Node, Deno, Bun). */
  cacert?: string | undefined;
  /** Client certificate and its key: PEM text or file paths. */
  cert?: string | undefined;
  key?: string | undefined;
}

type Runtime = {
  Deno?: { createHttpClient(options: Record<string, unknown>): unknown; readTextFile(path: string): Promise<string> };
  Bun?: unknown;
  process?: { versions?: { node?: string } };
};

// Hidden from bundlers on purpose: a browser build must never try to include these.
// biome-ignore lint/suspicious/noExplicitAny: each caller states the shape it takes from the module
const load = (name: string): Promise<any> => import(/* @vite-ignore */ /* webpackIgnore: true */ name);

async function pem(value: string | undefined, runtime: Runtime): Promise<string | undefined> {
  if (value === undefined || value.includes("-----BEGIN")) return value;
  if (runtime.Deno) return runtime.Deno.readTextFile(value);
  return (await load("node:fs/promises")).readFile(value, "utf8");
}

/**
 * A fetch that applies the TLS options, or `base` unchanged when there are none. Node uses an
 * undici Agent as dispatcher, Deno an HTTP client, Bun its `tls` fetch option. Browser
 * builds get ./tls.browser.ts instead (package.json's `browser` map).
 */
export function tlsFetch(
  tls: TlsOptions,
  base: typeof fetch | undefined,
  logger: Logger | undefined,
): typeof fetch | undefined {
  const custom = tls.verify === false || tls.cacert !== undefined || tls.cert !== undefined;
  if (!custom) return base;
  const runtime = globalThis as Runtime;
  if (tls.verify === false) {
    (logger?.warn ?? console.warn)(
      "TLS certificate verification is off (verify: false): only use this against a cloud you trust",
    );
  }
  const send = base ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  let extra: Promise<Record<string, unknown>> | undefined;
  const prepare = async (): Promise<Record<string, unknown>> => {
    const [ca, cert, key] = await Promise.all([
      pem(tls.cacert, runtime),
      pem(tls.cert, runtime),
      pem(tls.key, runtime),
    ]);
    if (runtime.Deno) {
      if (tls.verify === false)
        throw new ConfigError(
          "Deno cannot turn verification off per client: run with --unsafely-ignore-certificate-errors",
        );
      return { client: runtime.Deno.createHttpClient({ caCerts: ca ? [ca] : undefined, cert, key }) };
    }
    const options = { rejectUnauthorized: tls.verify !== false, ca, cert, key };
    if (runtime.Bun) return { tls: options };
    const { Agent } = await load("undici");
    return { dispatcher: new Agent({ connect: options }) };
  };
  return async (input, init) => {
    extra ??= prepare();
    return send(input, { ...init, ...(await extra) } as RequestInit);
  };
}
