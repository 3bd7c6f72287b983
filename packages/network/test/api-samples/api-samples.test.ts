// The proof that the package reads what the Networking API reference prints and sends what
// it asks for: every sample of samples.ts, answered by the fake Neutron through msw.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, bodyOf, networkCloud } from "../fixtures.js";
import { samples } from "./samples.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const read = (file: string): unknown => JSON.parse(readFileSync(join(here, file), "utf8"));

const { server, setup } = networkCloud();

const label = (row: (typeof samples)[number]) =>
  [row.response, row.request].filter((file) => file !== undefined).join(" + ");

describe("Networking API reference samples", () => {
  it.each(samples.map((row) => [label(row), row] as const))("%s", async (_, row) => {
    const { session, facade, seen } = setup();
    const response = row.response === undefined ? undefined : read(row.response);
    server.use(
      http.all(`${API}/*`, () =>
        response === undefined ? new HttpResponse(null, { status: 204 }) : HttpResponse.json(response),
      ),
    );
    const request = row.request === undefined ? undefined : read(row.request);
    const call = row.call({ session, facade }, request);
    if (row.refused !== undefined) {
      await expect(call).rejects.toThrow(row.refused.error);
      return;
    }
    // Without a response sample (the reference prints only the request), what the fake
    // answers is no sample, so only what was sent is checked.
    const answer = await call.catch((error: unknown) => (response === undefined ? undefined : Promise.reject(error)));
    if (response !== undefined) expect(answer).toEqual(row.expected(response));
    if (request !== undefined) {
      const writes = seen.filter((r) => r.method !== "GET");
      expect(writes).toHaveLength(1);
      expect(await bodyOf(writes[0]!)).toEqual(row.sent ? row.sent(request) : request);
    }
  });

  it("has a row for every sample kept in this folder", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : [relative(here, join(dir, entry.name))],
      );
    const used = new Set(samples.flatMap((row) => [row.response, row.request]));
    expect(files(here).filter((file) => file.endsWith(".json") && !used.has(file))).toEqual([]);
  });
});
