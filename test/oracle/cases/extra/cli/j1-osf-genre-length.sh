# the kernel's genre[] is 32 bytes: iptables keeps the first 31 characters, silently
iptables -A INPUT -p tcp -m osf --genre abcdefghijklmnopqrstuvwxyzabcde
iptables -A INPUT -p tcp -m osf --genre abcdefghijklmnopqrstuvwxyzabcdef
iptables -A INPUT -p tcp -m osf ! --genre abcdefghijklmnopqrstuvwxyzabcdefghij --ttl 2
iptables -A INPUT -p tcp -m osf --genre ""
iptables -S INPUT
iptables -L INPUT -n
iptables -C INPUT -p tcp -m osf --genre abcdefghijklmnopqrstuvwxyzabcdeXYZ
iptables -D INPUT -p tcp -m osf --genre abcdefghijklmnopqrstuvwxyzabcde
iptables -S INPUT
iptables-legacy -A INPUT -p tcp -m osf --genre abcdefghijklmnopqrstuvwxyzabcdefg --log 1
iptables-legacy -L INPUT -v -x -n
iptables-legacy -C INPUT -p tcp -m osf --genre abcdefghijklmnopqrstuvwxyzabcde --log 1
iptables-legacy-save -t filter | grep -v '^#'
