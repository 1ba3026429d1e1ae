import { describe, expect, it } from "vitest";
import { decide, failure, texts } from "./helpers.js";

describe("comment match (oracle: match-comment, b2)", () => {
  it.each([
    ["allow ssh", '--comment "allow ssh"', "/* allow ssh */"],
    ["web", "--comment web", "/* web */"],
    ['its "quoted"', '--comment "its \\"quoted\\""', '/* its "quoted" */'],
    ["", '--comment ""', "/*  */"],
    ["back\\slash and $dollar", '--comment "back\\\\slash and $dollar"', "/* back\\slash and $dollar */"],
    ["*/ tricky /*", '--comment "*/ tricky /*"', "/* */ tricky /* */"],
    ["it's", `--comment "it\\'s"`, "/* it's */"],
    ["ns1/svc1:p80", '--comment "ns1/svc1:p80"', "/* ns1/svc1:p80 */"],
  ])("%s", (comment, save, list) => {
    expect(texts("comment", ["--comment", comment])).toEqual({ save, list, numeric: list });
  });
  it("keeps only 255 characters", () => {
    const long = "0123456789".repeat(27);
    const { save } = texts("comment", ["--comment", long]);
    expect(save).toBe(`--comment ${long.slice(0, 255)}`);
  });
  it.each([
    [[], 'comment: option "--comment" must be specified\n'],
    [["!", "--comment", "x"], 'comment: option "--comment" cannot be inverted.\n'],
    [["--comment", "a", "--comment", "b"], 'comment: option "--comment" can only be used once.\n'],
  ])("error %j", (words, message) => {
    expect(failure("comment", words)).toBe(`${message}|2`);
  });
  it("always matches", () => {
    expect(decide("comment", ["--comment", "x"], {})).toBe(true);
  });
});
