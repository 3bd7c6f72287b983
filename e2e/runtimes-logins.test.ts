// Logins in Node, Deno and Bun (issue 15), on the real Keystone: each runtime runs
// runtimes/logins.mjs, which logs in by TOTP alone, by password + TOTP through an auth
// receipt (the receipt error, then onSecondFactor), making its passcodes with Web Crypto,
// and by Keystone's OAuth 2.0 client credentials (an application credential).
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { Connection } from "@openstack-ts/openstack";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, AUTH_URL, uniqueName } from "./support/cloud.js";
import { newTotpSecret } from "./support/totp.js";
import { undoLater } from "./support/undo-later.js";

const run = promisify(execFile);
const here = fileURLToPath(new URL(".", import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const runtimes: Record<string, string[]> = {
  node: [process.execPath, "runtimes/logins.mjs"],
  deno: [bin("deno"), "run", "--allow-all", "runtimes/logins.mjs"],
  bun: [bin("bun"), "runtimes/logins.mjs"],
};

const conn = new Connection(admin);
const later = undoLater();
const users = { totp: { id: "", secret: newTotpSecret() }, mfa: { id: "", secret: newTotpSecret() } };
const password = `rt-mfa-${Math.random().toString(36).slice(2)}`;
const oauth2 = { userId: "", clientId: "", secret: `rt-oauth2-${Math.random().toString(36).slice(2)}` };
let projectId = "";

beforeAll(async () => {
  const project = await conn.identity.findProject("demo", { ignoreMissing: false });
  projectId = project.id;
  const member = await conn.identity.findRole("member", { ignoreMissing: false });
  for (const [kind, user] of Object.entries(users)) {
    const name = uniqueName(`rt-${kind}`);
    const created = await conn.identity.createUser({ name, password, default_project_id: project.id });
    user.id = created.id;
    later(`user ${name}`, () => conn.identity.deleteUser(created));
    await conn.identity.assignProjectRoleToUser({ project, user: created, role: member });
    await conn.identity.createCredential({ type: "totp", user_id: created.id, blob: user.secret });
  }
  const name = uniqueName("rt-oauth2");
  const client = await conn.identity.createUser({ name, password, default_project_id: project.id });
  oauth2.userId = client.id;
  later(`user ${name}`, () => conn.identity.deleteUser(client));
  await conn.identity.assignProjectRoleToUser({ project, user: client, role: member });
  const owner = new Connection({ authUrl: AUTH_URL, userId: client.id, password, projectId: project.id });
  const credential = await owner.identity.createApplicationCredential({
    user_id: client.id,
    name,
    secret: oauth2.secret,
    roles: [{ name: "member" }],
  });
  oauth2.clientId = credential.id;
  await conn.identity.updateUser(users.mfa.id, {
    options: { multi_factor_auth_enabled: true, multi_factor_auth_rules: [["password", "totp"]] },
  });
}, 120_000);

describe.each(Object.keys(runtimes))("%s", (runtime) => {
  it("logs in by TOTP alone, by password + TOTP with a receipt, and by OAuth 2.0 client credentials", async () => {
    const [command, ...args] = runtimes[runtime]!;
    const env = {
      ...process.env,
      OPENSTACK_TS_AUTH_URL: AUTH_URL,
      TOTP_USER_ID: users.totp.id,
      TOTP_SECRET: users.totp.secret,
      MFA_USER_ID: users.mfa.id,
      MFA_SECRET: users.mfa.secret,
      MFA_PASSWORD: password,
      OAUTH2_CLIENT_ID: oauth2.clientId,
      OAUTH2_CLIENT_SECRET: oauth2.secret,
      NO_COLOR: "1",
    };
    const { stdout } = await run(command!, args, { cwd: here, env, timeout: 90_000 });
    const seen = JSON.parse(stdout.trim().split("\n").pop()!);
    expect(seen).toEqual({
      runtime,
      totp: { user: users.totp.id, project: projectId },
      receipt: { methods: ["password"], missing: [["totp"]], leaked: false },
      completed: { user: users.mfa.id, project: projectId },
      oneCall: { user: users.mfa.id, project: projectId, asked: [[["totp"]]] },
      oauth2: { user: oauth2.userId, project: projectId, networksListed: true },
    });
  });
});
