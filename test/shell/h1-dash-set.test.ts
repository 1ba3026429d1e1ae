import { describe, expect, it } from "vitest";
import { sh } from "./helpers.js";

describe("dash's set (sh scripts)", () => {
  it("has no pipefail: the error ends the shell with status 2", () => {
    const r = sh("sh -c 'set -o pipefail; echo after'; echo rc=$?");
    expect(r.stdout).toBe("rc=2\n");
    expect(r.stderr).toBe("sh: 1: set: Illegal option -o pipefail\n");
  });
  it("knows its own letters and lists $- newest option first", () => {
    expect(sh("sh -c 'set -o nounset -o noglob; echo $-'").stdout).toBe("uf\n");
    expect(sh("sh -c 'set -B'").stderr).toBe("sh: 1: set: Illegal option -B\n");
    expect(sh("sh -c 'set -o' | head -2").stdout).toBe("Current option settings\nerrexit         off\n");
  });
  it("bash keeps $SHELLOPTS", () => {
    expect(sh("bash -c 'set -o pipefail; echo $SHELLOPTS'").stdout).toBe("braceexpand:hashall:interactive-comments:pipefail\n");
  });
});

describe("dash lacks bash's builtins; bash's nullglob keeps a lone [", () => {
  it("let, declare, source are not found in sh", () => {
    expect(sh("sh -c 'let x=1'").stderr).toBe("sh: 1: let: not found\n");
    expect(sh("sh -c 'type let local cd'; echo $?").stdout).toBe("let: not found\nlocal is a special shell builtin\ncd is a shell builtin\n127\n");
    expect(sh("sh -c 'command -v declare || echo none'").stdout).toBe("none\n");
  });
  it("dash's test words its errors its own way", () => {
    expect(sh("sh -c '[ 1 -eq ]'").stderr).toBe("sh: 1: [: -eq: argument expected\n");
    expect(sh("sh -c '[ a -eq 1 ]'").stderr).toBe("sh: 1: [: Illegal number: a\n");
    expect(sh("bash -c '[ a -eq 1 ]'").stderr).toBe("bash: line 1: [: a: integer expression expected\n");
  });
  it("a [ without a later ] is no pattern under nullglob", () => {
    expect(sh("bash -c 'shopt -s nullglob; [ 2 == 2 ] && echo two; echo [ a[ [x] []'").stdout).toBe("two\n[ a[\n");
  });
});

describe("dash's error words and statuses in scripts", () => {
  it("set -u and ${X?} end the script with status 2", () => {
    const r = sh("sh -c 'set -u; echo $NOPE; echo after'; echo rc=$?");
    expect(r.stdout).toBe("rc=2\n");
    expect(r.stderr).toBe("sh: 1: NOPE: parameter not set\n");
    expect(sh("sh -c 'echo ${NOPE:?}'").stderr).toBe("sh: 1: NOPE: parameter not set or null\n");
    expect(sh("bash -c 'echo ${NOPE?}'").stderr).toBe("bash: line 1: NOPE: parameter not set\n");
  });
  it("shift, cd, exit, trap, return and break as dash has them", () => {
    expect(sh("sh -c 'shift 2; echo no'; echo rc=$?").stdout).toBe("rc=2\n");
    expect(sh("sh -c 'cd /nope'").stderr).toBe("sh: 1: cd: can't cd to /nope\n");
    expect(sh("sh -c 'exit x'").stderr).toBe("sh: 1: exit: Illegal number: x\n");
    expect(sh("sh -c 'trap \"echo\" INT; trap'").stdout).toBe("trap -- 'echo' INT\n");
    expect(sh("sh -c 'trap x ERR'").stderr).toBe("trap: ERR: bad trap\n");
    expect(sh("sh -c 'return 3; echo no'; echo rc=$?").stdout).toBe("rc=3\n");
    expect(sh("sh -c 'break; echo yes'").stdout).toBe("yes\n");
  });
});

describe("dash's hash, read, getopts and arithmetic", () => {
  it("remembers programs run and lists their paths; a new shell starts empty", () => {
    expect(sh("sh -c 'iptables -S >/dev/null; grep -q x /dev/null; hash; type iptables'").stdout).toBe("/usr/bin/grep\n/usr/sbin/iptables\niptables is a tracked alias for /usr/sbin/iptables\n");
    expect(sh("iptables -L >/dev/null", "bash -c 'hash'").stdout).toBe("hash: hash table empty\n");
  });
  it("read knows only -p and -r; getopts says Illegal option", () => {
    expect(sh("sh -c 'read -a x < /dev/null'").stderr).toBe("sh: 1: read: Illegal option -a\n");
    expect(sh("sh -c 'getopts ab o -x' 2>&1").stdout).toBe("Illegal option -x\n");
  });
  it("a variable in $(( )) must hold a number", () => {
    expect(sh("sh -c 'n=abc; echo $((n+1)); echo after'; echo rc=$?").stdout).toBe("rc=2\n");
    expect(sh("sh -c 'n=010; echo $((n+1))'").stdout).toBe("9\n");
    expect(sh("sh -c 'echo $((1/0))'").stderr).toBe('sh: 1: arithmetic expression: division by zero: "1/0"\n');
  });
});

describe("bash syntax sh (dash) refuses", () => {
  it("array literals, here-strings and function NAME() stop the line with status 2", () => {
    expect(sh("sh -c 'A=(1 2); echo no'; echo rc=$?").stdout).toBe("rc=2\n");
    expect(sh("sh -c 'A=(1 2); echo no'").stderr).toBe('sh: 1: Syntax error: "(" unexpected\n');
    expect(sh("sh -c 'cat <<< x'").stderr).toBe("sh: 1: Syntax error: redirection unexpected\n");
    expect(sh("sh -c 'function f() { :; }'").stderr).toBe('sh: 1: Syntax error: "(" unexpected\n');
  });
  it("bash's ${x/…} fails when expanded, after what ran before", () => {
    const r = sh("sh -c 'echo before; echo ${X/a/b}; echo after'; echo rc=$?");
    expect(r.stdout).toBe("before\nrc=2\n");
    expect(r.stderr).toBe("sh: 1: Bad substitution\n");
  });
  it("a function NAME { over lines runs as a command, its body, then fails at }", () => {
    const r = sh("printf 'function f {\\n  echo body\\n}\\necho end\\n' > /tmp/f.sh; sh /tmp/f.sh; echo rc=$?");
    expect(r.stdout).toBe("body\nrc=2\n");
    expect(r.stderr).toBe('/tmp/f.sh: 1: function: not found\n/tmp/f.sh: 3: Syntax error: "}" unexpected\n');
  });
});

describe("&> in sh (dash)", () => {
  it("backgrounds the command and truncates the file with an empty command", () => {
    expect(sh("sh -c 'if iptables -C INPUT -j DROP &>/dev/null; then echo present; fi; wait'").stdout).toBe("present\n");
    expect(sh("sh -c 'iptables -S INPUT &>/tmp/o; wait; wc -c < /tmp/o'").stdout).toBe("-P INPUT ACCEPT\n0\n");
    expect(sh("bash -c 'iptables -S INPUT &>/tmp/o; wc -c < /tmp/o'").stdout).toBe("16\n");
  });
  it("refuses >& with a file name", () => {
    expect(sh("sh -c 'echo hi >& /dev/null'").stderr).toBe("sh: 1: Syntax error: Bad fd number\n");
  });
});

describe("dash's printf", () => {
  it("refuses -v, %q and %(…)T and reads \\x literally", () => {
    expect(sh("sh -c 'printf \"%q\\n\" x'").stderr).toBe("sh: 1: printf: %q: invalid directive\n");
    expect(sh("sh -c 'printf -v X a'").stderr).toBe("sh: 1: printf: Illegal option -v\n");
    expect(sh("sh -c 'printf \"\\x41\\n\"'").stdout).toBe("\\x41\n");
    expect(sh("sh -c 'printf \"%d\\n\" 12x'").stderr).toBe("sh: 1: printf: 12x: not completely converted\n");
  });
});
