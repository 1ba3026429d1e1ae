// curl 7.88.1's URL reading (parseCurlUrl), as the real curl answered in /tmp/r4/odd.sh.
import { describe, expect, it } from "vitest";
import { parseCurlUrl } from "../../src/net/traffic/curl-url.js";

const BAD = { rc: 3, text: "URL using bad/illegal format or missing URL" };
const url = (text: string) => {
  const r = parseCurlUrl(text);
  return "url" in r ? r.url : r;
};

describe("parseCurlUrl", () => {
  it("refuses text after the host or port", () => {
    expect(url("http://[::1]x/")).toEqual(BAD);
    expect(url("http://[::1]:8x/")).toEqual(BAD);
    expect(url("http://127.0.0.1:1e3/")).toEqual(BAD);
    expect(url("http://127.0.0.1:65536/")).toEqual(BAD);
    expect(url("http://127.0.0.1:99999999999999999999/")).toEqual(BAD);
    expect(url("http://[]/")).toEqual(BAD);
  });

  it("takes port 0 and an empty port (the scheme's own)", () => {
    expect(url("http://127.0.0.1:0/")).toMatchObject({ host: "127.0.0.1", port: 0 });
    expect(url("http://127.0.0.1:/")).toMatchObject({ host: "127.0.0.1", port: 80 });
  });

  it("skips user info before the host", () => {
    expect(url("http://user@[::1]:81/")).toMatchObject({ host: "::1", port: 81 });
    expect(url("http://u:p@127.0.0.1/x")).toMatchObject({ host: "127.0.0.1", port: 80, path: "/x" });
  });

  it("gives each scheme its default port", () => {
    expect(url("ftp://[::1]/")).toMatchObject({ port: 21 });
    expect(url("https://[::1]/")).toMatchObject({ port: 443 });
    expect(url("HTTP://[::1]/")).toMatchObject({ port: 80 });
    expect(url("[::1]:81")).toMatchObject({ host: "::1", port: 81, path: "/" });
  });

  it("normalises a numeric IPv4 host as inet_aton does", () => {
    expect(url("http://0:81")).toMatchObject({ host: "0.0.0.0", hostHeader: "0.0.0.0", port: 81 });
    expect(url("http://127.1/")).toMatchObject({ host: "127.0.0.1" });
    expect(url("http://LOCALHOST:81")).toMatchObject({ host: "LOCALHOST" });
  });

  it("drops a zone id from the host it prints, keeps the query in the path", () => {
    expect(url("http://[fe80::1%25lo]:81/")).toMatchObject({ host: "fe80::1", hostHeader: "[fe80::1%25lo]", port: 81 });
    expect(url("http://[::1]/a?b=1#frag")).toMatchObject({ path: "/a?b=1" });
  });
});
