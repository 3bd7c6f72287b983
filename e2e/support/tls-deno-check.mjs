// TLS options under Deno, run by e2e/tls-deno.test.ts: each case against the test's TLS
// terminators, one JSON line of outcomes on stdout. Imports the built package by name.
import { Connection } from "@openstack-ts/openstack";

const { PLAIN_URL, MUTUAL_URL, PKI_DIR } = process.env;
const login = (url) => ({
  authUrl: `${url}/v3`,
  username: "admin",
  password: "admin",
  projectName: "admin",
  retries: false,
});
const ca = await Deno.readTextFile(`${PKI_DIR}/ca.pem`);
const outcome = (promise) =>
  promise.then(
    (token) => (typeof token === "string" && token.length > 20 ? "token" : `odd ${token}`),
    (error) => `${error?.name}: ${error?.message}`,
  );

const warnings = [];
const logger = { warn: (message) => warnings.push(message) };
const unverified = new Connection({ ...login(PLAIN_URL), verify: false, logger });

console.log(
  JSON.stringify({
    runtime: globalThis.Deno ? "deno" : "other",
    byDefault: await outcome(new Connection(login(PLAIN_URL)).authorize()),
    caText: await outcome(new Connection({ ...login(PLAIN_URL), cacert: ca }).authorize()),
    caFile: await outcome(new Connection({ ...login(PLAIN_URL), cacert: `${PKI_DIR}/ca.pem` }).authorize()),
    mutualWithoutCert: await outcome(new Connection({ ...login(MUTUAL_URL), cacert: ca }).authorize()),
    mutualWithCert: await outcome(
      new Connection({
        ...login(MUTUAL_URL),
        cacert: ca,
        cert: `${PKI_DIR}/client.pem`,
        key: `${PKI_DIR}/client.key`,
      }).authorize(),
    ),
    projects: (
      await new Connection({
        ...login(MUTUAL_URL),
        cacert: ca,
        cert: `${PKI_DIR}/client.pem`,
        key: `${PKI_DIR}/client.key`,
      }).identity.listProjects()
    ).map((p) => p.name),
    unverified: [await outcome(unverified.authorize()), await outcome(unverified.authorize())],
    warnings,
  }),
);
