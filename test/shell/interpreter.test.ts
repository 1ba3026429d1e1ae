import { describe, expect, it } from "vitest";
import { interactiveSession, out, scriptSession, sh } from "./helpers.js";

describe("lists and pipelines", () => {
  it("runs ; && || with bash's short-circuit rules", () => {
    expect(out("false && echo no; true && echo yes; false || echo alt; true || echo no")).toBe("yes\nalt\n");
  });
  it("negates with !", () => {
    expect(out("! false; echo $?; ! true; echo $?")).toBe("0\n1\n");
  });
  it("pipes stdout but not stderr", () => {
    const r = sh("cat /nope | wc -l");
    expect(r.stdout).toBe("0\n");
    expect(r.stderr).toBe("cat: /nope: No such file or directory\n");
    expect(r.rc).toBe(0);
  });
  it("takes the exit status of the last stage", () => {
    expect(sh("true | false").rc).toBe(1);
  });
});

describe("redirections", () => {
  it("writes, appends and reads files", () => {
    expect(out("echo a > f; echo b >> f; cat < f; cat f | wc -l")).toBe("a\nb\n2\n");
  });
  it("handles 2>, 2>&1, &> and /dev/null", () => {
    expect(sh("cat /nope 2>/dev/null").stderr).toBe("");
    expect(out("cat /nope 2>&1 | tr a-z A-Z")).toBe("CAT: /NOPE: NO SUCH FILE OR DIRECTORY\n");
    expect(out("ls /nope &> o; cat o")).toBe("ls: cannot access '/nope': No such file or directory\n");
    expect(out("cat /nope > o 2>&1; cat o")).toBe("cat: /nope: No such file or directory\n");
    expect(out("echo x >/dev/null; echo y")).toBe("y\n");
  });
  it("truncates before running the command, even if it is unknown", () => {
    expect(out("echo old > f; nosuch > f; wc -c < f")).toBe("0\n");
  });
  it("reports missing input files and directories like bash", () => {
    expect(sh("cat < /nope").stderr).toBe("/bin/bash: line 1: /nope: No such file or directory\n");
    expect(sh("echo x > /nope/f").stderr).toBe("/bin/bash: line 1: /nope/f: No such file or directory\n");
    expect(sh("echo x > /tmp").stderr).toBe("/bin/bash: line 1: /tmp: Is a directory\n");
  });
  it("redirects a group's output", () => {
    expect(out("{ echo 1; echo 2; } > g; cat g")).toBe("1\n2\n");
  });
});

describe("variables, export and assignments", () => {
  it("keeps shell variables out of the environment until exported", () => {
    expect(out("A=1; env | grep -c ^A=; export A; env | grep ^A=")).toBe("0\nA=1\n");
  });
  it("passes VAR=x cmd only to that command", () => {
    expect(out("FOO=bar env | grep FOO; echo \"[$FOO]\"")).toBe("FOO=bar\n[]\n");
  });
  it("sets $? from command substitution in assignments", () => {
    expect(out("x=$(false); echo $?")).toBe("1\n");
  });
  it("does not leak subshell changes", () => {
    expect(out("x=1; (x=2; echo $x); echo $x; y=$(z=3; echo $z); echo $y$z")).toBe("2\n1\n3\n");
  });
});

describe("control flow", () => {
  it("runs if/elif/else", () => {
    expect(out("if false; then echo a; elif true; then echo b; else echo c; fi")).toBe("b\n");
  });
  it("runs for loops over split words", () => {
    expect(out('l="a b"; for i in $l c; do echo "[$i]"; done')).toBe("[a]\n[b]\n[c]\n");
  });
  it("runs while loops with test and arithmetic", () => {
    expect(out("i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done")).toBe("0\n1\n2\n");
  });
  it("evaluates test expressions", () => {
    expect(out('[ -d /etc ] && [ -f /etc/hosts ] && [ ! -e /nope ] && [ "a" = a ] && test 2 -gt 1 && echo ok')).toBe("ok\n");
    expect(sh("[ 1 -eq").stderr).toContain("[: missing `]'");
  });
});

describe("builtins", () => {
  it("cd and pwd", () => {
    expect(out("cd /etc; pwd; cd ..; pwd; cd; pwd")).toBe("/etc\n/\n/root\n");
    const r = sh("cd /nope");
    expect(r.stderr).toBe("/bin/bash: line 1: cd: /nope: No such file or directory\n");
    expect(r.rc).toBe(1);
  });
  it("exit stops the input with its status", () => {
    const r = sh("echo a; exit 3; echo b");
    expect(r).toEqual({ stdout: "a\n", stderr: "", rc: 3 });
    expect(sh("exit 300").rc).toBe(44);
    expect(sh("exit foo")).toEqual({ stdout: "", stderr: "/bin/bash: line 1: exit: foo: numeric argument required\n", rc: 2 });
  });
  it("lists aliases like bash and expands them in later commands", () => {
    const s = interactiveSession();
    s.run("alias ll='ls -1' ipt=iptables");
    expect(s.run("alias").stdout).toBe("alias ipt='iptables'\nalias ll='ls -1'\n");
    expect(s.run("ll /etc/iptables").rc).toBe(0);
    s.run("alias e='echo x'");
    expect(s.run("e y").stdout).toBe("x y\n");
    // Like bash, a line is parsed (and its aliases expanded) before any of it runs.
    expect(s.run("unalias e; e").stdout).toBe("x\n");
    expect(s.run("e").stderr).toBe("bash: e: command not found\n");
    expect(s.run("unalias nope").stderr).toBe("bash: unalias: nope: not found\n");
  });
  it("runs bash -c in a subshell", () => {
    expect(sh("bash -c 'echo in; exit 5'; echo rc=$?").stdout).toBe("in\nrc=5\n");
  });
});

describe("commands", () => {
  it("reports unknown commands with the session's prefix", () => {
    expect(sh("foo")).toEqual({ stdout: "", stderr: "/bin/bash: line 1: foo: command not found\n", rc: 127 });
    expect(interactiveSession().run("foo")).toEqual({ stdout: "", stderr: "bash: foo: command not found\n", rc: 127 });
    expect(sh("echo ok\nfoo").stderr).toBe("/bin/bash: line 2: foo: command not found\n");
  });
  it("runs commands through sudo and absolute paths", () => {
    expect(out("sudo echo hi; sudo -E echo there; /usr/bin/echo abs")).toBe("hi\nthere\nabs\n");
    expect(sh("sudo nosuch")).toEqual({ stdout: "", stderr: "sudo: nosuch: command not found\n", rc: 1 });
  });
  it("watch runs its command once in a terminal, and needs TERM as ncurses does", () => {
    expect(interactiveSession().run("watch -n 1 echo tick")).toEqual({ stdout: "tick\n", stderr: "", rc: 0 });
    expect(out("TERM=xterm watch -n 1 echo tick")).toBe("tick\n");
    // (a case's commands run without TERM, as run-real's do)
    expect(sh("watch -n 1 echo tick")).toEqual({ stdout: "", stderr: "Error opening terminal: unknown.\n", rc: 1 });
    expect(sh("clear")).toEqual({ stdout: "", stderr: "TERM environment variable not set.\n", rc: 1 });
    expect(interactiveSession().run("clear").stdout).toBe("\x1b[H\x1b[2J\x1b[3J");
  });
  it("sleep advances the world's clock", () => {
    const s = scriptSession();
    s.run("sleep 1.5; sleep 2m");
    expect(s.world.clock).toBe(121_500);
  });
  it("expands globs over the virtual files", () => {
    expect(out("touch /tmp/a.conf /tmp/b.conf; echo /tmp/*.conf; echo *.none")).toBe("/tmp/a.conf /tmp/b.conf\n*.none\n");
  });
});

describe("performance", () => {
  it("greps a large input in a pipeline quickly", () => {
    const s = scriptSession();
    const big = Array.from({ length: 200_000 }, (_, i) => `-A KUBE-SVC-${i} -j KUBE-SEP-${i}`).join("\n") + "\n";
    s.world.fs.files["/tmp/big"] = big;
    const t0 = performance.now();
    const r = s.run("cat /tmp/big | grep -c KUBE");
    expect(r.stdout).toBe("200000\n");
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe("read and xargs", () => {
  it("read consumes stdin line by line in a loop", () => {
    expect(out('printf "a b c\\nd e\\n" | while read x y; do echo "[$x|$y]"; done')).toBe("[a|b c]\n[d|e]\n");
    expect(out('printf "1\\n2\\n" > n; while read v; do echo v=$v; done < n')).toBe("v=1\nv=2\n");
  });
  it("xargs runs a command with words from stdin", () => {
    expect(out("echo a b c | xargs -n 1 echo item")).toBe("item a\nitem b\nitem c\n");
    expect(out('printf "x\\ny\\n" | xargs -I{} echo "<{}>"')).toBe("<x>\n<y>\n");
  });
  it("commands run through ctx.run inherit stdin", () => {
    expect(out("echo piped | sudo cat")).toBe("piped\n");
  });
});

describe("bash extras (checked against bash 5.2)", () => {
  it("expands braces", () => {
    expect(out("echo {a,b} a{1,2}b {1..3} {c..a} {01..03} x{a,{b,c}}y {a} \"{a,b}\"")).toBe("a b a1b a2b 1 2 3 c b a 01 02 03 xay xby xcy {a} {a,b}\n");
    expect(out("mkdir -p d/{x,y}; ls d")).toBe("x\ny\n");
  });
  it("defines and calls functions with positional parameters", () => {
    expect(out("f() { echo func $1 $#; }; f a b")).toBe("func a 2\n");
    expect(out('function g { echo "g:$*"; return 3; }; g x y; echo rc=$?')).toBe("g:x y\nrc=3\n");
    expect(out("k() { local v=1; echo $v; shift; echo \"$1\"; }; k a b")).toBe("1\nb\n");
    expect(out("bash -c 'echo $0 $1 $2' name one two")).toBe("name one two\n");
  });
  it("runs case statements", () => {
    expect(out("case abc in a*) echo star;; *) echo other;; esac")).toBe("star\n");
    expect(out("case foo in bar|foo) echo alt;; esac; case z in a) echo a;; esac; echo rc=$?")).toBe("alt\nrc=0\n");
  });
  it("evaluates [[ ]] with patterns, regexes, && and ||", () => {
    expect(out("[[ abc == a* ]] && [[ abc =~ ^a.c$ ]] && [[ -d /nope || -f /etc/hosts ]] && echo ok")).toBe("ok\n");
    expect(out('x="a b"; [[ $x == "a b" ]] && [[ b > a ]] && echo nosplit')).toBe("nosplit\n");
  });
});

describe("history", () => {
  it("numbers the lines typed in an interactive session", () => {
    const s = interactiveSession();
    s.run("echo a");
    s.run("true");
    expect(s.run("history").stdout).toBe("    1  echo a\n    2  true\n    3  history\n");
    expect(s.run("history 1").stdout).toBe("    4  history 1\n");
    expect(sh("history").stdout).toBe("");
  });
});

describe("sh and sudo -i", () => {
  it("words sh -c errors like dash", () => {
    expect(sh("sh -c 'foo'")).toEqual({ stdout: "", stderr: "sh: 1: foo: not found\n", rc: 127 });
  });
  it("accepts sudo -i and sudo -s without a command", () => {
    expect(sh("sudo -i").rc).toBe(0);
    expect(sh("sudo").rc).toBe(1);
  });
});

describe("set -e and pipefail (checked against bash 5.2)", () => {
  it("exits on a failing command but not in conditions or non-final && parts", () => {
    expect(sh("set -e; false; echo never")).toEqual({ stdout: "", stderr: "", rc: 1 });
    expect(out("set -e; false || true; false && true; if false; then :; fi; ! true; echo ok")).toBe("ok\n");
  });
  it("reports the rightmost failure of a pipeline with pipefail", () => {
    expect(out("set -o pipefail; false | true; echo $?; set +o pipefail; false | true; echo $?")).toBe("1\n0\n");
    expect(sh("set -eo pipefail; false | true; echo never").rc).toBe(1);
    expect(sh("set -o bogus")).toEqual({ stdout: "", stderr: "/bin/bash: line 1: set: bogus: invalid option name\n", rc: 2 });
  });
});
