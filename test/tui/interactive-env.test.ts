import { describe, expect, it } from "vitest";
import { dropCiMarkersOnTerminal } from "../../src/tui/interactive-env.js";

describe("dropCiMarkersOnTerminal", () => {
  it("removes CI and CONTINUOUS_INTEGRATION on a terminal and keeps everything else", () => {
    const env: NodeJS.ProcessEnv = { CI: "true", CONTINUOUS_INTEGRATION: "1", HOME: "/root" };
    expect(dropCiMarkersOnTerminal(env, true)).toEqual(["CI", "CONTINUOUS_INTEGRATION"]);
    expect(env).toEqual({ HOME: "/root" });
  });

  it("leaves the environment alone when not on a terminal", () => {
    const env: NodeJS.ProcessEnv = { CI: "true" };
    expect(dropCiMarkersOnTerminal(env, false)).toEqual([]);
    expect(env).toEqual({ CI: "true" });
  });
});
