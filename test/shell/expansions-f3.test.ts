// bash 5.2.15 expansions checked on the oracle machine.
import { describe, expect, it } from "vitest";
import { out, sh } from "./helpers.js";

describe("bash expansions", () => {
  it("expands $var, ${…} and $(…) inside $(( )) and drops double quotes there", () => {
    expect(out('n=3; echo $(( "$n" + 1 )) $(( ${m:-4} * 2 )) $(( $(echo 5) - 3 ))')).toBe("4 8 2\n");
    expect(sh("echo $(( '1' + 1 ))").stderr).toBe("/bin/bash: line 1: '1' + 1 : syntax error: operand expected (error token is \"'1' + 1 \")\n");
  });
  it("decodes $'…' in ${x%%…} and matches nested braces", () => {
    expect(out("r=$(printf 'a\\nb\\nc'); echo \"${r%%$'\\n'*}\" \"${r##*$'\\n'}\" ${u:-${r:0:1}}")).toBe("a c a\n");
  });
  it("slices arrays and $@ by elements and toggles case", () => {
    expect(out('a=(a b c d e); echo "${a[@]:1:2}" "${a[*]:3}" "${a[@]: -2}"; set -- x y z; echo "${@:2}" "${*:1:2}"')).toBe("b c d e d e\ny z x y\n");
    expect(out('v=abC; echo "${v~~}" "${v~}"')).toBe("ABc AbC\n");
  });
  it("assigns a[$k]=v and a[$k]+=v", () => {
    expect(out("k=2; a[$k]=x; a[$k]+=y; a[${#a[@]}]=z; echo ${a[@]}")).toBe("z xy\n");
    expect(out("k=1; b[$k]=x; b[$((k+1))]=y; echo ${b[@]} ${#b[@]}")).toBe("x y 2\n");
  });
  it("has bash's own variables", () => {
    expect(out('echo "$BASH_VERSION ${BASH_VERSINFO[0]} $OSTYPE $SHLVL"')).toBe("5.2.15(1)-release 5 linux-gnu 1\n");
  });
});

describe("substring offsets", () => {
  it("reads ${x:-N} as a default and ${x:OFF:LEN} as arithmetic", () => {
    expect(out('echo ${m:-4} "${1:-7}"; x=abcdef; n=2; echo ${x: -2} ${x:(-3)} ${x:$n:n+1} ${x:1:-1} "${x::2}"')).toBe("4 7\nef def cde bcde ab\n");
  });
});

describe("set -e, ERR and xtrace", () => {
  it("keeps running inside a function or group whose status is tested", () => {
    expect(sh("set -e; f() { false; echo in-f; }; f || echo failed; echo end")).toEqual({ stdout: "in-f\nend\n", stderr: "", rc: 0 });
    expect(sh("set -e; { false; false; } || echo group-failed; echo after").stdout).toBe("group-failed\nafter\n");
    expect(sh("set -e; f() { false; echo no; }; f; echo no2")).toEqual({ stdout: "", stderr: "", rc: 1 });
  });
  it("runs the ERR trap where set -e would act, not in functions without set -E", () => {
    expect(out("trap 'echo ERR $?' ERR; false; f() { false; echo in-f; }; f; false || true; (false); echo end")).toBe("ERR 1\nin-f\nERR 1\nend\n");
  });
  it("traces command substitutions one + deeper", () => {
    expect(sh("set -x; x=$(echo b); y=$(echo $(echo c))").stderr).toBe("++ echo b\n+ x=b\n+++ echo c\n++ echo c\n+ y=c\n");
  });
});

describe("IFS", () => {
  it("splits on non-blank IFS characters, keeping empty fields between them", () => {
    expect(out('IFS=:; v=":a::b:"; set -- $v; echo $#; IFS=": "; v="a : b  c:"; set -- $v; echo $# "$*"')).toBe("4\n3 a:b:c\n");
    expect(out('IFS=; v="a b"; set -- $v; echo $#; a=(x y); IFS=-; echo "${a[*]}"')).toBe("1\nx-y\n");
  });
});

describe("more bash corners", () => {
  it("applies ${a[@]} operators per element and defaults to the whole list", () => {
    expect(out('arr=(one two); echo ${arr[@]/#/-} "${none[@]:-empty}"; set -- a b c; echo ${#@}')).toBe("-one -two empty\n3\n");
  });
  it("gives nothing for offsets past either end", () => {
    expect(out('v=abc; echo "[${v:10}]" "[${v: -10}]" "[${v: -2}]"')).toBe("[] [] [bc]\n");
  });
  it("reads bundled options, printf -v into elements, $[ ] and declare -r", () => {
    expect(out('IFS=, read -ra p <<< "a,b,,c"; echo ${#p[@]}; printf -v "r[2]" %s v; echo ${r[2]} $[1+2]')).toBe("4\nv 3\n");
    expect(sh("declare -r RO=1; RO=2; echo after")).toEqual({ stdout: "", stderr: "/bin/bash: line 1: RO: readonly variable\n", rc: 1 });
  });
  it("assigns in order when there is no command", () => {
    expect(out("a=(3 1 2); IFS=$'\\n' s=($(sort -n <<<\"${a[*]}\")); unset IFS; echo ${s[*]}")).toBe("1 2 3\n");
  });
});

describe("dash and type", () => {
  it("runs sh -c as dash", () => {
    expect(out("sh -c 'echo -e \"a\\tb\"; echo {a,b}; echo \"[$BASH_VERSION]\"'")).toBe("-e a\tb\n{a,b}\n[]\n");
    expect(sh("sh -c '[[ a == a ]]'")).toEqual({ stdout: "", stderr: "sh: 1: [[: not found\n", rc: 127 });
  });
  it("shows bash, sh and which as programs and echo as a builtin", () => {
    expect(out("type sh echo; command -v bash")).toBe("sh is /usr/bin/sh\necho is a shell builtin\n/usr/bin/bash\n");
  });
});
