// The sample table's server calls (see sample-table.ts): a server, its actions and its parts.
import { imageIdOf } from "../../src/servers/server-image.js";
import { ServerCreated } from "../../src/servers/server-parts.js";
import { ConsoleOutput, RemoteConsole } from "../../src/servers/server-consoles.js";
import { ServerMetadata, ServerMetadataItem } from "../../src/servers/server-metadata.js";
import { ServerTags } from "../../src/servers/server-tags.js";
import { Server } from "../../src/servers/server.js";
import {
  action,
  create,
  get,
  list,
  onlyKey,
  onServer,
  prefixed,
  sends,
  update,
  type Body,
  type SampleCall,
} from "./sample-calls.js";

/** Nova answers user data and sends it base64-encoded; the SDK takes it as bytes and encodes it. */
const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
const withUserData = (fields: Body) =>
  typeof fields["user_data"] === "string" ? { ...fields, user_data: bytesOf(fields["user_data"]) } : fields;

const serverAction = (call: string) => sends(call, () => onServer);

/**
 * createServer's inputs: the `server` fields, and the hints under the name the SDK sends,
 * `os:scheduler_hints` (Nova's schema reads it and `OS-SCH-HNT:scheduler_hints` alike).
 */
const serverCreateArgs = (body: Body | undefined) =>
  body === undefined
    ? { name: "sample", flavorRef: "1", networks: "auto" }
    : {
        ...withUserData(body["server"]),
        ...(body["OS-SCH-HNT:scheduler_hints"] && { "os:scheduler_hints": body["OS-SCH-HNT:scheduler_hints"] }),
      };
const hintsAsSent = ({ "OS-SCH-HNT:scheduler_hints": hints, ...body }: Body): Body =>
  hints === undefined ? body : { ...body, "os:scheduler_hints": hints };
const createServer = (request: string): SampleCall => ({
  ...action("createServer", serverCreateArgs, request, { schema: ServerCreated, key: "server" }),
  sentAs: hintsAsSent,
});
const createServerSends: SampleCall = {
  ...sends("createServer", serverCreateArgs),
  sentAs: hintsAsSent,
  answers: "servers/server-create-resp.json",
};
// The request samples before 2.57 that carry `personality` are left out (SOURCE.md); a
// response without its request is answered to a rebuild from the same image.
const rebuild = (request: string) =>
  action(
    "rebuildServer",
    (body) => ({
      ...onServer,
      ...withUserData(body?.["rebuild"] ?? { imageRef: "70a599e0-31e7-49b7-b260-868f441e862b" }),
    }),
    request,
    { schema: Server, key: "server" },
  );

export const serverSamples: Readonly<Record<string, SampleCall>> = {
  // Servers
  "servers/server-get-resp.json": get("getServer", "server"),
  "servers/servers-details-resp.json": list("listServers", "servers"),
  "servers/servers-details-with-changes-before.json": list("listServers", "servers"),
  "servers/server-update-resp.json": update("updateServer", "server", "server-update-req.json"),
  "servers/server-put-resp.json": update("updateServer", "server", "server-put-req.json"),
  "servers/server-create-resp.json": createServer("server-create-req.json"),
  "servers/server-create-req-v257.json": createServerSends,
  "servers/server-create-req-with-host-and-node.json": createServerSends,
  "servers/server-create-req-with-only-host.json": createServerSends,
  "servers/server-create-req-with-only-node.json": createServerSends,
  "servers/server-action-rebuild-resp.json": rebuild("server-action-rebuild.json"),
  "os-preserve-ephemeral-rebuild/server-action-rebuild-preserve-ephemeral-resp.json": rebuild(
    "server-action-rebuild-preserve-ephemeral.json",
  ),
  "servers/server-action-create-image-resp.json": {
    ...action(
      "createServerImage",
      (body) => ({ ...onServer, ...body?.["createImage"] }),
      "server-action-create-image.json",
    ),
    // The answer is the Response: the image's id is in its body from 2.45 (before, in the
    // Location header, and Nova wrote no response sample).
    read: (result) => imageIdOf(result as Response),
    expected: (response) => response["image_id"],
  },
  "servers/server-action-reboot.json": sends("rebootServer", (body) => ({ ...onServer, type: body["reboot"].type })),
  "servers/server-action-start.json": serverAction("startServer"),
  "servers/server-action-stop.json": serverAction("stopServer"),
  "servers/server-action-resize.json": sends("resizeServer", (body) => ({ ...onServer, ...body["resize"] })),
  "servers/server-action-confirm-resize.json": serverAction("confirmServerResize"),
  "servers/server-action-revert-resize.json": serverAction("revertServerResize"),
  "servers/lock-server-with-reason.json": sends("lockServer", (body) => ({ ...onServer, ...body["lock"] })),
  // The group 2.71's server samples boot into (their answers name it in server_groups).
  "servers/server-groups-post-resp.json": create("createServerGroup", "server_group", "server-groups-post-req.json"),
  "os-lock-server/lock-server.json": sends("lockServer", (body) => ({ ...onServer, ...body["lock"] })),
  "os-lock-server/lock-server-with-reason.json": sends("lockServer", (body) => ({ ...onServer, ...body["lock"] })),
  "os-lock-server/unlock-server.json": serverAction("unlockServer"),
  "os-pause-server/pause-server.json": serverAction("pauseServer"),
  "os-pause-server/unpause-server.json": serverAction("unpauseServer"),
  "os-suspend-server/server-suspend.json": serverAction("suspendServer"),
  "os-suspend-server/server-resume.json": serverAction("resumeServer"),
  "os-rescue/server-rescue.json": action(
    "rescueServer",
    (body) => ({ ...onServer, ...body?.["rescue"] }),
    "server-rescue-req.json",
  ),
  "os-rescue/server-rescue-req-with-image-ref.json": {
    ...sends("rescueServer", (body) => ({ ...onServer, ...body["rescue"] })),
    answers: "os-rescue/server-rescue.json",
  },
  "os-rescue/server-unrescue-req.json": serverAction("unrescueServer"),
  "os-rescue/server-get-resp-rescue.json": get("getServer", "server"),
  "os-rescue/server-get-resp-unrescue.json": get("getServer", "server"),
  "os-security-groups/security-group-add-post-req.json": sends("addSecurityGroupToServer", (body) => ({
    ...onServer,
    security_group: body["addSecurityGroup"].name,
  })),
  "os-security-groups/security-group-remove-post-req.json": sends("removeSecurityGroupFromServer", (body) => ({
    ...onServer,
    security_group: body["removeSecurityGroup"].name,
  })),
  "os-console-output/console-output-post-resp.json": action(
    "getServerConsoleOutput",
    (body) => ({ ...onServer, ...body?.["os-getConsoleOutput"] }),
    "console-output-post-req.json",
    { schema: ConsoleOutput },
  ),
  ...prefixed(
    "os-remote-consoles",
    Object.fromEntries(
      ["vnc", "mks", "spice-direct"].map((kind) => [
        `create-${kind}-console-resp.json`,
        action(
          "createServerRemoteConsole",
          (body) => ({ ...onServer, ...body?.["remote_console"] }),
          `create-${kind}-console-req.json`,
          { schema: RemoteConsole, key: "remote_console" },
        ),
      ]),
    ),
  ),
  "os-remote-consoles/create-rdp-console-req.json": {
    ...sends("createServerRemoteConsole", (body) => ({ ...onServer, ...body["remote_console"] })),
    answers: "os-remote-consoles/create-vnc-console-resp.json",
  },
  "server-metadata/server-metadata-all-resp.json": action(
    "setServerMetadata",
    (body) => ({ ...onServer, metadata: body?.["metadata"] }),
    "server-metadata-all-req.json",
    { schema: ServerMetadata },
  ),
  "server-metadata/server-metadata-resp.json": action(
    "setServerMetadataItem",
    (body) => ({ ...onServer, key: onlyKey(body!["meta"]), value: body!["meta"][onlyKey(body!["meta"])] }),
    "server-metadata-req.json",
    { schema: ServerMetadataItem },
  ),
  "os-server-tags/server-tags-index-resp.json": action("listServerTags", () => onServer, undefined, {
    schema: ServerTags,
  }),
  "os-server-tags/server-tags-put-all-resp.json": action(
    "replaceServerTags",
    (body) => ({ ...onServer, tags: body?.["tags"] }),
    "server-tags-put-all-req.json",
    { schema: ServerTags },
  ),
  "os-server-tags/server-tags-show-details-resp.json": get("getServer", "server"),
  "os-server-tags/servers-tags-details-resp.json": list("listServers", "servers"),

  // A server's parts
  "os-attach-interfaces/attach-interfaces-show-resp.json": get("getServerInterface", "interfaceAttachment", onServer),
  "os-attach-interfaces/attach-interfaces-list-resp.json": list(
    "listServerInterfaces",
    "interfaceAttachments",
    onServer,
  ),
  "os-attach-interfaces/attach-interfaces-create-resp.json": create(
    "createServerInterface",
    "interfaceAttachment",
    "attach-interfaces-create-req.json",
    onServer,
  ),
  "os-attach-interfaces/attach-interfaces-create-net_id-req.json": {
    ...sends("createServerInterface", (body) => ({ ...onServer, ...body["interfaceAttachment"] })),
    answers: "os-attach-interfaces/attach-interfaces-create-resp.json",
  },
  "os-volume_attachments/volume-attachment-detail-resp.json": get("getVolumeAttachment", "volumeAttachment", onServer),
  "os-volume_attachments/list-volume-attachments-resp.json": list(
    "listVolumeAttachments",
    "volumeAttachments",
    onServer,
  ),
  "os-volume_attachments/attach-volume-to-server-resp.json": {
    ...create("createVolumeAttachment", "volumeAttachment", "attach-volume-to-server-req.json", onServer),
    bodilessFrom: "2.101",
  },
  ...prefixed(
    "os-volume_attachments",
    Object.fromEntries(
      ["update-volume-req.json", "update-volume-attachment-delete-flag-req.json"].map((file) => [
        file,
        {
          ...sends("updateVolumeAttachment", (body) => ({
            ...onServer,
            volume: "sample-volume",
            volumeId: body["volumeAttachment"].volumeId,
            delete_on_termination: body["volumeAttachment"].delete_on_termination,
          })),
          // From 2.89 the sample echoes the attachment's id, serverId, device and tag, which
          // Nova accepts only unchanged: the SDK sends what can change.
          sentAs: ({ volumeAttachment: { id, serverId, device, tag, ...changed } }: Body) => ({
            volumeAttachment: changed,
          }),
        },
      ]),
    ),
  ),
  "os-instance-actions/instance-action-get-resp.json": get("getServerAction", "instanceAction", onServer),
  "os-instance-actions/instance-action-get-non-admin-resp.json": get("getServerAction", "instanceAction", onServer),
  ...prefixed(
    "os-instance-actions",
    Object.fromEntries(
      [
        "instance-actions-list-resp.json",
        "instance-actions-list-with-changes-since.json",
        "instance-actions-list-with-changes-before.json",
        "instance-actions-list-with-limit-resp.json",
        "instance-actions-list-with-marker-resp.json",
      ].map((file) => [file, list("listServerActions", "instanceActions", onServer)]),
    ),
  ),
  "server-migrations/migrations-get.json": get("getServerMigration", "migration", onServer),
  "server-migrations/migrations-index.json": list("listServerMigrations", "migrations", onServer),
  "server-migrations/force_complete.json": sends("forceCompleteServerMigration", () => ({
    ...onServer,
    migration: "sample-migration",
  })),
};
