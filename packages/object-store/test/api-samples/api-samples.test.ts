// The proof that the package reads what the Object Storage API reference prints: each JSON
// sample (SOURCE.md), answered by the fake Swift through msw, comes back whole from the
// call that reads it.
import type { Session } from "@openstack-ts/core";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { containers } from "../../src/containers/container.js";
import { getObjectStoreInfo } from "../../src/info/info.js";
import { listObjects } from "../../src/objects/list-objects.js";
import { ACCOUNT, SWIFT, swiftCloud } from "../fixtures.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const read = (file: string): object => JSON.parse(readFileSync(join(here, file), "utf8"));

/** Each sample, the URL the fake answers it at, and the call that reads it (every sample is a whole body). */
const samples: readonly { file: string; at: string; call: (session: Session) => PromiseLike<unknown> }[] = [
  { file: "account-containers-list-response.json", at: ACCOUNT, call: (s) => containers.list(s) },
  { file: "objects-list-response.json", at: `${ACCOUNT}/marktwain`, call: (s) => listObjects(s, "marktwain") },
  { file: "capabilities-list-response.json", at: `${SWIFT}/info`, call: (s) => getObjectStoreInfo(s) },
];

const { server, setup } = swiftCloud();

describe("Object Storage API reference samples", () => {
  it.each(samples.map((row) => [row.file, row] as const))("%s", async (_, row) => {
    const { session } = setup();
    const sample = read(row.file);
    // A listing's next page starts after the last name: the sample is the first and only page.
    server.use(
      http.get(row.at, ({ request }) =>
        HttpResponse.json(new URL(request.url).searchParams.has("marker") ? [] : sample),
      ),
    );
    expect(await row.call(session)).toEqual(sample);
  });

  it("has a row for every sample kept in this folder", () => {
    const used = new Set(samples.map((row) => row.file));
    expect(readdirSync(here).filter((file) => file.endsWith(".json") && !used.has(file))).toEqual([]);
  });
});
