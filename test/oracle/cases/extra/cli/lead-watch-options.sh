watch --help | head -3
watch -v
watch
watch -z true
watch -n abc true
watch --interval
watch -h
watch --version
watch --bogus true
watch --he
watch --diff=permanent -n 2 --exec
watch -dn
watch --e
