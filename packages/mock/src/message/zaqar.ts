import { fail } from "../engine/api-error.js";
import { authOf, type Ctx, type Row } from "../engine/types.js";

/** Zaqar's v2 defaults for a queue's reserved settings, as a GET of a queue fills them in. */
export const QUEUE_DEFAULTS = {
  _max_messages_post_size: 262144,
  _default_message_ttl: 3600,
  _default_message_delay: 0,
  _dead_letter_queue: null,
  _dead_letter_queue_messages_ttl: null,
  _max_claim_count: null,
  _enable_encrypt_messages: false,
};

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const QUEUE_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

/**
 * The project and client of a request, checked as Zaqar does before any route: a Client-ID
 * that is a UUID (400 without one), and the token's project.
 */
export function caller(ctx: Ctx): { project: string; client: string } {
  const client = ctx.request.headers.get("client-id") ?? "";
  if (!client) fail(400, 'The request should have either "Client-ID" header or "client_id" in the body.');
  if (!UUID.test(client)) fail(400, `Malformed hexadecimal UUID: ${client}`);
  return { project: authOf(ctx).projectId ?? "", client };
}

/** The route's queue name, checked as Zaqar checks it. */
export function queueNameOf(ctx: Ctx): string {
  const name = ctx.params["queue"] ?? "";
  if (!QUEUE_NAME.test(name)) {
    fail(
      400,
      "Queue names may not be more than 64 characters long and may only contain ASCII letters, digits, underscores and dashes.",
    );
  }
  return name;
}

/** A whole-number query parameter within bounds, or Zaqar's 400. */
export function intParam(ctx: Ctx, name: string, fallback: number, min: number, max: number): number {
  const raw = ctx.query.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    fail(400, `The value of the "${name}" query parameter must be an integer from ${min} to ${max}.`);
  }
  return value;
}

/** The queue's messages that are alive now (their ttl not passed), oldest first. */
export function liveMessages(ctx: Ctx, project: string, queue: string): Row[] {
  const now = ctx.cloud.now();
  const state = ctx.cloud.state;
  state.zaqarMessages = state.zaqarMessages.filter((m) => m["expires"] > now);
  return state.zaqarMessages.filter((m) => m["project"] === project && m["queue"] === queue);
}

/** Whether a message is held by a claim that has not expired. */
export function isClaimed(ctx: Ctx, message: Row): boolean {
  return typeof message["claim_id"] === "string" && message["claim_expires"] > ctx.cloud.now();
}

/** A message as Zaqar shows it under `base` (the queue's messages path). */
export function messageView(ctx: Ctx, message: Row, base: string): Row {
  const claimed = isClaimed(ctx, message);
  return {
    id: message["id"],
    href: `${base}/${message["id"]}${claimed ? `?claim_id=${message["claim_id"]}` : ""}`,
    ttl: message["ttl"],
    age: Math.floor((ctx.cloud.now() - message["created"]) / 1000),
    body: message["body"],
    ...(claimed && { claim_id: message["claim_id"] }),
  };
}
