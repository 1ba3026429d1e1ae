# FUNCNEST limits function nesting: bash names the limit and drops the rest of the command line
FUNCNEST=50; g(){ g; }; g; echo rc=$?
echo next $?
FUNCNEST=3; h(){ echo d$1; h $(($1+1)); }; h 1; echo not
FUNCNEST=x; k(){ [ $1 -lt 5 ] && k $(($1+1)); echo $1; }; k 0
FUNCNEST=2; a(){ b; echo a-done; }; b(){ echo in-b; }; a
FUNCNEST=1; a(){ b; echo a-done; }; b(){ echo in-b; }; a; echo after
FUNCNEST=2; ( a(){ a; }; a ); echo sub=$?
FUNCNEST=2; x=$( a(){ a; }; a; echo inner ); echo "x=$x"
