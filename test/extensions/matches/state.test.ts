import { describe, expect, it } from "vitest";
import { decide, failure, texts } from "./helpers.js";

describe("state match (oracle: match-state, b2)", () => {
  it.each([
    [["--state", "ESTABLISHED,RELATED"], "--state RELATED,ESTABLISHED", "state RELATED,ESTABLISHED"],
    [["--state", "NEW"], "--state NEW", "state NEW"],
    [["!", "--state", "INVALID"], "! --state INVALID", "! state INVALID"],
    [["--state", "UNTRACKED"], "--state UNTRACKED", "state UNTRACKED"],
    [["--state", "INVALID,NEW,RELATED,ESTABLISHED,UNTRACKED"], "--state INVALID,NEW,RELATED,ESTABLISHED,UNTRACKED", "state INVALID,NEW,RELATED,ESTABLISHED,UNTRACKED"],
  ])("%j", (words, save, list) => {
    expect(texts("state", words)).toEqual({ save, list, numeric: list });
  });
  it.each([
    [["--state", "FOO"], 'Bad state "FOO"'],
    [["--state", "SNAT"], 'Bad state "SNAT"'],
    [[], 'state: option "--state" must be specified\n'],
    [["--state", "NEW", "--state", "NEW"], 'state: option "--state" can only be used once.\n'],
    [["--state", "NEW,"], '"--state" requires a list of states with no spaces, e.g. ESTABLISHED,RELATED'],
  ])("error %j", (words, message) => {
    expect(failure("state", words)).toBe(`${message}|2`);
  });
  it("matches the connection state", () => {
    expect(decide("state", ["--state", "NEW"], {}, {})).toBe(false);
    expect(decide("state", ["--state", "INVALID"], {}, {})).toBe(true);
    expect(decide("state", ["!", "--state", "INVALID"], {}, {})).toBe(false);
  });
});
