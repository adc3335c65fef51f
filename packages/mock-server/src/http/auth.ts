import type { RequestHandler } from 'express';
import { localError } from '../gateway/replies';

/** Reads the key as new-api does (spec §1.4): `Authorization: Bearer sk-…` (prefixes optional), else `mj-api-secret`. */
export function apiKeyOf(headers: {
  authorization?: string | undefined;
  'mj-api-secret'?: string | string[] | undefined;
}): string | undefined {
  const strip = (v: string) =>
    v
      .trim()
      .replace(/^Bearer\s+/i, '')
      .replace(/^sk-/, '');
  const auth = headers.authorization?.trim();
  if (auth && strip(auth) !== '' && auth !== 'midjourney-proxy') return strip(auth);
  const secret = headers['mj-api-secret'];
  const value = Array.isArray(secret) ? secret[0] : secret;
  return value && strip(value) !== '' ? strip(value) : undefined;
}

/**
 * Requires one of the configured keys on gateway routes; open when none is configured. The image
 * proxy needs no key. Sets `res.locals.apiKey` to the configured spelling of the key used.
 */
export function auth(keys: () => readonly string[]): RequestHandler {
  return (req, res, next) => {
    const configured = keys();
    if (configured.length === 0) return next();
    const given = apiKeyOf(req.headers as Parameters<typeof apiKeyOf>[0]);
    const match = configured.find((k) => k.replace(/^sk-/, '') === given);
    if (match === undefined) {
      const reply = localError(
        'invalid_api_key',
        given === undefined ? '未提供令牌 (missing API key)' : '无效的令牌 (invalid API key)',
      );
      res.status(reply.status).json(reply.body);
      return;
    }
    res.locals.apiKey = match;
    next();
  };
}
