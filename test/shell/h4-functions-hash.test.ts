import { describe, expect, it } from "vitest";
import { out, sh } from "./helpers.js";

describe("declare -f and type print functions as bash re-formats them", () => {
  it("lists, if/elif, loops and redirections", () => {
    const text = out(
      'f() { if ! iptables -C INPUT -j ACCEPT 2>/dev/null; then iptables -A INPUT -j ACCEPT; elif true; then :; fi; for p in 22 "$x"; do echo $p >&2; done; }',
      "declare -f f",
    );
    expect(text).toBe(
      "f () \n{ \n" +
        "    if ! iptables -C INPUT -j ACCEPT 2> /dev/null; then\n        iptables -A INPUT -j ACCEPT;\n" +
        "    else\n        if true; then\n            :;\n        fi;\n    fi;\n" +
        '    for p in 22 "$x";\n    do\n        echo $p 1>&2;\n    done\n}\n',
    );
  });
  it("case, while with process substitution, here-documents and command substitutions", () => {
    const text = out("g() { case $1 in a|b) x=$( echo  hi ;echo b);; esac; while read -r l; do :; done < <(ls); cat <<'E'\nbody\nE\n}", "type g");
    expect(text).toBe(
      "g is a function\ng () \n{ \n    case $1 in \n        a | b)\n            x=$(echo hi; echo b)\n        ;;\n    esac;\n" +
        "    while read -r l; do\n        :;\n    done < <(ls);\n    cat <<'E'\nbody\nE\n\n}\n",
    );
  });
  it("declare -F names the functions; a missing one fails quietly", () => {
    expect(out("b() { :; }; a() { :; }", "declare -F")).toBe("declare -f a\ndeclare -f b\n");
    const r = sh("a() { :; }", "declare -f nope; declare -F a nope");
    expect(r).toEqual({ stdout: "a\n", stderr: "", rc: 1 });
  });
});

describe("hash, builtin and command", () => {
  it("hash counts programs found on PATH, in bash's bucket order", () => {
    expect(out("iptables -S >/dev/null; iptables -S >/dev/null; grep -q x /etc/hosts; hash")).toBe("hits\tcommand\n   1\t/usr/bin/grep\n   2\t/usr/sbin/iptables\n");
    expect(out("iptables -S | cat >/dev/null; hash")).toBe("hash: hash table empty\n");
    expect(out("hash sort; type sort")).toBe("sort is hashed (/usr/bin/sort)\n");
    expect(sh("hash nope").stderr).toBe("/bin/bash: line 1: hash: nope: not found\n");
  });
  it("builtin and command run past a function of the same name", () => {
    expect(out("echo() { builtin echo \"[$*]\"; }; echo a; command echo b")).toBe("[a]\nb\n");
    expect(sh("builtin iptables").stderr).toBe("/bin/bash: line 1: builtin: iptables: not a shell builtin\n");
  });
});

describe("set -x shows loops, case and array literals as bash does", () => {
  it("for and case show their words as written", () => {
    const r = sh('set -x; P=(22 80); for p in "${P[@]}"; do :; done; case $p in 8*) ;; esac');
    expect(r.stderr).toBe('+ P=(22 80)\n+ for p in "${P[@]}"\n+ :\n+ for p in "${P[@]}"\n+ :\n+ case $p in\n');
  });
  it("declare shows the values quoted; export and readonly trace the assignment again; empty values bare", () => {
    const r = sh('set -x; declare -A m=([k]=v); local_f() { local -a a=(1 "2 3"); }; local_f; export Z=1; readonly R=; x=""');
    expect(r.stderr).toBe("+ m=(['k']='v')\n+ declare -A m\n+ local_f\n+ a=('1' '2 3')\n+ local -a a\n+ export Z=1\n+ Z=1\n+ readonly R=\n+ R=\n+ x=\n");
  });
});

describe("the call stack and $(…) line numbers", () => {
  it("FUNCNAME, BASH_LINENO and caller inside functions", () => {
    expect(out('f() { echo "${FUNCNAME[*]} ${BASH_LINENO[*]}"; caller; }; g() { f; }; g')).toBe("f g 1 1\n1 environment\n");
    expect(out('f() { :; }; f; echo "[${FUNCNAME[*]}]"')).toBe("[]\n");
  });
  it("a $(…) spanning lines counts from the line it ends on, as bash re-prints it", () => {
    expect(sh("bash -c $'echo a\\nx=$(\\nfoo\\n)'").stderr).toBe("bash: line 4: foo: command not found\n");
    expect(sh("bash -c $'x=$(foo;\\n bar)'").stderr).toBe("bash: line 2: foo: command not found\nbash: line 2: bar: command not found\n");
  });
});

describe("flock, shells by path, exec > >(tee)", () => {
  it("flock runs the command, creating the lock file; -c runs /bin/sh", () => {
    expect(sh("flock /tmp/l -c 'echo $0; exit 3'")).toEqual({ stdout: "/bin/sh\n", stderr: "", rc: 3 });
    expect(sh("flock /tmp/l nosuch").rc).toBe(69);
    expect(out("flock /tmp/l2 iptables -S OUTPUT; ls /tmp/l2")).toBe("-P OUTPUT ACCEPT\n/tmp/l2\n");
  });
  it("/bin/bash and /bin/sh are the shells, named by their path", () => {
    expect(out("/bin/bash -c 'echo $0'")).toBe("/bin/bash\n");
    expect(sh("/bin/sh -c '[[ x ]]'").stderr).toBe("/bin/sh: 1: [[: not found\n");
  });
  it("exec > >(tee -a LOG) 2>&1 sends the rest of the script through tee", () => {
    expect(out("exec > >(tee -a /tmp/log) 2>&1; echo a; echo b >&2", )).toBe("a\nb\n");
    expect(out("exec > >(tee -a /tmp/log) 2>&1; echo a; echo b >&2", "cat /tmp/log")).toBe("a\nb\n");
  });
});

describe("ln", () => {
  it("symbolic links are followed on read and write, and rm/mv act on the link", () => {
    expect(out("echo a > /tmp/f; ln -s f /tmp/l; cat /tmp/l; readlink /tmp/l; echo b >> /tmp/l; cat /tmp/f")).toBe("a\nf\na\nb\n");
    expect(out("mkdir /tmp/d; ln -s /tmp/d /tmp/dl; echo x > /tmp/dl/y; cat /tmp/d/y; rm /tmp/dl; ls /tmp/d")).toBe("x\ny\n");
    expect(sh("touch /tmp/f; ln -s f /tmp/f").stderr).toBe("ln: failed to create symbolic link '/tmp/f': File exists\n");
  });
});

describe("select", () => {
  it("prints the menu and PS3 on stderr, sets NAME and REPLY, ends at EOF with a newline and status 1", () => {
    const r = sh("printf '2\\n' | { select a in start stop; do echo \"[$a] [$REPLY]\"; done; echo rc=$?; }");
    expect(r.stdout).toBe("[stop] [2]\n\nrc=1\n");
    expect(r.stderr).toBe("1) start\n2) stop\n#? #? ");
  });
  it("a script file reads the stdin it was given", () => {
    expect(out("echo 'read a; echo got $a' > /tmp/r.sh; echo x | bash /tmp/r.sh")).toBe("got x\n");
  });
});

describe("${x#\"…\"}, POSIX classes, kill $$", () => {
  it("quotes inside operator words quote, and go", () => {
    expect(out('p="a*"; v="a*bc"; echo ${v#"$p"} "${v#$p}" ${u:-"a b"} "${u:-"}"}"')).toBe("bc *bc a b }\n");
  });
  it("bracket expressions know [:digit:] and friends", () => {
    expect(out('for p in 22 8o8; do [[ $p == *[![:digit:]]* ]] && echo bad || echo ok; done')).toBe("ok\nbad\n");
  });
  it("kill $$ runs the shell's trap, or ends it with 128+N", () => {
    expect(sh("bash -c 'trap \"echo t; exit 5\" TERM; kill $$; echo no'")).toEqual({ stdout: "t\n", stderr: "", rc: 5 });
    expect(sh("bash -c 'kill -INT $$; echo no'").rc).toBe(130);
  });
});

describe("a failed expansion drops the rest of its line", () => {
  it("the next line still runs, in bash -c and in a script file", () => {
    expect(out("bash -c $'echo $((1/0)); echo same\\necho next'; echo rc=$?")).toBe("next\nrc=0\n");
    expect(out("printf 'f() { echo $((1/0)); echo in-f; }\\nf; echo same\\necho after\\n' > /tmp/a.sh; bash /tmp/a.sh")).toBe("after\n");
    expect(sh("bash -c 'x=${u?unset}; echo no'").rc).toBe(127);
  });
});

describe("getopt (util-linux)", () => {
  it("normalises options, quoting, then -- and the other words; errors make status 1", () => {
    expect(out("getopt -o p:v -l port:,verbose -- x --port=80 -vp 1")).toBe(" --port '80' -v -p '1' -- 'x'\n");
    expect(sh("getopt -o a -- -b")).toEqual({ stdout: " --\n", stderr: "getopt: invalid option -- 'b'\n", rc: 1 });
  });
});
