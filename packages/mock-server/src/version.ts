/**
 * The package's version, for `mjkit-mock --version` and `GET /__mock/health`. A constant rather than a
 * JSON import so the browser entry stays import-free; `version.test.ts` fails when it drifts from
 * `package.json`.
 */
export const MOCK_SERVER_VERSION = '0.2.0';
