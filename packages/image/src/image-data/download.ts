import {
  clientFor,
  fillPath,
  idOf,
  InvalidArgumentError,
  type Ref,
  type ServiceClient,
  type SessionOrClient,
} from "@openstack-ts/core";
import { Sha512, type Sha2Algorithm } from "../checksums/sha512.js";
import { images } from "../images/image.js";
import { imageService } from "../descriptor.js";
import { ChecksumMismatchError, ImageDataMissingError } from "./errors.js";
import { progressAt, type ProgressCallback } from "./progress.js";

export interface DownloadImageOptions {
  signal?: AbortSignal | undefined;
  /** Called as chunks arrive (total from Content-Length), and at 100 % once the data checked out. */
  onDownloadProgress?: ProgressCallback | undefined;
  /**
   * Default true: check the data against the image's `os_hash_value` (SHA-512 or SHA-384)
   * and `size` as it streams. An image hashed with another algorithm is refused before any
   * data moves; one without a hash gets its size checked and a warning in the log.
   */
  verify?: boolean | undefined;
}

interface Expected {
  algorithm?: Sha2Algorithm;
  hash?: string;
  size?: number;
}

const COMPUTABLE: readonly string[] = ["sha512", "sha384"] satisfies Sha2Algorithm[];

/**
 * Downloads an image's data (`GET /v2/images/{id}/file`) as a stream, hashing it as it
 * passes: nothing is held whole in memory. When the data does not match, the stream
 * fails with `ChecksumMismatchError` after its last chunk (the check needs every byte),
 * so treat what was read as untrusted until the stream closes normally. Given an image
 * that already carries its hash, no metadata request is made.
 */
export async function downloadImage(
  target: SessionOrClient,
  image: Ref,
  options: DownloadImageOptions = {},
): Promise<ReadableStream<Uint8Array>> {
  const { signal, onDownloadProgress, verify = true } = options;
  const id = idOf(image, "downloadImage: image id");
  const client = clientFor(target, imageService);
  const expected = verify ? await expectedData(client, image, id, signal) : {};
  const response = await client.get(fillPath("images/{image}/file", { image: id }), { signal });
  if (response.status === 204 || response.body === null) throw new ImageDataMissingError(id);
  const length = Number(response.headers.get("content-length"));
  const total = Number.isSafeInteger(length) && length > 0 ? length : (expected.size ?? 0);
  return response.body.pipeThrough(checkingStream(id, total, expected, onDownloadProgress));
}

async function expectedData(
  client: ServiceClient,
  image: Ref,
  id: string,
  signal: AbortSignal | undefined,
): Promise<Expected> {
  // A hash never changes once set, so an image object that has one is current enough.
  const given =
    typeof image === "object" &&
    typeof image["os_hash_value"] === "string" &&
    typeof image["os_hash_algo"] === "string";
  const meta = given ? (image as Record<string, unknown>) : await images.get(client, id, { signal });
  const algorithm = meta["os_hash_algo"];
  const hash = meta["os_hash_value"];
  const size = typeof meta["size"] === "number" ? meta["size"] : undefined;
  if (typeof hash === "string" && hash !== "" && typeof algorithm === "string") {
    if (!COMPUTABLE.includes(algorithm)) {
      throw new InvalidArgumentError(
        `downloadImage: image ${id} is hashed with ${algorithm}, which the SDK cannot compute (only ${COMPUTABLE.join(", ")}); pass verify: false to download it unchecked`,
      );
    }
    return { algorithm: algorithm as Sha2Algorithm, hash: hash.toLowerCase(), ...(size !== undefined && { size }) };
  }
  client.session.logger?.warn?.(`downloadImage: image ${id} has no os_hash_value; only its size is checked`);
  return size === undefined ? {} : { size };
}

/** Passes chunks through, hashing and counting them; at the end, compares with what Glance recorded. */
function checkingStream(
  imageId: string,
  total: number,
  expected: Expected,
  onProgress: ProgressCallback | undefined,
): TransformStream<Uint8Array, Uint8Array> {
  const hasher = expected.algorithm ? new Sha512(expected.algorithm) : undefined;
  let received = 0;
  return new TransformStream({
    transform(chunk, controller) {
      hasher?.update(chunk);
      received += chunk.byteLength;
      controller.enqueue(chunk);
      onProgress?.(progressAt(received, total));
    },
    flush() {
      if (expected.size !== undefined && received !== expected.size) {
        throw new ChecksumMismatchError({
          imageId,
          algorithm: "size",
          expected: `${expected.size} bytes`,
          actual: `${received} bytes`,
        });
      }
      if (hasher) {
        const actual = hasher.hexDigest();
        if (actual !== expected.hash)
          throw new ChecksumMismatchError({ imageId, algorithm: hasher.algorithm, expected: expected.hash!, actual });
      }
      onProgress?.(progressAt(received, total, true));
    },
  });
}
