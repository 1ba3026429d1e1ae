# ip6tables extension-header matches: error wording for too many hbh/dst options and a bad MH type.
ip6tables -A INPUT -m hbh --hbh-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17
ip6tables -A INPUT -m hbh --hbh-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16
ip6tables -A INPUT -m dst --dst-opts 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17
ip6tables -A INPUT -m dst --dst-len 4 --dst-opts 194:4
ip6tables -A INPUT -p mh -m mh --mh-type bogus
ip6tables -A INPUT -p mh -m mh --mh-type 1:bogus
ip6tables -A INPUT -p mh -m mh --mh-type bu:300
ip6tables -A INPUT -p mh -m mh ! --mh-type home-test
ip6tables -S INPUT
ip6tables -L INPUT -n
ip6tables -A FORWARD -p ah -m ah --ahspi x
ip6tables -A FORWARD -m ah --ahspi x -p ah
ip6tables -A FORWARD -p ipv6-route --bogus
ip6tables -A FORWARD ! -p ah -m ah --ahspi x
ip6tables -A FORWARD -m hbh --hbh-opts 1:2:3
ip6tables -A FORWARD -m hbh --hbh-opts 0x
ip6tables -A FORWARD -m dst --dst-opts 1:
ip6tables -A FORWARD -m dst --dst-opts -1,0x1:0x2
ip6tables -A FORWARD -m ipv6header --header ,
ip6tables -A FORWARD -m ipv6header --header ,1
ip6tables -A FORWARD -m ipv6header --header hop,,
ip6tables -A FORWARD -p mh -m mh --mh-type ba:bu
ip6tables -A FORWARD -p mh -m mh --mh-type :2
ip6tables -A FORWARD -p mh -m mh --mh-type home-test
ip6tables -A FORWARD -p mh -m mh --mh-type b
ip6tables -S FORWARD
ip6tables -A OUTPUT -m frag --fraglen 0
ip6tables -A OUTPUT -m frag ! --fraglen 0 --fragid 0
ip6tables -A OUTPUT -m rt --rt-type 4294967295
ip6tables -A OUTPUT -m rt --rt-type 2147483648 --rt-len 3
ip6tables -S OUTPUT
ip6tables -L OUTPUT -n
ip6tables -C OUTPUT -m frag
