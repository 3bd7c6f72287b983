import type { AfterResponseState } from "ky";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NoAuth } from "../auth/static.js";
import { withOneAfterResponseHook } from "./one-after-response-hook.js";
import { Session } from "./session.js";

const state = (response: Response) => ({ response, request: new Request("http://h/x"), options: {}, retryCount: 0 }) as unknown as AfterResponseState;

describe("withOneAfterResponseHook", () => {
  it("runs the steps in order, each seeing the response the one before returned", async () => {
    const seen: string[] = [];
    const original = new Response("a", { headers: { "x-step": "original" } });
    const replaced = new Response("b", { headers: { "x-step": "replaced" } });
    const hooks = withOneAfterResponseHook({
      afterResponse: [
        ({ response }) => void seen.push(`1:${response.headers.get("x-step")}`),
        ({ response }) => {
          seen.push(`2:${response.headers.get("x-step")}`);
          return replaced;
        },
        async ({ response }) => void seen.push(`3:${response.headers.get("x-step")}`),
      ],
    });
    expect(hooks.afterResponse).toHaveLength(1);
    expect(await hooks.afterResponse![0]!(state(original))).toBe(replaced);
    expect(seen).toEqual(["1:original", "2:original", "3:replaced"]);
  });

  it("returns nothing when no step replaced the response, so ky keeps its own", async () => {
    const hooks = withOneAfterResponseHook({ afterResponse: [() => undefined, () => undefined] });
    expect(await hooks.afterResponse![0]!(state(new Response("a")))).toBeUndefined();
  });

  it("hands anything else a step returns (ky.retry()) straight back to ky", async () => {
    const marker = { retry: true };
    const after = vi.fn();
    const hooks = withOneAfterResponseHook({ afterResponse: [() => marker as never, after] });
    expect(await hooks.afterResponse![0]!(state(new Response("a")))).toBe(marker);
    expect(after).not.toHaveBeenCalled();
  });

  it("leaves the other hooks, and a single afterResponse hook, as they are", () => {
    const one = () => undefined;
    const before = () => undefined;
    const hooks = { beforeRequest: [before], afterResponse: [one] };
    expect(withOneAfterResponseHook(hooks)).toBe(hooks);
  });
});

describe("a session request", () => {
  afterEach(() => vi.restoreAllMocks());

  it("clones the response at most once, however many steps the session runs after it", async () => {
    const clone = vi.spyOn(Response.prototype, "clone");
    const fetch = async () => new Response('{"ok":true}', { headers: { "content-type": "application/json", "x-openstack-request-id": "req-1" } });
    const session = new Session({ auth: new NoAuth(), fetch });
    const response = await session.request("http://service.test/x");
    expect(await response.json()).toEqual({ ok: true });
    expect(session.lastRequestId).toBe("req-1");
    expect(clone.mock.calls.length).toBeLessThanOrEqual(1);
  });
});
