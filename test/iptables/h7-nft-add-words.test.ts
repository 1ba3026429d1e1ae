// nft add chain: a type or hook word that names an Object property is still an unknown word.
import { describe, expect, it } from "vitest";
import { sh as run } from "../shell/helpers.js";

describe("nft add chain with odd type and hook words", () => {
  it("constructor, toString and __proto__ are unknown types and hooks, as nft says", () => {
    const t = "nft add table inet t";
    expect(run(t, "nft add chain inet t Q '{ type constructor hook input priority 0; }'").stderr).toBe(
      "Error: unknown chain type\nadd chain inet t Q { type constructor hook input priority 0; }\n                          ^^^^^^^^^^^\n",
    );
    expect(run(t, "nft add chain inet t Q '{ type toString hook input priority 0; }'").stderr).toBe(
      "Error: unknown chain type\nadd chain inet t Q { type toString hook input priority 0; }\n                          ^^^^^^^^\n",
    );
    expect(run(t, "nft add chain inet t Q '{ type filter hook __proto__ priority 0; }'").stderr).toBe(
      "Error: unknown chain hook\nadd chain inet t Q { type filter hook __proto__ priority 0; }\n                                      ^^^^^^^^^\n",
    );
  });
});
