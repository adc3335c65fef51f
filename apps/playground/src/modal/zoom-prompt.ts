const ZOOM = /\s*--zoom\s+\S+/gi;

/**
 * Sets `--zoom N` in a prompt (Custom Zoom's modal needs it, between 1 and 2: spec §4), replacing
 * any zoom already there.
 * @example withZoom('cat --ar 1:1 --zoom 2', 1.5) // 'cat --ar 1:1 --zoom 1.5'
 */
export function withZoom(prompt: string, zoom: number): string {
  return `${prompt.replace(ZOOM, '').trim()} --zoom ${zoom}`.trim();
}

/** The zoom in a prompt, if any. */
export function zoomOf(prompt: string): number | undefined {
  const m = /--zoom\s+(\d+(?:\.\d+)?)/i.exec(prompt);
  return m ? Number(m[1]) : undefined;
}
