// The fake Heat as its tests reach it: a fake cloud on a manual clock, Heat's client as the
// SDK makes it, and a template of Heat's own resource types with outputs of every kind.
import { clientFor, PasswordAuth, Session } from "@openstack-ts/core";
import { manualClock } from "../../src/cloud/clock.js";
import { type MockCloudOptions, mockCloud } from "../../src/cloud/mock-cloud.js";

export const DELAY = 500;
const HEAT = { type: "orchestration", version: "1" } as const;

/** A fake cloud on a manual clock, and Heat reached as the SDK reaches it: catalog, discovery, redirects. */
export function setup(options: MockCloudOptions = {}) {
  const clock = manualClock();
  const cloud = mockCloud({ now: clock.now, delay: DELAY, ...options });
  const heatAs = (username: string, password: string) =>
    clientFor(
      new Session({
        auth: new PasswordAuth({ authUrl: cloud.authUrl, username, password, projectName: username }),
        fetch: cloud.fetch,
        retries: false,
      }),
      HEAT,
    );
  return { clock, cloud, heat: heatAs("admin", "admin"), demoHeat: heatAs("demo", "demo-secret") };
}

export type Any = Record<string, any>;

/** A template of values, a random string of `length` and a resource depending on another; `extra` adds resources. */
export const template = (length: number, extra: Any = {}) => ({
  heat_template_version: "2018-08-31",
  description: "values",
  parameters: { greeting: { type: "string", default: "hello" }, count: { type: "number", default: 3 } },
  resources: {
    val: { type: "OS::Heat::Value", properties: { value: { get_param: "greeting" } } },
    rnd: { type: "OS::Heat::RandomString", properties: { length } },
    nothing: { type: "OS::Heat::None", depends_on: "val" },
    ...extra,
  },
  outputs: {
    literal: { value: "fixed", description: "a literal" },
    param: { value: { get_param: "count" } },
    attr: { value: { get_attr: ["val", "value"] } },
    random: { value: { get_attr: ["rnd", "value"] } },
    file: { value: { get_file: "x.txt" } },
  },
});
