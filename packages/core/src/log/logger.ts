/**
 * Where the SDK writes what it does. `console` fits; so does any structured logger.
 * Every line passes through the redaction below first, so no sink ever sees a secret.
 */
export interface Logger {
  debug?(message: string, fields?: Record<string, unknown>): void;
  info?(message: string, fields?: Record<string, unknown>): void;
  warn?(message: string, fields?: Record<string, unknown>): void;
  error?(message: string, fields?: Record<string, unknown>): void;
}

const secretHeader =
  /^(x-auth-token|x-subject-token|x-service-token|openstack-auth-receipt|authorization|proxy-authorization|cookie|set-cookie|x-(account|container)-meta-temp-url-key(-2)?)$/i;
const secretQuery = /^(temp_url_sig|signature|token|password|secret)$/i;
export const REDACTED = "<redacted>";

/** A plain object of the headers, secret values replaced. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = secretHeader.test(name) ? REDACTED : value;
  });
  return out;
}

/** The URL with secret-looking query values (temp URL signatures, …) replaced. */
export function redactUrl(url: string): string {
  if (!url.includes("?")) return url;
  try {
    const parsed = new URL(url);
    let changed = false;
    for (const key of [...parsed.searchParams.keys()]) {
      if (secretQuery.test(key)) {
        parsed.searchParams.set(key, REDACTED);
        changed = true;
      }
    }
    return changed ? parsed.toString() : url;
  } catch {
    return url;
  }
}
