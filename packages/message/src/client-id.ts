import { ServiceClient, type Session, type SessionOrClient } from "@openstack-ts/core";

const KEY = "message:client-id";

/**
 * A random (version 4) UUID. From getRandomValues rather than randomUUID, which browsers
 * offer only to pages of secure origins: a dashboard served over plain http needs one too.
 */
function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The Client-ID of a session: a random UUID made on its first Zaqar call and kept for the
 * session's life (the session's per-session store), so that every call of one Connection is
 * the same client to Zaqar (which `echo` and claims go by). A call's `clientId` overrides it.
 */
function clientIdOf(session: Session): string {
  return session.perSession(KEY, randomUuid);
}

/** The headers every Zaqar request of a session carries (the descriptor's `sessionHeaders`). */
export async function sessionHeaders(session: Session, signal?: AbortSignal): Promise<Record<string, string>> {
  const project = (await session.access(signal)).project?.id;
  return { "Client-ID": clientIdOf(session), ...(project && { "X-Project-ID": project }) };
}

/** `conn.message.getClientId()`: the UUID this connection's Zaqar calls send as Client-ID. */
export function getClientId(target: SessionOrClient): string {
  return clientIdOf(target instanceof ServiceClient ? target.session : target);
}
