import type { Socket } from 'node:net';

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
  if (!socket.writable || (socket as Socket & { _httpMessage?: unknown })._httpMessage) {
    socket.destroy();
    return;
  }
  const [status, name] = STATUS[error.code ?? ''] ?? [400, 'bad_request'];
  const body = JSON.stringify({ code: 4, description: name, type: 'upstream_error' });
  const reason =
    status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request';
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `X-Content-Type-Options: nosniff\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
