// Users and groups of a Debian 12 system (base-passwd, plus the accounts systemd, dbus, polkit
// and openssh add, and the image's own cloudsdk and postgres accounts, as on the reference
// host), which getpwnam/getgrgid see when -m owner resolves names.
const USERS: [string, number][] = [
  ["root", 0], ["daemon", 1], ["bin", 2], ["sys", 3], ["sync", 4], ["games", 5], ["man", 6], ["lp", 7],
  ["mail", 8], ["news", 9], ["uucp", 10], ["proxy", 13], ["www-data", 33], ["backup", 34], ["list", 38],
  ["irc", 39], ["_apt", 42], ["nobody", 65534], ["systemd-network", 998], ["systemd-timesync", 997],
  ["messagebus", 100], ["polkitd", 996], ["cloudsdk", 1000], ["postgres", 101],
];

const GROUPS: [string, number][] = [
  ["root", 0], ["daemon", 1], ["bin", 2], ["sys", 3], ["adm", 4], ["tty", 5], ["disk", 6], ["lp", 7],
  ["mail", 8], ["news", 9], ["uucp", 10], ["man", 12], ["proxy", 13], ["kmem", 15], ["dialout", 20],
  ["fax", 21], ["voice", 22], ["cdrom", 24], ["floppy", 25], ["tape", 26], ["sudo", 27], ["audio", 29],
  ["dip", 30], ["www-data", 33], ["backup", 34], ["operator", 37], ["list", 38], ["irc", 39], ["src", 40],
  ["shadow", 42], ["utmp", 43], ["video", 44], ["sasl", 45], ["plugdev", 46], ["staff", 50], ["games", 60],
  ["users", 100], ["nogroup", 65534], ["_ssh", 101], ["systemd-journal", 999], ["systemd-network", 998],
  ["systemd-timesync", 997], ["messagebus", 102], ["polkitd", 996], ["cloudsdk", 1000], ["ssl-cert", 103],
  ["postgres", 104],
];

export const userId = (name: string) => USERS.find(([n]) => n === name)?.[1];
export const userName = (id: number) => USERS.find(([, i]) => i === id)?.[0];
export const groupId = (name: string) => GROUPS.find(([n]) => n === name)?.[1];
export const groupName = (id: number) => GROUPS.find(([, i]) => i === id)?.[0];
