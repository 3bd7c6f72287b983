const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * A secret's payload, as Barbican gave it (or as a caller stores it). Its bytes are only
 * read by asking: `text()`, `bytes()`, `base64()`. Every string form (String(), JSON, the
 * inspection of Node, Deno and Bun) shows the content type and size, never the content, so
 * a payload logged or thrown by mistake does not leak.
 */
export class SecretPayload {
  readonly contentType: string;
  readonly #bytes: Uint8Array;

  constructor(bytes: Uint8Array, contentType: string) {
    this.#bytes = bytes.slice();
    this.contentType = contentType;
  }

  /** A payload of text, as UTF-8. */
  static fromText(text: string, contentType = "text/plain"): SecretPayload {
    return new SecretPayload(new TextEncoder().encode(text), contentType);
  }

  get size(): number {
    return this.#bytes.byteLength;
  }

  /** A copy of the bytes. */
  bytes(): Uint8Array {
    return this.#bytes.slice();
  }

  /** The bytes as UTF-8 text; a payload that is not UTF-8 is a TypeError (ask `bytes()`). */
  text(): string {
    return utf8.decode(this.#bytes);
  }

  /** The bytes in base64, as Barbican's JSON bodies carry binary payloads. */
  base64(): string {
    return base64Of(this.#bytes);
  }

  toString(): string {
    return `[SecretPayload ${this.contentType}, ${this.size} bytes]`;
  }

  toJSON(): { contentType: string; size: number } {
    return { contentType: this.contentType, size: this.size };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.toString();
  }

  [Symbol.for("Deno.customInspect")](): string {
    return this.toString();
  }
}

/** Base64 of bytes, with the platform's own encoder where there is one (Uint8Array.prototype.toBase64). */
export function base64Of(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (typeof native === "function") return native.call(bytes);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
