/**
 * `@mjkit/mock-server/node`: the Node-only parts (DESIGN.md §3): the express app, the server with
 * its ticker, disk video clips and the `node:http` keep-alive notify transport. The CLI is `mjkit-mock`.
 */
export { type AppOptions, createApp } from '../adapters/express-app';
export { loadDiskVideoClips } from './disk-video-clips';
export { createNodeHttpTransport } from './http-transport';
export {
  openPersistence,
  type Persistence,
  type PersistenceOptions,
  type RestoreReport,
} from './persistence';
export { FixtureFileError, loadFixtureFile } from './persistence-start';
export {
  StoreCorruptError,
  StoreError,
  StoreLockedError,
  StoreUnavailableError,
  StoreVersionError,
} from './store';
export { type RunningMockServer, type StartOptions, startMockServer } from './start-mock-server';
