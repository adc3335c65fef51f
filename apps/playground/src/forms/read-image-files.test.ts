import { describe, expect, it } from 'vitest';
import { bareBase64 } from './read-image-files';

describe('bareBase64', () => {
  it('strips the data-URL prefix and keeps bare base64 as is', () => {
    expect(bareBase64('data:image/png;base64,iVBORw0KGgo=')).toBe('iVBORw0KGgo=');
    expect(bareBase64('iVBORw0KGgo=')).toBe('iVBORw0KGgo=');
  });
});
