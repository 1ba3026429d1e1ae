// ip and sysctl command texts, errors and exit codes against transcripts recorded with run-real
// (test/net/fixtures/*.sh → *.expected.json). MAC addresses and IPv6 link-local addresses are
// random on the real kernel, so they are masked on both sides.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createWorld } from "../../src/net/world.js";
import { run } from "./helpers.js";

const DIR = join(import.meta.dirname, "fixtures");
const mask = (text: string) => text.replace(/([0-9a-f]{2}:){5}[0-9a-f]{2}/g, "MAC").replace(/fe80::[0-9a-f:]+/g, "fe80::X");

interface Record { cmd: string; stdout: string; stderr: string; rc: number }

describe("transcripts from the real kernel", () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".expected.json"))) {
    it(file.replace(".expected.json", ""), () => {
      const records = JSON.parse(readFileSync(join(DIR, file), "utf8")) as Record[];
      const world = createWorld();
      let compared = 0;
      for (const record of records) {
        if (!/^(ip|sysctl)\b/.test(record.cmd) || /[|>;]/.test(record.cmd)) continue;
        compared++;
        const actual = run(world, record.cmd);
        expect({ cmd: record.cmd, stdout: mask(actual.stdout), stderr: mask(actual.stderr), rc: actual.rc })
          .toEqual({ cmd: record.cmd, stdout: mask(record.stdout), stderr: mask(record.stderr), rc: record.rc });
      }
      expect(compared).toBeGreaterThanOrEqual(5);
    });
  }
});
