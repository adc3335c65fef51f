/**
 * `@mjkit/mock-server`: a stateful mock of the Midjourney `/mj/*` gateway.
 * `startMockServer` serves it; `createMock` + `createApp` give the parts for in-process tests.
 */
export { type Clock, createManualClock, MANUAL_CLOCK_EPOCH, type ManualClock } from './engine/clock';
export { createEngine, type Engine, type EngineEvents, type TaskChange } from './engine/engine';
export { defaultConfig, type EngineConfig } from './engine/engine-config';
export { type AppOptions, createApp } from './http/create-app';
export { toDataUrl } from './images/data-url';
export { decodePng, encodePng, pngSize, type Raster } from './images/png';
export { createMock, type Mock, type MockOptions } from './mock/create-mock';
export { type RunningMockServer, type StartOptions, startMockServer } from './server/start-mock-server';
