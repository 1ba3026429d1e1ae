// -m ah: IPsec AH packets by SPI (iptables: needs -p ah); ip6tables has its own variant.
import { spiMatch } from "./util/spi.js";
import { ah6Match } from "./ah6.js";
import { familyVariants } from "./util/family-variant.js";

export const ahMatch = familyVariants(spiMatch("ah", "ahspi", 51), ah6Match);
