import type { Task } from '@mjkit/contract';
import { describe, expect, it } from 'vitest';
import type { TaskRecord } from '../engine/task-record';
import { createMidjourneyProxyProfile } from './midjourney-proxy/profile';
import { createNewApiProfile } from './new-api/profile';
import type { RenderContext } from './profile';

// Renders typed results through each profile, as the pipeline will (issue #13). Sources per case.
const ctx = (route: RenderContext['route']): RenderContext =>
  ({
    route,
    baseUrl: 'http://gw',
    config: {},
    instance: { discordInstanceId: '9', discordChannelId: '9' },
  }) as RenderContext;
const record = (task: Partial<Task> = {}): TaskRecord =>
  ({
    task: {
      id: '1748339029401828',
      action: 'IMAGINE',
      status: 'SUBMITTED',
      prompt: 'a cat',
      progress: '0%',
      submitTime: 0,
      properties: {},
      buttons: [],
      imageUrl: null,
      imageUrls: [],
      videoUrl: null,
      videoUrls: [],
      ...task,
    },
    owner: 'k',
    refs: [],
    refsInPrompt: false,
    customId: undefined,
  }) as unknown as TaskRecord;
const bodyText = (r: { body: unknown }) => (r.body as { text: string }).text;

describe('midjourney-proxy profile', () => {
  it('NZ: unknown fetch → 200 empty; TA: 204 (NZ controller/TaskController.java, TA Controllers/TaskController.cs)', () => {
    expect(createMidjourneyProxyProfile('nz').render({ kind: 'taskNotFound' }, ctx('fetchTask'))).toEqual({
      status: 200,
      body: { type: 'empty' },
    });
    expect(createMidjourneyProxyProfile('ta').render({ kind: 'taskNotFound' }, ctx('fetchTask')).status).toBe(
      204,
    );
  });
  it('local checks answer as 200 code 4 with the upstream text (NZ controller/SubmitController.java)', () => {
    const out = createMidjourneyProxyProfile('nz').render(
      { kind: 'localError', name: 'prompt_is_required' },
      ctx('imagine'),
    );
    expect(out).toEqual({
      status: 200,
      body: { type: 'json', value: { code: 4, description: 'prompt不能为空', result: null, properties: {} } },
    });
  });
  it('a queued task with none ahead gets code 1 (NZ DiscordInstanceImpl.java:110)', () => {
    const out = createMidjourneyProxyProfile('nz').render(
      { kind: 'queued', record: record(), ahead: 0 },
      ctx('imagine'),
    );
    expect((out.body as { value: { code: number } }).value.code).toBe(1);
  });
  it('route sets and prefixes: NZ has no action and no /mj-fast; TA has both', () => {
    const nz = createMidjourneyProxyProfile('nz');
    const ta = createMidjourneyProxyProfile('ta');
    expect([nz.serves('action'), ta.serves('action'), ta.serves('change')]).toEqual([false, true, false]);
    expect(nz.rewritePath('/mj-fast/mj/submit/imagine').mode).toBeUndefined();
    expect(ta.rewritePath('/mj-fast/mj/submit/imagine')).toEqual({
      path: '/mj/submit/imagine',
      mode: 'FAST',
    });
  });
});

describe('new-api profile', () => {
  it('a queued submit: 22 → 1 as text/plain, numberOfQueues kept (relay/mjproxy_handler.go)', () => {
    let now = 1_000;
    const profile = createNewApiProfile({ now: () => now });
    const out = profile.render({ kind: 'queued', record: record(), ahead: 2 }, ctx('imagine'));
    expect(out.body).toMatchObject({ contentType: 'text/plain; charset=utf-8' });
    expect(JSON.parse(bodyText(out))).toMatchObject({
      code: 1,
      description: '排队中，前面还有2个任务',
      properties: { numberOfQueues: 2 },
    });
    now = 2_000;
    const fetched = profile.render(
      { kind: 'task', record: record({ status: 'IN_PROGRESS' }) },
      ctx('fetchTask'),
    );
    expect((fetched.body as { value: { status: string; description: string } }).value).toMatchObject({
      status: '',
      description: '排队中，前面还有2个任务',
    });
    now = 15_000;
    const polled = profile.render(
      { kind: 'task', record: record({ status: 'IN_PROGRESS' }) },
      ctx('fetchTask'),
    );
    expect((polled.body as { value: { status: string } }).value.status).toBe('IN_PROGRESS');
  });
  it('CUSTOM_ZOOM keeps code 21 (relay/mjproxy_handler.go)', () => {
    const profile = createNewApiProfile({ now: () => 0 });
    const zoom = {
      ...record({ action: 'ZOOM', status: 'MODAL' as Task['status'] }),
      customId: { kind: 'custom_zoom', hash: 'h' },
    } as TaskRecord;
    expect(JSON.parse(bodyText(profile.render({ kind: 'modal', record: zoom }, ctx('action')))).code).toBe(
      21,
    );
    const vary = { ...zoom, customId: { kind: 'variation', index: 1, hash: 'h' } } as TaskRecord;
    expect(JSON.parse(bodyText(profile.render({ kind: 'modal', record: vary }, ctx('action')))).code).toBe(1);
  });
  it('errors: task_no_found with the trailing space, shape B for bad JSON and auth (controller/relay.go, middleware/auth.go)', () => {
    const profile = createNewApiProfile({ now: () => 0 });
    expect(bodyText(profile.render({ kind: 'taskNotFound' }, ctx('fetchTask')))).toBe(
      '{"code":4,"description":"task_no_found ","type":"upstream_error"}',
    );
    const bad = profile.render(
      { kind: 'localError', name: 'bind_request_body_failed', detail: 'unexpected end of JSON input' },
      ctx('imagine'),
    );
    expect(JSON.parse(bodyText(bad)).error.message).toMatch(
      /^Invalid request: Invalid Midjourney request: unexpected end of JSON input \(request id: \d+\)$/,
    );
    expect(profile.renderAuthFailure('missing').status).toBe(401);
  });
  it('hooks only with newApi.notifyEnabled; another key sees task_no_found', () => {
    const hooked = record({ properties: { notifyHook: 'http://127.0.0.1:9/hook' } } as Partial<Task>);
    const config = (notifyEnabled: boolean) => ({ newApi: { notifyEnabled } }) as never;
    expect(createNewApiProfile({ now: () => 0 }).notifies(hooked, config(false))).toBe(false);
    expect(createNewApiProfile({ now: () => 0 }).notifies(hooked, config(true))).toBe(true);
    expect(createNewApiProfile({ now: () => 0 }).notifies(record(), config(true))).toBe(false);
    const profile = createNewApiProfile({ now: () => 0 });
    profile.render({ kind: 'accepted', record: record() }, ctx('imagine'));
    expect(profile.records.get('other', '1748339029401828', 0, () => undefined)).toBeUndefined();
  });
});

describe('midjourney-proxy modal and notify rules', () => {
  it("TA: Vary (Region) is VARIATION with its prompt cleared in MODAL; Custom Zoom is ZOOM 'Waiting for window confirm' (TA SubmitController.cs:654-664, TaskService.cs:1703-1718)", () => {
    const ta = createMidjourneyProxyProfile('ta');
    const nz = createMidjourneyProxyProfile('nz');
    const inpaint = {
      ...record({ action: 'INPAINT', status: 'MODAL', promptEn: 'a cat' }),
      customId: { kind: 'inpaint' },
    } as unknown as TaskRecord;
    const envelope = ta.render({ kind: 'modal', record: inpaint }, ctx('action'));
    expect((envelope.body as { value: unknown }).value).toMatchObject({
      code: 21,
      description: 'Waiting for window confirm',
      properties: { finalPrompt: '', remix: true },
    });
    expect(ta.taskView(inpaint, ctx('fetchTask'), 'fetch')).toMatchObject({
      action: 'VARIATION',
      prompt: '',
      promptEn: '',
    });
    const zoom = {
      ...record({ action: 'ZOOM', status: 'MODAL', description: '/zoom' }),
      customId: { kind: 'custom_zoom' },
    } as unknown as TaskRecord;
    expect(ta.taskView(zoom, ctx('fetchTask'), 'fetch')).toMatchObject({
      action: 'ZOOM',
      description: 'Waiting for window confirm',
    });
    expect(nz.taskView(zoom, ctx('fetchTask'), 'fetch')).toMatchObject({ description: '/zoom' });
  });

  it('notify rank: NZ repeats an equal rank, TA and doc do not; NOT_START (0) never (NZ NotifyServiceImpl.java, TA NotifyService.cs)', () => {
    const nz = createMidjourneyProxyProfile('nz');
    const ta = createMidjourneyProxyProfile('ta');
    expect([nz.notifyOnRank(3.5, 3.5), ta.notifyOnRank(3.5, 3.5)]).toEqual([true, false]);
    expect([nz.notifyOnRank(3.5, 3.6), ta.notifyOnRank(3.5, 3.6)]).toEqual([true, true]);
    expect([nz.notifyOnRank(0, 0), nz.notifyOnRank(3.6, 3.5)]).toEqual([false, false]);
  });
});
