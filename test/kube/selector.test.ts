// -l selectors as the API server parses them (apimachinery labels parser) and kubectl's
// builder rules around them.
import { describe, expect, it } from "vitest";
import { matchesRequirements, parseLabelSelector } from "../../src/kube/selector.js";
import { kubectlNode } from "./kubectl-fixture.js";

describe("parseLabelSelector", () => {
  it.each([
    ["app in web", "unable to parse requirement: found 'web' expected: '('"],
    ["app==", []],
    ["app=web,", "found '', expected: identifier after ','"],
    ["app web", "unable to parse requirement: found 'web', expected: in, notin, =, ==, !=, gt, lt"],
    ["app=web x", "found 'x', expected: ',' or 'end of string'"],
    ["=web", "found '=', expected: !, identifier, or 'end of string'"],
    ["app in (a b)", "unable to parse requirement: found 'b', expected: ',' or ')'"],
    ["app in (a,=)", "unable to parse requirement: found '=', expected: ',', or identifier"],
    ["app ~ web", "unable to parse requirement: found '~', expected: in, notin, =, ==, !=, gt, lt"],
    ["app =! web", "unable to parse requirement: found '!', expected: identifier"],
    ["app>x", "unable to parse requirement: values[0]: Invalid value: \"x\": for 'Gt', 'Lt' operators, the value must be an integer"],
    ["app in web)", "unable to parse requirement: found 'web' expected: '('"],
  ])("%s", (text, expected) => {
    const r = parseLabelSelector(text);
    if (typeof expected === "string") expect(r).toBe(expected);
    else expect(typeof r).not.toBe("string");
  });

  it("matches the way the server selects", () => {
    const sel = parseLabelSelector("app in (web, api),tier!=db,!legacy,replicas>2");
    if (typeof sel === "string") throw new Error(sel);
    expect(matchesRequirements(sel, { app: "web", replicas: "3" })).toBe(true);
    expect(matchesRequirements(sel, { app: "web", replicas: "2" })).toBe(false);
    expect(matchesRequirements(sel, { app: "api", replicas: "5", legacy: "" })).toBe(false);
    expect(matchesRequirements(sel, { app: "api", replicas: "5", tier: "db" })).toBe(false);
  });
});

describe("kubectl with a selector", () => {
  const n = kubectlNode();
  it.each([
    ["kubectl get pods -l 'app in web'", 'Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "app in web", field selector "": unable to parse requirement: found \'web\' expected: \'(\'\n'],
    ["kubectl get ds -n kube-system -l 'a=b c'", 'Error from server (BadRequest): Unable to find "apps/v1, Resource=daemonsets" that match label selector "a=b c", field selector "": found \'c\', expected: \',\' or \'end of string\'\n'],
    ["kubectl get pods web-1 -l app=web", "error: name cannot be provided when a selector is specified\n"],
    ["kubectl get pod/web-1 -l app=web", "error: selectors and the all flag cannot be used when passing resource/name arguments\n"],
    ["kubectl get foo bar -l app=web", "error: name cannot be provided when a selector is specified\n"],
    ["kubectl delete pods web-1 --all", "error: name cannot be provided when a selector is specified\n"],
    ["kubectl describe pods web-1 -l app=web", "error: name cannot be provided when a selector is specified\n"],
    ["kubectl label pods web-1 -l app=web x=y", "error: name cannot be provided when a selector is specified\n"],
  ])("%s", (line, stderr) => {
    expect(n.sh(line)).toEqual({ stdout: "", stderr, rc: 1 });
  });
  it("an empty -l selects everything", () => {
    expect(n.sh("kubectl get pods -l '' -o name").stdout).toBe("pod/client\npod/web-1\npod/web-2\n");
  });
});
