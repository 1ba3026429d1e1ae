// declare -A as bash 5.2.15 does it (orders checked on the oracle machine).
import { describe, expect, it } from "vitest";
import { out } from "./helpers.js";

describe("associative arrays", () => {
  it("lists keys in bash's hash order", () => {
    expect(out("declare -A a; for k in INPUT FORWARD OUTPUT WEB tcp udp; do a[$k]=1; done; echo \"${!a[@]}\"")).toBe("OUTPUT INPUT tcp FORWARD WEB udp\n");
    expect(out("declare -A b=([x]=1 [y]=2 [z]=3); b[w]=4; unset 'b[x]'; echo ${#b[@]}; declare -p b")).toBe('3\ndeclare -A b=([z]="3" [y]="2" [w]="4" )\n');
  });
  it("takes expanded and quoted keys and appends with +=", () => {
    expect(out("declare -A c; k='two words'; c[$k]=v; c[\"q\"]=w; c[q]+=x; echo \"${c[two words]}\" ${c[q]} ${#c[@]}")).toBe("v wx 2\n");
  });
  it("answers [[ -v ]] for keys, elements and names", () => {
    expect(out("declare -A d; d[k]=1; a=(p q); [[ -v d[k] ]] && echo k; [[ -v d[z] ]] || echo no-z; [ -v a[1] ] && echo a1; [[ -v nope ]] || echo no")).toBe("k\nno-z\na1\nno\n");
  });
});
