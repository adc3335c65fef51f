/**
 * `@mjkit/contract/core`: the contract without zod or ts-rest, for clients and browsers. The route
 * table (method and path of every route), the return-code and local-error tables, statuses and their
 * transitions, buttons and customIds, speed modes, profiles, and plain types of every body. The main
 * entry `@mjkit/contract` re-exports all of this beside the zod schemas.
 * @example import { GATEWAY_ROUTES, isTerminalStatus, findButton } from '@mjkit/contract/core';
 */
export { BUTTON_ACTIONS, type ButtonActionInfo, needsModal } from '../button-actions';
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
} from '../buttons';
export {
  buildCustomId,
  type CustomId,
  type CustomIdKind,
  type PanDirection,
  parseCustomId,
  type UpscaleVariant,
} from '../custom-id';
export {
  type ErrorShape,
  isLocalErrorName,
  LOCAL_ERROR_NAMES,
  LOCAL_ERRORS,
  type LocalErrorInfo,
  type LocalErrorName,
} from '../local-errors';
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
} from '../profile-targets';
export { isProfile, type Layer, PROFILE_LOCAL_LAYER, PROFILES, type Profile } from '../profiles';
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
} from '../return-codes';
export {
  DEFAULT_SPEED_MODE,
  parseSpeedMode,
  resolveSpeedMode,
  SPEED_MODE_PREFIXES,
  SPEED_MODES,
  type SpeedMode,
  speedModeFromPath,
  stripSpeedModePrefix,
} from '../speed-mode';
export { NEW_API_TASK_ACTIONS, TASK_ACTIONS, type TaskAction } from '../task-action';
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
} from '../task-status';
export type { GatewayRouteTypes, RouteBody, RouteResponse } from './gateway-types';
export type {
  AccountFilter,
  ActionBody,
  BlendBody,
  BotType,
  ChangeBody,
  CommonSubmitFields,
  DescribeBody,
  Dimensions,
  EditsBody,
  ImagineBody,
  ListByConditionBody,
  ModalBody,
  ShortenBody,
  SimpleChangeBody,
  SpeedModeInput,
  SwapFaceBody,
  UploadBody,
  VideoBody,
} from './request-types';
export type {
  Button,
  ButtonWire,
  GatewayErrorWire,
  ImageError,
  MediaUrl,
  ShapeAError,
  ShapeBError,
  SubmitResultWire,
  TaskWire,
} from './response-types';
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
} from './routes';
