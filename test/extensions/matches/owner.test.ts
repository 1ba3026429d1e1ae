import { describe, expect, it } from "vitest";
import { decide, ext, failure, texts } from "./helpers.js";

const OUT = { chain: "OUTPUT" };

describe("owner match (oracle: b3)", () => {
  it.each([
    [["--uid-owner", "0"], "--uid-owner 0", "owner UID match root", "owner UID match 0"],
    [["--uid-owner", "root"], "--uid-owner 0", "owner UID match root", "owner UID match 0"],
    [["!", "--uid-owner", "1000", "--gid-owner", "100"], "! --uid-owner 1000 --gid-owner 100", "! owner UID match 1000 owner GID match users", "! owner UID match 1000 owner GID match 100"],
    [["--uid-owner", "1000-2000"], "--uid-owner 1000-2000", "owner UID match 1000-2000", "owner UID match 1000-2000"],
    [["--gid-owner", "0", "--suppl-groups"], "--gid-owner 0 --suppl-groups", "owner GID match root incl. suppl. groups", "owner GID match 0 incl. suppl. groups"],
    [["--socket-exists"], "--socket-exists", "owner socket exists", "owner socket exists"],
    [["!", "--socket-exists"], "! --socket-exists", "! owner socket exists", "! owner socket exists"],
    [["--gid-owner", "daemon"], "--gid-owner 1", "owner GID match daemon", "owner GID match 1"],
  ])("%j", (words, save, list, numeric) => {
    expect(texts("owner", words, OUT)).toEqual({ save, list, numeric });
  });
  it.each([
    [["--uid-owner", "nosuchuser"], 'owner: Bad value for "--uid-owner" option: "nosuchuser"'],
    [["--uid-owner", "4294967295"], 'owner: Bad value for "--uid-owner" option: "4294967295"'],
    [[], "owner: At least one of --uid-owner, --gid-owner or --socket-exists is required"],
  ])("error %j", (words, message) => {
    expect(failure("owner", words, OUT)).toBe(`${message}|2`);
  });
  it("is limited to OUTPUT and POSTROUTING (RULE_APPEND failed in INPUT)", () => {
    expect(ext("owner").hooks).toEqual(["OUTPUT", "POSTROUTING"]);
  });
  it("matches the sending socket's ids", () => {
    expect(decide("owner", ["--uid-owner", "0"], {}, { socketUid: 0, socketGid: 0 }, OUT)).toBe(true);
    expect(decide("owner", ["--uid-owner", "0"], {}, { socketUid: 33, socketGid: 33 }, OUT)).toBe(false);
    expect(decide("owner", ["!", "--uid-owner", "0"], {}, { socketUid: 33, socketGid: 33 }, OUT)).toBe(true);
    expect(decide("owner", ["--uid-owner", "0"], {}, {}, OUT)).toBe(false);
    expect(decide("owner", ["!", "--socket-exists"], {}, {}, OUT)).toBe(true);
    expect(decide("owner", ["--socket-exists"], {}, { socketUid: 1000 }, OUT)).toBe(true);
    expect(decide("owner", ["--gid-owner", "100-200"], {}, { socketUid: 1, socketGid: 150 }, OUT)).toBe(true);
  });
});
