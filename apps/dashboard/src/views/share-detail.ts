import { type Connection, NotFoundError, sharedFileSystem, waitForDelete } from "@openstack-ts/openstack";
import { type Child, field, h, show, table } from "../app/dom.js";
import { StateTrail } from "../app/state-trail.js";
import { errorPanel, fact, load, statusBadge, trailBadges, whileShown } from "./view.js";

type AccessRule = sharedFileSystem.AccessRule;

const ACCESS_TYPES = ["ip", "user", "cert", "cephx"] as const;
const POLL = { interval: 1_000, maxInterval: 3_000, timeout: 300_000 } as const;

/**
 * One share: its export locations (where it is mounted from) and its access rules, with a
 * form to grant one and a button to revoke each. The share service applies a grant
 * (`queued_to_apply` → `active`) and a revoke (`queued_to_deny` → gone) on its own time;
 * the notice follows each until it is done.
 */
export async function shareDetail(conn: Connection, share: sharedFileSystem.Share): Promise<Child[]> {
  const manila = conn.sharedFileSystem;
  const label = share.name || share.id;
  const rules = h("div", { id: "share-rules" });
  const notice = h("div", { id: "access-notice", class: "notice", "aria-live": "polite" });
  const locations = await manila.listExportLocations({ share_id: share.id });

  const refreshRules = () =>
    load(rules, `Listing the access rules of ${label}`, async () =>
      table(
        await manila.listAccessRules({ share_id: share.id }),
        [
          ["Type", (r: AccessRule) => r.access_type],
          ["Access to", (r) => h("strong", {}, r.access_to)],
          ["Level", (r) => r.access_level],
          ["State", (r) => statusBadge(r.state)],
          ["ID", (r) => h("code", {}, r.id)],
          [
            "",
            (r) =>
              h(
                "button",
                { type: "button", class: "danger", "data-revoke": r.access_to, onclick: () => void revoke(r) },
                "Revoke",
              ),
          ],
        ],
        (r) => ({ "data-name": r.access_to, "data-id": r.id }),
      ),
    );

  /** Runs `work` with the notice saying so, then what it ended in; the rules are read again either way. */
  const act = async (doing: string, work: (seen: (state: string) => void) => Promise<string>) => {
    const trail = new StateTrail();
    const seen = (state: string) => {
      if (!trail.add(state)) return;
      show(notice, h("p", { class: "busy" }, `${doing}: `, trailBadges(trail.states)));
      void refreshRules();
    };
    show(notice, h("p", { class: "busy" }, `${doing}…`));
    try {
      const outcome = await work(seen);
      show(notice, h("p", { class: "ok" }, trail.states.length > 0 ? `${outcome} (${trail}).` : `${outcome}.`));
    } catch (error) {
      show(notice, errorPanel(error, doing));
    }
    await refreshRules();
  };

  const revoke = (rule: AccessRule) =>
    act(`Revoking access for ${rule.access_to}`, async (seen) => {
      await manila.deleteAccessRule({ share_id: share.id, access_id: rule.id });
      // Denying is the share service's work: the rule is read until Manila no longer has it.
      // The wait ends when the share's detail leaves the page (another share opened, another view).
      await whileShown(notice, async (signal) => {
        const now = await manila
          .getAccessRule(rule.id, { signal })
          .catch((error: unknown) => (error instanceof NotFoundError ? undefined : Promise.reject(error)));
        if (now) seen(now.state);
        await waitForDelete(sharedFileSystem.accessRules, conn.session, rule.id, { ...POLL, signal });
      });
      return `Revoked access for ${rule.access_to}`;
    });

  const accessType = h(
    "select",
    { id: "access-type", name: "access_type" },
    ...ACCESS_TYPES.map((t) => h("option", { value: t }, t)),
  );
  const accessTo = h("input", { id: "access-to", name: "access_to", required: true, placeholder: "10.0.0.0/24" });
  const accessLevel = h(
    "select",
    { id: "access-level", name: "access_level" },
    h("option", { value: "rw" }, "read-write"),
    h("option", { value: "ro" }, "read-only"),
  );
  const grant = h("button", { type: "submit", id: "grant-access" }, "Grant access");
  const form = h(
    "form",
    { id: "access-form", class: "inline" },
    field("Type", accessType),
    field("Access to", accessTo),
    field("Level", accessLevel),
    grant,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const to = accessTo.value.trim();
    grant.disabled = true;
    void act(`Granting access for ${to}`, async (seen) => {
      const rule = await manila.createAccessRule({
        share_id: share.id,
        access_type: accessType.value as (typeof ACCESS_TYPES)[number],
        access_to: to,
        access_level: accessLevel.value as "rw" | "ro",
      });
      accessTo.value = "";
      seen(rule.state);
      const active = await whileShown(notice, (signal) =>
        manila.waitForAccessRule(rule, { status: "active", ...POLL, signal, onProgress: (r) => seen(r.state) }),
      );
      return `Access for ${active.access_to} is ${active.state}`;
    }).finally(() => (grant.disabled = false));
  });

  void refreshRules();
  return [
    h("h3", {}, `Share ${label}`),
    h(
      "dl",
      { class: "facts" },
      ...fact("ID", h("code", {}, share.id)),
      ...fact("Status", statusBadge(share.status)),
      ...fact("Size", share.size === null || share.size === undefined ? "—" : `${share.size} GiB`),
      ...fact("Protocol", share.share_proto),
      ...fact("Share type", share.share_type_name ?? share.share_type ?? "—"),
      ...fact("Availability zone", share.availability_zone ?? "—"),
    ),
    h("h3", {}, `Export locations of ${label}`),
    h(
      "div",
      { id: "share-exports" },
      table(
        locations,
        [
          ["Path", (l: sharedFileSystem.ExportLocation) => h("code", { class: "path" }, l.path)],
          ["Preferred", (l) => (l.preferred ? "yes" : "no")],
          ["Admin only", (l) => (l.is_admin_only ? "yes" : "no")],
        ],
        (l) => ({ "data-name": l.path, "data-id": l.id }),
      ),
    ),
    h("h3", {}, `Access rules of ${label}`),
    form,
    notice,
    rules,
  ];
}
