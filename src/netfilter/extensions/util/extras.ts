// The optional packet, connection and context details matches use (declared in types.ts).
// Every match works without them, treating a missing detail as "absent".
import type { ConntrackView, HookContext, Packet } from "../../types.js";

export type PacketExtras = Pick<Packet, "tcpOptions" | "tcpMss" | "spi">;
export type ConntrackExtras = Pick<ConntrackView, "expires" | "helper" | "expected" | "confirmed">;
export type ContextExtras = Pick<HookContext, "sharedTables" | "countConnections" | "pktType">;
