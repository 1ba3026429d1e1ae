# awk for (k in A) visits keys in mawk 1.3.4 hash order (FNV-1 lists, integer subscripts, split vectors, delete), as counters summaries print them
iptables -N KUBE-SERVICES; iptables -N DOCKER-USER; iptables -N f2b-sshd; iptables -N LOGDROP; iptables -N ufw-before-input; iptables -N A
iptables -S | awk '/^-[PN]/{c[$2]++} END{for (k in c) print k}'
iptables -S | awk '{c[$2]=NR} END{for (k in c) print k, c[k]}'
awk 'BEGIN{for(i=1;i<=20;i++) a[i]=i; for (k in a) printf "%s ", k; print ""}'
awk 'BEGIN{split("tcp udp icmp all sctp gre esp ah", p); for (k in p) c[p[k]]=k; for (k in c) printf "%s ", k; print ""}'
awk 'BEGIN{a["10.0.0.1"];a["10.0.0.2"];a["192.168.1.1"];a["172.16.0.1"];a["8.8.8.8"]; for (k in a) print k}'
awk 'BEGIN{a[-1];a[0];a[1.5];a["x"];a[100];a[3]; for (k in a) print k}'
awk 'BEGIN{n=split("INPUT FORWARD OUTPUT PREROUTING POSTROUTING", s); for(i=n;i>0;i--) h[s[i]]=i; for (k in h) print k, h[k]; delete h["INPUT"]; for (k in h) printf "%s,", k; print ""}'
iptables -A INPUT -p tcp --dport 22 -j ACCEPT; iptables -A INPUT -p tcp --dport 80 -j ACCEPT; iptables -A INPUT -p udp --dport 53 -j ACCEPT; iptables -A INPUT -j DROP; iptables -A FORWARD -j DROP
iptables -L -n -v -x | awk '/^Chain/{ch=$2; next} $1 ~ /^[0-9]+$/ {rules[ch]++; tgt[$3]++} END{for (c in rules) printf "%s %d\n", c, rules[c]; for (t in tgt) print t, tgt[t]}'
iptables -S | awk '$1=="-A"{n[$2]++; if ($4 == "tcp" || $4 == "udp") p[$4 "/" $NF]++} END{for (k in n) print k, n[k]; for (k in p) print k}'
iptables -S | awk '{a[NR]=$0} END{for (i in a) print i": "a[i]}'
iptables -S | awk '{w[$1]++; for (i=2;i<=NF;i++) if ($i ~ /^--?[a-z]/) o[$i]++} END{for (k in o) printf "%s=%d ", k, o[k]; print ""}'
awk 'BEGIN{for(i=1;i<=100;i++) a[i*7]; n=0; for (k in a) {printf "%s ", k; if (++n==30) break}; print ""}'
awk 'BEGIN{n=split("a b c d e f g h i j", s); for (k in s) printf "%s ", k; print ""; s["x"]; for (k in s) printf "%s ", k; print ""}'
awk 'BEGIN{a["k"]; a[1]; a["1"]; a[2]; a["j"]; x=a["k"]; for (k in a) printf "%s ", k; print ""}'
