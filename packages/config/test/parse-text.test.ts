import { ConfigError } from "@openstack-ts/core";
import { describe, expect, it } from "vitest";
import { parseConfigText } from "../src/parse-text.js";
import { PyFloat } from "../src/resolve/python-values.js";

describe("parseConfigText", () => {
  it("reads YAML as PyYAML does for openstacksdk", async () => {
    const doc = (await parseConfigText("a: yes\nb: off\nc: y\nd: 2.0\ne: 3\nf: 1e3\ny: 1\ndup: 1\ndup: 2\n")) as Record<
      string,
      unknown
    >;
    expect(doc).toMatchObject({ a: true, b: false, c: "y", e: 3, f: "1e3", y: 1, dup: 2 });
    expect(doc["d"]).toEqual(new PyFloat(2));
    expect(String(doc["d"])).toBe("2.0");
  });

  it("treats an empty file as no document", async () => {
    expect(await parseConfigText("# nothing here\n", "/etc/openstack/clouds.yaml")).toBeNull();
  });

  it("names the file, line and column of a YAML syntax error, without quoting the text", async () => {
    const text = "clouds:\n  a:\n    auth:\n      password: hunter2\n     username: [oops\n";
    const error = await parseConfigText(text, "/home/me/.config/openstack/clouds.yaml").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      /^\/home\/me\/\.config\/openstack\/clouds\.yaml: YAML syntax error at line 5, column \d+: /,
    );
    expect((error as Error).message).not.toContain("hunter2");
  });

  it("reads .json files as JSON and places their errors too", async () => {
    expect(await parseConfigText('{"clouds": {"a": {}}}', "clouds.json")).toEqual({ clouds: { a: {} } });
    const error = await parseConfigText('{\n  "password": "hunter2",\n  oops\n}', "/x/clouds.json").catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(/^\/x\/clouds\.json: JSON syntax error at line 3, column \d+$/);
  });

  it("refuses several documents in one file", async () => {
    await expect(parseConfigText("a: 1\n---\nb: 2\n", "c.yaml")).rejects.toThrow("c.yaml holds 2 YAML documents");
  });
});
