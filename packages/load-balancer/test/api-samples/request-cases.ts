// Every JSON request sample of Octavia's API reference the SDK sends, with the call made
// with the sample's values and the response sample it is answered with; and the request
// samples it refuses before sending. Where the files come from: SOURCE.md.
import type { Body, Facade, RefusedCase, RequestCase } from "./sample-cases.js";

const pool_id = "4029d267-3983-4224-a3d0-afb3fe16a2cd";
const l7policy_id = "8a1412f0-4c32-4257-8b07-af4770b604fd";

/** A create case: the sample's item is the create's body; its response sample comes back. */
const created = (name: string, key: string, call: (f: Facade, item: Body) => PromiseLike<unknown>): RequestCase => ({
  file: `${name}-create-request.json`,
  response: `${name}-create-response.json`,
  call: (f, body) => call(f, body[key]),
});
/** An update case, of the item named `ref`. */
const updated = (name: string, key: string, call: (f: Facade, item: Body) => PromiseLike<unknown>): RequestCase => ({
  file: `${name}-update-request.json`,
  response: `${name}-update-response.json`,
  call: (f, body) => call(f, body[key]),
});

export const requestCases: RequestCase[] = [
  created("loadbalancer", "loadbalancer", (f, b) => f.createLoadBalancer(b)),
  updated("loadbalancer", "loadbalancer", (f, b) => f.updateLoadBalancer("lb", b)),
  {
    file: "loadbalancer-full-create-request.json",
    response: "loadbalancer-full-create-response.json",
    call: (f, body) => f.createLoadBalancer(body.loadbalancer),
  },
  updated("listener", "listener", (f, b) => f.updateListener("l", b)),
  created("pool", "pool", (f, b) => f.createPool(b)),
  updated("pool", "pool", (f, b) => f.updatePool("p", b)),
  updated("healthmonitor", "healthmonitor", (f, b) => f.updateHealthMonitor("h", b)),
  // Its response sample is malformed (see malformedCases): answered with the show sample.
  {
    file: "l7policy-create-request.json",
    response: "l7policy-show-response.json",
    call: (f, body) => f.createL7Policy(body.l7policy),
  },
  updated("l7policy", "l7policy", (f, b) => f.updateL7Policy("p", b)),
  created("l7rule", "rule", (f, b) => f.createL7Rule({ l7policy_id, ...b })),
  updated("l7rule", "rule", (f, b) => f.updateL7Rule("r", b, { l7policy_id })),
  {
    file: "quota-update-request.json",
    response: "quota-update-response.json",
    call: (f, body) => f.updateQuota("e3cd678b11784734bc366148aa37580e", body.quota),
  },
  created("flavor", "flavor", (f, b) => f.createFlavor(b)),
  updated("flavor", "flavor", (f, b) => f.updateFlavor("f", b)),
  created("flavorprofile", "flavorprofile", (f, b) => f.createFlavorProfile(b)),
  updated("flavorprofile", "flavorprofile", (f, b) => f.updateFlavorProfile("fp", b)),
  created("availabilityzone", "availability_zone", (f, b) => f.createAvailabilityZone(b)),
  updated("availabilityzone", "availability_zone", (f, b) => f.updateAvailabilityZone("my_az", b)),
  created("availabilityzoneprofile", "availability_zone_profile", (f, b) => f.createAvailabilityZoneProfile(b)),
  updated("availabilityzoneprofile", "availability_zone_profile", (f, b) => f.updateAvailabilityZoneProfile("azp", b)),
  {
    file: "member-batch-update-request.json",
    call: (f, body) => f.batchUpdateMembers({ pool_id, members: body.members }),
  },
];

/** Octavia's own parser takes numbers and booleans as strings; the SDK checks kinds, as the reference types them. */
export const refusedCases: RefusedCase[] = [
  {
    file: "listener-create-request.json",
    why: "protocol_port is the string '443'",
    call: (f, body) => f.createListener(body.listener),
  },
  {
    file: "healthmonitor-create-request.json",
    why: "delay, max_retries and timeout are strings",
    call: (f, body) => f.createHealthMonitor(body.healthmonitor),
  },
  {
    file: "member-create-request.json",
    why: "weight and protocol_port are strings",
    call: (f, body) => f.createMember({ pool_id, ...body.member }),
  },
  {
    file: "member-update-request.json",
    why: "weight is '0', admin_state_up 'true'",
    call: (f, body) => f.updateMember("m", body.member, { pool_id }),
  },
];

/** Response samples that are not what Octavia answers, which the SDK reports as such. */
export const malformedCases: RefusedCase[] = [
  {
    file: "l7policy-create-response.json",
    why: "the policy is inside a list; Octavia's create answers the object",
    call: (f) => f.getL7Policy("8a1412f0-4c32-4257-8b07-af4770b604fd"),
  },
];
