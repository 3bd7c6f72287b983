// Every JSON sample of Glance's API reference for a resource or action this package
// declares, and the call that reads or sends it. Where the files come from: SOURCE.md.
import type { RequestCase, ResponseCase } from "./sample-cases.js";

const S = "v2/samples/";
const IMAGE = "1bea47ed-f6a9-463b-b423-14b9cca9ad27";
const image_id = IMAGE;

export const responseCases: ResponseCase[] = [
  { file: `${S}image-show-response.json`, call: (f) => f.getImage(IMAGE) },
  { file: `${S}image-details-deactivate-response.json`, call: (f) => f.getImage(IMAGE) },
  { file: `${S}images-list-response.json`, call: (f) => f.listImages(), key: "images" },
  { file: `${S}image-info-import-response.json`, call: (f) => f.getImportInfo() },
  { file: `${S}image-member-details-response.json`, call: (f) => f.getMember("m", { image_id }) },
  { file: `${S}image-members-list-response.json`, call: (f) => f.listMembers({ image_id }), key: "members" },
  { file: `${S}image-tasks-show-response.json`, call: (f) => f.listImageTasks({ image_id }), key: "tasks" },
  ...["image-member", "image-members", "image", "images", "task", "tasks"].map((name) => ({
    file: `${S}schemas-${name}-${name.endsWith("s") ? "list" : "show"}-response.json`,
    call: (f: Parameters<ResponseCase["call"]>[0]) => f.getSchema(name.replace("image-", "")),
  })),
  { file: `${S}stores-list-response.json`, call: (f) => f.listStores(), key: "stores" },
  { file: `${S}stores-list-detail-response.json`, call: (f) => f.listStoreDetails(), key: "stores" },
  ...["failure", "processing", "success"].map((state) => ({
    file: `${S}task-show-${state}-response.json`,
    call: (f: Parameters<ResponseCase["call"]>[0]) => f.getTask("t"),
  })),
  { file: `${S}tasks-list-response.json`, call: (f) => f.listTasks(), key: "tasks" },
];

export const requestCases: RequestCase[] = [
  {
    file: `${S}image-create-request.json`,
    call: (f, body) => f.createImage(body),
    response: `${S}image-create-response.json`,
  },
  {
    file: `${S}image-update-request.json`,
    // The image as it was (the reference prints none for this update): the show sample.
    call: (f, body) =>
      f.updateImage(
        IMAGE,
        Object.fromEntries(body.map((op: { path: string; value: unknown }) => [op.path.slice(1), op.value])),
      ),
    response: `${S}image-update-response.json`,
    sent: (body) => body.map((op: object) => ({ ...op, op: "add" })),
    differs:
      "the SDK sends `add` where the reference writes `replace`: in Glance's v2.1 JSON patch, `add` sets a member " +
      "that exists as `replace` does, and creates one that does not, so no read of the image is needed first",
  },
  ...["c-i", "g-d", "gd", "w-d"].map((kind) => ({
    file: `${S}image-import-${kind}-request.json`,
    // The method's name and its parameters are flat arguments; the body nests them under `method`.
    call: (f: Parameters<RequestCase["call"]>[0], body: { method: { name: "copy-image" } }) => {
      const { name, ...parameters } = body.method;
      return f.importImage({ image: IMAGE, ...body, ...parameters, method: name });
    },
  })),
  {
    file: `${S}image-member-create-request.json`,
    call: (f, body) => f.createMember({ image_id, ...body }),
    response: `${S}image-member-create-response.json`,
  },
  {
    file: `${S}image-member-update-request.json`,
    call: (f, body) => f.updateMember("8989447062e04a818baf9e073fd04fa7", body, { image_id }),
    response: `${S}image-member-update-response.json`,
  },
  {
    file: `${S}task-create-request.json`,
    call: (f, body) => f.createTask(body),
    response: `${S}task-create-response.json`,
  },
];
