import type { MockConfig } from '@mjkit/contract';
import { createDocProfile } from './doc/doc-profile';
import type { Profile } from './profile';

/**
 * The implemented profiles: the only place profile names meet their code. Add a new profile's
 * factory here (issue #13); `PATCH /__mock/config` and `--profile` refuse names missing here.
 */
const FACTORIES: Partial<Record<MockConfig['profile'], () => Profile>> = {
  doc: createDocProfile,
};

const cache = new Map<string, Profile>();

/** Names of the implemented profiles. */
export function implementedProfiles(): MockConfig['profile'][] {
  return Object.keys(FACTORIES) as MockConfig['profile'][];
}

/** True when `name` has an implementation. */
export function isImplementedProfile(name: string): boolean {
  return Object.hasOwn(FACTORIES, name);
}

/** The profile called `name` (one instance per name); throws for a name not implemented. */
export function profileFor(name: MockConfig['profile']): Profile {
  let profile = cache.get(name);
  if (!profile) {
    const factory = FACTORIES[name];
    if (!factory)
      throw new Error(`profile ${name} is not implemented (have: ${implementedProfiles().join(', ')})`);
    profile = factory();
    cache.set(name, profile);
  }
  return profile;
}
