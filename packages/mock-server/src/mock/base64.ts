import { decodeBase64, encodeBase64 } from '../images/data-url';

/** Bytes → base64 (snapshots keep uploads as text). */
export const toBase64 = (bytes: Uint8Array): string => encodeBase64(bytes);

/** base64 → bytes; empty on bad input. */
export const fromBase64 = (text: string): Uint8Array => decodeBase64(text) ?? new Uint8Array();
