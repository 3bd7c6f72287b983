import { delay, http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { NoAuth } from "../../src/auth/static.js";
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  HttpError,
  NotFoundError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
} from "../../src/errors/http-error.js";
import { OpenStackError } from "../../src/errors/openstack-error.js";
import { NetworkError, TimeoutError } from "../../src/errors/sdk-errors.js";
import { Session } from "../../src/session/session.js";
import { mockServer } from "../support/server.js";

const URL_ = "http://service.test/v2.1/servers/abc";
const server = mockServer();

const session = (timeout?: number) =>
  new Session({ auth: new NoAuth(), retries: false, ...(timeout !== undefined && { timeout }) });

async function failure(reply: () => Response | Promise<Response>, method = "get", timeout?: number): Promise<unknown> {
  server.use(http.all(URL_, reply));
  return session(timeout)
    .request(URL_, { method })
    .then(
      () => expect.fail("the request should have failed"),
      (error: unknown) => error,
    );
}

describe("HTTP errors", () => {
  it.each([
    [400, BadRequestError],
    [401, UnauthorizedError],
    [403, ForbiddenError],
    [404, NotFoundError],
    [409, ConflictError],
    [429, RateLimitError],
    [500, ServerError],
    [502, ServerError],
    [503, ServerError],
  ] as const)("maps %i to %o, with status, method, url and request id", async (status, ErrorClass) => {
    const error = (await failure(
      () =>
        HttpResponse.json(
          { error: { message: `failed with ${status}` } },
          { status, headers: { "X-OpenStack-Request-ID": `req-${status}` } },
        ),
      "delete",
    )) as HttpError;
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toBeInstanceOf(OpenStackError);
    expect(error.name).toBe(ErrorClass.name);
    expect(error).toMatchObject({
      status,
      method: "DELETE",
      url: URL_,
      requestId: `req-${status}`,
      serverMessage: `failed with ${status}`,
    });
    expect(error.message).toBe(`DELETE ${URL_} returned ${status}: failed with ${status} (request req-${status})`);
  });

  it("maps another 4xx to a plain HttpError", async () => {
    const error = (await failure(() => new HttpResponse("gone", { status: 410 }))) as HttpError;
    expect(error.constructor).toBe(HttpError);
    expect(error.status).toBe(410);
  });

  it("takes the request id from Nova's x-compute-request-id too", async () => {
    const error = (await failure(() =>
      HttpResponse.json({}, { status: 404, headers: { "x-compute-request-id": "req-nova" } }),
    )) as HttpError;
    expect(error.requestId).toBe("req-nova");
  });

  it.each([
    [
      "Keystone",
      { error: { code: 404, title: "Not Found", message: "Could not find project: p1." } },
      "Could not find project: p1.",
    ],
    [
      "Neutron",
      { NeutronError: { type: "NetworkNotFound", message: "Network n1 could not be found.", detail: "" } },
      "Network n1 could not be found.",
    ],
    [
      "Nova",
      { itemNotFound: { code: 404, message: "Instance abc could not be found." } },
      "Instance abc could not be found.",
    ],
    [
      "Placement",
      {
        errors: [
          { status: 404, title: "Not Found", detail: "No resource provider with uuid rp1 found", request_id: "req-1" },
        ],
      },
      "No resource provider with uuid rp1 found",
    ],
  ])("takes the server message from a %s error body", async (_service, body, message) => {
    const error = (await failure(() => HttpResponse.json(body, { status: 404 }))) as NotFoundError;
    expect(error.serverMessage).toBe(message);
    expect(error.message).toContain(message);
  });

  it("takes the text of an HTML error page", async () => {
    const page =
      "<html><head><title>502 Bad Gateway</title><style>h1{}</style></head><body><h1>Bad Gateway</h1><p>The proxy got no answer.</p></body></html>";
    const error = (await failure(
      () => new HttpResponse(page, { status: 502, headers: { "Content-Type": "text/html" } }),
    )) as ServerError;
    expect(error.serverMessage).toBe("502 Bad Gateway Bad Gateway The proxy got no answer.");
  });

  it("serializes to JSON with its fields", async () => {
    const error = (await failure(() =>
      HttpResponse.json({ error: { message: "nope" } }, { status: 403 }),
    )) as ForbiddenError;
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "ForbiddenError",
      message: `GET ${URL_} returned 403: nope`,
      status: 403,
      method: "GET",
      url: URL_,
      serverMessage: "nope",
    });
  });
});

describe("failures without a response", () => {
  it("turns a network failure into NetworkError with method and url", async () => {
    const error = (await failure(() => HttpResponse.error(), "put")) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toBeInstanceOf(OpenStackError);
    expect(error).toMatchObject({ name: "NetworkError", method: "PUT", url: URL_ });
    expect(error.message).toContain(`PUT ${URL_} failed`);
  });

  it("turns no answer within the timeout into TimeoutError", async () => {
    const error = (await failure(
      async () => {
        await delay(2_000);
        return HttpResponse.json({});
      },
      "get",
      20,
    )) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toBe(`GET ${URL_} got no response within 20 ms`);
  });
});
