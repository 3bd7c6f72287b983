import type { Ref } from "@openstack-ts/core";
import * as v from "valibot";

/** A link Heat puts on stacks, resources and events (`self`, `stack`, `resource`). */
export const Link = v.looseObject({ href: v.string(), rel: v.string() });

/** A template or environment: an object, or its YAML or JSON text (Heat parses either). */
export type TemplateBody = Readonly<Record<string, unknown>> | string;

/** A stack as the calls under it take it: its id, its name, "name/id", or the stack (or anything with its name and id). */
export type StackRef = Ref | { readonly stack_name: string; readonly id: string };
