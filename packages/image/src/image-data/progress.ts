import type { ActionOptions } from "@openstack-ts/core";

/** What a progress callback receives: bytes so far, the total when known (else 0), and their ratio. */
export type Progress = Parameters<NonNullable<ActionOptions["onUploadProgress"]>>[0];
export type ProgressCallback = (progress: Progress) => void;

/** Reports one chunk more: `percent` stays below 1 until the transfer has ended. */
export function progressAt(transferredBytes: number, totalBytes: number, ended = false): Progress {
  const total = Math.max(totalBytes, transferredBytes);
  const percent = ended ? 1 : total === 0 ? 0 : Math.min(transferredBytes / total, 1 - Number.EPSILON);
  return { percent, transferredBytes, totalBytes: total };
}

/** A pass-through stream that reports the bytes crossing it, and once more, at 100 %, when it ends. */
export function countingStream(
  totalBytes: number,
  onProgress: ProgressCallback,
): TransformStream<Uint8Array, Uint8Array> {
  let transferred = 0;
  return new TransformStream({
    transform(chunk, controller) {
      controller.enqueue(chunk);
      transferred += chunk.byteLength;
      onProgress(progressAt(transferred, totalBytes));
    },
    flush() {
      onProgress(progressAt(transferred, totalBytes, true));
    },
  });
}
