# awk break and continue in while, do, for and for-in loops; outside a loop they are mawk compile errors
awk 'BEGIN{break; print "x"}'; echo rc=$?
awk 'BEGIN{if (1) continue}'; echo rc=$?
awk 'BEGIN{for(i=0;i<10;i++){if(i==3)continue; if(i==6)break; printf "%d ", i}; print ""}'
awk 'BEGIN{i=0; while(1){if(++i>4)break; if(i%2)continue; print "w" i}}'
awk 'BEGIN{i=0; do { i++; if (i==2) continue; if (i==4) break; print "d" i } while (i < 9)}'
awk 'BEGIN{split("a b c", s); for (k in s) { if (s[k]=="b") continue; print s[k] }}'
awk 'function f(n) { while (1) { if (n-- <= 0) break }; return n } BEGIN{print f(3)}'
iptables -S | awk '{for (i=1;i<=NF;i++) if ($i == "-j") {print $(i+1); break}}'
