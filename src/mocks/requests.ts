/**
 * Request bodies read with the contract's own request schemas (`api/schemas.ts`): the mock accepts what the client
 * is typed to send, and keeps nothing else (a field the contract does not have is dropped).
 *
 * Each field is read with its own schema, so one bad field does not hide the others, and gets the code of what it
 * breaks: the rule the elements check too where the field has one (so the message beside the field is the one the
 * element would have shown), `required` when it is missing, and `invalid` when it is there in another shape. A value
 * the patient sent is never called missing.
 */
import * as z from 'zod/mini';
import type { FieldError } from '../api/schemas.js';
import { type MockRequestContext, type MockResponse, problem } from './responses.js';
import { fieldMessages } from './texts.js';

/**
 * What a field breaks: a check of its text (one code or several, `undefined` when it is fine), or the one code to
 * give whenever the schema refuses it.
 */
export type FieldRule = ((value: string) => string | readonly string[] | undefined) | string;

type ObjectSchema = z.ZodMiniObject;

export interface ReadRequest<T> {
  /** The fields that passed their schema and rule. */
  fields: Partial<T>;
  /** What is wrong, field by field, in the contract's order. */
  errors: FieldError[];
  /** The whole body as the contract types it, when nothing is wrong. */
  input?: T;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isMissing = (value: unknown) => value === undefined || value === null;

/** A field error in the request's language. */
export function addFieldError(errors: FieldError[], field: string, code: string, context: MockRequestContext): void {
  errors.push({ field, code, message: fieldMessages[code]?.[context.language] ?? code });
}

/** The 422 answer that lists what is wrong. */
export const validationProblem = (errors: FieldError[], context: MockRequestContext): MockResponse =>
  problem(422, 'validation-failed', context, { errors });

/** One field of a body, when its schema takes it. */
export function readField<S extends ObjectSchema, K extends keyof S['shape'] & string>(
  schema: S,
  body: unknown,
  field: K,
): z.infer<S['shape'][K]> | undefined {
  const fieldSchema = schema.shape[field];
  const parsed = fieldSchema && z.safeParse(fieldSchema, isRecord(body) ? body[field] : undefined);
  return parsed?.success ? (parsed.data as z.infer<S['shape'][K]>) : undefined;
}

/** Reads a body with its request schema and the rules of its fields (see the top of this file). */
export function readRequest<S extends ObjectSchema>(
  schema: S,
  body: unknown,
  rules: Partial<Record<keyof z.infer<S> & string, FieldRule>>,
  context: MockRequestContext,
): ReadRequest<z.infer<S>> {
  const given = isRecord(body) ? body : {};
  const fields: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const [field, fieldSchema] of Object.entries(schema.shape)) {
    const value = given[field];
    const rule = rules[field as keyof typeof rules];
    const parsed = z.safeParse(fieldSchema, value);
    let codes: readonly string[] = [];
    if (typeof rule === 'function' && (typeof value === 'string' || isMissing(value))) {
      const broken = rule(typeof value === 'string' ? value : '');
      codes = broken === undefined ? [] : typeof broken === 'string' ? [broken] : broken;
    }
    if (!codes.length && !parsed.success) {
      codes = [typeof rule === 'string' ? rule : isMissing(value) ? 'required' : 'invalid'];
    }
    for (const code of codes) addFieldError(errors, field, code, context);
    if (!codes.length) fields[field] = parsed.data;
  }
  if (errors.length) return { fields: fields as Partial<z.infer<S>>, errors };
  const whole = schema.safeParse(given);
  if (whole.success) return { fields: whole.data, errors, input: whole.data };
  for (const issue of whole.error.issues) addFieldError(errors, String(issue.path[0] ?? 'body'), 'invalid', context);
  return { fields: fields as Partial<z.infer<S>>, errors };
}
