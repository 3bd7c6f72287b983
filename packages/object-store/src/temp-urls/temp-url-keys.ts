import { clientFor, InvalidArgumentError, type SessionOrClient } from "@openstack-ts/core";
import { headerValue } from "../metadata.js";
import { containerSegment, type ContainerRef } from "../paths.js";
import { objectStoreService } from "../descriptor.js";

type KeyOptions = { secondary?: boolean; signal?: AbortSignal };

const keyHeader = (kind: "Account" | "Container", secondary: boolean | undefined) =>
  `X-${kind}-Meta-Temp-URL-Key${secondary ? "-2" : ""}`;

function checkedKey(key: string, what: string): string {
  if (typeof key !== "string" || key === "")
    throw new InvalidArgumentError(`${what}: the key must be a non-empty string`);
  // The message never names the key: it is a secret.
  try {
    return headerValue(key, `${what}: the key`);
  } catch {
    throw new InvalidArgumentError(`${what}: the key cannot contain line breaks`);
  }
}

/**
 * Sets the account's temp URL key (or, with `secondary`, its second key, for rotation):
 * every temp URL signed with it works for any object of the account.
 */
export async function setAccountTempUrlKey(
  target: SessionOrClient,
  key: string,
  options: KeyOptions = {},
): Promise<void> {
  const headers = { [keyHeader("Account", options.secondary)]: checkedKey(key, "setAccountTempUrlKey") };
  await clientFor(target, objectStoreService).post("", { headers, signal: options.signal });
}

/** Sets a container's temp URL key: temp URLs signed with it work for that container's objects only. */
export async function setContainerTempUrlKey(
  target: SessionOrClient,
  container: ContainerRef,
  key: string,
  options: KeyOptions = {},
): Promise<void> {
  const path = containerSegment(container);
  const headers = { [keyHeader("Container", options.secondary)]: checkedKey(key, "setContainerTempUrlKey") };
  await clientFor(target, objectStoreService).post(path, { headers, signal: options.signal });
}

/**
 * The key to sign temp URLs with, as openstacksdk picks it: the container's second key,
 * then its first, then the account's second, then its first. Undefined when none is set.
 */
export async function getTempUrlKey(
  target: SessionOrClient,
  container?: ContainerRef,
  options: { signal?: AbortSignal } = {},
): Promise<string | undefined> {
  const client = clientFor(target, objectStoreService);
  const pick = (headers: Headers, kind: "account" | "container") =>
    headers.get(`x-${kind}-meta-temp-url-key-2`) || headers.get(`x-${kind}-meta-temp-url-key`) || undefined;
  if (container !== undefined) {
    const fromContainer = pick(
      (await client.head(containerSegment(container), { signal: options.signal })).headers,
      "container",
    );
    if (fromContainer) return fromContainer;
  }
  return pick((await client.head("", { signal: options.signal })).headers, "account");
}
