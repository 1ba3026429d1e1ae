# lsb_release as repository setup scripts call it
lsb_release -a
lsb_release -cs
lsb_release -ds
lsb_release -irs
lsb_release -s -a
lsb_release -d
lsb_release -c
lsb_release -r
lsb_release -i
lsb_release --short --codename
echo "deb http://deb.debian.org/debian $(lsb_release -cs)-backports main"
lsb_release
lsb_release -v
lsb_release -h
lsb_release --bogus
lsb_release -x -a
lsb_release --id=3
lsb_release extra
lsb_release -a 2>&1 | cat
