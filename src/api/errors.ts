import { type ProblemCode, problemCodes } from './codes.js';
import type { FieldError, Practice, Problem } from './schemas.js';

/**
 * Every failure of the portal client is one of these classes, so an element can `switch` on them. Their messages
 * never carry a URL, a token or a response body: they may reach a console, and those may hold health data.
 */
export abstract class PortalError extends Error {}

const codeFromStatus = (status: number): ProblemCode => {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'locked';
  if (status >= 500) return 'server-error';
  return 'bad-request';
};

const codeFromType = (type: string): ProblemCode | undefined => {
  const last = type.split('/').pop();
  return problemCodes.find((code) => code === last);
};

/** The server answered with an error status (an RFC 9457 problem, or any other body, which is never kept). */
export class PortalProblemError extends PortalError {
  override readonly name = 'PortalProblemError';
  /** The problem's code: the last segment of its `type`, or one derived from the status for a foreign body. */
  readonly code: ProblemCode;
  readonly type: string;
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  /** Field errors of a 422, keyed by the request field they belong to. */
  readonly fieldErrors: readonly FieldError[];
  /** Seconds until a retry may succeed (from the body or the `Retry-After` header). */
  readonly retryAfter: number | undefined;
  /** Tries left before the invitation locks or sign-in pauses, when the server says. */
  readonly attemptsRemaining: number | undefined;
  /** Whom to call, when the server says: on a problem only the practice can solve. */
  readonly practice: Practice | undefined;

  constructor(problem: Problem) {
    super(`The portal answered ${problem.status}${problem.title ? `: ${problem.title}` : ''}`);
    this.type = problem.type;
    this.code = codeFromType(problem.type) ?? codeFromStatus(problem.status);
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.fieldErrors = problem.errors ?? [];
    this.retryAfter = problem.retryAfter;
    this.attemptsRemaining = problem.attemptsRemaining;
    this.practice = problem.practice;
  }

  /** The field errors for one request field. */
  errorsFor(field: string): FieldError[] {
    return this.fieldErrors.filter((error) => error.field === field);
  }
}

/** The request never got an answer: offline, DNS, refused, CORS, or the connection dropped. */
export class PortalNetworkError extends PortalError {
  override readonly name = 'PortalNetworkError';
  constructor() {
    super('The portal could not be reached');
  }
}

/** The portal took longer than the client's timeout to answer. */
export class PortalTimeoutError extends PortalError {
  override readonly name = 'PortalTimeoutError';
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`The portal did not answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** The portal answered with success but a body that is not what the contract says: the client fails closed. */
export class PortalResponseError extends PortalError {
  override readonly name = 'PortalResponseError';
  /** The paths of the body that did not match (no values). */
  readonly paths: readonly string[];
  constructor(reason: string, paths: readonly string[] = []) {
    super(`The portal's answer could not be read: ${reason}`);
    this.paths = paths;
  }
}

/** True for the error a request throws when its `AbortSignal` fired: not a failure, nothing to show. */
export const isAbortError = (error: unknown): boolean =>
  error instanceof DOMException ? error.name === 'AbortError' : (error as Error | undefined)?.name === 'AbortError';
