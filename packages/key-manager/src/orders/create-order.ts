import { clientFor, InvalidArgumentError, type SessionOrClient } from "@openstack-ts/core";
import { keyManagerService } from "../descriptor.js";
import { withoutPayloads } from "../payloads/scrub.js";
import { idOfRef } from "../refs/ref.js";
import { type Order, orders } from "./order.js";

export interface OrderCreate {
  /** `key` (a symmetric key, as a secret) or `asymmetric` (a key pair, as an `rsa` container). */
  type: "key" | "asymmetric";
  meta: {
    name?: string;
    /** `aes` for a key; `rsa` (or `dsa`, `ec`) for a pair. */
    algorithm: string;
    bit_length: number;
    mode?: string;
    /** `application/octet-stream` for keys. */
    payload_content_type?: string;
    expiration?: string;
    /** Asymmetric only: protects the private key; never logged, never in an error. */
    pass_phrase?: string;
    [field: string]: unknown;
  };
}

/**
 * Places an order (`POST /v1/orders`) and returns it as Barbican then describes it (one
 * GET: the POST answers only its ref), usually still `PENDING`: `waitForOrder(order, {
 * status: "ACTIVE" })` waits for the worker.
 */
export async function createOrder(
  target: SessionOrClient,
  order: OrderCreate,
  options: { signal?: AbortSignal } = {},
): Promise<Order> {
  const what = "createOrder";
  if (typeof order !== "object" || order === null) throw new InvalidArgumentError(`${what} takes an object of fields`);
  if (order.type !== "key" && order.type !== "asymmetric")
    throw new InvalidArgumentError(`${what}: type must be 'key' or 'asymmetric', got ${JSON.stringify(order.type)}`);
  if (typeof order.meta !== "object" || order.meta === null) throw new InvalidArgumentError(`${what} needs 'meta'`);
  const { signal } = options;
  const client = clientFor(target, keyManagerService);
  const passPhrase = order.meta.pass_phrase;
  const created = await withoutPayloads(typeof passPhrase === "string" ? [passPhrase] : [], () =>
    client.post("orders", { json: order, signal }).json<{ order_ref?: unknown }>(),
  );
  const id = idOfRef("orders", created?.order_ref, `${what}: the answer's order_ref`);
  return orders.get(client, id, { signal });
}
