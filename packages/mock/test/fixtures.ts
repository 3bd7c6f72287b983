// Test helpers of this package (left out of the build): requests to a mock cloud, as a user's token.
import type { MockCloud } from "../src/cloud/mock-cloud.js";

export interface Call {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/** Requests to `cloud` under its base URL, with a token of `user` on their default project (admin by default). */
export function clientOf(cloud: MockCloud, user = "admin", project?: string) {
  const token = cloud.tokenFor(user, project);
  const send = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Call> => {
    const init: RequestInit = { method, headers: { "X-Auth-Token": token, ...headers } };
    if (body !== undefined) {
      init.body = body instanceof Uint8Array || typeof body === "string" ? (body as BodyInit) : JSON.stringify(body);
      if (!(body instanceof Uint8Array) && typeof body !== "string")
        (init.headers as Record<string, string>)["Content-Type"] ??= "application/json";
    }
    const response = await cloud.fetch(`${cloud.baseUrl}/${path.replace(/^\//, "")}`, init);
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, headers: response.headers, body: parsed, text };
  };
  return {
    token,
    get: (path: string, headers?: Record<string, string>) => send("GET", path, undefined, headers),
    head: (path: string, headers?: Record<string, string>) => send("HEAD", path, undefined, headers),
    delete: (path: string, headers?: Record<string, string>) => send("DELETE", path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Record<string, string>) => send("POST", path, body, headers),
    put: (path: string, body?: unknown, headers?: Record<string, string>) => send("PUT", path, body, headers),
    patch: (path: string, body?: unknown, headers?: Record<string, string>) => send("PATCH", path, body, headers),
    send,
  };
}
