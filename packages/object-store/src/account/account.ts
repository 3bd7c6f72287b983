import { clientFor, type SessionOrClient } from "@openstack-ts/core";
import {
  metadataHeaders,
  numberHeader,
  readMetadata,
  removalHeaders,
  TEMP_URL_KEYS,
  visibleHeaders,
  type Metadata,
} from "../metadata.js";
import { objectStoreService } from "../descriptor.js";

/** The account (the project's storage) as `HEAD` on it reports. */
export interface AccountMetadata {
  containerCount: number;
  objectCount: number;
  bytesUsed: number;
  /** The account quota (account_quotas middleware), when one is set. */
  quotaBytes: number | undefined;
  timestamp: string | undefined;
  /** `X-Account-Meta-*`, keys lowercase. The temp URL keys are secrets and left out: `getTempUrlKey` reads them. */
  metadata: Record<string, string>;
  /** Every response header, temp URL keys redacted. */
  headers: Record<string, string>;
}

type Call = { signal?: AbortSignal };

/** `HEAD` the account: its counts, usage and metadata. */
export async function getAccountMetadata(target: SessionOrClient, options: Call = {}): Promise<AccountMetadata> {
  const response = await clientFor(target, objectStoreService).head("", { signal: options.signal });
  return parseAccountHeaders(response.headers);
}

export function parseAccountHeaders(headers: Headers): AccountMetadata {
  return {
    containerCount: numberHeader(headers, "x-account-container-count") ?? 0,
    objectCount: numberHeader(headers, "x-account-object-count") ?? 0,
    bytesUsed: numberHeader(headers, "x-account-bytes-used") ?? 0,
    quotaBytes: numberHeader(headers, "x-account-meta-quota-bytes"),
    timestamp: headers.get("x-timestamp") ?? undefined,
    metadata: readMetadata(headers, "Account", TEMP_URL_KEYS),
    headers: visibleHeaders(headers),
  };
}

/** Adds or changes account metadata; keys not named are kept. */
export async function setAccountMetadata(
  target: SessionOrClient,
  metadata: Metadata,
  options: Call = {},
): Promise<void> {
  const headers = metadataHeaders("Account", metadata, "setAccountMetadata");
  await clientFor(target, objectStoreService).post("", { headers, signal: options.signal });
}

/** Removes account metadata keys; keys that are not set are ignored. */
export async function deleteAccountMetadata(
  target: SessionOrClient,
  keys: readonly string[],
  options: Call = {},
): Promise<void> {
  const headers = removalHeaders("Account", keys, "deleteAccountMetadata");
  if (Object.keys(headers).length === 0) return;
  await clientFor(target, objectStoreService).post("", { headers, signal: options.signal });
}
