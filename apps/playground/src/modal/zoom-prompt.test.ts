import { describe, expect, it } from 'vitest';
import { withZoom, zoomOf } from './zoom-prompt';

describe('zoom prompt', () => {
  it('adds or replaces --zoom', () => {
    expect(withZoom('cat --ar 1:1', 1.5)).toBe('cat --ar 1:1 --zoom 1.5');
    expect(withZoom('cat --zoom 2 --v 7', 1.2)).toBe('cat --v 7 --zoom 1.2');
    expect(zoomOf('cat --zoom 1.8')).toBe(1.8);
    expect(zoomOf('cat')).toBeUndefined();
  });
});
