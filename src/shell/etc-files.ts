// Small Debian 12 files under /etc that scripts read through cat, grep or getent.
/** Debian 12's base accounts (base-passwd) and netbase's /etc/networks, for getent and cat. */
export const ETC_PASSWD = [
  "root:x:0:0:root:/root:/bin/bash", "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin", "bin:x:2:2:bin:/bin:/usr/sbin/nologin",
  "sys:x:3:3:sys:/dev:/usr/sbin/nologin", "sync:x:4:65534:sync:/bin:/bin/sync", "games:x:5:60:games:/usr/games:/usr/sbin/nologin",
  "man:x:6:12:man:/var/cache/man:/usr/sbin/nologin", "lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin", "mail:x:8:8:mail:/var/mail:/usr/sbin/nologin",
  "news:x:9:9:news:/var/spool/news:/usr/sbin/nologin", "uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin", "proxy:x:13:13:proxy:/bin:/usr/sbin/nologin",
  "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin", "backup:x:34:34:backup:/var/backups:/usr/sbin/nologin",
  "list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin", "irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin",
  "_apt:x:42:65534::/nonexistent:/usr/sbin/nologin", "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin",
].map((l) => l + "\n").join("");
export const ETC_GROUP =
  "root daemon bin sys adm tty disk lp mail news uucp man proxy kmem dialout fax voice cdrom floppy tape sudo audio dip www-data backup operator list irc src shadow utmp video sasl plugdev staff games users nogroup"
    .split(" ")
    .map((name, i) => `${name}:x:${[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 15, 20, 21, 22, 24, 25, 26, 27, 29, 30, 33, 34, 37, 38, 39, 40, 42, 43, 44, 45, 46, 50, 60, 100, 65534][i]}:\n`)
    .join("");
export const ETC_NETWORKS = "default\t\t0.0.0.0\nloopback\t127.0.0.0\nlink-local\t169.254.0.0\n\n";


/** libc-bin's /etc/rpc (getent rpc). */
export const ETC_RPC = [
  "# This file contains user readable names that can be used in place of rpc",
  "# program numbers.",
  "",
  "portmapper\t100000\tportmap sunrpc rpcbind",
  "rstatd\t\t100001\trstat rstat_svc rup perfmeter",
  "rusersd\t\t100002\trusers",
  "nfs\t\t100003\tnfsprog",
  "ypserv\t\t100004\typprog",
  "mountd\t\t100005\tmount showmount",
  "ypbind\t\t100007",
  "walld\t\t100008\trwall shutdown",
  "yppasswdd\t100009\typpasswd",
  "etherstatd\t100010\tetherstat",
  "rquotad\t\t100011\trquotaprog quota rquota",
  "sprayd\t\t100012\tspray",
  "3270_mapper\t100013",
  "rje_mapper\t100014",
  "selection_svc\t100015\tselnsvc",
  "database_svc\t100016",
  "rexd\t\t100017\trex",
  "alis\t\t100018",
  "sched\t\t100019",
  "llockmgr\t100020",
  "nlockmgr\t100021",
  "x25.inr\t\t100022",
  "statmon\t\t100023",
  "status\t\t100024",
  "bootparam\t100026",
  "ypupdated\t100028\typupdate",
  "keyserv\t\t100029\tkeyserver",
  "tfsd\t\t100037 ",
  "nsed\t\t100038",
  "nsemntd\t\t100039",
  "ypxfrd\t\t100069",
  "nfs_acl\t\t100227",
  "pcnfsd\t\t150001",
  "amd\t\t300019\tamq",
  "sgi_fam\t\t391002",
  "ugidd\t\t545580417",
  "fypxfrd\t\t600100069\tfreebsd-ypxfrd",
  "bwnfsd          788585389",
].map((line) => line + "\n").join("");
