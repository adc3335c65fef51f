import { describe, expect, it } from 'vitest';
import { authHeaders } from './create-session';

describe('authHeaders', () => {
  it('sends the key the way the settings say, and nothing without a key', () => {
    expect(authHeaders({ apiKey: 'k', authHeader: 'authorization' })).toEqual({ authorization: 'Bearer k' });
    expect(authHeaders({ apiKey: 'k', authHeader: 'mj-api-secret' })).toEqual({ 'mj-api-secret': 'k' });
    expect(authHeaders({ apiKey: '', authHeader: 'mj-api-secret' })).toEqual({});
  });
});
