import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, networkCloud, sent } from "../fixtures.js";

const { server, setup } = networkCloud();

// From the Networking API reference (v2.0, "QoS rule types"), trimmed.
const ruleTypes = {
  rule_types: [{ type: "bandwidth_limit" }, { type: "dscp_marking" }, { type: "minimum_bandwidth" }],
};
const bandwidthLimit = {
  type: "bandwidth_limit",
  drivers: [
    {
      name: "openvswitch",
      supported_parameters: [
        { parameter_name: "max_kbps", parameter_type: "range", parameter_values: { end: 2147483647, start: 0 } },
        { parameter_name: "direction", parameter_type: "choices", parameter_values: ["ingress", "egress"] },
      ],
    },
  ],
};

describe("QoS rule types", () => {
  it("lists the types, and gets one by its type with the drivers that support it", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/qos/rule-types`, () => HttpResponse.json(ruleTypes)),
      http.get(`${API}/qos/rule-types/:type`, ({ params }) =>
        HttpResponse.json({
          rule_type: params["type"] === "bandwidth_limit" ? bandwidthLimit : { type: params["type"], drivers: [] },
        }),
      ),
    );
    expect((await facade.listQosRuleTypes({ all_supported: true })).map((t) => t.type)).toEqual([
      "bandwidth_limit",
      "dscp_marking",
      "minimum_bandwidth",
    ]);
    const details = await facade.getQosRuleType("bandwidth_limit");
    expect(details.drivers?.[0]?.supported_parameters?.[1]?.parameter_values).toEqual(["ingress", "egress"]);
    expect((await facade.findQosRuleType("dscp_marking"))?.type).toBe("dscp_marking");
    expect(seen.map(sent).slice(0, 3)).toEqual([
      "GET /v2.0/qos/rule-types?all_supported=true",
      "GET /v2.0/qos/rule-types/bandwidth_limit",
      "GET /v2.0/qos/rule-types/dscp_marking",
    ]);
  });
});
