/**
 * `@mjkit/mock-server`: a stateful mock of the Midjourney `/mj/*` gateway, browser-safe (no `node:*`).
 * `createMock` builds it; `createFetchHandler` serves it as `(Request) => Promise<Response>`.
 * The server and CLI are in `@mjkit/mock-server/node`, MSW handlers in `@mjkit/mock-server/msw`.
 */
export { createFetchHandler, type FetchHandler } from './adapters/fetch-handler';
export type { CoreBody, CoreRequest, CoreResponse } from './core/http-types';
export { createPipeline, type Pipeline, type PipelineOptions } from './core/pipeline';
export { type Clock, createManualClock, MANUAL_CLOCK_EPOCH, type ManualClock } from './engine/clock';
export {
  type ChangeBatch,
  createEngine,
  type Engine,
  type EngineEvents,
  type TaskChange,
} from './engine/engine';
export { defaultConfig, defaultLimits, type EngineConfig, type EngineLimits } from './engine/engine-config';
export { ENGINE_SNAPSHOT_VERSION, type EngineSnapshot } from './engine/snapshot';
export type { TaskRecord } from './engine/task-record';
export {
  applyFixture,
  checkFixture,
  DEFAULT_FIXTURE_MAX_BYTES,
  type Fixture,
  FixtureError,
  type FixtureIssue,
  parseFixture,
} from './fixtures';
export type { GatewayResult } from './gateway/result';
export { toDataUrl } from './images/data-url';
export { decodePng, encodePng, pngSize, type Raster } from './images/png';
export { builtInVideoClips, type VideoClips } from './images/video-clips';
export { createMock, type Mock, type MockLimits, type MockOptions } from './mock/create-mock';
export { MOCK_SNAPSHOT_VERSION, type MockSnapshot, type PendingDelivery } from './mock/mock-snapshot';
export { DELIVERY_ID_HEADER } from './notify/notifier';
export { deliveryId } from './notify/notify-bridge';
export { createFetchTransport, type DeliveryRequest, type NotifyTransport } from './notify/transport';
export type { Profile, Rendered, RenderContext } from './profiles/profile';
