# A here-document cut short by the end of the input: bash warns on the last line read
printf 'cat <%sEOT\nbody\n' '<' > /tmp/b10.sh; bash /tmp/b10.sh; echo rc=$?
printf 'cat <%sEOT\nbody' '<' > /tmp/b12.sh; bash /tmp/b12.sh; echo rc=$?
printf 'echo one\ncat <%sEOT\nbody\nmore\n' '<' > /tmp/b13.sh; bash /tmp/b13.sh; echo rc=$?
printf 'cat <%sEOT\nbody\n' '<' | bash; echo rc=$?
bash -c "$(printf 'cat <%sEOT\nx' '<')"; echo rc=$?
