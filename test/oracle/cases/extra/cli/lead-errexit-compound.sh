# set -e: a compound command's status from an && list inside it does not end the script; a subshell, a function, [[ ]], (( )) and a failed redirection do
set -e; { false && true; }; echo after-group
set -e; while read l; do [[ $l == x ]] && echo m; done <<< $'a\nb'; echo after-while
set -e; for i in 1 2; do [ $i = 3 ] && echo m; done; echo after-for
set -e; if true; then false && true; fi; echo after-if
set -e; f() { false && true; }; f; echo after-func
set -e; ( false && true ); echo after-subshell
set -e; case x in x) false && true;; esac; echo after-case
set -e; until true; do :; done; { false || false && true; }; echo after-or
set -e; x=$(false && true); echo after-subst
set -e; ! true; echo after-bang
set -e; false && true | cat; echo after-pipe
set -e; while read l; do [[ $l == x ]] && echo m; done <<< $'a\nb'; echo status-after
set -e; { echo in; } > /nonexistent/x; echo after-redir-group
set -e; if false; then :; fi > /nonexistent/x; echo after-redir-if
set -e; trap 'echo ERR >&2' ERR; { false && true; }; echo after-trap
set -e; trap 'echo ERR >&2' ERR; for i in 1; do false && true; done; ( exit 3 ); echo never
set -e; f() { for i in 1; do [ $i = 2 ] && echo m; done; }; f; echo after-func-loop
set -e; true | { false && true; }; echo after-pipe-group
set -e; { false && true; } | cat; echo after-group-pipe
set -e; [[ a == b ]]; echo after-cond
set -e; (( 0 )); echo after-arith
set -e; x=1; { [ $x = 2 ] && echo two; } || echo fallback; echo after-or-group
