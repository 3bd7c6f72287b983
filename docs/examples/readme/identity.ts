import { fromConfig } from "@openstack-ts/openstack";

const conn = await fromConfig(); // the cloud OS_CLOUD names in clouds.yaml
const project = await conn.identity.createProject({ name: "ci", description: "CI jobs" });
const member = await conn.identity.findRole("member", { ignoreMissing: false });
const user = await conn.identity.findUser("jenkins", { ignoreMissing: false });
await conn.identity.assignProjectRoleToUser({ project, user, role: member });

// What does Keystone know of a token? (It travels in X-Subject-Token, never in a URL or an error.)
const token = await conn.authorize();
const info = await conn.identity.getToken(token); // user, scope, roles, expiry
console.log(info);
