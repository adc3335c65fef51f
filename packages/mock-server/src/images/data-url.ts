/** Image formats recognised by their magic bytes. */
export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp';

/** A decoded data URL. */
export interface ImageData {
  format: ImageFormat;
  contentType: string;
  bytes: Uint8Array;
}

/** Detects an image format from its first bytes (the declared type is not trusted, DESIGN.md §2). */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | undefined {
  const at = (i: number, ...values: number[]) => values.every((v, k) => bytes[i + k] === v);
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'webp';
  return undefined;
}

const CONTENT_TYPES: Record<ImageFormat, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/** Decodes base64 (standard or URL-safe, padding optional); `undefined` if it is not base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  try {
    const binary = atob(clean.padEnd(Math.ceil(clean.length / 4) * 4, '='));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Encodes bytes as base64. */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Reads `data:image/...;base64,<data>` (or, with `allowBare`, bare base64) and checks that the bytes
 * really are an image. `undefined` means the upstream's `base64格式错误` (spec §1.2).
 */
export function parseImageDataUrl(
  value: string,
  options: { allowBare?: boolean } = {},
): ImageData | undefined {
  const match = /^data:([^;,]*)(?:;[^,]*)?;base64,(.*)$/s.exec(value.trim());
  const payload = match ? match[2] : options.allowBare ? value : undefined;
  if (payload === undefined || payload === '') return undefined;
  const bytes = decodeBase64(payload);
  if (!bytes || bytes.length < 8) return undefined;
  const format = sniffImageFormat(bytes);
  return format && isComplete(bytes, format)
    ? { format, contentType: CONTENT_TYPES[format], bytes }
    : undefined;
}

/** A cut-off file (a pasted, shortened base64) is no image: check the format's end marker. */
function isComplete(bytes: Uint8Array, format: ImageFormat): boolean {
  const tail = (...values: number[]) => values.every((v, k) => bytes[bytes.length - values.length + k] === v);
  switch (format) {
    case 'png':
      return tail(0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82);
    case 'jpeg': {
      // Some encoders pad after the end-of-image marker; look for it near the end.
      const end = bytes.subarray(Math.max(0, bytes.length - 64));
      return end.some((b, i) => b === 0xff && end[i + 1] === 0xd9);
    }
    case 'gif':
      return tail(0x3b);
    case 'webp':
      return new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true) + 8 <= bytes.length;
  }
}

/** `data:<type>;base64,<bytes>`. */
export function toDataUrl(bytes: Uint8Array, contentType = 'image/png'): string {
  return `data:${contentType};base64,${encodeBase64(bytes)}`;
}
