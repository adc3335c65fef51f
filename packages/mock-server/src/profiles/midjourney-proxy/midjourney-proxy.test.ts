import { describe, expect, it } from 'vitest';
import { readUpstreamKey, unauthorized } from './auth';
import { acceptedEnvelope, upstreamEnvelope } from './envelope';
import { createMidjourneyProxyProfile } from './profile';
import { notifyRank, shouldNotify, upstreamTaskView } from './task-view';
import { VARIANTS } from './variants';

const headers = (h: Record<string, string>) => (name: string) => h[name];

describe('midjourney-proxy envelopes', () => {
  it('code 1 提交成功; TA adds discordChannelId (TA Midjourney.Base/Models/SubmitResultVO.cs SetProperty)', () => {
    expect(acceptedEnvelope('nz', '1', 0, '9').body).toEqual({
      code: 1,
      description: '提交成功',
      result: '1',
      properties: { discordInstanceId: '9' },
    });
    expect(acceptedEnvelope('ta', '1', 0, '9').body.properties).toEqual({
      discordInstanceId: '9',
      discordChannelId: '9',
    });
  });
  it('22 with numberOfQueues only when tasks wait ahead (NZ loadbalancer/DiscordInstanceImpl.java submitTask)', () => {
    expect(acceptedEnvelope('nz', '1', 2, '9').body).toMatchObject({
      code: 22,
      description: '排队中，前面还有2个任务',
      properties: { numberOfQueues: 2 },
    });
  });
  it('queue full: NZ 23 队列已满，请稍后尝试, TA 9 (TA Midjourney.Services/DiscordService.cs)', () => {
    expect(upstreamEnvelope('queue_full', 'nz').body).toMatchObject({
      code: 23,
      description: '队列已满，请稍后尝试',
      result: null,
    });
    expect(upstreamEnvelope('queue_full', 'ta').body).toMatchObject({
      code: 9,
      description: '提交失败，队列已满，请稍后重试',
    });
  });
  it('code 3 is HTTP 404 on TA, 200 on NZ (TA Controllers/SubmitController.cs NotFound)', () => {
    expect(upstreamEnvelope('task_missing', 'ta').status).toBe(404);
    expect(upstreamEnvelope('task_missing', 'nz').status).toBe(200);
  });
});

describe('midjourney-proxy auth', () => {
  it('NZ reads only mj-api-secret and answers 401 with no body (support/ApiAuthorizeInterceptor.java)', () => {
    expect(readUpstreamKey('nz', headers({ authorization: 'k' }))).toBeUndefined();
    expect(readUpstreamKey('nz', headers({ 'mj-api-secret': 'k' }))).toBe('k');
    expect(unauthorized('nz').body).toBe('');
  });
  it('TA reads the raw Authorization, then Mj-Api-Secret (WorkContext.cs, SimpleAuthMiddleware.cs)', () => {
    expect(readUpstreamKey('ta', headers({ authorization: 'Bearer k' }))).toBe('Bearer k');
    expect(readUpstreamKey('ta', headers({ 'mj-api-secret': 'k' }))).toBe('k');
    expect(unauthorized('ta').body).toBe('Authorization header missing.');
  });
});

describe('midjourney-proxy task view and notify', () => {
  const task = {
    id: '1',
    status: 'SUCCESS' as const,
    buttons: [],
    mode: 'FAST',
    botType: 'MID_JOURNEY',
    progress: '100%',
  };
  it('NZ tasks have no buttons, mode or botType; nulls kept (NZ support/Task.java)', () => {
    const nz = upstreamTaskView(task, 'nz') as Record<string, unknown>;
    expect(nz).not.toHaveProperty('buttons');
    expect(nz).not.toHaveProperty('mode');
    expect(nz).not.toHaveProperty('botType');
    expect(nz.failReason).toBeNull();
    expect(upstreamTaskView(task, 'ta')).toHaveProperty('buttons');
  });
  it('NZ sends equal ranks again, TA does not (NZ service/NotifyServiceImpl.java, TA Services/NotifyService.cs)', () => {
    const rank = notifyRank('IN_PROGRESS', '40%');
    expect(rank).toBeCloseTo(3.4);
    expect(shouldNotify('nz', rank, rank)).toBe(true);
    expect(shouldNotify('ta', rank, rank)).toBe(false);
    expect(shouldNotify('nz', rank, notifyRank('SUBMITTED', '0%'))).toBe(false);
  });
  it('route sets differ (NZ controller/*.java, TA Controllers/*.cs)', () => {
    const nz = createMidjourneyProxyProfile('nz');
    const ta = createMidjourneyProxyProfile('ta');
    expect(nz.serves('taskQueue')).toBe(true);
    expect(nz.serves('action')).toBe(false);
    for (const route of ['cancelTask', 'listByIds', 'imageSeed'] as const)
      expect(ta.serves(route)).toBe(true);
    expect(ta.serves('change')).toBe(false);
    expect(ta.serves('taskQueue')).toBe(false); // commented out in TaskController.cs:166
    // Both list the tasks: NZ TaskController.java, TA TaskController.cs:177 List() (the newest 100).
    expect(nz.serves('taskList') && ta.serves('taskList')).toBe(true);
    expect(VARIANTS.ta.describeLink && !VARIANTS.nz.describeLink).toBe(true);
  });
});
