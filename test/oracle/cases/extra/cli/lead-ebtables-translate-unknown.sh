ebtables-translate -A INPUT -x foo
ebtables -A INPUT -x foo
ebtables-translate -A INPUT --bogus
ebtables -A INPUT --bogus
ebtables-translate -A INPUT --ip-src
ebtables -A INPUT --ip-src
ebtables-translate -A INPUT -j
ebtables -A INPUT -j
ebtables-translate -A INPUT -p
ebtables-translate -A INPUT ! -x
ebtables-translate -A INPUT extra
ebtables -A INPUT extra
ebtables-translate -L -x
ebtables-translate -N
ebtables-translate -X FOO BAR
