// strerror() texts for the errnos the packet path produces.
const TEXT: Record<string, string> = {
  ECONNREFUSED: "Connection refused",
  ETIMEDOUT: "Connection timed out",
  EHOSTUNREACH: "No route to host",
  ENETUNREACH: "Network is unreachable",
  EACCES: "Permission denied",
  EPERM: "Operation not permitted",
  EINVAL: "Invalid argument",
  ENOPROTOOPT: "Protocol not available",
  EHOSTDOWN: "Host is down",
  ENONET: "Machine is not on the network",
  EADDRNOTAVAIL: "Cannot assign requested address",
  ECONNRESET: "Connection reset by peer",
  EMSGSIZE: "Message too long",
  EOPNOTSUPP: "Operation not supported",
  EPROTO: "Protocol error",
};

export function strerror(errno: string): string {
  return TEXT[errno] ?? errno;
}
