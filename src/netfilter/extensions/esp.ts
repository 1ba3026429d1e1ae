// -m esp: IPsec ESP packets by SPI (needs -p esp).
import { spiMatch } from "./util/spi.js";

export const espMatch = spiMatch("esp", "espspi", 50);
