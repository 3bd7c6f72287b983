import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { ACCOUNT, calls, swiftCloud } from "../fixtures.js";
import { deleteAccountMetadata, getAccountMetadata, setAccountMetadata } from "../../src/account/account.js";

const { server, setup } = swiftCloud();

// HEAD /v1/{account} as the API reference shows it, plus metadata and a temp URL key.
const accountHeaders = {
  "X-Account-Container-Count": "11",
  "X-Account-Object-Count": "34",
  "X-Account-Bytes-Used": "407",
  "X-Timestamp": "1389453423.35964",
  "X-Account-Meta-Subject": "Literature",
  "X-Account-Meta-Temp-URL-Key": "account-secret",
  "X-Account-Meta-Temp-URL-Key-2": "account-secret-2",
};

describe("account", () => {
  it("reads counts and metadata from HEAD, keeping the temp URL keys out", async () => {
    const { session, seen } = setup();
    server.use(http.head(ACCOUNT, () => new HttpResponse(null, { status: 204, headers: accountHeaders })));
    const account = await getAccountMetadata(session);
    expect(account).toMatchObject({
      containerCount: 11,
      objectCount: 34,
      bytesUsed: 407,
      timestamp: "1389453423.35964",
      metadata: { subject: "Literature" },
    });
    expect(JSON.stringify(account)).not.toContain("account-secret");
    expect(calls(seen)).toEqual(["HEAD /v1/AUTH_p-admin"]);
  });

  it("sets metadata and removes keys with POST", async () => {
    const { session, seen } = setup();
    server.use(http.post(ACCOUNT, () => new HttpResponse(null, { status: 204 })));
    await setAccountMetadata(session, { subject: "Poetry", "Verse-Form": "sonnet" });
    await deleteAccountMetadata(session, ["subject"]);
    expect(calls(seen)).toEqual(["POST /v1/AUTH_p-admin", "POST /v1/AUTH_p-admin"]);
    expect(seen[0]!.headers.get("x-account-meta-subject")).toBe("Poetry");
    expect(seen[0]!.headers.get("x-account-meta-verse-form")).toBe("sonnet");
    expect(seen[1]!.headers.get("x-remove-account-meta-subject")).toBe("x");
  });

  it("refuses a bad key before sending", async () => {
    const { session, seen } = setup();
    await expect(setAccountMetadata(session, { "a:b": "x" })).rejects.toThrow(/not a valid header name/);
    await expect(deleteAccountMetadata(session, "subject" as unknown as string[])).rejects.toThrow(
      /list of metadata keys/,
    );
    expect(seen).toHaveLength(0);
  });
});
