import { describe, expect, it } from "vitest";
import { sh } from "./helpers.js";

describe("sudo with a path", () => {
  it("runs the program a guide names by its full path, and says when there is none", () => {
    expect(sh("sudo /usr/sbin/iptables -w -S FORWARD").stdout).toBe("-P FORWARD ACCEPT\n");
    expect(sh("sudo /usr/sbin/nosuch")).toEqual({ stdout: "", stderr: "sudo: /usr/sbin/nosuch: command not found\n", rc: 1 });
  });
});
