// Type-checked beside seed.ts: each line below must be an error. Were a package's types not
// found (an `any` in their place), the @ts-expect-error would have nothing to expect and fail.
import { Connection, fromConfig } from "@openstack-ts/openstack";

const conn = new Connection({ authUrl: "http://127.0.0.1:5000/v3", username: "admin", password: "admin" });
// @ts-expect-error findNetwork takes a name or id, not a number
await conn.network.findNetwork(42);
// @ts-expect-error a Project has no `flavor`
(await conn.identity.listProjects())[0]?.flavor;
// @ts-expect-error fromConfig's options have no `cloud`, it is `cloudName`
await fromConfig({ cloud: "devstack" });
