import { shortenAnalysis } from '../engine/text/shorten-analysis';
import { configOf, type GatewayContext } from './context';
import { bindBody } from './guards';
import { botTypeOf } from './imagine';
import { type GatewayResult, upstreamError } from './result';
import { submitTask } from './submit-task';

/** POST /mj/submit/shorten: the Markdown analysis in `properties.finalPrompt`, five prompt buttons. */
export function shorten(ctx: GatewayContext, raw: unknown): GatewayResult {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.result;
  const body = bound.value;
  const prompt = body.prompt?.trim();
  if (!prompt) return upstreamError('prompt_required');
  const size = configOf(ctx).imageSize;
  return submitTask(ctx, {
    prompt,
    input: {
      action: 'SHORTEN',
      prompt,
      description: `/shorten ${prompt}`,
      state: body.state ?? null,
      notifyHook: body.notifyHook || null,
      botType: botTypeOf(body.botType),
      product: 'shorten',
      media: { layout: 'single', width: size, height: size, palette: [], inputs: [] },
      finalProperties: { finalPrompt: shortenAnalysis(prompt) },
    },
  });
}
