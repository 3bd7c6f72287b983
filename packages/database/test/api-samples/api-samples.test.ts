// Trove's reference samples, each read back whole or sent field for field (cases.ts), and its
// version document. The runner is the repository's one for every service
// (test/support/api-samples.ts).
import { parseVersionDocument } from "@openstack-ts/core";
import { describe, expect, it } from "vitest";
import { describeApiSamples, unchecked } from "../../../../test/support/api-samples.js";
import { API, troveCloud } from "../fixtures.js";
import { requestCases, responseCases } from "./cases.js";
import { sample, samples } from "./sample.js";

const { server, setup } = troveCloud();

// A write without a response sample is answered 202 and no body.
describeApiSamples({
  service: "Trove",
  samples,
  server,
  api: API,
  setup: () => setup(),
  responses: responseCases,
  read: (body, c) => (c.whole ? body : body[c.key ?? Object.keys(body)[0]!]),
  requests: requestCases,
  wrote: (write, c) => expect(write.method).toBe(c.method ?? "POST"),
  // Trove's request cases check what is sent, not what the call returns
  returned: () => unchecked,
  accounted: ["versions-response.json"],
});

describe("Trove's version document", () => {
  it("versions-response.json: v1.0, no microversions", () => {
    const [version] = parseVersionDocument(sample("versions-response.json"), "http://127.0.0.1:8779/");
    expect(version).toMatchObject({ id: "v1.0", major: 1 });
    expect(version?.maxMicroversion).toBeUndefined();
  });
});
