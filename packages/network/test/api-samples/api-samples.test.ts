// The proof that the package reads what the Networking API reference prints and sends what
// it asks for: every sample of samples.ts, answered by the fake Neutron through msw. The
// runner is the repository's one for row-shaped samples (test/support/api-sample-rows.ts).
import { describeSampleRows } from "../../../../test/support/api-sample-rows.js";
import { sampleFolder } from "../../../../test/support/api-samples.js";
import { API, networkCloud } from "../fixtures.js";
import { samples } from "./samples.js";

const { server, setup } = networkCloud();

describeSampleRows({
  title: "Networking API reference samples",
  samples: sampleFolder(new URL(".", import.meta.url)),
  server,
  api: API,
  setup: () => setup(),
  rows: samples,
});
