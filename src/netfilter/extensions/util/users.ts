// Users and groups as getpwnam/getgrgid see them when -m owner resolves names: the machine's
// /etc/passwd and /etc/group when the front end passes them (ParseCall/PrintOptions.accounts),
// else a Debian 12 system's (base-passwd, plus the accounts systemd, dbus, polkit and openssh add).
const USERS: [string, number][] = [
  ["root", 0], ["daemon", 1], ["bin", 2], ["sys", 3], ["sync", 4], ["games", 5], ["man", 6], ["lp", 7],
  ["mail", 8], ["news", 9], ["uucp", 10], ["proxy", 13], ["www-data", 33], ["backup", 34], ["list", 38],
  ["irc", 39], ["_apt", 42], ["nobody", 65534], ["systemd-network", 998], ["systemd-timesync", 997],
  ["messagebus", 100], ["polkitd", 996],
];

const GROUPS: [string, number][] = [
  ["root", 0], ["daemon", 1], ["bin", 2], ["sys", 3], ["adm", 4], ["tty", 5], ["disk", 6], ["lp", 7],
  ["mail", 8], ["news", 9], ["uucp", 10], ["man", 12], ["proxy", 13], ["kmem", 15], ["dialout", 20],
  ["fax", 21], ["voice", 22], ["cdrom", 24], ["floppy", 25], ["tape", 26], ["sudo", 27], ["audio", 29],
  ["dip", 30], ["www-data", 33], ["backup", 34], ["operator", 37], ["list", 38], ["irc", 39], ["src", 40],
  ["shadow", 42], ["utmp", 43], ["video", 44], ["sasl", 45], ["plugdev", 46], ["staff", 50], ["games", 60],
  ["users", 100], ["nogroup", 65534], ["_ssh", 101], ["systemd-journal", 999], ["systemd-network", 998],
  ["systemd-timesync", 997], ["messagebus", 102], ["polkitd", 996],
];

/** Name and id look-ups of one machine's accounts. */
export interface Accounts {
  userId(name: string): number | undefined;
  userName(id: number): string | undefined;
  groupId(name: string): number | undefined;
  groupName(id: number): string | undefined;
}

function lookups(users: [string, number][], groups: [string, number][]): Accounts {
  return {
    userId: (name) => users.find(([n]) => n === name)?.[1],
    userName: (id) => users.find(([, i]) => i === id)?.[0],
    groupId: (name) => groups.find(([n]) => n === name)?.[1],
    groupName: (id) => groups.find(([, i]) => i === id)?.[0],
  };
}

/** name:x:id:… lines, in file order (the first of a name or id wins, as glibc's files lookup). */
function entries(text: string | undefined): [string, number][] {
  const out: [string, number][] = [];
  for (const line of (text ?? "").split("\n")) {
    const f = line.split(":");
    if (f.length >= 3 && f[0] !== "" && /^[0-9]+$/.test(f[2]!)) out.push([f[0]!, Number(f[2])]);
  }
  return out;
}

/** Accounts read (when first asked) from the texts of /etc/passwd and /etc/group. */
export function accountsFrom(passwd: () => string | undefined, group: () => string | undefined): Accounts {
  let users: [string, number][] | undefined;
  let groups: [string, number][] | undefined;
  const u = () => (users ??= entries(passwd()));
  const g = () => (groups ??= entries(group()));
  return {
    userId: (name) => u().find(([n]) => n === name)?.[1],
    userName: (id) => u().find(([, i]) => i === id)?.[0],
    groupId: (name) => g().find(([n]) => n === name)?.[1],
    groupName: (id) => g().find(([, i]) => i === id)?.[0],
  };
}

/** A Debian 12 system's accounts, for callers that have no machine at hand. */
export const DEBIAN_ACCOUNTS: Accounts = lookups(USERS, GROUPS);
