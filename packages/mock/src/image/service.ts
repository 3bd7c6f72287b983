import { json } from "../engine/respond.js";
import type { Cloud, Route } from "../engine/types.js";
import type { ServiceSpec } from "../engine/service-spec.js";
import { imageRoutes } from "./image-routes.js";
import { images } from "./images.js";

/** Glance's versions, newest first, as the real one lists them (all served at /v2). */
function versions(cloud: Cloud) {
  const href = `${cloud.urls.image}/v2/`;
  const ids = [
    "v2.15",
    "v2.13",
    "v2.12",
    "v2.11",
    "v2.10",
    "v2.9",
    "v2.8",
    "v2.7",
    "v2.6",
    "v2.5",
    "v2.4",
    "v2.3",
    "v2.2",
    "v2.1",
    "v2.0",
  ];
  return {
    versions: ids.map((id, i) => ({ id, status: i === 0 ? "CURRENT" : "SUPPORTED", links: [{ rel: "self", href }] })),
  };
}

function infoRoutes(cloud: Cloud): Route[] {
  return [
    // The root answers 300 Multiple Choices, /versions 200.
    { method: "GET", path: "", auth: "none", handle: () => json(versions(cloud), 300) },
    { method: "GET", path: "versions", auth: "none", handle: () => json(versions(cloud)) },
    {
      method: "GET",
      path: "v2/info/import",
      handle: () =>
        json({
          "import-methods": {
            description: "Import methods available.",
            type: "array",
            value: ["glance-direct", "web-download", "copy-image"],
          },
        }),
    },
    { method: "GET", path: "v2/info/stores", handle: () => json({ stores: [{ id: "file", default: true }] }) },
    {
      method: "GET",
      path: "v2/schemas/image",
      handle: () =>
        json({
          name: "image",
          properties: Object.fromEntries(
            ["id", "name", "status", "visibility", "disk_format", "container_format", "tags"].map((p) => [
              p,
              { type: "string" },
            ]),
          ),
          additionalProperties: { type: "string" },
        }),
    },
  ];
}

/** Glance under `/image`, API at `/image/v2`. */
export const imageService: ServiceSpec = {
  type: "image",
  prefix: "image",
  errors: "glance",
  collections: [images],
  routes: (cloud) => [...infoRoutes(cloud), ...imageRoutes()],
};
