import { afterEach, describe, expect, it, vi } from "vitest";
import { parseHeaders, UploadProgress } from "../../src/app/upload-progress.js";

/** Enough of XMLHttpRequest to see what the upload fetch does with it; `finish` plays the network. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  responseType = "";
  status = 0;
  statusText = "";
  response: Blob | null = null;
  method = "";
  url = "";
  headers: Record<string, string> = {};
  body: Blob | undefined;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getAllResponseHeaders() {
    return "content-type: text/plain\r\nx-openstack-request-id: req-7d0a1c2e-0000-4000-8000-000000000001\r\n";
  }
  send(body: Blob) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {
    this.onabort?.();
  }
  finish(status: number, text = "") {
    const total = this.body?.size ?? 0;
    for (const loaded of [total / 2, total]) this.upload.onprogress?.({ loaded, total, lengthComputable: true });
    this.status = status;
    this.response = new Blob([text]);
    this.onload?.();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.sent = [];
});

const IMAGE_FILE = "http://glance.test/v2/images/1b2c/file";

describe("UploadProgress", () => {
  it("sends a watched upload through XMLHttpRequest and reports its bytes as they go", async () => {
    vi.stubGlobal("XMLHttpRequest", FakeXhr);
    const uploads = new UploadProgress();
    const seen: [number, number][] = [];
    uploads.watch("/images/1b2c/file", (sent, total) => seen.push([sent, total]));
    const pending = uploads.fetch(IMAGE_FILE, {
      method: "PUT",
      body: new Blob(["0123456789"]),
      headers: { "X-Auth-Token": "gAAAA-secret", "Content-Type": "application/octet-stream" },
    });
    await vi.waitUntil(() => FakeXhr.sent.length === 1);
    const xhr = FakeXhr.sent[0]!;
    expect([xhr.method, xhr.url]).toEqual(["PUT", IMAGE_FILE]);
    expect(xhr.headers).toMatchObject({ "x-auth-token": "gAAAA-secret", "content-type": "application/octet-stream" });
    expect(await xhr.body!.text()).toBe("0123456789");
    xhr.finish(204);
    const response = await pending;
    expect(seen).toEqual([
      [5, 10],
      [10, 10],
    ]);
    expect(response.status).toBe(204);
    expect(response.headers.get("x-openstack-request-id")).toBe("req-7d0a1c2e-0000-4000-8000-000000000001");
  });

  it("answers an error status as fetch would, with the body, for the SDK to type", async () => {
    vi.stubGlobal("XMLHttpRequest", FakeXhr);
    const uploads = new UploadProgress();
    uploads.watch("/file", () => {});
    const pending = uploads.fetch(IMAGE_FILE, { method: "PUT", body: new Blob(["x"]) });
    await vi.waitUntil(() => FakeXhr.sent.length === 1);
    FakeXhr.sent[0]!.finish(409, "Image status transition from active to saving is not allowed");
    const response = await pending;
    expect(response.status).toBe(409);
    expect(await response.text()).toBe("Image status transition from active to saving is not allowed");
  });

  it("fails as fetch fails when the connection does, and stops when the signal aborts", async () => {
    vi.stubGlobal("XMLHttpRequest", FakeXhr);
    const uploads = new UploadProgress();
    uploads.watch("/file", () => {});
    const failing = uploads.fetch(IMAGE_FILE, { method: "PUT", body: new Blob(["x"]) });
    await vi.waitUntil(() => FakeXhr.sent.length === 1);
    FakeXhr.sent[0]!.onerror?.();
    await expect(failing).rejects.toThrow(new TypeError("Failed to fetch"));

    const controller = new AbortController();
    const aborted = uploads.fetch(IMAGE_FILE, { method: "PUT", body: new Blob(["x"]), signal: controller.signal });
    await vi.waitUntil(() => FakeXhr.sent.length === 2);
    controller.abort(new DOMException("stopped by the user", "AbortError"));
    await expect(aborted).rejects.toThrow("stopped by the user");
  });

  it("leaves every other request to the browser's fetch, and a path once unwatched", async () => {
    vi.stubGlobal("XMLHttpRequest", FakeXhr);
    const fetched: string[] = [];
    vi.stubGlobal("fetch", async (request: Request) => {
      fetched.push(`${request.method} ${request.url}`);
      return new Response(null, { status: 204 });
    });
    const uploads = new UploadProgress();
    const stop = uploads.watch("/images/1b2c/file", () => {});
    await uploads.fetch("http://glance.test/v2/images");
    stop();
    await uploads.fetch(IMAGE_FILE, { method: "PUT", body: new Blob(["x"]) });
    expect(fetched).toEqual(["GET http://glance.test/v2/images", `PUT ${IMAGE_FILE}`]);
    expect(FakeXhr.sent).toEqual([]);
  });
});

describe("parseHeaders", () => {
  it("reads getAllResponseHeaders() text, values with colons kept whole", () => {
    const headers = parseHeaders("Location: http://glance.test:9292/v2/images/1\r\nX-Trans-Id: tx1\r\n");
    expect(headers.get("location")).toBe("http://glance.test:9292/v2/images/1");
    expect(headers.get("x-trans-id")).toBe("tx1");
    expect([...parseHeaders("")]).toEqual([]);
  });
});
