which arptables arptables-nft arptables-save arptables-restore
command -v arptables-nft-save
arptables-legacy -L
ls -l /usr/sbin/arptables /usr/sbin/arptables-nft /usr/sbin/arptables-save
readlink -f /usr/sbin/arptables
arptables -nvxL
arptables -vnL --line-numbers
arptables -w -L
arptables -L --wait
arptables -S --line-numbers
arptables -S -n
arptables -S -x
arptables -L INPUT -Z -v
arptables -A INPUT --in-interface eth0 --source-ip 1.2.3.4 --jump ACCEPT --set-counters 1 2
arptables -A OUTPUT --out-interface eth0 --destination-ip 1.2.3.5 --jump DROP
arptables -D INPUT 1 -v
arptables -D OUTPUT 1 -n
arptables --list-rules
arptables --flush -v
arptables --zero -v
arptables --delete-chain -v
arptables --new-chain web
arptables --rename-chain web www
arptables --policy OUTPUT DROP
arptables --insert www --jump RETURN
arptables --replace www 1 --jump ACCEPT
arptables --check www --jump ACCEPT
arptables --list www --verbose --exact --numeric --line-numbers
arptables --delete www 1
arptables --list-rules www
arptables -A INPUT -j ACCEPT -p 0
arptables -A INPUT -j ACCEPT ! -p all
arptables -A INPUT -j ACCEPT -p bogusproto
arptables -A INPUT -j ACCEPT ! -p udp
arptables -A INPUT -j ACCEPT --protocol tcp
arptables -L INPUT
arptables -A INPUT -o eth0 -j ACCEPT
arptables -A www -o eth0 -i eth1 -j ACCEPT
arptables -A INPUT -g www
arptables -A INPUT -4 -j ACCEPT
arptables -A INPUT -f -j ACCEPT
arptables -A INPUT -b -j ACCEPT
arptables -A INPUT -m mark -j ACCEPT
arptables -A INPUT --match mark -j ACCEPT
arptables -A INPUT ! --match mark -j ACCEPT
arptables -A INPUT -j "bad target"
arptables -A INPUT -j abcdefghijklmnopqrstuvwxyz0123
arptables -A INPUT -j ""
arptables -S
