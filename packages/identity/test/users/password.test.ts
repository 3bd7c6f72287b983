import { http } from "msw";
import { describe, expect, it } from "vitest";
import { API, identityCloud, noContent, sent } from "../fixtures.js";
import { userBody } from "./fixtures.js";

const { server, setup } = identityCloud();

describe("a user changing their own password", () => {
  it("posts the original and the new password under `user`", async () => {
    const { facade, seen } = setup();
    server.use(http.post(`${API}/users/:user/password`, () => noContent()));
    // Body from the Identity v3 API reference ("Change password for user").
    const change = { password: "new_secretsecret", original_password: "secretsecret" };
    expect(await facade.changeUserPassword({ user: userBody, ...change })).toBeUndefined();
    expect(sent(seen[0]!)).toBe(`POST /v3/users/${userBody.id}/password`);
    expect(await seen[0]!.json()).toEqual({ user: change });
    // @ts-expect-error: the original password is required
    const withoutOriginal = () => facade.changeUserPassword({ user: userBody.id, password: "new" });
    expect(withoutOriginal).toBeTypeOf("function");
  });
});
