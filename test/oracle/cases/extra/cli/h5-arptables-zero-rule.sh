arptables -Z INPUT 1
arptables -Z nope 1
arptables -N x
arptables -Z INPUT 1
arptables -Z nope 1
arptables -Z x 5
arptables -A OUTPUT -j ACCEPT
arptables -Z OUTPUT 3
arptables -Z OUTPUT 1
arptables -X x
arptables -F OUTPUT
arptables -Z INPUT 1
arptables -X OUTPUT
arptables -Z INPUT 1
