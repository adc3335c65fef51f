import { emittedGatewayContract, mockControlContract, resolveSpeedMode } from '@mjkit/contract';
import { handleControl } from '../control/control-routes';
import type { GatewayContext } from '../gateway/context';
import { taskImage, uploadedFile } from '../gateway/files';
import { runGatewayRoute } from '../gateway/gateway-routes';
import { withGuardLimits } from '../gateway/guards';
import type { Mock } from '../mock/create-mock';
import type { RenderContext } from '../profiles/profile';
import type { CoreResponse } from './http-types';
import { type DocsLoader, serveMeta } from './meta-routes';
import { mockError } from './mock-errors';
import type { Plan } from './pre-body';
import { scopedEngine } from './scoped-engine';
import { validateResponse } from './validate-response';

/** Options of the around-handler steps. */
export interface HandleOptions {
  control: boolean;
  /** Validate every JSON answer against the active profile's schemas (default on; tests keep it on). */
  validateResponses: boolean;
  /** Loads the committed OpenAPI documents (default: a dynamic JSON import). */
  loadDocs?: DocsLoader | undefined;
}

const promptOf = (body: unknown) =>
  typeof (body as { prompt?: unknown } | null)?.prompt === 'string'
    ? (body as { prompt: string }).prompt
    : undefined;

/**
 * The steps around a route handler, after the body is read (issue #11): one `sync`, forced
 * `http-error` outcomes, the route, the profile's rendering and response validation.
 * Handlers take ts-rest's shape (params, body, headers), so every adapter serves them.
 */
export async function handle(
  mock: Mock,
  plan: Plan,
  body: unknown,
  options: HandleOptions,
): Promise<CoreResponse> {
  const { match, req } = plan;
  mock.sawBaseUrl(req.baseUrl);
  mock.engine.sync();
  const profile = mock.profile();
  const renderCtx = (route: RenderContext['route']): RenderContext => ({
    route,
    baseUrl: req.baseUrl,
    config: mock.engine.config(),
    instance: mock.engine.instance,
  });
  switch (match.area) {
    case 'meta':
      return serveMeta(match.name, options.control, options.loadDocs);
    case 'control': {
      const response = await handleControl(mock, match.name, {
        body,
        query: new URLSearchParams(req.query),
        baseUrl: req.baseUrl,
        ...(plan.control ? { access: plan.control } : {}),
      });
      if (options.validateResponses && response.body.type === 'json') {
        const responses = (mockControlContract[match.name] as unknown as { responses: Record<number, never> })
          .responses;
        validateResponse(responses, match.name, response.status, response.body.value);
      }
      return response;
    }
    case 'file': {
      const result =
        match.name === 'taskFile'
          ? taskImage(mock, match.params.taskId ?? '', match.params.file ?? '')
          : uploadedFile(mock, match.params.file ?? '');
      const r = profile.render(result, renderCtx('image'));
      return { status: r.status, headers: r.headers ?? {}, body: r.body };
    }
    case 'gateway': {
      const path = emittedGatewayContract[match.name].path;
      const forced =
        plan.forced?.outcome === 'http-error'
          ? plan.forced
          : mock.engine.outcomes.empty
            ? undefined
            : mock.engine.outcomes.take({ route: match.name, path, prompt: promptOf(body) }, ['http-error']);
      // A broken gateway, on purpose: raw and unvalidated (status default 500, body as given).
      if (forced?.outcome === 'http-error') {
        const value =
          forced.body ??
          (mockError('internal_error', 'forced by mock outcome').body as { value: unknown }).value;
        return { status: forced.status ?? 500, headers: {}, body: { type: 'json', value } };
      }
      const ctx: GatewayContext = {
        // Another key's tasks read as missing (#12 item 2): the profile's not-found answer.
        engine: scopedEngine(mock.engine, plan.owner),
        uploads: mock.uploads,
        images: mock.images,
        videos: mock.videos,
        mode: plan.mode ?? resolveSpeedMode({ bodyMode: (body as { mode?: unknown } | null)?.mode }),
        apiKey: plan.apiKey,
        owner: plan.owner,
        forced: plan.forced,
        rules: profile.rules,
        route: match.name,
        path,
      };
      const result = withGuardLimits(mock.guardLimits, () =>
        runGatewayRoute(ctx, { body, params: match.params }),
      );
      const r = profile.render(result, renderCtx(match.name));
      if (options.validateResponses && r.body.type === 'json')
        validateResponse(profile.responseSchemas[match.name], match.name, r.status, r.body.value);
      return { status: r.status, headers: r.headers ?? {}, body: r.body };
    }
  }
}
