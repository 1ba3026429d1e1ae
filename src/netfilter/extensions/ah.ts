// -m ah: IPsec AH packets by SPI (needs -p ah).
import { spiMatch } from "./util/spi.js";

export const ahMatch = spiMatch("ah", "ahspi", 51);
