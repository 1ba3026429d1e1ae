import { describe, expect, it } from "vitest";
import { interactiveSession, out, sh } from "./helpers.js";

describe("background jobs run on a clock of their own", () => {
  it("a job is Running until the shell's clock passes its end, then leaves the table", () => {
    expect(out("sleep 1 & jobs")).toBe("[1]+  Running                 sleep 1 &\n");
    expect(out("sleep 0.1 & sleep 0.2; jobs; echo end")).toBe("end\n");
  });
  it("kill ends a running job with 128+N; wait reports a KILLed one", () => {
    expect(out("sleep 2 & kill %1; wait %1; echo $?")).toBe("143\n");
    const r = sh("sleep 2 & kill -9 %1; wait %1; echo $?");
    expect(r.stdout).toBe("137\n");
    expect(r.stderr).toMatch(/^\/bin\/bash: line 1: +[0-9]+ Killed {18}sleep 2\n$/);
  });
  it("output a job prints after the bash -c shell exits is lost; wait waits for it", () => {
    expect(out("(sleep 0.2; echo late) & echo early")).toBe("early\n");
    expect(out("(sleep 0.2; echo late) & echo early; wait")).toBe("early\nlate\n");
  });
  it("an interactive shell keeps its jobs between lines and fg waits for one", () => {
    const s = interactiveSession();
    s.run("(sleep 5; echo finished) &");
    expect(s.run("jobs").stdout).toBe("[1]+  Running                 ( sleep 5; echo finished ) &\n");
    expect(s.run("fg")).toEqual({ stdout: "( sleep 5; echo finished )\nfinished\n", stderr: "", rc: 0 });
    expect(s.run("fg").stderr).toBe("bash: fg: current: no such job\n");
  });
  it("a non-interactive shell has no job control", () => {
    expect(sh("sleep 1 & fg %1")).toEqual({ stdout: "", stderr: "/bin/bash: line 1: fg: no job control\n", rc: 1 });
  });
});

describe("SHLVL, BASH_SUBSHELL and namerefs", () => {
  it("a nested bash counts one more unless it is the last command, run in place", () => {
    expect(out("bash -c 'echo $SHLVL'; true")).toBe("2\n");
    expect(out("true; bash -c 'echo $SHLVL'")).toBe("1\n");
    expect(out("echo $BASH_SUBSHELL $(echo $BASH_SUBSHELL) $( (echo $BASH_SUBSHELL) )")).toBe("0 1 2\n");
  });
  it("local -n fills the caller's array", () => {
    expect(out('add() { local -n l=$1; l+=("$2"); }; a=(); add a x; add a y; echo "${a[@]} ${#a[@]}"')).toBe("x y 2\n");
  });
});
