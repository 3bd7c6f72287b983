import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { BulkDeleteError } from "../../src/errors.js";
import { ACCOUNT, calls, infoBody, swiftCloud } from "../fixtures.js";
import { bulkDelete } from "../../src/bulk-delete/bulk-delete.js";

const { server, setup } = swiftCloud();

const report = (deleted: number, notFound: number, errors: [string, string][] = []) => ({
  "Number Deleted": deleted,
  "Number Not Found": notFound,
  "Response Status": errors.length ? "400 Bad Request" : "200 OK",
  "Response Body": "",
  Errors: errors,
});

describe("bulkDelete", () => {
  it("posts the encoded paths, one per line, as ?bulk-delete", async () => {
    const { session, seen } = setup();
    server.use(http.post(ACCOUNT, () => HttpResponse.json(report(3, 1))));
    const result = await bulkDelete(session, [
      { container: "c", object: "a b/ü.txt" },
      { container: "c", object: "x?#%" },
      { container: "c", object: "gone" },
      "c",
    ]);
    expect(result).toEqual({ deleted: 3, notFound: 1, errors: [] });
    expect(calls(seen)).toEqual(["GET /info", "POST /v1/AUTH_p-admin?bulk-delete="]);
    expect(await seen[1]!.text()).toBe("/c/a%20b/%C3%BC.txt\n/c/x%3F%23%25\n/c/gone\n/c");
    expect(seen[1]!.headers.get("content-type")).toBe("text/plain");
    expect(seen[1]!.headers.get("accept")).toBe("application/json");
  });

  it("splits into requests of max_deletes_per_request paths", async () => {
    const { session, seen } = setup({ info: { ...infoBody, bulk_delete: { max_deletes_per_request: 2 } } });
    server.use(
      http.post(ACCOUNT, async ({ request }) =>
        HttpResponse.json(report((await request.text()).split("\n").length, 0)),
      ),
    );
    const result = await bulkDelete(session, ["a", "b", "c", "d", "e"]);
    expect(result.deleted).toBe(5);
    expect(calls(seen).filter((c) => c.startsWith("POST"))).toHaveLength(3);
  });

  it("throws BulkDeleteError naming what could not be deleted, with the counts", async () => {
    const { session } = setup();
    server.use(http.post(ACCOUNT, () => HttpResponse.json(report(1, 0, [["/full%20box", "409 Conflict"]]))));
    const failure = bulkDelete(session, [{ container: "full box", object: "o" }, "full box"]);
    await expect(failure).rejects.toBeInstanceOf(BulkDeleteError);
    await expect(failure).rejects.toThrow("/full box (409 Conflict)");
    const error = (await failure.catch((e: unknown) => e)) as BulkDeleteError;
    expect(error.result).toEqual({ deleted: 1, notFound: 0, errors: [{ path: "/full box", status: "409 Conflict" }] });
  });

  it("deletes one by one where /info does not offer bulk delete", async () => {
    const { session, seen } = setup({ info: { swift: { version: "2.30.1" }, slo: {} } });
    server.use(
      http.delete(`${ACCOUNT}/*`, ({ request }) => {
        if (request.url.endsWith("/gone")) return new HttpResponse("Not Found", { status: 404 });
        if (request.url.endsWith("/full")) return new HttpResponse("Conflict", { status: 409 });
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const failure = (await bulkDelete(session, [
      { container: "c", object: "a b" },
      { container: "c", object: "gone" },
      "full",
    ]).catch((e: unknown) => e)) as BulkDeleteError;
    expect(failure.result).toEqual({ deleted: 1, notFound: 1, errors: [{ path: "/full", status: "409" }] });
    expect(calls(seen)).toEqual([
      "GET /info",
      "DELETE /v1/AUTH_p-admin/c/a%20b",
      "DELETE /v1/AUTH_p-admin/c/gone",
      "DELETE /v1/AUTH_p-admin/full",
    ]);
  });

  it("checks every path before deleting anything, and does nothing for an empty list", async () => {
    const { session, seen } = setup();
    await expect(
      bulkDelete(session, [
        { container: "c", object: "ok" },
        { container: "c", object: "../x" },
      ]),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(await bulkDelete(session, [])).toEqual({ deleted: 0, notFound: 0, errors: [] });
    expect(seen).toHaveLength(0);
  });
});
