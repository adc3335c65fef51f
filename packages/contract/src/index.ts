/**
 * `@mjkit/contract`: the single source of truth of the Midjourney `/mj/*` gateway API.
 * Routes (ts-rest shaped), request and response schemas (zod, wire and emitted tiers), the return-code
 * and local-error tables, task lifecycle, buttons and customIds, and the mock's control API.
 * Everything of the zod-free `@mjkit/contract/core` entry is re-exported here too.
 */
export {
  BUTTON_ACTIONS,
  type ButtonActionInfo,
  needsModal,
} from './button-actions';
export {
  type ButtonQuery,
  describeButtons,
  findButton,
  gridButtons,
  type MjVersion,
  mjVersionOf,
  shortenButtons,
  upscaleButtons,
  videoButtons,
} from './buttons';
export {
  buildCustomId,
  type CustomId,
  type CustomIdKind,
  type PanDirection,
  parseCustomId,
  type UpscaleVariant,
} from './custom-id';
export {
  EMITTED_TIER,
  type EmittedGatewayContract,
  emittedGatewayContract,
  type GatewayContract,
  gatewayContract,
  WIRE_TIER,
} from './gateway-router';
export type {
  AccountFilter,
  ActionBody,
  BlendBody,
  BotType,
  Button,
  ButtonWire,
  ChangeBody,
  CommonSubmitFields,
  DescribeBody,
  Dimensions,
  EditsBody,
  GatewayErrorWire,
  GatewayRouteTypes,
  ImageError,
  ImagineBody,
  ListByConditionBody,
  MediaUrl,
  ModalBody,
  RouteBody,
  RouteResponse,
  ShapeAError,
  ShapeBError,
  ShortenBody,
  SimpleChangeBody,
  SpeedModeInput,
  SubmitResultWire,
  SwapFaceBody,
  TaskWire,
  UploadBody,
  VideoBody,
} from './core';
export {
  fillPath,
  GATEWAY_ROUTES,
  SUBMIT_ROUTE_NAMES,
  VARIANT_ROUTE_NAMES,
  type GatewayRouteName,
  MOCK_CONTROL_ROUTES,
  type MockControlRouteName,
  type RouteMethod,
  type RouteSpec,
} from './core/routes';
export type { PlainType } from './contract-builder';
export {
  type ErrorShape,
  isLocalErrorName,
  LOCAL_ERROR_NAMES,
  LOCAL_ERRORS,
  type LocalErrorInfo,
  type LocalErrorName,
} from './local-errors';
export {
  type ClockState,
  ClockStateSchema,
  DurationsSchema,
  type EngineEventInfo,
  EngineEventSchema,
  type MockConfig,
  type MockConfigPatch,
  MockConfigPatchSchema,
  MockConfigSchema,
  type MockHealth,
  MockHealthSchema,
  MAX_CLOCK_SPEED,
  DEFAULT_ADVANCE_EVENTS,
  MAX_ADVANCE_EVENTS,
  type MockState,
  MockStateSchema,
  type MockSnapshotDocument,
  MockSnapshotSchema,
  mockControlContract,
  type PendingDeliveryInfo,
  PendingDeliverySchema,
  type SeedTaskList,
  SeedTaskListSchema,
  type NotificationLogEntry,
  NotificationLogEntrySchema,
  type Outcome,
  OUTCOMES,
  type OutcomeRule,
  OutcomeRuleSchema,
  type RequestJournalQuery,
  RequestJournalQuerySchema,
  type RequestLogEntry,
  RequestLogEntrySchema,
  type SeedTask,
  SeedTaskSchema,
  type StoredOutcome,
  StoredOutcomeSchema,
  type TaskListQuery,
  TaskListQuerySchema,
  type TaskPage,
  TaskPageSchema,
} from './mock-control';
export {
  EMITTED_NOTIFICATIONS,
  EMITTED_RESPONSES,
  type EmittedMedia,
  type EmittedResponse,
  type EmittedRouteResponses,
  emittedResponseSchemas,
} from './emitted-responses';
export {
  isProfileTarget,
  PROFILE_OPENAPI_FILES,
  PROFILE_ROUTES,
  PROFILE_TARGET_OPTIONS,
  PROFILE_TARGETS,
  type ProfileTarget,
  profileTarget,
  relayServes,
  targetServes,
} from './profile-targets';
export { isProfile, type Layer, PROFILE_LOCAL_LAYER, PROFILES, type Profile } from './profiles';
export {
  EmptyBodySchema,
  NzSubmitResultSchema,
  NzTaskSchema,
  PlainTextSchema,
  TaSubmitResultSchema,
  TaTaskSchema,
  UPSTREAM_SUBMIT_RESULT_SCHEMAS,
  UPSTREAM_TASK_SCHEMAS,
} from './schemas/midjourney-proxy';
export {
  NewApiImageErrorSchema,
  NewApiShapeAErrorSchema,
  NewApiShapeBErrorSchema,
  NewApiTaskSchema,
} from './schemas/new-api';
export {
  ACCEPTED_RETURN_CODES,
  httpStatusForCode,
  inQueueDescription,
  isReturnCode,
  RETURN_CODE_VALUES,
  RETURN_CODES,
  type ReturnCode,
  type ReturnCodeInfo,
  returnCodeInfo,
} from './return-codes';
export {
  ReturnCodeSchema,
  type SubmitResult,
  SubmitResultSchema,
  SubmitResultWireSchema,
  SeedResultSchema,
  SeedResultWireSchema,
  SubmitPropertiesSchema,
  type UploadResult,
  UploadResultSchema,
  UploadResultWireSchema,
} from './schemas/envelope';
export {
  ImageErrorSchema,
  ShapeAErrorSchema,
  ShapeBErrorSchema,
} from './schemas/errors';
export * from './schemas/requests';
export {
  ButtonSchema,
  ButtonWireSchema,
  MediaUrlSchema,
  NotificationSchema,
  NotificationWireSchema,
  type Task,
  TaskPropertiesSchema,
  TaskSchema,
  TaskWireSchema,
} from './schemas/task';
export {
  DEFAULT_SPEED_MODE,
  parseSpeedMode,
  resolveSpeedMode,
  SPEED_MODE_PREFIXES,
  SPEED_MODES,
  type SpeedMode,
  speedModeFromPath,
  stripSpeedModePrefix,
} from './speed-mode';
export {
  UPSTREAM_TEXTS,
  type UpstreamText,
  type UpstreamTextKey,
  UPSTREAM_VARIANTS,
  type UpstreamVariant,
  type UpstreamVariantText,
  upstreamText,
} from './upstream-texts';
export { NEW_API_TASK_ACTIONS, TASK_ACTIONS, type TaskAction } from './task-action';
export {
  canTransition,
  isTaskStatus,
  isTerminalStatus,
  notificationRank,
  STATUS_TRANSITIONS,
  TASK_STATUSES,
  TERMINAL_STATUSES,
  type TaskStatus,
  type WireTaskStatus,
} from './task-status';
