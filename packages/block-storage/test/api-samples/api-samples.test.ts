// The proof that the package reads what the Block Storage API reference prints and sends
// what it asks for, at the microversion each sample was written for: every sample of
// samples.ts, answered by the fake Cinder through msw. The runner is the repository's one for
// row-shaped samples (test/support/api-sample-rows.ts).
import { expect } from "vitest";
import { describeSampleRows } from "../../../../test/support/api-sample-rows.js";
import { sampleFolder } from "../../../../test/support/api-samples.js";
import { API, blockStorageCloud, versionOf } from "../fixtures.js";
import { samples } from "./samples.js";

const { server, setup } = blockStorageCloud();

/** No header is Cinder's 3.0: what an action declared without a microversion sends. */
const microversionOf = (row: { microversion?: string }) => row.microversion ?? "3.0";

describeSampleRows({
  title: "Block Storage API reference samples",
  samples: sampleFolder(new URL(".", import.meta.url)),
  server,
  api: API,
  setup: (row) => setup({ maxMicroversion: microversionOf(row) }),
  label: (row) =>
    `${[row.response, row.request].filter((file) => file !== undefined).join(" + ")} @ ${microversionOf(row)}`,
  rows: samples,
  asked: (seen, row) => expect(seen.map((r) => versionOf(r) ?? "3.0")).toEqual(seen.map(() => microversionOf(row))),
});
