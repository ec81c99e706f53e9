/** What the mock's rules take from a request and give back, free of HTTP (`handlers.ts` puts them behind MSW). */
import type { FieldError, Practice, ProblemCode } from '../api/schemas.js';
import { problemType } from '../api/schemas.js';
import { type MockLanguage, problemTitles } from './texts.js';

/** An answer: its status, JSON body and headers. */
export interface MockResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What the request asked for, as far as the rules care. */
export interface MockRequestContext {
  language: MockLanguage;
  /** The bearer token, when the request carried one. */
  accessToken?: string;
  /** The client's address, when the transport gives one (never from the page). */
  clientAddress?: string;
  userAgent?: string;
}

/** What the records side needs of the portal: when the seed was laid, and whose session a request carries. */
export interface SessionLookup {
  readonly seededAt: number;
  sessionPatient(context: MockRequestContext): Promise<string | undefined>;
}

/** A JSON answer no cache keeps. */
export const json = (status: number, body: unknown): MockResponse => ({
  status,
  body,
  headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
});

/** An RFC 9457 problem in the request's language, with `Retry-After` when there is a wait. */
export function problem(
  status: number,
  code: ProblemCode,
  context: MockRequestContext,
  extra: { retryAfter?: number; attemptsRemaining?: number; errors?: FieldError[]; practice?: Practice } = {},
): MockResponse {
  const headers: Record<string, string> = {
    'Content-Type': 'application/problem+json',
    'Cache-Control': 'no-store',
    'Content-Language': context.language,
  };
  if (extra.retryAfter !== undefined) headers['Retry-After'] = String(extra.retryAfter);
  return {
    status,
    headers,
    body: { type: problemType(code), title: problemTitles[code][context.language], status, ...extra },
  };
}
