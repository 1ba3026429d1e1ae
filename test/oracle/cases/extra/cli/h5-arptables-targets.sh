arptables -A OUTPUT -j QUEUE
arptables -A OUTPUT -j CLASSIFY --set-class 1:2
arptables -A OUTPUT -j CLASSIFY
arptables -A OUTPUT -j CLASSIFY --set-class zz
arptables -A OUTPUT -j CLASSIFY --set-class 10:ffff0
arptables -A OUTPUT -j MARK
arptables -A OUTPUT -j MARK --set-mark 0
arptables -A OUTPUT -j MARK --set-mark 0x1f --or-mark 2
arptables -A OUTPUT -j MARK --or-mark ff
arptables -A OUTPUT -j MARK --and-mark 0xf0
arptables -A OUTPUT -j MARK --set-mark zz
arptables -A OUTPUT -j MARK --set-xmark 1
arptables -A OUTPUT -j ACCEPT --set-mark 1
arptables -A OUTPUT -j mangle
arptables -A OUTPUT -j mangle --mangle-ip-s 127.0.0.1 --mangle-ip-d 10.0.0.0/8 --mangle-mac-s 0:1:2:3:4:5 --mangle-target DROP
arptables -A OUTPUT -j mangle --mangle-target CONTINUE --mangle-ip-d localhost
arptables -A OUTPUT -j mangle --mangle-target RETURN
arptables -A OUTPUT -j mangle --mangle-mac-s zz
arptables -A OUTPUT -j mangle --mangle-mac-d zz
arptables -A OUTPUT -j mangle --mangle-ip-s nohost.invalid
arptables -A OUTPUT -s 127.0.0.1 -d 127.0.0.0/8 -j ACCEPT
arptables -L OUTPUT
arptables -L OUTPUT -n
arptables-save
arptables -N c1
arptables -A c1 -j CLASSIFY --set-class 1:1
arptables -A INPUT -j c1
arptables -A OUTPUT -j c1
arptables -A OUTPUT -j c1 -c 1000000 123456789
arptables -L OUTPUT -v
arptables -L OUTPUT -v -x
arptables -S OUTPUT -v
arptables-save -c
arptables-save -t filter
arptables-save -x
arptables-save extra
arptables-save -V
arptables-nft-save -V
arptables-restore -V
arptables-nft -V
arptables -V -A INPUT
arptables ! -V
