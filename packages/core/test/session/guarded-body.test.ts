import { describe, expect, it } from "vitest";
import type { AuthPlugin } from "../../src/auth/plugin.js";
import { ResponseValidationError } from "../../src/errors/response-validation-error.js";
import { NetworkError, TimeoutError } from "../../src/errors/sdk-errors.js";
import { ServiceClient } from "../../src/service/service-client.js";
import { Session } from "../../src/session/session.js";

const NET = "http://network.test:9696";
const ID = "req-0a1b2c3d-0000-4000-8000-000000000001";
const encoder = new TextEncoder();

/** A response with a URL, as fetch gives (a constructed one has none), kept by its clones. */
function withUrl(response: Response, url: string): Response {
  const clone = response.clone.bind(response);
  return Object.defineProperties(response, { url: { value: url }, clone: { value: () => withUrl(clone(), url) } });
}

/**
 * A session whose every response has `body` (a stream made per request, given the request's
 * signal as fetch would honour it) and a request id.
 */
function serving(body: (signal: AbortSignal) => ReadableStream<Uint8Array> | string, timeout: number | false = 100) {
  const auth: AuthPlugin = {
    authenticate: async () => ({
      token: "t",
      catalog: [{ type: "network", endpoints: [{ url: NET, interface: "public" }] }],
    }),
  };
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const response = new Response(body(request.signal), {
      headers: { "Content-Type": "application/json", "X-OpenStack-Request-ID": ID },
    });
    return withUrl(response, request.url);
  };
  const session = new Session({ auth, fetch: fetchFn, retries: false, timeout });
  return new ServiceClient(session, { type: "network", discovery: false });
}

/** Sends `first`, then fails with `error`, or says nothing more until the request is aborted. */
const halfBody = (first: string, error?: Error) => (signal: AbortSignal) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(first));
      if (error) controller.error(error);
      signal.addEventListener("abort", () => controller.error(signal.reason));
    },
  });

describe("response bodies", () => {
  it("keep the response's URL for relative links and messages", async () => {
    const response = await serving(() => '{"networks": []}').get("networks");
    expect(response.url).toBe(`${NET}/networks`);
    expect(await response.json()).toEqual({ networks: [] });
  });

  it("cut off by the connection are a NetworkError naming the request", async () => {
    const network = serving(
      halfBody('{"networks": [', new TypeError("terminated", { cause: { code: "UND_ERR_SOCKET" } })),
    );
    const error = await network
      .get("networks")
      .json()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ method: "GET", url: `${NET}/networks`, requestId: ID });
    expect((error as Error).message).toBe(
      `GET ${NET}/networks: the response body was cut off (UND_ERR_SOCKET) (request ${ID})`,
    );
  });

  it("that stop arriving are a TimeoutError after the session's timeout", async () => {
    const error = await serving(halfBody('{"networks": ['))
      .get("networks")
      .text()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ method: "GET", url: `${NET}/networks`, requestId: ID });
  });

  it("that stop arriving end with the caller's abort, unchanged", async () => {
    const controller = new AbortController();
    const reason = new Error("the caller gave up");
    const response = await serving(halfBody('{"networks": ['), false).get("networks", { signal: controller.signal });
    const reading = response.text();
    controller.abort(reason);
    await expect(reading).rejects.toBe(reason);
  });

  it("read as a stream are guarded too: a stall is a TimeoutError naming the request", async () => {
    const response = await serving(halfBody('{"networks": [')).get("networks");
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('{"networks": [');
    const error = await reader.read().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ method: "GET", url: `${NET}/networks`, requestId: ID });
  });

  it("read whole keep every chunk, in order, whatever the method", async () => {
    const parts = ['{"networks": [', '{"id": "a"}, ', '{"id": "é"}', "]}"];
    const chunked = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const part of parts) controller.enqueue(encoder.encode(part));
          controller.close();
        },
      });
    const network = serving(chunked);
    expect(await network.get("networks").json()).toEqual({ networks: [{ id: "a" }, { id: "é" }] });
    const whole = encoder.encode(parts.join(""));
    expect(new Uint8Array(await (await network.get("networks")).arrayBuffer())).toEqual(whole);
    const blob = await (await network.get("networks")).blob();
    expect([blob.type, await blob.text()]).toEqual(["application/json", parts.join("")]);
    const response = await network.get("networks");
    expect(await response.text()).toBe(parts.join(""));
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toBeInstanceOf(TypeError);
  });

  it("still read after the response is cloned: the guard follows the stream a clone leaves behind", async () => {
    const response = await serving(() => '{"networks": []}').get("networks");
    const copy = response.clone();
    expect(await response.json()).toEqual({ networks: [] });
    expect(await copy.text()).toBe('{"networks": []}');
  });

  it("that are not JSON are a ResponseValidationError, not a SyntaxError", async () => {
    const error = await serving(() => "<html>Gateway</html>")
      .get("networks")
      .json()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ method: "GET", url: `${NET}/networks`, requestId: ID, field: "body" });
    expect((error as Error).message).toContain("body is not JSON (application/json, 20 characters)");
    const empty = await serving(() => "")
      .get("networks")
      .json()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect((empty as Error).message).toContain("body is empty, expected JSON");
  });

  it("with no body at all read as JSON are a ResponseValidationError too", async () => {
    const error = await serving(() => null as unknown as string)
      .request("GET", "networks")
      .then((response) => response.json())
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toContain("body is empty, expected JSON");
  });

  it("stay Responses, their guarded methods shared rather than made for each one", async () => {
    const network = serving(() => '{"networks": []}');
    const [first, second] = await Promise.all([network.get("networks"), network.get("networks")]);
    expect(first).toBeInstanceOf(Response);
    expect(first.constructor).toBe(Response);
    expect(Object.getPrototypeOf(first)).toBe(Object.getPrototypeOf(second));
    expect(Object.getOwnPropertyNames(first)).not.toContain("text");
    expect([first.status, first.headers.get("content-type")]).toEqual([200, "application/json"]);
    expect(await first.text()).toBe('{"networks": []}');
  });
});
