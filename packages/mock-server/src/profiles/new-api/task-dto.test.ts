import type { TaskWire } from '@mjkit/contract';
import { describe, expect, it } from 'vitest';
import { createRelayRecords, NEW_API_POLL_MS, NEW_API_TIMEOUT_REASON } from './relay-records';
import { toNewApiDto } from './task-dto';

// QuantumNous/new-api relay/mjproxy_handler.go coverMidjourneyTaskDto, dto/midjourney.go MidjourneyDto,
// controller/midjourney.go (15-s poll, 1-h timeout, FAILURE → progress 100%).
const options = { serverAddress: 'http://gw', forwardUrl: true, nanoNow: () => 42n };
const upstream = (over: Partial<TaskWire> = {}): TaskWire => ({
  id: '1',
  status: 'IN_PROGRESS',
  progress: '40%',
  imageUrl: 'http://up/p.png',
  startTime: 10,
  properties: { finalPrompt: 'a cat', notifyHook: 'x', discordInstanceId: '9' },
  buttons: [],
  ...over,
});
const base = { id: '1', action: 'IMAGINE', prompt: 'a cat', description: '提交成功', submitTime: 1_000 };

describe('new-api task DTO', () => {
  it('before the first poll: status "", progress 0%, times 0, properties and buttons null', () => {
    expect(toNewApiDto({ ...base, polled: undefined }, options)).toMatchObject({
      status: '',
      progress: '0%',
      startTime: 0,
      finishTime: 0,
      imageUrl: '',
      promptEn: '',
      properties: null,
      buttons: null,
      description: '提交成功',
    });
  });
  it('imageUrl → /mj/image/:id with ?rand= until SUCCESS; properties reduced', () => {
    const dto = toNewApiDto({ ...base, polled: upstream() }, options);
    expect(dto.imageUrl).toBe('http://gw/mj/image/1?rand=42');
    expect(dto.properties).toEqual({ finalPrompt: 'a cat', finalZhPrompt: '' });
    const done = toNewApiDto({ ...base, polled: upstream({ status: 'SUCCESS', progress: '100%' }) }, options);
    expect(done.imageUrl).toBe('http://gw/mj/image/1');
  });
  it('FAILURE shows progress 100%', () => {
    const dto = toNewApiDto(
      { ...base, polled: upstream({ status: 'FAILURE', progress: '', failReason: 'x' }) },
      options,
    );
    expect(dto).toMatchObject({ status: 'FAILURE', progress: '100%', failReason: 'x' });
  });
});

describe('new-api records: polls, scoping, timeout, bound', () => {
  it('status stays "" until the first 15-s tick after submit, then follows the upstream', () => {
    const records = createRelayRecords({ pollMs: () => NEW_API_POLL_MS, maxRecords: 10 });
    records.add('k', { ...base, submitTime: 16_000 });
    const up = () => upstream();
    expect(records.get('k', '1', 29_999, up)?.polled).toBeUndefined();
    expect(records.get('k', '1', 30_000, up)?.polled?.status).toBe('IN_PROGRESS');
  });
  it("another key's id is not found (GetByMJId(userId, id))", () => {
    const records = createRelayRecords({ pollMs: () => 0, maxRecords: 10 });
    records.add('k', base);
    expect(records.get('other', '1', 2_000, () => upstream())).toBeUndefined();
    expect(records.has('1')).toBe(true);
  });
  it('no 100% within 1 h → FAILURE 上游任务超时（超过1小时）', () => {
    const records = createRelayRecords({ pollMs: () => NEW_API_POLL_MS, maxRecords: 10 });
    records.add('k', { ...base, submitTime: 0 });
    const record = records.get('k', '1', 3_615_000, () => upstream());
    expect(record?.polled).toMatchObject({ status: 'FAILURE', failReason: NEW_API_TIMEOUT_REASON });
  });
  it('keeps at most maxRecords and counts evictions', () => {
    const records = createRelayRecords({ pollMs: () => 0, maxRecords: 2 });
    for (const id of ['1', '2', '3']) records.add('k', { ...base, id });
    expect(records.has('1')).toBe(false);
    expect(records.evicted()).toBe(1);
  });
});
