import type { MockConfig, UpstreamVariant } from '@mjkit/contract';
import { createDocProfile } from './doc/doc-profile';
import { createMidjourneyProxyProfile } from './midjourney-proxy/profile';
import { createNewApiProfile } from './new-api/profile';
import type { Profile } from './profile';

/** What a profile may read from the mock it serves: simulated time and the clock's speed. */
export interface ProfileDeps {
  /** Simulated epoch ms (the engine's clock). */
  now: () => number;
  /** The clock's speed (`--speed`): new-api's 15-s relay poll lag is divided by it. */
  speed: () => number;
}

/**
 * The implemented profiles: the only place profile names meet their code (issue #13). Each factory
 * builds one instance per upstream variant; `PATCH /__mock/config` and `--profile` refuse names
 * missing here.
 */
const FACTORIES: Record<MockConfig['profile'], (upstream: UpstreamVariant, deps: ProfileDeps) => Profile> = {
  doc: () => createDocProfile(),
  'new-api': (upstream, deps) => createNewApiProfile({ upstream, now: deps.now, speed: deps.speed }),
  'midjourney-proxy': (upstream) => createMidjourneyProxyProfile(upstream),
};

/** Names of the implemented profiles. */
export function implementedProfiles(): MockConfig['profile'][] {
  return Object.keys(FACTORIES) as MockConfig['profile'][];
}

/** True when `name` has an implementation. */
export function isImplementedProfile(name: string): boolean {
  return Object.hasOwn(FACTORIES, name);
}

/** One mock's profiles: built lazily, one per (profile, upstream) pair, kept for the mock's life. */
export interface ProfileRegistry {
  /** The profile the config selects (its `profile` and `upstream`). */
  forConfig(config: Readonly<Pick<MockConfig, 'profile' | 'upstream'>>): Profile;
  /** Resets every built profile's own state (new-api's relay records). */
  reset(): void;
}

/**
 * Creates the registry of one mock. At most 5 instances exist (doc, and new-api and
 * midjourney-proxy per variant), so the cache is bounded by construction.
 * @example const profiles = createProfileRegistry({ now: clock.now, speed: () => 1 });
 */
export function createProfileRegistry(deps: ProfileDeps): ProfileRegistry {
  const built = new Map<string, Profile>();
  return {
    forConfig({ profile, upstream }) {
      // The doc profile has no upstream variant: one instance whatever `upstream` says.
      const key = profile === 'doc' ? 'doc' : `${profile}:${upstream ?? 'ta'}`;
      let found = built.get(key);
      if (!found) {
        const factory = FACTORIES[profile];
        if (!factory) throw new Error(`profile ${profile} is not implemented`);
        found = factory(upstream ?? 'ta', deps);
        built.set(key, found);
      }
      return found;
    },
    reset() {
      for (const profile of built.values()) profile.reset?.();
    },
  };
}
