# find: an expression that ends too early or starts with an operator gets GNU find's texts
cd /tmp
find del '('
find /tmp/nope '(' ; echo rc=$?
find . ! !
find . !
find . '(' ')'
find . -name
find . ')'
find . -not
find . -a
find . -o -print
find /etc/hostname '(' -name x
