// Ironic's reference samples, each read back whole or sent field for field (cases.ts), and
// what only Ironic's samples show: the summary lists the SDK never asks for, the version
// documents. The runner is the repository's one for every service (test/support/api-samples.ts).
import { parseVersionDocument } from "@openstack-ts/core";
import { HttpResponse } from "msw";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { describeApiSamples } from "../../../../test/support/api-samples.js";
import { DeployTemplate, Node, Port, PortGroup, VolumeConnector, VolumeTarget } from "../../src/index.js";
import { API, ironicCloud } from "../fixtures.js";
import { notDeclared, notDeclaredFamilies, requestCases, responseCases, summaryLists } from "./cases.js";
import { sample, samples } from "./sample-cases.js";

const { server, setup } = ironicCloud();

describeApiSamples({
  service: "Ironic",
  samples,
  server,
  api: API,
  setup: () => setup(),
  // Without a body, a write is answered 202 (as a state change is) and a read with the
  // reference's node (a state change reads the node back).
  answer: (body, request) => {
    if (body !== undefined) return HttpResponse.json(body);
    if (request.method === "GET") return HttpResponse.json(sample("samples/node-show-response.json"));
    return new HttpResponse(null, { status: 202 });
  },
  responses: responseCases,
  requests: requestCases,
  accounted: [
    ...summaryLists.map((c) => c.file),
    ...Object.keys(notDeclared),
    ...Object.keys(notDeclaredFamilies).map((prefix) => new RegExp(`^samples/${prefix}`)),
  ],
});

const schemas: Record<string, v.GenericSchema> = {
  nodes: Node,
  ports: Port,
  portgroups: PortGroup,
  deploy_templates: DeployTemplate,
  connectors: VolumeConnector,
  targets: VolumeTarget,
};

describe("the non-detailed lists, which the SDK never asks for, lack what the detailed items have", () => {
  it.each(summaryLists.map((c) => [c.file, c] as const))("%s", (_, c) => {
    const items: unknown[] = sample(c.file)[c.key];
    for (const item of items) {
      const result = v.safeParse(schemas[c.key]!, item);
      expect(result.success).toBe(false);
      const missing = (result.issues ?? []).map((issue) => v.getDotPath(issue));
      expect(missing).toEqual(c.lacks);
    }
  });
});

describe("Ironic's version documents", () => {
  it("reads the microversion range from the root document; the v1 document names none", () => {
    const url = "http://127.0.0.1:6385/";
    expect(parseVersionDocument(sample("samples/api-root-response.json"), url)).toEqual([
      expect.objectContaining({ url: "http://127.0.0.1:6385/v1/", minMicroversion: "1.1", maxMicroversion: "1.37" }),
    ]);
    expect(parseVersionDocument(sample("samples/api-v1-root-response.json"), `${url}v1/`)).toEqual([]);
  });
});
