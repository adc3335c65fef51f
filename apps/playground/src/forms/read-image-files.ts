/** Largest image the forms accept (bytes); the gateway rejects bigger bodies anyway. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** Reads one file as a `data:` URL. */
export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
}

/** What reading dropped or picked files gave: data URLs, and the names of files that were refused. */
export interface ReadImages {
  dataUrls: string[];
  refused: string[];
}

/**
 * Turns dropped or picked files into the data URLs the submit bodies carry (`base64Array`,
 * `sourceBase64`…). Non-images and files over {@link MAX_IMAGE_BYTES} are refused by name.
 */
export async function readImageFiles(files: Iterable<File>): Promise<ReadImages> {
  const out: ReadImages = { dataUrls: [], refused: [] };
  for (const file of files) {
    if (!file.type.startsWith('image/') || file.size > MAX_IMAGE_BYTES) {
      out.refused.push(file.name);
      continue;
    }
    out.dataUrls.push(await readAsDataUrl(file));
  }
  return out;
}

/**
 * The base64 part of a data URL: what real web clients send as `maskBase64` (`dataUrl.split(',')[1]`).
 * @example bareBase64('data:image/png;base64,iVBOR…') // 'iVBOR…'
 */
export function bareBase64(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return dataUrl.startsWith('data:') && comma >= 0 ? dataUrl.slice(comma + 1) : dataUrl;
}
