// A fault-injecting HTTP proxy of our own, on 127.0.0.1, in front of the loopback cloud (or
// any HTTP server). One listener per upstream port; every URL of an upstream in a response
// (the token's catalog, discovery documents, next links, Location) is rewritten to the
// proxy's own listener, so once a client authenticates through it, every call goes through
// it. Tests script faults per request with rules, and count what the client sent.
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { type Answer, forward, readAll, statusAnswer, unauthorized } from "./answers.js";

/** What the proxy does to one request instead of passing it through untouched. */
export type Fault =
  /** Answers `status` itself; after forwarding the request first when `forward` (the server acted, its answer was lost). */
  | { kind: "status"; status: number; headers?: Record<string, string>; body?: string; forward?: boolean }
  /** Closes the connection as soon as the request's head arrives: the server never sees it. */
  | { kind: "reset-before-body" }
  /** Forwards the whole request (the server acts), then closes the connection without an answer. */
  | { kind: "reset-after-body" }
  /** Forwards, then never answers: the client has to give up (its timeout or its signal). */
  | { kind: "withhold" }
  /** Forwards, sends the answer's head and half its body, then nothing more. */
  | { kind: "stall-body" }
  /** Forwards, sends the answer's head (with the full Content-Length) and half its body, then closes. */
  | { kind: "truncate" }
  /** Forwards, and answers with the server's status and headers but another body. */
  | { kind: "replace-body"; body: string; contentType?: string }
  /** Revokes the request's token at Keystone for real and answers 401, as the service would. */
  | { kind: "revoke-token" }
  /** Answers a redirect to `location`, without forwarding. */
  | { kind: "redirect"; location: string; status?: number };

export interface Rule {
  method?: string;
  /** Matched against the path and query the client sent. */
  path?: RegExp;
  /** The upstream port the request is for (9696 for Neutron, …). */
  upstream?: number;
  /** Matching requests to let through before the fault applies. Default 0. */
  skip?: number;
  /** How many matching requests get the fault. Default 1; Infinity for all. */
  times?: number;
  fault: Fault;
}

/** One request as the proxy saw it. */
export interface Seen {
  method: string;
  upstream: number;
  path: string;
  token: string | null;
  fault: Fault["kind"] | undefined;
  /** True when the client closed the connection before the proxy had answered. */
  abandoned: boolean;
  /** The request id of the answer the client got, if it got one with an id. */
  requestId: string | undefined;
}

const textual = /json|text|html|xml|javascript/i;

export class FaultProxy {
  readonly seen: Seen[] = [];
  /** Tokens revoked through a `revoke-token` fault: the proxy answers 401 to them from then on. */
  readonly revoked = new Set<string>();
  #rules: { rule: Rule; matched: number }[] = [];
  #servers = new Map<number, Server>();
  #ports = new Map<number, number>();
  readonly #keystone: number;

  private constructor(keystone: number) {
    this.#keystone = keystone;
  }

  /** Starts one listener per upstream port on 127.0.0.1; Keystone (at `/v3`) is on the first. */
  static async start(upstreams: readonly number[]): Promise<FaultProxy> {
    const proxy = new FaultProxy(upstreams[0]!);
    for (const upstream of upstreams) {
      const server = createServer(
        (request, response) => void proxy.#handle(upstream, request, response).catch(() => response.destroy()),
      );
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      proxy.#servers.set(upstream, server);
      proxy.#ports.set(upstream, (server.address() as AddressInfo).port);
    }
    return proxy;
  }

  /** The proxy's origin for an upstream port. */
  origin(upstream: number): string {
    const port = this.#ports.get(upstream);
    if (port === undefined) throw new Error(`the proxy does not front port ${upstream}`);
    return `http://127.0.0.1:${port}`;
  }

  /** Keystone's v3 URL through the proxy. */
  get authUrl(): string {
    return `${this.origin(this.#keystone)}/v3`;
  }

  /** Adds fault rules; the first matching rule with faults left applies. */
  inject(...rules: Rule[]): void {
    this.#rules.push(...rules.map((rule) => ({ rule, matched: 0 })));
  }

  /** Forgets every rule and every request seen. */
  reset(): void {
    this.#rules = [];
    this.seen.length = 0;
  }

  /** Requests seen with this method whose path matches. */
  count(method: string, path: RegExp, upstream?: number): number {
    return this.requests(method, path, upstream).length;
  }

  requests(method: string, path: RegExp, upstream?: number): Seen[] {
    return this.seen.filter(
      (s) => s.method === method && path.test(s.path) && (upstream === undefined || s.upstream === upstream),
    );
  }

  async close(): Promise<void> {
    for (const server of this.#servers.values()) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  #faultFor(method: string, upstream: number, path: string): Fault | undefined {
    for (const entry of this.#rules) {
      const { rule } = entry;
      if (rule.method !== undefined && rule.method !== method) continue;
      if (rule.upstream !== undefined && rule.upstream !== upstream) continue;
      if (rule.path !== undefined && !rule.path.test(path)) continue;
      entry.matched++;
      const skip = rule.skip ?? 0;
      if (entry.matched <= skip) return undefined;
      if (entry.matched - skip <= (rule.times ?? 1)) return rule.fault;
    }
    return undefined;
  }

  async #handle(upstream: number, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? "GET";
    const path = request.url ?? "/";
    const token = header(request.headers, "x-auth-token");
    const revoked = token !== null && this.revoked.has(token);
    const fault = revoked ? undefined : this.#faultFor(method, upstream, path);
    const seen: Seen = { method, upstream, path, token, fault: fault?.kind, abandoned: false, requestId: undefined };
    this.seen.push(seen);
    let answered = false;
    response.on("close", () => {
      if (!answered && !response.writableFinished) seen.abandoned = true;
    });
    const send = (answer: Answer) => {
      answered = true;
      seen.requestId = answer.headers["x-openstack-request-id"] ?? answer.headers["x-trans-id"];
      response
        .writeHead(answer.status, { ...answer.headers, "content-length": String(answer.body.length) })
        .end(answer.body);
    };

    if (fault?.kind === "reset-before-body") {
      answered = true;
      request.socket.destroy();
      return;
    }
    const body = await readAll(request);
    if (revoked) return send(unauthorized());
    if (fault?.kind === "revoke-token") {
      if (token !== null) {
        this.revoked.add(token);
        await revokeAtKeystone(this.#keystone, token);
      }
      return send(unauthorized());
    }
    if (fault?.kind === "redirect")
      return send({ status: fault.status ?? 302, headers: { location: fault.location }, body: Buffer.alloc(0) });
    if (fault?.kind === "status" && !fault.forward) return send(statusAnswer(fault, undefined));

    const answer = this.#rewrite(await forward(upstream, method, path, request.headers, body));
    switch (fault?.kind) {
      case "status":
        return send(statusAnswer(fault, answer.headers["x-openstack-request-id"]));
      case "reset-after-body":
        answered = true;
        request.socket.destroy();
        return;
      case "withhold":
        return; // the client gives up; `close` marks it abandoned
      case "stall-body":
      case "truncate": {
        // Nothing to cut short in an empty answer (204, HEAD): it goes through whole.
        if (answer.body.length === 0) return send(answer);
        answered = fault.kind === "truncate";
        seen.requestId = answer.headers["x-openstack-request-id"] ?? answer.headers["x-trans-id"];
        response.writeHead(answer.status, { ...answer.headers, "content-length": String(answer.body.length) });
        response.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
        if (fault.kind === "truncate") setTimeout(() => request.socket.destroy(), 20);
        return;
      }
      case "replace-body":
        return send({
          status: answer.status,
          headers: {
            ...answer.headers,
            "content-type": fault.contentType ?? answer.headers["content-type"] ?? "application/json",
          },
          body: Buffer.from(fault.body),
        });
      default:
        return send(answer);
    }
  }

  /** Points every upstream URL in the answer's headers and text body at the proxy. */
  #rewrite(answer: Answer): Answer {
    const swap = (text: string) => {
      let out = text;
      for (const [upstream, port] of this.#ports) {
        for (const host of ["127.0.0.1", "localhost"])
          out = out.replaceAll(`http://${host}:${upstream}`, `http://127.0.0.1:${port}`);
      }
      return out;
    };
    const headers = Object.fromEntries(Object.entries(answer.headers).map(([name, value]) => [name, swap(value)]));
    const body = textual.test(answer.headers["content-type"] ?? "")
      ? Buffer.from(swap(answer.body.toString("utf8")))
      : answer.body;
    return { status: answer.status, headers, body };
  }
}

function header(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  return typeof value === "string" ? value : null;
}

/** `DELETE /v3/auth/tokens`: a token may revoke itself. */
async function revokeAtKeystone(port: number, token: string): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}/v3/auth/tokens`, {
    method: "DELETE",
    headers: { "X-Auth-Token": token, "X-Subject-Token": token },
  });
  if (response.status !== 204) throw new Error(`Keystone refused to revoke the token: ${response.status}`);
}
