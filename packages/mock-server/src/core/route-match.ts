import type { EmittedGatewayContract, mockControlContract } from '@mjkit/contract';

/** A gateway route name (`imagine`, `fetchTask`, …): a key of the contract's gateway router. */
export type GatewayRouteName = keyof EmittedGatewayContract;

/** A control route name (`state`, `advance`, …): a key of the contract's control router. */
export type ControlRouteName = keyof typeof mockControlContract;

/** Files the mock serves besides the contract's routes. */
export type FileRouteName = 'taskFile' | 'upload';

/** Fixed documents: the index, the docs page, the two committed OpenAPI files. */
export type MetaRouteName = 'root' | 'docs' | 'openapi' | 'openapiControl';

/** What the pre-body stage classified a request as; params are percent-decoded. */
export type RouteMatch =
  | { area: 'gateway'; name: GatewayRouteName; params: Record<string, string> }
  | { area: 'control'; name: ControlRouteName; params: Record<string, string> }
  | { area: 'file'; name: FileRouteName; params: Record<string, string> }
  | { area: 'meta'; name: MetaRouteName; params: Record<string, string> };
