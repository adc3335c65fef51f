import { describe, expect, it } from 'vitest';
import {
  EMITTED_NOTIFICATIONS,
  EMITTED_RESPONSES,
  emittedResponseSchemas,
  PROFILE_ROUTES,
  PROFILE_TARGETS,
  profileTarget,
} from '../src';
import { NZ_TASK } from './helpers/nz-task';

/**
 * The emitted tier per profile (issue #13): each row is an answer a real system sends, from
 * spec/profiles.md with the file it reproduces, and a near miss the schema must refuse.
 */
const TA_IDS = { discordInstanceId: '1648406635623804928', discordChannelId: '1648406635623804928' };
const env = (code: number, description: string, result: unknown = null, properties: object = {}) => ({
  code,
  description,
  result,
  properties,
});
const task = NZ_TASK;
const taTask = {
  ...task,
  buttons: [{ customId: 'MJ::JOB::upsample::1::h', emoji: '', label: 'U1', type: 2, style: 2 }],
  botType: 'MID_JOURNEY',
  mode: 'FAST',
  parentId: null,
  imageUrls: [],
  videoUrl: null,
  videoUrls: [],
};
/** new-api's DTO right after submit (`dto/midjourney.go`, `relay/mjproxy_handler.go` coverMidjourneyTaskDto). */
const naDto = {
  id: '1748339029401828',
  action: 'IMAGINE',
  customId: '',
  botType: '',
  prompt: 'a cat',
  promptEn: '',
  description: '提交成功',
  state: '',
  submitTime: 1748339029401,
  startTime: 0,
  finishTime: 0,
  imageUrl: '',
  videoUrl: '',
  videoUrls: null,
  status: '',
  progress: '0%',
  failReason: '',
  buttons: null,
  maskBase64: '',
  properties: null,
};

const ok = (target: (typeof PROFILE_TARGETS)[number], route: string, status: number, body: unknown) =>
  (
    EMITTED_RESPONSES[target] as Record<
      string,
      Record<number, { schema: { safeParse(v: unknown): { success: boolean } } }>
    >
  )[route]?.[status]?.schema.safeParse(body).success ?? false;

describe('midjourney-proxy NZ (novicezk/midjourney-proxy @0be95a9)', () => {
  it('code 1 提交成功 with discordInstanceId only (loadbalancer/DiscordInstanceImpl.java)', () => {
    expect(
      ok('midjourney-proxy-nz', 'imagine', 200, env(1, '提交成功', '1', { discordInstanceId: '1' })),
    ).toBe(true);
    expect(ok('midjourney-proxy-nz', 'imagine', 200, env(1, '提交成功', '1', TA_IDS))).toBe(false);
  });

  it('24 with promptEn and bannedWord; a validation error is HTTP 200 code 4 (controller/SubmitController.java)', () => {
    expect(
      ok(
        'midjourney-proxy-nz',
        'imagine',
        200,
        env(24, '可能包含敏感词', null, { promptEn: 'x', bannedWord: 'x' }),
      ),
    ).toBe(true);
    expect(ok('midjourney-proxy-nz', 'imagine', 200, env(4, 'prompt不能为空'))).toBe(true);
    expect(
      ok('midjourney-proxy-nz', 'imagine', 200, {
        code: 4,
        description: 'prompt_is_required',
        type: 'upstream_error',
      }),
    ).toBe(false);
  });

  it('tasks carry no buttons, mode or botType (support/Task.java); unknown fetch is an empty 200 (controller/TaskController.java)', () => {
    expect(ok('midjourney-proxy-nz', 'fetchTask', 200, task)).toBe(true);
    expect(ok('midjourney-proxy-nz', 'fetchTask', 200, taTask)).toBe(false);
    expect(ok('midjourney-proxy-nz', 'fetchTask', 200, undefined)).toBe(true);
    expect(EMITTED_RESPONSES['midjourney-proxy-nz'].fetchTask?.[200]?.media).toEqual(['json', 'none']);
  });

  it('401 has an empty body (support/ApiAuthorizeInterceptor.java)', () => {
    expect(EMITTED_RESPONSES['midjourney-proxy-nz'].imagine?.[401]?.media).toEqual(['none']);
    expect(ok('midjourney-proxy-nz', 'imagine', 401, undefined)).toBe(true);
    expect(ok('midjourney-proxy-nz', 'imagine', 401, '')).toBe(false);
  });

  it('/task/list and /task/queue answer arrays of its tasks (controller/TaskController.java)', () => {
    expect(ok('midjourney-proxy-nz', 'taskList', 200, [task])).toBe(true);
    expect(ok('midjourney-proxy-nz', 'taskQueue', 200, [taTask])).toBe(false);
    expect(EMITTED_RESPONSES['midjourney-proxy-ta'].taskQueue).toBeUndefined();
  });

  it('serves change and simple-change, not action, modal or video', () => {
    expect(PROFILE_ROUTES['midjourney-proxy-nz']).toEqual(expect.arrayContaining(['change', 'simpleChange']));
    for (const r of ['action', 'modal', 'video', 'image'] as const)
      expect(EMITTED_RESPONSES['midjourney-proxy-nz'][r], r).toBeUndefined();
  });
});

describe('midjourney-proxy TA (trueai-org/midjourney-proxy @ed32197)', () => {
  it('queue full is 9, with discordChannelId (Midjourney.Services/DiscordService.cs)', () => {
    expect(
      ok('midjourney-proxy-ta', 'imagine', 200, env(9, '提交失败，队列已满，请稍后重试', null, TA_IDS)),
    ).toBe(true);
  });

  it('code 3 is HTTP 404 on action (Controllers/SubmitController.cs); unknown fetch is 204 (TaskController.cs)', () => {
    expect(ok('midjourney-proxy-ta', 'action', 404, env(3, '关联任务不存在或已失效'))).toBe(true);
    expect(EMITTED_RESPONSES['midjourney-proxy-ta'].fetchTask?.[204]?.media).toEqual(['none']);
  });

  it('401 is the text "Authorization header missing." (SimpleAuthMiddleware.cs)', () => {
    expect(EMITTED_RESPONSES['midjourney-proxy-ta'].imagine?.[401]?.media).toEqual(['text']);
    expect(ok('midjourney-proxy-ta', 'imagine', 401, 'Authorization header missing.')).toBe(true);
  });

  it('the full TaskInfo with buttons (TaskInfo.cs); the upload may omit properties (captured, upload-result--two-images-ta-user.json)', () => {
    expect(ok('midjourney-proxy-ta', 'fetchTask', 200, taTask)).toBe(true);
    expect(ok('midjourney-proxy-ta', 'fetchTask', 200, task)).toBe(false);
    expect(
      ok('midjourney-proxy-ta', 'uploadDiscordImages', 200, {
        code: 1,
        description: 'success',
        result: ['u'],
      }),
    ).toBe(true);
  });

  it('cancel answers an empty 200; list-by-ids is list-by-condition (Controllers/TaskController.cs)', () => {
    expect(EMITTED_RESPONSES['midjourney-proxy-ta'].cancelTask?.[200]?.media).toEqual(['none']);
    expect(ok('midjourney-proxy-ta', 'listByIds', 200, [taTask])).toBe(true);
    expect(EMITTED_RESPONSES['midjourney-proxy-nz'].cancelTask).toBeUndefined();
  });

  it('no change or simple-change', () => {
    expect(EMITTED_RESPONSES['midjourney-proxy-ta'].change).toBeUndefined();
    expect(EMITTED_RESPONSES['midjourney-proxy-ta'].simpleChange).toBeUndefined();
  });
});

describe('new-api (QuantumNous/new-api)', () => {
  it('forwarded submit answers are JSON written as text/plain, 22 already rewritten to 1 (relay/mjproxy_handler.go)', () => {
    expect(EMITTED_RESPONSES['new-api'].imagine?.[200]?.media).toEqual(['json-as-text']);
    expect(
      ok('new-api', 'imagine', 200, env(1, '排队中，前面还有1个任务', '1', { numberOfQueues: 1, ...TA_IDS })),
    ).toBe(true);
    expect(
      ok('new-api', 'imagine', 200, env(23, '队列已满，请稍后尝试', null, { discordInstanceId: '1' })),
    ).toBe(true);
  });

  it('relay errors keep the trailing space (controller/relay.go); shape B for auth (middleware/auth.go)', () => {
    const a = { code: 4, description: 'prompt_is_required ', type: 'upstream_error' };
    expect(ok('new-api', 'imagine', 400, a)).toBe(true);
    expect(ok('new-api', 'imagine', 400, { ...a, description: 'prompt_is_required' })).toBe(false);
    const b = { error: { message: 'Invalid token (request id: 1)', type: 'new_api_error', code: '' } };
    expect(ok('new-api', 'imagine', 401, b)).toBe(true);
    expect(
      ok('new-api', 'imagine', 401, { code: 4, description: 'invalid_api_key', type: 'upstream_error' }),
    ).toBe(false);
    expect(ok('new-api', 'simpleChange', 503, { error: { ...b.error, code: 'model_not_found' } })).toBe(true);
  });

  it('the task is new-api\'s DTO: status "" and times 0 before the first poll (dto/midjourney.go)', () => {
    expect(ok('new-api', 'fetchTask', 200, naDto)).toBe(true);
    expect(ok('new-api', 'fetchTask', 200, { ...naDto, progress: '100%', status: 'FAILURE' })).toBe(true);
    expect(ok('new-api', 'fetchTask', 200, taTask)).toBe(false);
    expect(ok('new-api', 'listByCondition', 200, [naDto])).toBe(true);
  });

  it('the image proxy answers 400 {"error":"midjourney_task_not_found"} (RelayMidjourneyImage)', () => {
    expect(ok('new-api', 'image', 400, { error: 'midjourney_task_not_found' })).toBe(true);
  });
});

describe('the tables', () => {
  it('every target declares exactly the routes it serves, each with a 200', () => {
    for (const target of PROFILE_TARGETS) {
      expect(Object.keys(EMITTED_RESPONSES[target]).sort(), target).toEqual(
        [...PROFILE_ROUTES[target]].sort(),
      );
      for (const [route, responses] of Object.entries(EMITTED_RESPONSES[target]))
        expect(responses[200], `${target} ${route}`).toBeDefined();
    }
  });

  it('emittedResponseSchemas picks the target from --profile/--upstream (default upstream ta)', () => {
    expect(profileTarget('midjourney-proxy')).toBe('midjourney-proxy-ta');
    expect(profileTarget('new-api', 'nz')).toBe('new-api');
    const nz = emittedResponseSchemas('midjourney-proxy', 'nz');
    expect(nz.fetchTask?.[200]?.safeParse(undefined).success).toBe(true);
    expect(
      emittedResponseSchemas('midjourney-proxy', 'ta').fetchTask?.[200]?.safeParse(undefined).success,
    ).toBe(false);
    expect(emittedResponseSchemas('doc').imagine?.[400]).toBeDefined();
  });

  it('notifyHook payloads: the variant task; new-api passes the upstream hook through', () => {
    expect(EMITTED_NOTIFICATIONS['midjourney-proxy-nz'].safeParse(task).success).toBe(true);
    expect(EMITTED_NOTIFICATIONS['midjourney-proxy-ta'].safeParse(task).success).toBe(false);
    expect(EMITTED_NOTIFICATIONS['new-api'].safeParse(taTask).success).toBe(true);
  });
});
