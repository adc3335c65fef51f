/**
 * Mock safety limits on prompt text (issue #12 items 4 and 5).
 *
 * No upstream documents a prompt limit (spec §1.2: only `state` 255 and `notifyHook` 2000 are capped by
 * trueai), so this is the mock's own limit, answered with a mock error name (suggested:
 * `prompt_too_long`, shape A, HTTP 400, `source: 'mock'` in the contract's local-error table), never
 * with an invented upstream text. It sits well above what Midjourney itself takes (a Discord slash
 * command option holds at most 6 000 characters), so no real prompt is refused, and it bounds what one
 * task stores: a shorten result is about 6× its prompt, so one task holds at most ~50 KB of prompt text
 * instead of the 15 MB prompts that took RSS to 2.9 GB (item 5).
 */

/** Longest prompt the mock accepts, in UTF-16 code units (`string.length`). */
export const MAX_PROMPT_LENGTH = 8_192;

/** Whether a prompt is within {@link MAX_PROMPT_LENGTH} (or a given limit). */
export function isPromptWithinLimit(prompt: string, limit: number = MAX_PROMPT_LENGTH): boolean {
  return prompt.length <= limit;
}
