import type { Socket } from 'node:net';
import { lingerAndClose } from '../adapters/express-app';

const STATUS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'request_header_fields_too_large'],
  HPE_URI_TOO_LONG: [431, 'request_header_fields_too_large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'request_timeout'],
};

/**
 * Node's own protocol errors answered as JSON (issue #12 item 17): a request line or headers over
 * 16 KB get `431 {"code":4,"description":"request_header_fields_too_large",…}`, a malformed request
 * a JSON 400, then the connection closes. Installed with `server.on('clientError', …)`.
 */
export function handleClientError(error: Error & { code?: string }, socket: Socket): void {
  if (socket.destroyed) return;
  // Bytes after a request the parser could not frame (a body sent with OPTIONS or DELETE and neither
  // Content-Length nor chunked, or more bytes after `Connection: close`): the earlier request is still
  // being answered. Let that answer go out first; Node would then destroy the socket with the unread
  // bytes (a reset that loses the answer), so end it gently instead and discard the rest.
  const pending = (socket as Socket & { _httpMessage?: NodeJS.EventEmitter & { writableFinished?: boolean } })
    ._httpMessage;
  if (pending && !pending.writableFinished) {
    (socket as Socket & { destroySoon: () => void }).destroySoon = () => {
      if (socket.writable) socket.end();
    };
    pending.once('close', () => setImmediate(() => handleClientError(error, socket)));
    return;
  }
  if (!socket.writable || error.code === 'HPE_CLOSED_CONNECTION') {
    lingerAndClose(socket);
    return;
  }
  const [status, name] = STATUS[error.code ?? ''] ?? [400, 'bad_request'];
  const body = JSON.stringify({ code: 4, description: name, type: 'upstream_error' });
  const reason =
    status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request';
  // A HEAD request gets the headers only: body bytes would be read as a second, broken answer.
  const raw = (error as Error & { rawPacket?: Buffer }).rawPacket;
  const head = raw !== undefined && raw.subarray(0, 5).toString('latin1') === 'HEAD ';
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `X-Content-Type-Options: nosniff\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${head ? '' : body}`,
  );
  lingerAndClose(socket);
}
