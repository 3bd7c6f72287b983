import { describe, expect, it } from "vitest";
import { REDACTED, redactHeaders, redactUrl } from "../../src/log/logger.js";

describe("redaction", () => {
  it("hides secret headers and keeps the others", () => {
    const headers = new Headers({
      "X-Auth-Token": "t1",
      "X-Subject-Token": "t2",
      Authorization: "Bearer t3",
      Cookie: "s=1",
      "X-Account-Meta-Temp-URL-Key": "k",
      "Content-Type": "application/json",
      "OpenStack-API-Version": "compute 2.79",
    });
    expect(redactHeaders(headers)).toEqual({
      "x-auth-token": REDACTED,
      "x-subject-token": REDACTED,
      authorization: REDACTED,
      cookie: REDACTED,
      "x-account-meta-temp-url-key": REDACTED,
      "content-type": "application/json",
      "openstack-api-version": "compute 2.79",
    });
  });

  it("hides secret query values and leaves other URLs untouched", () => {
    const redacted = redactUrl("http://swift.test/v1/AUTH_p/c/o?temp_url_sig=abc123&temp_url_expires=99");
    expect(redacted).not.toContain("abc123");
    expect(new URL(redacted).searchParams.get("temp_url_sig")).toBe(REDACTED);
    expect(new URL(redacted).searchParams.get("temp_url_expires")).toBe("99");
    expect(redactUrl("http://h.test/x?Password=p&name=n")).not.toContain("=p&");
    expect(redactUrl("http://h.test/v2.0/networks?name=a")).toBe("http://h.test/v2.0/networks?name=a");
    expect(redactUrl("not a url?token=x")).toBe("not a url?token=x");
  });
});
