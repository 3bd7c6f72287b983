import * as v from "valibot";

/** A queue's message counts (`GET /v2/queues/{name}/stats`, its `messages`). */
export const QueueStats = v.looseObject({
  free: v.number(),
  claimed: v.number(),
  total: v.number(),
  /** With any message: the oldest and newest, by id, age and creation time. */
  oldest: v.optional(v.looseObject({ id: v.optional(v.string()), age: v.number(), created: v.string() })),
  newest: v.optional(v.looseObject({ id: v.optional(v.string()), age: v.number(), created: v.string() })),
});
export type QueueStats = v.InferOutput<typeof QueueStats>;

/** What a pre-signed URL allows: paths under the queue, methods, and until when. */
export interface SignedUrlRequest {
  /** `messages`, `claims`, `subscriptions`; Zaqar's default is `messages`. */
  paths?: readonly ("messages" | "claims" | "subscriptions")[];
  /** `GET`, `HEAD`, `OPTIONS`, `POST`, `PUT`, `DELETE`; Zaqar's default is `GET`. */
  methods?: readonly ("GET" | "HEAD" | "OPTIONS" | "POST" | "PUT" | "DELETE" | "PATCH")[];
  /** An ISO 8601 time (`2030-01-01T00:00:00`); Zaqar's default is a day from now. */
  expires?: string;
}

/** A pre-signed URL's grant: what to send as the URL-* headers (see signedUrlHeaders). */
export const SignedUrl = v.looseObject({
  project: v.string(),
  paths: v.array(v.string()),
  methods: v.array(v.string()),
  expires: v.string(),
  signature: v.string(),
});
export type SignedUrl = v.InferOutput<typeof SignedUrl>;

/**
 * The headers a request made with a pre-signed URL carries instead of a token: Zaqar checks
 * the signature over the project, paths, methods and expiry. The signature is a secret: it
 * grants its paths to anyone who holds it until it expires.
 */
export function signedUrlHeaders(signed: SignedUrl): Record<string, string> {
  return {
    "URL-Signature": signed.signature,
    "URL-Expires": signed.expires,
    "URL-Methods": signed.methods.join(","),
    "URL-Paths": signed.paths.join(","),
    "X-Project-ID": signed.project,
  };
}
