import { describe, expect, it } from "vitest";
import { requestIdOf, serverMessageOf } from "../../src/http/error-body.js";

describe("serverMessageOf", () => {
  it("reads each service's error shape", () => {
    expect(
      serverMessageOf({
        error: { code: 401, title: "Unauthorized", message: "The request you have made requires authentication." },
      }),
    ).toBe("The request you have made requires authentication.");
    expect(
      serverMessageOf({ NeutronError: { type: "HTTPBadRequest", message: "Invalid input for name.", detail: "" } }),
    ).toBe("Invalid input for name.");
    expect(serverMessageOf({ badRequest: { code: 400, message: "Invalid flavorRef provided." } })).toBe(
      "Invalid flavorRef provided.",
    );
    expect(
      serverMessageOf({
        errors: [
          { status: 409, title: "Conflict", detail: "There was a conflict when trying to complete your request." },
        ],
      }),
    ).toBe("There was a conflict when trying to complete your request.");
    expect(serverMessageOf({ errors: [{ title: "Conflict" }] })).toBe("Conflict");
    expect(serverMessageOf({ faultstring: "Node n1 is locked", debuginfo: null })).toBe("Node n1 is locked");
  });

  // bodies as the loopback cloud's Barbican, Octavia and Heat answered a GET of something absent
  it("reads Barbican's description, Octavia's faultstring and Heat's error.message, not their titles", () => {
    expect(
      serverMessageOf({ code: 404, title: "Not Found", description: "Not Found. Provided secret id is invalid." }),
    ).toBe("Not Found. Provided secret id is invalid.");
    expect(
      serverMessageOf(
        '{"code": 400, "title": "Bad Request", "description": "Provided object does not match schema \'Secret\': payload_content_type is not one of [\'text/plain\']. Invalid property: \'payload_content_type\'"}',
      ),
    ).toBe(
      "Provided object does not match schema 'Secret': payload_content_type is not one of ['text/plain']. Invalid property: 'payload_content_type'",
    );
    expect(
      serverMessageOf({
        faultcode: "Client",
        faultstring: "Load Balancer 00000000-0000-0000-0000-000000000000 not found.",
        debuginfo: null,
      }),
    ).toBe("Load Balancer 00000000-0000-0000-0000-000000000000 not found.");
    expect(
      serverMessageOf({
        code: 404,
        title: "Not Found",
        explanation: "The resource could not be found.",
        error: { type: "EntityNotFound", traceback: null, message: "The Stack (nosuchstack) could not be found." },
      }),
    ).toBe("The Stack (nosuchstack) could not be found.");
  });

  it("unpacks Ironic's error_message holding JSON", () => {
    expect(
      serverMessageOf({
        error_message: JSON.stringify({ faultstring: "Node abc could not be found.", debuginfo: null }),
      }),
    ).toBe("Node abc could not be found.");
  });

  it("reads JSON given as text, plain text, and the visible text of an HTML page", () => {
    expect(serverMessageOf('{"error": {"message": "as text"}}')).toBe("as text");
    expect(serverMessageOf("  404 Not Found\n\nThe resource could not be found.  ")).toBe(
      "404 Not Found The resource could not be found.",
    );
    expect(
      serverMessageOf(
        "<html><script>var x = 1;</script><body><h1>503 Service Unavailable</h1>No server is available.</body></html>",
      ),
    ).toBe("503 Service Unavailable No server is available.");
  });

  it("gives undefined when there is no message", () => {
    expect(serverMessageOf(undefined)).toBeUndefined();
    expect(serverMessageOf("")).toBeUndefined();
    expect(serverMessageOf({ error: { code: 500 } })).toBeUndefined();
    expect(serverMessageOf([1, 2])).toBeUndefined();
  });

  it("clips a very long message to 500 characters", () => {
    const message = serverMessageOf({ message: "x".repeat(2_000) });
    expect(message).toHaveLength(500);
    expect(message?.endsWith("...")).toBe(true);
  });
});

describe("requestIdOf", () => {
  it("reads whichever request id header the service uses", () => {
    expect(requestIdOf(new Headers({ "X-OpenStack-Request-ID": "req-1" }))).toBe("req-1");
    expect(requestIdOf(new Headers({ "X-Compute-Request-Id": "req-2" }))).toBe("req-2");
    expect(requestIdOf(new Headers({ "X-Trans-Id": "tx3" }))).toBe("tx3");
    expect(requestIdOf(new Headers())).toBeUndefined();
  });
});

describe("serverCodeOf", () => {
  it("reads Placement's error code and Neutron's error type", async () => {
    const { serverCodeOf } = await import("../../src/http/error-body.js");
    expect(
      serverCodeOf({ errors: [{ status: 409, code: "placement.concurrent_update", title: "Conflict", detail: "x" }] }),
    ).toBe("placement.concurrent_update");
    expect(serverCodeOf(JSON.stringify({ NeutronError: { type: "NetworkInUse", message: "busy", detail: "" } }))).toBe(
      "NetworkInUse",
    );
    expect(serverCodeOf({ error: { code: 404, message: "nope" } })).toBeUndefined();
    expect(serverCodeOf("<html>bad gateway</html>")).toBeUndefined();
  });
});

describe("HTML error pages", () => {
  it("decode character references, named and numeric", () => {
    expect(
      serverMessageOf(
        "<html><body><h1>403 Forbidden</h1>Image is already present at store &#x27;file&#x27; &amp; more &#8212; &lt;ok&gt;</body></html>",
      ),
    ).toBe("403 Forbidden Image is already present at store 'file' & more — <ok>");
  });
});
