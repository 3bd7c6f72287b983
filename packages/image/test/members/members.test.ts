import { InvalidArgumentError } from "@openstack-ts/core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { API, imageCloud } from "../fixtures.js";
import { memberBody, memberCreateRequest, membersListBody, memberUpdateRequest } from "./fixtures.js";
import { members } from "../../src/members/member.js";

const { server, setup } = imageCloud();
const IMAGE = memberBody.image_id;
const line = (r: Request) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`;

describe("image members", () => {
  it("lists an image's members in one page", async () => {
    const { facade, seen } = setup();
    server.use(http.get(`${API}/images/:image/members`, () => HttpResponse.json(membersListBody)));
    const list = await facade.listMembers({ image_id: "dbc999e3-c52f-4200-bedd-3b18fe7f87fe" });
    expect(list.map((m) => [m.member_id, m.status])).toEqual([
      ["123456789", "pending"],
      ["987654321", "accepted"],
    ]);
    expect(seen.map(line)).toEqual(["GET /v2/images/dbc999e3-c52f-4200-bedd-3b18fe7f87fe/members"]);
  });

  it("shares an image with a project: Glance wants `member` in the request and answers with `member_id`", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/images/:image/members`, () => HttpResponse.json(memberBody)));
    const created = await facade.createMember({ image_id: IMAGE, ...memberCreateRequest });
    expect(created).toMatchObject({ member_id: memberCreateRequest.member, status: "pending" });
    expect(seen.map(line)).toEqual([`POST /v2/images/${IMAGE}/members`]);
    expect(await seen[0]!.json()).toEqual(memberCreateRequest);
    // @ts-expect-error: the project to share with is required
    await expect(facade.createMember({ image_id: IMAGE })).rejects.toThrow(/needs 'member'/);
  });

  it("gets, accepts (PUT status) and removes a member, the image id taken from the member itself", async () => {
    const { facade, seen } = setup();
    server.use(
      http.get(`${API}/images/:image/members/:member`, () => HttpResponse.json(memberBody)),
      http.put(`${API}/images/:image/members/:member`, () => HttpResponse.json({ ...memberBody, status: "accepted" })),
      http.delete(`${API}/images/:image/members/:member`, () => new HttpResponse(null, { status: 204 })),
    );
    const member = await facade.getMember(memberBody.member_id, { image_id: IMAGE });
    expect((await facade.updateMember(member, memberUpdateRequest)).status).toBe("accepted");
    await facade.deleteMember(member);
    expect(seen.map(line)).toEqual([
      `GET /v2/images/${IMAGE}/members/${memberBody.member_id}`,
      `PUT /v2/images/${IMAGE}/members/${memberBody.member_id}`,
      `DELETE /v2/images/${IMAGE}/members/${memberBody.member_id}`,
    ]);
    expect(await seen[1]!.json()).toEqual(memberUpdateRequest);
  });

  it("finds a member by project id", async () => {
    const { session } = setup();
    server.use(http.get(`${API}/images/:image/members/:member`, () => HttpResponse.json(memberBody)));
    expect((await members.find(session, memberBody.member_id, { image_id: IMAGE }))?.status).toBe("pending");
  });

  it("needs the image, and a status Glance knows", async () => {
    const { facade, seen } = setup();
    // @ts-expect-error: members live under an image
    await expect(facade.listMembers()).rejects.toThrow(/'image_id' is needed/);
    await expect(facade.getMember(memberBody.member_id)).rejects.toBeInstanceOf(InvalidArgumentError);
    // @ts-expect-error: pending, accepted or rejected
    await expect(facade.updateMember(memberBody, { status: "maybe" })).rejects.toThrow(/'status' has the wrong type/);
    expect(seen).toHaveLength(0);
  });
});
