import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, SETTINGS_KEY, saveSettings } from './settings';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    raw: map,
  };
}

describe('settings', () => {
  it('does not store the API key unless "remember key" is ticked', () => {
    const storage = memoryStorage();
    saveSettings(storage, { ...DEFAULT_SETTINGS, apiKey: 'sk-secret', baseUrl: 'http://x:1' });
    expect(storage.raw.get(SETTINGS_KEY)).not.toContain('sk-secret');
    expect(loadSettings(storage)).toMatchObject({ apiKey: '', baseUrl: 'http://x:1' });

    saveSettings(storage, { ...DEFAULT_SETTINGS, apiKey: 'sk-secret', rememberKey: true });
    expect(loadSettings(storage).apiKey).toBe('sk-secret');
  });

  it('lets the query override what was saved', () => {
    const storage = memoryStorage();
    saveSettings(storage, { ...DEFAULT_SETTINGS, baseUrl: 'http://saved:1' });
    const s = loadSettings(storage, '?server=http://127.0.0.1:9999&transport=in-page');
    expect(s.baseUrl).toBe('http://127.0.0.1:9999');
    expect(s.transport).toBe('in-page');
  });

  it('survives garbage in storage', () => {
    const storage = memoryStorage();
    storage.setItem(SETTINGS_KEY, '{not json');
    expect(loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
    storage.setItem(SETTINGS_KEY, JSON.stringify({ mode: 'WARP', authHeader: 3, baseUrl: 'http://ok' }));
    expect(loadSettings(storage)).toEqual({ ...DEFAULT_SETTINGS, baseUrl: 'http://ok' });
  });
});
