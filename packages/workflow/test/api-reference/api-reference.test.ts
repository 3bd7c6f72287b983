// Every response field Mistral's API reference names for a resource is a field of this
// package's schema for it: the reference has no sample bodies to parse (see SOURCE.md), so its
// field lists are what is checked. Counted per resource, and in total.
import { readFileSync } from "node:fs";
import type * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  ActionExecution,
  CronTrigger,
  EventTrigger,
  Execution,
  Task,
  Workbook,
  Workflow,
} from "../../src/resources.js";

type Schema = v.LooseObjectSchema<v.ObjectEntries, undefined>;

/** Each reference page, the schema of the resource its calls answer, and what its list envelope is. */
const PAGES: [page: string, schema: Schema, envelope: string][] = [
  ["workflow", Workflow, "workflows"],
  ["workbook", Workbook, "workbooks"],
  ["execution", Execution, "executions"],
  ["task", Task, "tasks"],
  ["action-execution", ActionExecution, "action_executions"],
  ["cron-trigger", CronTrigger, "cron_triggers"],
  ["event-trigger", EventTrigger, "event_triggers"],
];

/**
 * Calls whose answer is not the page's resource: workflow members (and sharing, which answers
 * one), a definition's validation, an execution's report, a task's sub-executions.
 */
const OTHER_ANSWERS = /member|share|validate|report|sub-executions/i;

/** The response fields a page names, by the section (call) naming them. */
function responseFields(page: string): Map<string, string[]> {
  const text = readFileSync(new URL(`reference/${page}.inc`, import.meta.url), "utf8");
  const lines = text.split("\n");
  const sections = new Map<string, string[]>();
  let title = "";
  let inResponse = false;
  lines.forEach((line, i) => {
    const underline = lines[i + 1] ?? "";
    if (/^=+$/.test(underline) && underline.length === line.length && line.trim() !== "") {
      title = line;
      inResponse = false;
    } else if (line === "Response" && /^-+$/.test(underline)) inResponse = true;
    else if (line === "Request" && /^-+$/.test(underline)) inResponse = false;
    const field = inResponse ? /^ {2}- (\w+): /.exec(line)?.[1] : undefined;
    if (field && !OTHER_ANSWERS.test(title)) sections.set(title, [...(sections.get(title) ?? []), field]);
  });
  return sections;
}

describe("Mistral's API reference, response fields", () => {
  const totals = { named: 0, declared: 0 };

  it.each(PAGES)("names only fields the %s schema declares", (page, schema, envelope) => {
    const sections = responseFields(page);
    expect(sections.size).toBeGreaterThan(0);
    const named = new Set([...sections.values()].flat().filter((f) => f !== envelope && f !== "next"));
    const missing = [...named].filter((field) => !(field in schema.entries));
    totals.named += named.size;
    totals.declared += named.size - missing.length;
    console.info(`${page}: ${named.size} response fields named, ${named.size - missing.length} declared`);
    expect(missing).toEqual([]);
  });

  it("was read whole: every page named some fields", () => {
    console.info(`all pages: ${totals.named} response fields named, ${totals.declared} declared`);
    expect(totals.named).toBeGreaterThan(50);
    expect(totals.declared).toBe(totals.named);
  });
});
