import { describe, expect, it } from 'vitest';
import { statusLabel } from './status-label';

describe('statusLabel', () => {
  it('shows progress while a task runs and hides it when it ends', () => {
    expect(statusLabel({ status: 'IN_PROGRESS', progress: '46%' })).toBe('IN_PROGRESS 46%');
    expect(statusLabel({ status: 'SUCCESS', progress: '100%' })).toBe('SUCCESS');
  });

  it('treats an empty status as pending', () => {
    expect(statusLabel({ status: '', progress: '0%' })).toBe('PENDING 0%');
    expect(statusLabel({})).toBe('PENDING');
  });
});
