/**
 * Fidelity profiles: which real layer the mock imitates (DESIGN.md §3).
 * - `doc`: what the gateway page says (codes 21/22/23/24 visible, notifyHook fires).
 * - `new-api`: byte-faithful to the new-api gateway (22→1 rewrites, fetch DTO, shape-B errors).
 * - `midjourney-proxy`: the upstream itself (HTTP 200 envelopes with code 4, `mj-api-secret`).
 */
export const PROFILES = ['doc', 'new-api', 'midjourney-proxy'] as const;

/** One of {@link PROFILES}. */
export type Profile = (typeof PROFILES)[number];

/** Which layer answers a request's own validation errors in a profile. */
export type Layer = 'gateway' | 'upstream';

/** The layer whose local checks answer first in each profile (spec §7: the gateway checks before it forwards). */
export const PROFILE_LOCAL_LAYER: Record<Profile, Layer> = {
  doc: 'gateway',
  'new-api': 'gateway',
  'midjourney-proxy': 'upstream',
};

/** True for a known profile name. */
export function isProfile(value: unknown): value is Profile {
  return typeof value === 'string' && (PROFILES as readonly string[]).includes(value);
}
