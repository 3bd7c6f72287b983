// What the secrets test files (secrets.test.ts, secrets-logins.test.ts) share: the secrets a
// file makes up, a user that logs in with them, the tokens Keystone issues to the file's
// connections (read off the wire), the errors its failing calls end in, a logger writing
// every debug line to the run's debug log, and the scan that fails on any secret in a text.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { Connection, type ConnectionOptions, OpenStackError } from "@openstack-ts/openstack";
import { expect, it } from "vitest";
import { admin, AUTH_URL, uniqueName } from "./cloud.js";
import { fileLogger } from "./debug-log.js";
import { FIXED_SECRETS, randomSecret, scanForSecrets, watchingTokens } from "./secret-scan.js";

export type SecretsWatch = ReturnType<typeof secretsWatch>;

/**
 * A file's watch over its secrets. `known` takes any secret a test comes across (a second
 * factor, a receipt, a signature): the scan looks for those too.
 */
export function secretsWatch(what: string) {
  const name = uniqueName(what);
  const password = randomSecret("Pw");
  const appSecret = randomSecret("App");
  const logFile =
    process.env["OPENSTACK_TS_DEBUG_LOG"] ?? join(mkdtempSync(join(tmpdir(), "openstack-ts-secrets-")), "debug.log");
  const logger = fileLogger(logFile);
  /** Every token Keystone issued to this file's connections. */
  const issued = new Set<string>();
  const watching = watchingTokens(issued);
  const known = new Set<string>([password, appSecret, ...FIXED_SECRETS]);
  const errors: unknown[] = [];
  return {
    name,
    password,
    appSecret,
    logFile,
    issued,
    known,
    errors,
    /** The admin, with debug logging on and its tokens watched. */
    direct: new Connection({ ...admin, logger, fetch: watching }),
    /** A connection of these options, with debug logging on, its tokens watched, no retries. */
    as: (options: Partial<ConnectionOptions>) =>
      new Connection({ authUrl: AUTH_URL, logger, fetch: watching, retries: false, ...options } as ConnectionOptions),
    /** What `call` fails with, kept to be scanned; undefined if it does not fail. */
    failure: async (call: () => Promise<unknown>) => {
      const error = await call().then(
        () => undefined,
        (e: unknown) => e,
      );
      errors.push(error);
      return error;
    },
    /** Fails naming the first text that holds a secret of this file or any Keystone token. */
    scan: (texts: string[], where: string) => scanForSecrets(texts, where, [...known, ...issued]),
  };
}

/**
 * A member of `demo` named after the watch, who logs in with its password, and an
 * application credential of theirs with its secret. The file deletes the user (and with it
 * the credential) after its tests.
 */
export async function secretsUser(watch: SecretsWatch): Promise<{ userId: string; credentialId: string }> {
  const { direct, name, password, appSecret } = watch;
  const project = (await direct.identity.findProject("demo"))!;
  const member = (await direct.identity.findRole("member"))!;
  const userId = (await direct.identity.createUser({ name, password, default_project_id: project.id })).id;
  await direct.identity.assignProjectRoleToUser({ project, user: userId, role: member });
  const user = watch.as({ username: name, password, projectName: "demo" });
  const credential = await user.identity.createApplicationCredential({ user_id: userId, name, secret: appSecret });
  return { userId, credentialId: credential.id };
}

/** The file's test that every error its calls ended in is one of ours, and holds no secret in any form. */
export function itLeavesNoSecretInErrors(watch: SecretsWatch, atLeast: number): void {
  it("leaves no secret in any error's message, String(), JSON, stack or inspection", () => {
    expect(watch.errors.length).toBeGreaterThanOrEqual(atLeast);
    for (const error of watch.errors) {
      expect(error).toBeInstanceOf(OpenStackError);
      const e = error as Error;
      watch.scan(
        [e.message, String(e), JSON.stringify(e), e.stack ?? "", inspect(e, { depth: 10, showHidden: true })],
        `${e.name}: ${e.message}`,
      );
    }
  });
}
