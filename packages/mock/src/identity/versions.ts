import { json } from "../engine/respond.js";
import type { Cloud, Route } from "../engine/types.js";

/** Keystone's one version, as its root and /v3 describe it. */
const version = (cloud: Cloud) => ({
  id: "v3.14",
  status: "stable",
  updated: "2020-04-07T00:00:00Z",
  links: [{ rel: "self", href: `${cloud.urls.identity}/v3/` }],
  "media-types": [{ base: "application/json", type: "application/vnd.openstack.identity-v3+json" }],
});

/** `/` answers 300 Multiple Choices with the version list, `/v3` 200 with the version; no token needed. */
export function versionRoutes(cloud: Cloud): Route[] {
  return [
    {
      method: "GET",
      path: "",
      auth: "none",
      handle: () =>
        json({ versions: { values: [version(cloud)] } }, 300, {
          Location: `${cloud.urls.identity}/v3/`,
          Vary: "X-Auth-Token",
        }),
    },
    {
      method: "GET",
      path: "v3",
      auth: "none",
      handle: () => json({ version: version(cloud) }, 200, { Vary: "X-Auth-Token" }),
    },
  ];
}
