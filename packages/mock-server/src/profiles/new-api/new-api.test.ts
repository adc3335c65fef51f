import { describe, expect, it } from 'vitest';
import { readNewApiCredentials } from './auth';
import { decodeError, hasChannel, parseCustomId } from './distributor';
import { shapeA, shapeB } from './errors';
import { forwardedBody, NEW_API_DEFAULT_SWITCHES, rewriteSubmitBody } from './forward';
import { splitModePrefix } from './mode-prefix';

const headers = (h: Record<string, string>) => (name: string) => h[name];

describe('new-api auth (QuantumNous/new-api middleware/auth.go TokenAuth)', () => {
  it('strips Bearer (any case) and sk-, and splits a -channel suffix', () => {
    expect(readNewApiCredentials(headers({ authorization: 'Bearer sk-abc' }))).toEqual({
      key: 'abc',
      channel: undefined,
    });
    expect(readNewApiCredentials(headers({ authorization: 'bearer abc-7' }))).toEqual({
      key: 'abc',
      channel: '7',
    });
  });
  it('falls back to mj-api-secret when Authorization is empty or "midjourney-proxy"', () => {
    expect(readNewApiCredentials(headers({ 'mj-api-secret': 'sk-k' }))?.key).toBe('k');
    expect(
      readNewApiCredentials(headers({ authorization: 'midjourney-proxy', 'mj-api-secret': 'k2' }))?.key,
    ).toBe('k2');
    expect(readNewApiCredentials(headers({}))).toBeUndefined();
  });
});

describe('new-api error bodies (controller/relay.go RelayMidjourney, middleware/auth.go)', () => {
  it('shape A: sorted keys and the trailing space', () => {
    expect(shapeA('prompt_is_required')).toMatchObject({
      status: 400,
      body: '{"code":4,"description":"prompt_is_required ","type":"upstream_error"}',
    });
    expect(shapeA('rate', '', 30).status).toBe(429);
  });
  it('shape B: message with the request id, type new_api_error, code', () => {
    expect(JSON.parse(shapeB(401, 'Invalid token', 'r1').body)).toEqual({
      error: { message: 'Invalid token (request id: r1)', type: 'new_api_error', code: '' },
    });
  });
});

describe('new-api distributor (middleware/distributor.go, dto/midjourney.go)', () => {
  it('malformed JSON and wrong DTO field types are decode errors; unknown fields pass', () => {
    expect(decodeError('{')).toMatch(/JSON input/);
    expect(decodeError('{"prompt":5}')).toBe(
      'json: cannot unmarshal number into Go struct field MidjourneyRequest.prompt of type string',
    );
    expect(decodeError('{"index":"1"}')).toMatch(/MidjourneyRequest.index of type int/);
    expect(decodeError('{"prompt":"a","dimensions":5}')).toBeUndefined();
  });
  it('customId parsing (service/midjourney.go CoverPlusActionToNormalAction)', () => {
    expect(parseCustomId('MJ::JOB::upsample::2::h')).toEqual({ action: 'UPSCALE', index: 2 });
    expect(parseCustomId('MJ::JOB::low_variation::1::h::SOLO')).toEqual({
      action: 'LOW_VARIATION',
      index: 1,
    });
    expect(parseCustomId('MJ::CustomZoom::h')).toEqual({ action: 'CUSTOM_ZOOM', index: 1 });
    expect(parseCustomId('MJ::Inpaint::1::h::SOLO')).toEqual({ action: 'INPAINT', index: 1 });
    expect(parseCustomId(undefined)).toEqual({ error: 'custom_id_is_required' });
    for (const id of [
      'MJ::Job::PicReader::1',
      'MJ::Picread::Retry',
      'MJ::JOB::animate_high::1::h::SOLO',
      'MJ::JOB::video_virtual_upscale::1::h',
    ]) {
      expect(parseCustomId(id)).toEqual({ error: `unknown_action:${id}` });
    }
  });
  it('simple-change and change without action have no channel (relay/constant/relay_mode.go)', () => {
    expect(hasChannel('simpleChange', { content: '1 U1' })).toBe(false);
    expect(hasChannel('change', { taskId: '1' })).toBe(false);
    expect(hasChannel('change', { taskId: '1', action: 'UPSCALE' })).toBe(true);
  });
});

describe('new-api forward (relay/mjproxy_handler.go RelayMidjourneySubmit)', () => {
  it('22 → 1 always, 21 → 1 except INPAINT/CUSTOM_ZOOM; description and properties kept', () => {
    const queued =
      '{"code":22,"description":"排队中，前面还有2个任务","result":"1","properties":{"numberOfQueues":2}}';
    expect(JSON.parse(rewriteSubmitBody(queued, 'IMAGINE'))).toMatchObject({
      code: 1,
      properties: { numberOfQueues: 2 },
    });
    const modal = '{"code":21,"description":"Waiting for window confirm","result":"1","properties":{}}';
    expect(JSON.parse(rewriteSubmitBody(modal, 'VARIATION')).code).toBe(1);
    expect(JSON.parse(rewriteSubmitBody(modal, 'CUSTOM_ZOOM')).code).toBe(21);
    expect(JSON.parse(rewriteSubmitBody(modal, 'INPAINT')).code).toBe(21);
    expect(rewriteSubmitBody('{"code":23}', 'IMAGINE')).toBe('{"code":23}');
  });
  it('notifyHook and accountFilter are stripped unless switched on (service/midjourney.go)', () => {
    const body = { prompt: 'a', notifyHook: 'http://x', accountFilter: {} };
    expect(forwardedBody(body, NEW_API_DEFAULT_SWITCHES)).toEqual({ prompt: 'a' });
    expect(forwardedBody(body, { notifyEnabled: true, accountFilterEnabled: false })).toEqual({
      prompt: 'a',
      notifyHook: 'http://x',
    });
  });
});

describe('new-api path prefix (router/relay-router.go registerMjRouterGroup)', () => {
  it('any one segment before /mj', () => {
    expect(splitModePrefix('/anything/mj/submit/imagine')).toEqual({
      path: '/mj/submit/imagine',
      mode: 'anything',
    });
    expect(splitModePrefix('/mj/task/1/fetch')).toEqual({ path: '/mj/task/1/fetch', mode: undefined });
    expect(splitModePrefix('/a/b/mj/submit/imagine')).toBeUndefined();
  });
});
