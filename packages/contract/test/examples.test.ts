import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Example, loadExamples } from '../src/fixtures';
import {
  ActionRequestSchema,
  BlendRequestSchema,
  ChangeRequestSchema,
  DescribeRequestSchema,
  GatewayBindSchema,
  ImagineRequestSchema,
  ListByConditionRequestSchema,
  ModalRequestSchema,
  ShortenRequestSchema,
  SimpleChangeRequestSchema,
  SubmitResultWireSchema,
  SwapFaceRequestSchema,
  TaskWireSchema,
  UploadRequestSchema,
  VideoRequestSchema,
} from '../src';
import { PLACEHOLDER_REQUEST_ERRORS } from '../src/fixtures/placeholder-errors';

const examples = loadExamples();

const REQUEST_SCHEMAS: Record<string, z.ZodType> = {
  imagine: ImagineRequestSchema,
  blend: BlendRequestSchema,
  describe: DescribeRequestSchema,
  shorten: ShortenRequestSchema,
  change: ChangeRequestSchema,
  'simple-change': SimpleChangeRequestSchema,
  action: ActionRequestSchema,
  modal: ModalRequestSchema,
  video: VideoRequestSchema,
  'upload-discord-images': UploadRequestSchema,
  'swap-face': SwapFaceRequestSchema,
  'list-by-condition': ListByConditionRequestSchema,
};

const RESPONSE_SCHEMAS: Record<Exclude<Example['kind'], 'request'>, z.ZodType> = {
  'submit-result': SubmitResultWireSchema,
  'upload-result': SubmitResultWireSchema,
  seed: SubmitResultWireSchema,
  error: SubmitResultWireSchema,
  task: TaskWireSchema,
  notify: TaskWireSchema,
  list: z.array(TaskWireSchema),
};

describe('spec/examples fixtures', () => {
  it('holds the 53 payloads, each listed in SOURCES.md', () => {
    expect(examples).toHaveLength(53);
  });

  const responses = examples.filter((e) => e.kind !== 'request');
  it.each(responses.map((e) => [e.file, e] as const))('response %s parses with the wire schemas', (_f, e) => {
    const schema = RESPONSE_SCHEMAS[e.kind as Exclude<Example['kind'], 'request'>];
    const result = schema.safeParse(e.json);
    expect(result.success ? 'ok' : z.prettifyError(result.error)).toBe('ok');
  });

  const requests = examples.filter((e) => e.kind === 'request');
  it.each(requests.map((e) => [e.file, e] as const))(
    'request %s binds and matches its route schema',
    (_f, e) => {
      const schema = REQUEST_SCHEMAS[e.route];
      expect(schema, `no route schema for ${e.route}`).toBeDefined();
      if (e.route !== 'list-by-condition') expect(GatewayBindSchema.safeParse(e.json).success).toBe(true);
      const result = schema?.safeParse(e.json);
      expect(result?.success ? 'ok' : z.prettifyError(result!.error)).toBe('ok');
    },
  );

  it('names only doc-written or user-shortened requests as rejected by the real layer', () => {
    const sources = readFileSync(new URL('../fixtures/examples/SOURCES.md', import.meta.url), 'utf8');
    for (const file of Object.keys(PLACEHOLDER_REQUEST_ERRORS)) {
      const row = sources.split('\n').find((l) => l.startsWith(`| ${file} `));
      expect(row, file).toBeDefined();
      expect(/\| SYN|edited base64/.test(row ?? ''), `${file} is captured traffic`).toBe(true);
    }
  });

  it('lists every doc-written request whose images are visibly placeholders', () => {
    const placeholder = (e: Example) => /base64,(xxx|iVBOR\.\.\.)|\.\.\./.test(JSON.stringify(e.json));
    for (const e of requests.filter(placeholder))
      expect(PLACEHOLDER_REQUEST_ERRORS[e.file], e.file).toBeDefined();
  });

  it('keeps unknown fields of requests and responses (tolerant reader)', () => {
    const task = TaskWireSchema.parse(
      examples.find((e) => e.file.startsWith('task--imagine-success-gateway-dto'))?.json,
    );
    expect(task).toHaveProperty('proxy', '');
    const action = ActionRequestSchema.parse({ taskId: '1', customId: 'x', extra: 1 });
    expect(action).toHaveProperty('extra', 1);
  });
});
