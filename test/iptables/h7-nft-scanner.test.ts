// nft's scanner on odd input: numbers too big for 64 bits, a stray brace, an unclosed quote.
import { describe, expect, it } from "vitest";
import { sh as run } from "../shell/helpers.js";

const table = ["nft add table inet t", "nft add chain inet t R '{ type filter hook input priority 0; }'"];

describe("nft's scanner", () => {
  it("a handle past 64 bits is a string to the parser", () => {
    expect(run(...table, "nft delete rule inet t R handle 99999999999999999999999").stderr).toBe(
      "Error: syntax error, unexpected string, expecting number\ndelete rule inet t R handle 99999999999999999999999\n                            ^^^^^^^^^^^^^^^^^^^^^^^\n",
    );
  });

  it("a command starting with a brace is a syntax error at the brace", () => {
    expect(run("nft '{}'").stderr).toBe("Error: syntax error, unexpected '{'\n{}\n^\n");
  });

  it("an unclosed quote is junk", () => {
    const r = run(...table, "nft add chain inet t a", "nft 'add rule inet t a ip saddr \"1.2.3.4'");
    expect(r.stderr).toBe('Error: syntax error, unexpected junk\nadd rule inet t a ip saddr "1.2.3.4\n                           ^\n');
    expect(r.rc).toBe(1);
  });
});
