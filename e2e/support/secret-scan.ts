// What counts as a secret leaking, for secrets.test.ts: the loopback cloud's fixed secrets,
// Keystone's Fernet tokens, TOTP passcodes in a field; the tokens issued on the wire, read
// off it as they pass; and the scan that fails on the first text holding any of them.

/** Keystone's Fernet tokens, whoever they were issued to. */
export const FERNET = /gAAAAA[A-Za-z0-9_-]{40,}/;
/** The OpenID Connect provider's client secrets and alice's password (e2e/cloud/up.sh). */
const OIDC_SECRETS = ["openstack-ts-oidc-secret", "alice-oidc-secret", "keystone-oidc-secret"];
/** The loopback cloud's fixed secrets; `admin`'s password is a common word, so it is looked for as a value. */
export const FIXED_SECRETS = ["demo-secret", "appcred-secret", ...OIDC_SECRETS];
export const ADMIN_PASSWORD = /"password"\s*:\s*"admin"|password=admin\b/;
/** A passcode is six digits, too short to look for alone: any passcode field with digits is a leak. */
const PASSCODE_FIELD = /passcode["'\s]*[:=]\s*["']?\d{6}/i;

/** A value no text holds by chance, to use as a secret and look for afterwards. */
export const randomSecret = (prefix: string) =>
  `${prefix}-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;

/**
 * A fetch that adds every token it sees to `issued`: Keystone's (`X-Subject-Token`) and the
 * OpenID Connect provider's access, ID and refresh tokens, which are secrets too.
 */
export function watchingTokens(issued: Set<string>): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const token = response.headers.get("x-subject-token");
    if (token) issued.add(token);
    if (response.ok && new URL(response.url).port === "8900") {
      const body = (await response
        .clone()
        .json()
        .catch(() => ({}))) as Record<string, unknown>;
      for (const key of ["access_token", "id_token", "refresh_token"]) {
        if (typeof body[key] === "string") issued.add(body[key]);
      }
    }
    return response;
  };
}

/** Fails naming the first text that holds one of `secrets` (those of 8 characters or more), a passcode or any Keystone token. */
export function scanForSecrets(texts: string[], where: string, secrets: string[]): void {
  const known = secrets.filter((s) => s.length >= 8);
  for (const text of texts) {
    for (const secret of known) {
      if (text.includes(secret))
        throw new Error(`${where} holds a secret (${secret.slice(0, 6)}…): ${text.slice(0, 300)}`);
    }
    if (PASSCODE_FIELD.test(text)) throw new Error(`${where} holds a TOTP passcode: ${text.slice(0, 300)}`);
    const token = FERNET.exec(text);
    if (token) throw new Error(`${where} holds a Keystone token (${token[0].slice(0, 10)}…): ${text.slice(0, 300)}`);
  }
}
