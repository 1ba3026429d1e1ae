# bash printf reads numbers as long doubles (strtold): %.2f of 2.355 is 2.36 where a double gives 2.35
iptables -A INPUT -p tcp --dport 22 -j ACCEPT; n=$(iptables -S | wc -l); printf "%.3f %5.1f%%\n" "$(echo "scale=3; 1/$n" | bc 2>/dev/null || echo 0.25)" 12.345
printf '%d\n' 0x10 010 "'A"; printf '%.2f\n' 2.345 2.355; printf '%g %G\n' 0.0001 1e20
printf '%.2f %.2f %.2f %.1f %.0f %.0f %.3e %g %g %.10g\n' 2.345 2.355 1.005 0.05 2.5 3.5 1.0005 0.1 100000 0.1
printf '%.2f|%f|%e|%.15g|%.20f\n' -1.005 -0 1e-5 0.1 0.1
printf '%.1f %.2f %.3f\n' 0.25 0.125 2.0005; printf '%.2f\n' 1e3 .5 5. +3.14159
