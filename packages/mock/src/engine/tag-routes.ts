import { ApiError } from "./api-error.js";
import type { CollectionSpec } from "./collection.js";
import { findItem } from "./crud.js";
import { empty, json } from "./respond.js";
import type { Ctx, Route } from "./types.js";

/**
 * The tag calls Keystone (projects) and Neutron (every standard resource) share, on an
 * item's `tags` list: list, replace all, add one, check one, remove one, remove all.
 * Both answer an added tag with 201: Keystone with no body, Neutron with `null`.
 */
export function tagRoutes(
  spec: CollectionSpec,
  options: {
    missing: (tag: string) => ApiError;
    added: () => Response;
    listed?: (tags: string[], ctx: Ctx) => Record<string, unknown>;
    touch?: (ctx: Ctx) => void;
  },
): Route[] {
  const base = `${spec.path}/:id/tags`;
  const item = (ctx: Ctx) => {
    const found = findItem(spec, ctx);
    found["tags"] ??= [];
    return found;
  };
  const tagsOf = (ctx: Ctx) => item(ctx)["tags"] as string[];
  const done = (ctx: Ctx) => {
    spec.touch?.(item(ctx), ctx);
    options.touch?.(ctx);
  };
  return [
    { method: "GET", path: base, handle: (ctx) => json(options.listed?.(tagsOf(ctx), ctx) ?? { tags: tagsOf(ctx) }) },
    {
      method: "PUT",
      path: base,
      handle: async (ctx) => {
        const tags = (await ctx.body())["tags"];
        if (!Array.isArray(tags) || tags.some((t) => typeof t !== "string"))
          throw new ApiError(400, "Invalid input: 'tags' must be a list of strings");
        item(ctx)["tags"] = [...new Set(tags as string[])];
        done(ctx);
        return json({ tags: tagsOf(ctx) });
      },
    },
    { method: "DELETE", path: base, handle: (ctx) => ((item(ctx)["tags"] = []), done(ctx), empty(204)) },
    {
      method: "PUT",
      path: `${base}/:tag`,
      handle: (ctx) => {
        const tags = tagsOf(ctx);
        if (!tags.includes(ctx.params["tag"]!)) tags.push(ctx.params["tag"]!);
        done(ctx);
        return options.added();
      },
    },
    {
      method: ["GET", "HEAD"],
      path: `${base}/:tag`,
      handle: (ctx) => {
        if (!tagsOf(ctx).includes(ctx.params["tag"]!)) throw options.missing(ctx.params["tag"]!);
        return empty(204);
      },
    },
    {
      method: "DELETE",
      path: `${base}/:tag`,
      handle: (ctx) => {
        const tags = tagsOf(ctx);
        const index = tags.indexOf(ctx.params["tag"]!);
        if (index < 0) throw options.missing(ctx.params["tag"]!);
        tags.splice(index, 1);
        done(ctx);
        return empty(204);
      },
    },
  ];
}
