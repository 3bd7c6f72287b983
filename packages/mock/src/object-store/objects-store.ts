import { md5Hex } from "../engine/md5.js";
import type { Ctx, Row } from "../engine/types.js";
import { guessType } from "./swift.js";

export const findObject = (ctx: Ctx, account: string, container: string, name: string): Row | undefined =>
  ctx.cloud.state.objects.find((o) => o["account"] === account && o["container"] === container && o["name"] === name);

/** Stores (or replaces) an object: its bytes, MD5 ETag, type and metadata. */
export function putObject(
  ctx: Ctx,
  target: { account: string; container: string; name: string },
  data: Uint8Array,
  contentType: string | undefined,
): Row {
  const { state } = ctx.cloud;
  state.objects = state.objects.filter(
    (o) => !(o["account"] === target.account && o["container"] === target.container && o["name"] === target.name),
  );
  const object: Row = {
    ...target,
    data,
    bytes: data.byteLength,
    hash: md5Hex(data),
    content_type: contentType ?? guessType(target.name),
    last_modified: ctx.cloud.now(),
    metadata: {},
    headers: {},
  };
  state.objects.push(object);
  return object;
}
