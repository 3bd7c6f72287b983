// Manila's reference samples, each read back whole (cases.ts), those that differ from what
// Manila answers refused, and the rest named with a reason (untried.ts). The runner is the
// repository's one for every service (test/support/api-samples.ts).
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { describeApiSamples } from "../../../../test/support/api-samples.js";
import { API, manilaCloud } from "../fixtures.js";
import { responseCases } from "./cases.js";
import { sample, samples } from "./sample-cases.js";
import { untried } from "./untried.js";

const { server, setup } = manilaCloud();
const differing = responseCases.filter((c) => c.differs);

describeApiSamples({
  service: "Manila",
  samples,
  server,
  api: API,
  setup: () => setup(),
  responses: responseCases.filter((c) => !c.differs),
  accounted: [...differing.map((c) => c.file), ...untried.map((u) => u.pattern)],
});

describe("samples that differ from what Manila answers are refused, not misread", () => {
  it.each(differing.map((c) => [`${c.file} (${c.differs})`, c] as const))("%s", async (_, c) => {
    const { facade } = setup();
    server.use(http.all(`${API}/*`, () => HttpResponse.json(sample(c.file))));
    await expect(c.call(facade)).rejects.toThrow();
  });
});
