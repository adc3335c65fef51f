/**
 * `@mjkit/client/node`: Node-only helpers for receiving notifyHook callbacks (kept out of the main
 * entry so browser bundles never load `node:http`).
 */
export { createNotificationHandler, type NotificationHandlerOptions } from './notification-handler';
export { type NotificationReceiver, startNotificationReceiver } from './notification-receiver';
