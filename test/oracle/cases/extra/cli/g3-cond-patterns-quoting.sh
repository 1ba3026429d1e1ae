# [[ == ]] and case: quoted parts of a pattern match themselves, unquoted $var expansions stay patterns; [[ =~ ]] with quoted regex text is literal
r="-A INPUT -j ACCEPT"; [[ $r == -A* ]] && echo glob-yes; [[ $r == "-A*" ]] || echo quoted-no; [[ $r != *DROP* ]] && echo nodrop
p='*.conf'; case x.conf in $p) echo unquoted-match;; esac; case x.conf in "$p") echo quoted-match;; *) echo quoted-nomatch;; esac
p='-A*'; [[ "-A INPUT" == $p ]] && echo var-glob; [[ "-A INPUT" == "$p" ]] || echo var-quoted-literal; [[ '-A*' == "$p" ]] && echo literal-eq
[[ abc == a?c ]] && echo q1; [[ abc == a[bx]c ]] && echo b1; [[ abc == a[!b]c ]] || echo b2; [[ a/b == a*b ]] && echo slash; [[ 'a*c' == a\*c ]] && echo esc
[[ 10.0.0.1 =~ ^10\.0\. ]] && echo re1; [[ 10x0x0 =~ ^10\.0 ]] || echo re2; [[ 10x0 =~ ^10.0 ]] && echo re3; [[ a.b =~ "a.b" ]] && echo re4; [[ axb =~ "a.b" ]] || echo re5
re='^-A ([A-Z]+)'; [[ "-A INPUT -j DROP" =~ $re ]] && echo "chain=${BASH_REMATCH[1]}"; [[ "-A INPUT" =~ "$re" ]] || echo re-quoted-literal
[[ "a b" =~ a\ b ]] && echo sp; [[ "a b" =~ "a b" ]] && echo sp2; [[ "x+y" =~ x"+"y ]] && echo plus
[[ -A == -A ]] && echo dash; [[ "" == "" ]] && echo empty; [[ x == "" ]] || echo nonempty; [[ "*" == \* ]] && echo star
iptables -A INPUT -p tcp --dport 22 -j ACCEPT; iptables -A INPUT -s 10.0.0.0/8 -j DROP; iptables -S INPUT | while read -r l; do case "$l" in -P*) echo "policy";; *"-j ACCEPT") echo "accept: $l";; *DROP*) echo "drop";; esac; done
for c in INPUT FORWARD web-in; do case $c in [A-Z]*) echo "$c builtin-ish";; *-in) echo "$c user";; esac; done
case "-j DROP" in *"-j "@(DROP|REJECT)) echo ext;; *) echo noext;; esac
