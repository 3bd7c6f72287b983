import { NotFoundError } from "@openstack-ts/core";
import { describe, expect, it } from "vitest";
import { calls, swiftCloud } from "../fixtures.js";
import { getObjectStoreInfo, infoUrl } from "../../src/info/info.js";

const { setup } = swiftCloud();

describe("/info", () => {
  it("sits beside the API version of the endpoint", () => {
    expect(infoUrl("http://127.0.0.1:8080/v1/AUTH_abc")).toBe("http://127.0.0.1:8080/info");
    expect(infoUrl("https://cloud.example/swift/v1/AUTH_abc/")).toBe("https://cloud.example/swift/info");
    expect(infoUrl("https://cloud.example/object-store")).toBe("https://cloud.example/info");
  });

  it("is fetched once per session, without the token", async () => {
    const { session, seen } = setup();
    const info = await getObjectStoreInfo(session);
    expect(info.slo?.min_segment_size).toBe(1);
    expect(info.tempurl?.allowed_digests).toEqual(["sha1", "sha256", "sha512"]);
    await getObjectStoreInfo(session);
    expect(calls(seen)).toEqual(["GET /info"]);
    expect(seen[0]!.headers.get("x-auth-token")).toBeNull();
    await getObjectStoreInfo(session, { refresh: true });
    expect(seen).toHaveLength(2);
  });

  it("forgets a failure, so the next call asks again", async () => {
    const { session, seen } = setup({ info: null });
    await expect(getObjectStoreInfo(session)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getObjectStoreInfo(session)).rejects.toBeInstanceOf(NotFoundError);
    expect(seen).toHaveLength(2);
  });

  it("rejects an answer that is not the capabilities document", async () => {
    const { session } = setup({ info: { slo: {} } });
    await expect(getObjectStoreInfo(session)).rejects.toThrow(/swift/);
  });
});
