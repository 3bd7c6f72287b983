import { fillPath, type orchestration } from "@openstack-ts/openstack";
import { field, h, show, table } from "../app/dom.js";
import { type ReadStack, watchStack } from "../app/stack-watch.js";
import { stackDetail } from "./stack-detail.js";
import { actions, load, onSubmit, statusBadge, type View } from "./view.js";

const EXAMPLE = `heat_template_version: 2018-08-31
resources:
  password:
    type: OS::Heat::RandomString
    properties: {length: 16}
outputs:
  password: {value: {get_attr: [password, value]}}`;

/** Heat stacks: the list with their status, one stack's resources and events; create from a pasted template, delete. */
export const stacksView: View = (root, { conn }) => {
  const heat = conn.orchestration;
  const list = h("div", { id: "stack-list" });
  const detail = h("section", { id: "stack-detail" });
  const notice = h("div", { class: "notice", "aria-live": "polite" });
  const name = h("input", { id: "stack-name", name: "stack_name", required: true, placeholder: "my-stack" });
  const template = h("textarea", {
    id: "stack-template",
    name: "template",
    required: true,
    rows: 10,
    spellcheck: false,
    placeholder: EXAMPLE,
  });
  const create = h("button", { type: "submit", id: "create-stack" }, "Create stack");

  const open = (stack: orchestration.Stack) =>
    load(detail, `Reading stack ${stack.stack_name}`, () => stackDetail(conn, stack));

  const refresh = () =>
    load(list, "Listing stacks", async () =>
      table(
        // Heat lists a deleted stack, DELETE_COMPLETE, for a few seconds more: it is gone.
        (await heat.listStacks()).filter((s) => s.stack_status !== "DELETE_COMPLETE"),
        [
          [
            "Name",
            (s: orchestration.Stack) =>
              h(
                "button",
                { type: "button", class: "link", "data-open": s.stack_name, onclick: () => void open(s) },
                s.stack_name,
              ),
          ],
          ["Status", (s) => statusBadge(s.stack_status)],
          ["Reason", (s) => s.stack_status_reason ?? ""],
          ["Created", (s) => s.creation_time ?? ""],
          ["ID", (s) => h("code", {}, s.id)],
          [
            "",
            (s) =>
              h(
                "button",
                { type: "button", class: "danger", "data-delete": s.stack_name, onclick: () => void remove(s) },
                "Delete",
              ),
          ],
        ],
        (s) => ({ "data-name": s.stack_name, "data-id": s.id }),
      ),
    );

  /** A stack by id from Heat's list, which answers in place (see watchStack). */
  const read: ReadStack = async (id, signal) => (await heat.listStacks({ id }, { signal }))[0];

  /**
   * Shows each state Heat reports until it is done with the stack, refreshing the list as the
   * state moves. The polling ends when the view is left (its root leaves the page).
   */
  const follow = (doing: string, stack: { id: string }) => {
    const left = new AbortController();
    let last = "";
    return watchStack(read, stack.id, {
      signal: left.signal,
      onState: (s) => {
        if (!root.isConnected) left.abort();
        show(notice, h("p", { class: "busy" }, `${doing}: `, statusBadge(s.stack_status)));
        if (s.stack_status !== last) void refresh();
        last = s.stack_status;
      },
    });
  };

  const act = actions(notice, refresh);

  // Under its canonical path: `stacks/{id}` is a redirect, which a browser does not let the SDK follow.
  const remove = (stack: orchestration.Stack) =>
    act(`Deleting stack ${stack.stack_name}`, async () => {
      await conn.service("orchestration").delete(fillPath("stacks/{stack_name}/{id}", stack));
      show(detail);
      await follow(`Deleting stack ${stack.stack_name}`, stack);
      return `Deleted stack ${stack.stack_name}.`;
    });

  const form = h(
    "form",
    { id: "stack-form", class: "stacked" },
    field("Name", name),
    field("Template (YAML or JSON)", template),
    h("div", {}, create),
  );
  onSubmit(form, create, () => {
    const stackName = name.value.trim();
    return act(`Creating stack ${stackName}`, async () => {
      const created = await heat.createStack({ stack_name: stackName, template: template.value });
      form.reset();
      const stack = await follow(`Creating stack ${stackName}`, created);
      if (!stack) return `Stack ${stackName} was deleted while it was being created.`;
      void open(stack);
      return `Stack ${stack.stack_name} is ${stack.stack_status}.`;
    });
  });

  show(
    root,
    h("h2", {}, "Stacks"),
    form,
    notice,
    h("button", { type: "button", class: "secondary", onclick: () => void refresh() }, "Refresh"),
    list,
    detail,
  );
  return refresh();
};
