arptables -L -Z
arptables -L -Z -v
arptables-save
arptables -N u
arptables -L -Z -v
arptables-save
arptables -X u
arptables-save
arptables -X OUTPUT
arptables -X INPUT
