printf 'a\nb\n' > /tmp/h10r
{ read -t 0; echo "rc=$? REPLY=[$REPLY]"; read x; echo "x=$x"; } < /tmp/h10r
printf 'a\nb\n' | { read -t 0 v; echo "v=[$v]"; read x; echo "x=$x"; }
exec 3> /tmp/h10w; read -u 3 y; echo "rc=$?"; exec 3>&-
rm -f /tmp/h10r /tmp/h10w
