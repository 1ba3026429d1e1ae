// ping's main loop (iputils main_loop/pinger/schedule_exit): an echo every interval, answers
// printed as they come, stop once replies + errors reach -c (or at the -w deadline, or at
// the first error under -w), then wait for late answers: the linger time (-W) when nothing
// was received, else one interval.
import type { World } from "../types.js";
import { deadlineOf } from "../../shell/deadline.js";
import { strerror } from "./errno-text.js";
import { openEchoSession, type EchoAnswer, type EchoSessionOptions } from "./echo-session.js";
import type { PingOptions } from "./ping-options.js";
import { icmpErrorText } from "./ping-text.js";

export interface PingTally {
  out: string;
  err: string;
  sent: number;
  received: number;
  errors: number;
  rtts: number[];
  /** Most echoes in flight when one was answered (printed as "pipe N" when above 1). */
  pipesize: number;
  /** Still running at the command line's time limit (the oracle's 5 s, timeout). */
  killed: boolean;
}

export function runPingLoop(
  world: World,
  netns: string,
  dst: number,
  o: PingOptions,
  session: EchoSessionOptions,
  name: (addr: number) => string,
  id: number,
): PingTally {
  const t: PingTally = { out: "", err: "", sent: 0, received: 0, errors: 0, rtts: [], pipesize: -1, killed: false };
  const echo = openEchoSession(world, netns, dst, id, session);
  const killAt = deadlineOf(world);
  // Without -c or -w ping runs until it is killed; where nothing kills it (the tutor's own
  // terminal) four echoes stand in for that.
  const endless = o.count === undefined && o.deadlineS === undefined;
  const count = o.count ?? (endless && killAt === undefined ? 4 : Number.POSITIVE_INFINITY);
  const intervalMs = endless ? Math.max(o.intervalS * 1000, 1) : o.intervalS * 1000;
  const start = world.clock;
  const deadlineAt = o.deadlineS === undefined ? Number.POSITIVE_INFINITY : start + o.deadlineS * 1000;
  const stopAt = Math.min(deadlineAt, killAt ?? Number.POSITIVE_INFINITY);
  const killedBy = (until: number) => killAt !== undefined && until >= killAt && killAt < deadlineAt;
  const timing = o.dataLen >= 16;
  const finished = () => t.received + t.errors >= count || (o.deadlineS !== undefined && t.errors > 0);
  const line = (text: string) => {
    if (!o.quiet) t.out += text;
  };
  const answered = new Set<number>();
  const answer = (a: EchoAnswer) => {
    answered.add(a.seq);
    t.pipesize = Math.max(t.pipesize, t.sent - a.seq + 1);
    if (a.kind === "replied") {
      t.received++;
      // Replies here take no time: a steady small round trip stands in (filtered in cases).
      const rtt = 0.04 + ((a.seq * 7) % 5) / 1000;
      t.rtts.push(rtt);
      line(`${o.dataLen + 8} bytes from ${name(a.from)}: icmp_seq=${a.seq} ttl=${a.ttl}${timing ? ` time=${rtt.toFixed(3)} ms` : ""}${o.audible ? "\x07" : ""}\n`);
    } else {
      t.errors++;
      line(`From ${name(a.from)} icmp_seq=${a.seq} ${icmpErrorText(a.type, a.code, a.mtu)}\n`);
    }
  };
  // Handles the answers that come before `until`; false once ping is done.
  const drain = (until: number): boolean => {
    for (;;) {
      if (finished()) return false;
      const got = echo.next(until);
      if (got.length === 0) return true;
      for (const a of got) answer(a);
    }
  };
  for (let seq = 1; ; seq++) {
    if (o.deadlineS === undefined && t.sent >= count) break;
    const sendAt = Math.max(world.clock, start + (seq - 1) * intervalMs);
    if (!drain(Math.min(sendAt, stopAt))) return t;
    if (sendAt >= stopAt) {
      t.killed = killedBy(sendAt);
      return t;
    }
    // -O: pinger's note (printed even under -q) about the previous echo still unanswered
    if (o.outstanding && t.sent > 0 && !answered.has(t.sent)) t.out += `no answer yet for icmp_seq=${t.sent}\n`;
    t.sent++;
    const r = echo.send(seq, o.dataLen);
    if (r.kind === "local-error") {
      // EMSGSIZE waits on the error queue: reported and counted (with -q neither).
      if (!o.quiet) {
        t.errors++;
        t.err += `ping: local error: message too long, mtu=${r.mtu}\n`;
      }
    } else if (r.kind === "error" && r.answer) {
      // sendto failed but the error queue already holds the ICMP error (a REJECT in OUTPUT):
      // ping prints both. With nothing queued (DROP, no route) it prints nothing at all.
      answer(r.answer);
      if (!o.quiet) t.err += `ping: sendmsg: ${strerror(r.errno)}\n`;
    }
  }
  const lingerMs = t.received > 0 ? intervalMs : (o.waitS ?? 10) * 1000;
  const until = world.clock + lingerMs;
  if (drain(Math.min(until, stopAt))) t.killed = killedBy(until);
  return t;
}
