import { HttpError, httpErrorFor, REDACTED } from "@openstack-ts/core";

/**
 * Runs a request that carries a payload, so that no failure repeats it: Barbican's 400s
 * quote the value they refuse ("… is not of type 'string'"), and a server could quote a
 * payload. An HttpError whose message holds one of `payloads` is rethrown as the same kind
 * of error with each occurrence replaced by `<redacted>`; other errors pass as they are.
 */
export async function withoutPayloads<T>(payloads: readonly string[], call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw scrubbed(error, payloads);
  }
}

function scrubbed(error: unknown, payloads: readonly string[]): unknown {
  if (!(error instanceof HttpError) || error.serverMessage === undefined) return error;
  // A payload of a few characters would redact common words: those cannot identify one.
  const found = payloads.filter((payload) => payload.length >= 4 && error.message.includes(payload));
  if (found.length === 0) return error;
  let serverMessage = error.serverMessage;
  for (const payload of found) serverMessage = serverMessage.split(payload).join(REDACTED);
  const { status, method, url, requestId, serverCode } = error;
  const clean = httpErrorFor({ status, method, url, requestId, serverCode, serverMessage });
  return clean;
}
