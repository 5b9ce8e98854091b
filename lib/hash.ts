// contentHash: FNV-1a 64 over the UTF-8 bytes of the notice text. Fast and synchronous (the report is
// built synchronously); it recognises an unchanged notice, it is not a security hash.

const FNV_OFFSET_HI = 0xcbf29ce4;
const FNV_OFFSET_LO = 0x84222325;
/** The 64-bit FNV prime is 2^40 + 0x1b3: multiply by 0x1b3, add the value shifted by 40 bits. */
const FNV_PRIME_LOW = 0x1b3;
const TWO_POW_32 = 0x1_0000_0000;
export const HASH_PREFIX = 'fnv1a64:';

export function fnv1a64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let hi = FNV_OFFSET_HI;
  let lo = FNV_OFFSET_LO;
  for (let i = 0; i < bytes.length; i++) {
    lo ^= bytes[i];
    const low = (lo >>> 0) * FNV_PRIME_LOW;
    const carry = Math.floor(low / TWO_POW_32);
    hi = (Math.imul(hi, FNV_PRIME_LOW) + carry + ((lo << 8) >>> 0)) >>> 0;
    lo = low >>> 0;
  }
  return HASH_PREFIX + (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}
