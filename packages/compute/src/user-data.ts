/**
 * User data as Nova wants it: base64. Text is encoded as UTF-8 first, bytes as they are, so
 * a cloud-init script is passed as written (openstacksdk's cloud layer does the same).
 * Uses only `btoa` and `TextEncoder`, which every runtime has.
 */
export function encodeUserData(data: string | Uint8Array): string {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  let binary = "";
  // In slices: String.fromCharCode(...bytes) overflows the stack on a large payload.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
