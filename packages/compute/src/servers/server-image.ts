import {
  ResponseValidationError,
  runAction,
  type ActionOptions,
  type ActionSpec,
  type SessionOrClient,
} from "@openstack-ts/core";
import { computeService } from "../descriptor.js";

/**
 * POST servers/{server}/action `createImage`: snapshots the server to a new image. Answers
 * the Response: before 2.45 the image's URL is in its `Location` header, from 2.45 the id is
 * in the body. {@link imageIdOf} reads either.
 */
export const createServerImageAction = {
  method: "POST",
  path: "servers/{server}/action",
  body: (args: { name: string; metadata?: Readonly<Record<string, string>> }) => ({
    createImage: { name: args.name, ...(args.metadata !== undefined && { metadata: args.metadata }) },
  }),
  returns: "response",
} as const satisfies ActionSpec;

/** The new image's id from a createServerImage answer: the body's `image_id` (2.45+), else the `Location` header. */
export async function imageIdOf(response: Response): Promise<string> {
  const text = response.bodyUsed ? "" : await response.text();
  const body = text ? parseJson(text) : undefined;
  if (typeof body?.image_id === "string") return body.image_id;
  const location = response.headers.get("location");
  const id = location?.replace(/\/+$/, "").split("/").pop();
  if (id) return id;
  throw new ResponseValidationError({
    url: response.url,
    field: "image_id",
    problem: "is missing from both the body and the Location header",
  });
}

function parseJson(text: string): { image_id?: unknown } | undefined {
  try {
    return JSON.parse(text) as { image_id?: unknown };
  } catch {
    return undefined;
  }
}

/** Snapshots a server and returns the new image's id, whatever the microversion (openstacksdk's create_server_image without the wait). */
export async function createServerImage(
  target: SessionOrClient,
  args: { server: string | { readonly id: string }; name: string; metadata?: Readonly<Record<string, string>> },
  options?: ActionOptions,
): Promise<string> {
  const response = (await runAction(
    computeService,
    "createServerImage",
    createServerImageAction,
    target,
    args,
    options,
  )) as Response;
  return imageIdOf(response);
}
