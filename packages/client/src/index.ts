export { MjApiError, type MjApiErrorInit, toMjApiError } from './mj-api-error';
