/**
 * The route table: method and path of every gateway and control route, with no zod and no ts-rest.
 * The zod contracts (`gateway-router.ts`, `mock-control.ts`) take method and path from here, so a client
 * that calls routes by this table and the servers built from the contracts cannot disagree.
 */

/** HTTP methods the API uses. */
export type RouteMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One route: its method and its path (`:name` marks a path parameter). */
export interface RouteSpec {
  readonly method: RouteMethod;
  readonly path: string;
}

/**
 * The gateway routes (`/mj/*`, DESIGN.md §2). A missing route fails to compile against
 * `GatewayRouteTypes` (see `gateway-types.ts`).
 * @example fetch(base + GATEWAY_ROUTES.imagine.path, { method: GATEWAY_ROUTES.imagine.method, body })
 */
export const GATEWAY_ROUTES = {
  imagine: { method: 'POST', path: '/mj/submit/imagine' },
  blend: { method: 'POST', path: '/mj/submit/blend' },
  describe: { method: 'POST', path: '/mj/submit/describe' },
  shorten: { method: 'POST', path: '/mj/submit/shorten' },
  change: { method: 'POST', path: '/mj/submit/change' },
  simpleChange: { method: 'POST', path: '/mj/submit/simple-change' },
  action: { method: 'POST', path: '/mj/submit/action' },
  modal: { method: 'POST', path: '/mj/submit/modal' },
  video: { method: 'POST', path: '/mj/submit/video' },
  edits: { method: 'POST', path: '/mj/submit/edits' },
  uploadDiscordImages: { method: 'POST', path: '/mj/submit/upload-discord-images' },
  swapFace: { method: 'POST', path: '/mj/insight-face/swap' },
  fetchTask: { method: 'GET', path: '/mj/task/:id/fetch' },
  listByCondition: { method: 'POST', path: '/mj/task/list-by-condition' },
  imageSeed: { method: 'GET', path: '/mj/task/:id/image-seed' },
  image: { method: 'GET', path: '/mj/image/:id' },
  // Served by one upstream variant only (profiles.md §2); every other profile answers its 404.
  taskList: { method: 'GET', path: '/mj/task/list' },
  taskQueue: { method: 'GET', path: '/mj/task/queue' },
  cancelTask: { method: 'POST', path: '/mj/task/:id/cancel' },
  listByIds: { method: 'POST', path: '/mj/task/list-by-ids' },
} as const satisfies Record<string, RouteSpec>;

/** Name of a gateway route. */
export type GatewayRouteName = keyof typeof GATEWAY_ROUTES;

/**
 * Routes only a midjourney-proxy variant serves (profiles.md §2): NZ's `/task/list` and `/task/queue`
 * (`TaskController.java`), trueai's `/task/{id}/cancel` and `/task/list-by-ids` (`TaskController.cs`).
 * The gateway page and new-api have none of them; each profile says whether it serves a route.
 */
export const VARIANT_ROUTE_NAMES = [
  'taskList',
  'taskQueue',
  'cancelTask',
  'listByIds',
] as const satisfies readonly GatewayRouteName[];

/**
 * The submit routes: the twelve that create a task and answer a submit envelope (`/mj/submit/*` and
 * `/mj/insight-face/swap`). new-api decodes exactly these bodies (`Path2RelayModeMidjourney`'s submit
 * modes) and every profile that serves them answers the same envelope.
 * @example SUBMIT_ROUTE_NAMES.includes('imagine') // true; fetchTask is not a submit route
 */
export const SUBMIT_ROUTE_NAMES = [
  'imagine',
  'blend',
  'describe',
  'shorten',
  'change',
  'simpleChange',
  'action',
  'modal',
  'video',
  'edits',
  'uploadDiscordImages',
  'swapFace',
] as const satisfies readonly GatewayRouteName[];

/** The mock's control routes (`/__mock/*`, DESIGN.md §3): one route per concern. */
export const MOCK_CONTROL_ROUTES = {
  state: { method: 'GET', path: '/__mock/state' },
  reset: { method: 'POST', path: '/__mock/reset' },
  setClock: { method: 'POST', path: '/__mock/clock' },
  advance: { method: 'POST', path: '/__mock/clock/advance' },
  getConfig: { method: 'GET', path: '/__mock/config' },
  patchConfig: { method: 'PATCH', path: '/__mock/config' },
  listOutcomes: { method: 'GET', path: '/__mock/outcomes' },
  addOutcome: { method: 'POST', path: '/__mock/outcomes' },
  clearOutcomes: { method: 'DELETE', path: '/__mock/outcomes' },
  seedTask: { method: 'POST', path: '/__mock/tasks' },
  requests: { method: 'GET', path: '/__mock/requests' },
  notifications: { method: 'GET', path: '/__mock/notifications' },
  listTasks: { method: 'GET', path: '/__mock/tasks' },
  clearRequests: { method: 'DELETE', path: '/__mock/requests' },
  health: { method: 'GET', path: '/__mock/health' },
  getSnapshot: { method: 'GET', path: '/__mock/snapshot' },
  putSnapshot: { method: 'PUT', path: '/__mock/snapshot' },
} as const satisfies Record<string, RouteSpec>;

/** Name of a control route. */
export type MockControlRouteName = keyof typeof MOCK_CONTROL_ROUTES;

/**
 * Fills the `:name` segments of a route path, URL-encoding each value.
 * @example fillPath('/mj/task/:id/fetch', { id: '1712' }) // '/mj/task/1712/fetch'
 */
export function fillPath(path: string, params: Readonly<Record<string, unknown>> | undefined): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) =>
    encodeURIComponent(String(params?.[name] ?? '')),
  );
}
