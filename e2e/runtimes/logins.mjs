// Logins in any runtime (issue 15): TOTP alone (v3totp), password + TOTP with an auth receipt
// (by the receipt error and by onSecondFactor), and Keystone's OAuth 2.0 client credentials.
// A plain ES module that Node, Deno and Bun all run; it makes its passcodes with Web Crypto,
// as a browser could. Prints one JSON line; e2e/runtimes-logins.test.ts checks it.
import { AuthReceiptRequiredError, Connection } from "@openstack-ts/openstack";

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const authUrl = env("OPENSTACK_TS_AUTH_URL");
const runtime = globalThis.Deno ? "deno" : globalThis.Bun ? "bun" : "node";

/** RFC 6238: HMAC-SHA1 over the 30-second step count, six digits, the secret in base32. */
async function passcode(secret) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const char of secret) bits += alphabet.indexOf(char).toString(2).padStart(5, "0");
  const key = new Uint8Array(Math.floor(bits.length / 8)).map((_, i) =>
    Number.parseInt(bits.slice(i * 8, i * 8 + 8), 2),
  );
  // Not in a window's last 3 seconds: the passcode must reach Keystone in the same window.
  const left = 30_000 - (Date.now() % 30_000);
  if (left < 3_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
  const counter = new DataView(new ArrayBuffer(8));
  counter.setBigUint64(0, BigInt(Math.floor(Date.now() / 30_000)));
  const hmac = await crypto.subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
  const mac = new DataView(await crypto.subtle.sign("HMAC", hmac, counter.buffer));
  const offset = mac.getUint8(19) & 0x0f;
  return ((mac.getUint32(offset) & 0x7fffffff) % 1_000_000).toString().padStart(6, "0");
}

const scope = { authUrl, projectName: "demo", projectDomainId: "default" };

// 1. v3totp alone, for a user with a TOTP credential and no multi-factor rules.
const totpOnly = new Connection({
  ...scope,
  authPlugin: "v3totp",
  userId: env("TOTP_USER_ID"),
  passcode: () => passcode(env("TOTP_SECRET")),
});
const totp = await totpOnly.session.access();

// 2. A user whose rules need password and TOTP: the password alone gives a receipt error...
const mfaUser = env("MFA_USER_ID");
const password = new Connection({ ...scope, userId: mfaUser, password: env("MFA_PASSWORD") });
const receiptError = await password.authorize().then(
  () => undefined,
  (error) => error,
);
if (!(receiptError instanceof AuthReceiptRequiredError)) throw new Error(`no receipt error: ${receiptError}`);
// ...which the receipt and a passcode complete.
const completed = await new Connection({
  ...scope,
  authPlugin: "v3totp",
  userId: mfaUser,
  passcode: await passcode(env("MFA_SECRET")),
  receipt: receiptError.receipt,
}).session.access();

// 3. The same in one call: onSecondFactor answers with the passcode.
const asked = [];
const oneCall = await new Connection({
  ...scope,
  userId: mfaUser,
  password: env("MFA_PASSWORD"),
  onSecondFactor: async (challenge) => {
    asked.push(challenge.missingMethods);
    return { passcode: await passcode(env("MFA_SECRET")) };
  },
}).session.access();

// 4. Keystone's OAuth 2.0: an application credential as the client, then a service call.
const oauth2 = new Connection({
  authUrl,
  regionName: "RegionOne",
  authPlugin: "v3oauth2clientcredential",
  oauth2ClientId: env("OAUTH2_CLIENT_ID"),
  oauth2ClientSecret: env("OAUTH2_CLIENT_SECRET"),
});
const client = await oauth2.session.access();
const networks = await oauth2.network.listNetworks({ limit: 1 });

console.log(
  JSON.stringify({
    runtime,
    totp: { user: totp.user?.id, project: totp.project?.id },
    receipt: {
      methods: receiptError.methods,
      missing: receiptError.missingMethods,
      leaked: String(receiptError).includes(receiptError.receipt.value),
    },
    completed: { user: completed.user?.id, project: completed.project?.id },
    oneCall: { user: oneCall.user?.id, project: oneCall.project?.id, asked },
    oauth2: { user: client.user?.id, project: client.project?.id, networksListed: Array.isArray(networks) },
  }),
);
