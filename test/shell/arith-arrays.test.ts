// Arithmetic ($(( )), (( )), let, for (( ))), loop control and indexed arrays, as bash 5.2 does them.
import { describe, expect, it } from "vitest";
import { out, sh } from "./helpers.js";

describe("arithmetic", () => {
  it("follows bash's precedence, assignment and increment rules", () => {
    expect(out("echo $(( -2**2 )) $(( 2**3**2 )) $(( 16#ff )) $(( 010 )) $(( 3>2?10:20 ))")).toBe("4 512 255 8 10\n");
    expect(out("i=0; echo $((i++)) $((i++)) $((++i)) $i; echo $((i+=10))")).toBe("0 1 3 3\n13\n");
    expect(out("n=0; echo $(( n || (n=9) )) $n $(( 0 && (n=5) )) $n")).toBe("1 9 0 9\n");
  });

  it("abandons the line after a failed $(( )) but not after (( )) or let", () => {
    expect(sh("echo $((1/0)); echo after")).toEqual({ stdout: "", stderr: '/bin/bash: line 1: 1/0: division by 0 (error token is "0")\n', rc: 1 });
    expect(sh("((1/0)); echo after $?").stdout).toBe("after 1\n");
    expect(sh("let x=2**-1; echo after $?").stderr).toContain("let: x=2**-1: exponent less than 0");
  });

  it("runs C-style for loops with break and continue", () => {
    expect(out("for ((k=0; k<5; k++)); do [ $k = 1 ] && continue; [ $k = 3 ] && break; echo $k; done")).toBe("0\n2\n");
    expect(out("for i in 1 2; do for j in a b; do echo $i$j; break 2; done; done")).toBe("1a\n");
    expect(sh("break").stderr).toBe("/bin/bash: line 1: break: only meaningful in a `for', `while', or `until' loop\n");
  });
});

describe("arrays", () => {
  it("expands \"${a[@]}\" to one field per element", () => {
    expect(out('a=(x "y z" w); for i in "${a[@]}"; do echo "[$i]"; done')).toBe("[x]\n[y z]\n[w]\n");
    expect(out('a=(x "y z"); echo "${a[*]}" $a ${a[-1]} ${#a[@]}')).toBe("x y z x y z 2\n");
  });

  it("appends, assigns by index and unsets elements", () => {
    expect(out("a=(1 2); a+=(3); a[5]=6; echo ${a[@]} ${#a[@]}; unset a[0]; echo ${a[@]}")).toBe("1 2 3 6 4\n2 3 6\n");
    expect(out('set -- "p q" r; for v in "$@"; do echo "($v)"; done')).toBe("(p q)\n(r)\n");
  });
});
