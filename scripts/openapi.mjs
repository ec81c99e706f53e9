// The portal API's contract as an OpenAPI 3.1 document, for a backend team: `npm run openapi` writes openapi.json at
// the repository's root (commit it), and `npm run build` writes dist/openapi.json, which the package ships as
// `pf-portal-elements/openapi.json`. test/node/openapi.test.mjs fails when the committed file is not what this writes.
//
// The bodies come from the built zod schemas (dist/api/schemas.js, so run the build first), converted by zod's own
// `toJSONSchema`. The routes, their statuses and problem codes come from the table below, which follows what the
// mock portal answers (src/mocks/: handlers.ts for the routes and the 400 and 415 every JSON body may get,
// invitations.ts, accounts.ts, sessions.ts and recovery.ts for the rest); the test drives the mock through each of
// them and checks every answer against this document. The FHIR API is a separate server and is not described here.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import * as z from 'zod/mini';

const root = new URL('..', import.meta.url);

// ---------------------------------------------------------------------------------------------------------------
// What each problem code means, in the words a backend developer needs

const problemMeanings = {
  'invitation-not-found': 'no invitation has this token',
  'invitation-used': 'the invitation was already used to create an account',
  'invitation-expired': 'the invitation is more than 14 days old, or a newer one for the patient replaced it',
  'invitation-revoked': 'too many failed identity checks in a row (100, across locks) made the invitation void',
  'identity-not-verified':
    'the date of birth or the PIN is wrong (one answer for either); `attemptsRemaining` says how many tries are left',
  locked: 'too many failures in a row: tries pause for `Retry-After` seconds',
  'resend-too-soon': 'the last one went less than 30 seconds ago: ask again after `Retry-After` seconds',
  'too-many-codes': '5 went in the last hour: ask again after `Retry-After` seconds',
  'code-invalid':
    'the code is wrong, was replaced by a newer one or was used; `attemptsRemaining` says how many tries are left',
  'code-expired': 'the right code, but more than 10 minutes old (the try is not counted)',
  'registration-invalid':
    'the registration token is unknown, more than 30 minutes old or used, or its invitation no longer pending',
  'recovery-invalid': 'the recovery token is unknown, more than 20 minutes old, over, or not at this step',
  'answer-incorrect': 'the answer to the security question is wrong; `attemptsRemaining` says how many tries are left',
  'recovery-closed':
    'too many failures in a row (50) closed recovery for the account until the practice opens it again',
  'validation-failed': 'fields are missing or break a rule; `errors` lists them, field by field',
  'invalid-credentials':
    'the username is unknown or the password wrong (one answer for either); `attemptsRemaining` says how many tries are left',
  unauthorized: 'the bearer token names no live session (signed out, idle for 15 minutes, or 12 hours old)',
};

/** Answers whose meaning is the same on every route, described once (`components.responses`). */
const sharedResponses = {
  400: { name: 'UnreadableBody', description: 'The body is not readable JSON (`bad-request`).' },
  415: {
    name: 'NotJson',
    description:
      'The `Content-Type` is not `application/json` (or another `+json` type), as a cross-site form would send (`bad-request`).',
  },
};

// ---------------------------------------------------------------------------------------------------------------
// The routes, as the client calls them (src/api/client.ts) and the mock answers them (src/mocks/)

/** What a POST with a JSON body may get before its body is looked at (handlers.ts `withBody`). */
const jsonBody = { 400: ['bad-request'], 415: ['bad-request'] };
const linkGone = ['invitation-used', 'invitation-expired', 'invitation-revoked'];

/**
 * One entry per call. `operationId` is the client's method; `problems` maps each error status the mock answers on
 * the route to its problem codes.
 */
const routes = [
  {
    operationId: 'getInvitation',
    method: 'get',
    path: '/invitations/{token}',
    tag: 'Invitations',
    summary: 'Read an invitation',
    description:
      'What the registration link holds: the practice, when the link expires, and the identity checks the patient may use (`pin` only when the practice issued one).',
    success: { status: 200, schema: 'Invitation', description: 'The invitation is pending.' },
    problems: { 404: ['invitation-not-found'], 410: linkGone },
  },
  {
    operationId: 'verifyPin',
    method: 'post',
    path: '/invitations/{token}/verify',
    tag: 'Invitations',
    summary: 'Check the date of birth and PIN',
    description:
      'The PIN is 6 digits (spaces and dashes ignored). After 5 failures in a row the invitation locks for 15 minutes; a success resets the count.',
    request: 'VerifyPinRequest',
    success: {
      status: 200,
      schema: 'Verification',
      description: 'The patient is who the invitation is for: a registration token opens the account step.',
    },
    problems: {
      ...jsonBody,
      401: ['identity-not-verified'],
      404: ['invitation-not-found'],
      410: linkGone,
      422: ['validation-failed'],
      429: ['locked'],
    },
  },
  {
    operationId: 'sendCode',
    method: 'post',
    path: '/invitations/{token}/codes',
    tag: 'Invitations',
    summary: 'Send a security code by text or voice',
    description:
      'The answer is the same whether or not the phone and date of birth match the record; only a match sends a code. A new code voids the previous one. One code every 30 seconds, 5 an hour.',
    request: 'SendCodeRequest',
    success: { status: 202, schema: 'CodeSent', description: 'Accepted: a code goes to the phone if it is on record.' },
    problems: {
      ...jsonBody,
      404: ['invitation-not-found'],
      410: linkGone,
      422: ['validation-failed'],
      429: ['locked', 'resend-too-soon', 'too-many-codes'],
    },
  },
  {
    operationId: 'verifyCode',
    method: 'post',
    path: '/invitations/{token}/codes/verify',
    tag: 'Invitations',
    summary: 'Check a security code',
    description:
      'Codes are 6 digits, valid 10 minutes and single use. Failures count with those of the PIN: 5 in a row lock the invitation for 15 minutes.',
    request: 'VerifyCodeRequest',
    success: {
      status: 200,
      schema: 'Verification',
      description: 'The right code: a registration token opens the account step.',
    },
    problems: {
      ...jsonBody,
      401: ['code-invalid'],
      404: ['invitation-not-found'],
      410: [...linkGone, 'code-expired'],
      422: ['validation-failed'],
      429: ['locked'],
    },
  },
  {
    operationId: 'getSecurityQuestions',
    method: 'get',
    path: '/security-questions',
    tag: 'Accounts',
    summary: 'List the security questions',
    description: 'In the language of `Accept-Language`.',
    success: { status: 200, schema: 'SecurityQuestionList', description: 'The questions a patient may choose from.' },
    problems: {},
  },
  {
    operationId: 'getPasswordPolicy',
    method: 'get',
    path: '/password-policy',
    tag: 'Accounts',
    summary: 'Read the password policy',
    description:
      'The rules the server enforces on a new password, which the elements show live. Length counts Unicode code points.',
    success: { status: 200, schema: 'PasswordPolicy', description: 'The policy.' },
    problems: {},
  },
  {
    operationId: 'createAccount',
    method: 'post',
    path: '/accounts',
    tag: 'Accounts',
    summary: 'Create the account',
    description:
      'Uses the registration token up and the invitation with it, and signs the patient in. The token is checked before the fields, so a bad token answers 401 whatever the body. After 3 `username-taken` answers the token is void.',
    request: 'CreateAccountRequest',
    success: {
      status: 201,
      schema: 'SessionResponse',
      description: 'The account exists and the patient is signed in.',
    },
    problems: { ...jsonBody, 401: ['registration-invalid'], 422: ['validation-failed'] },
  },
  {
    operationId: 'signIn',
    method: 'post',
    path: '/sessions',
    tag: 'Sessions',
    summary: 'Sign in',
    description:
      'The username is compared case-insensitively after Unicode NFKC. 5 failures in a row from one client pause sign-in for that username, a minute at first and twice as long each time after, up to 15 minutes.',
    request: 'SignInRequest',
    success: { status: 201, schema: 'SessionResponse', description: 'A new session.' },
    problems: { ...jsonBody, 401: ['invalid-credentials'], 422: ['validation-failed'], 429: ['locked'] },
  },
  {
    operationId: 'startRecovery',
    method: 'post',
    path: '/recovery',
    tag: 'Recovery',
    summary: 'Begin recovering a forgotten password',
    description:
      'From the username or the email on record. The answer is the same whether or not an account matches; its recovery token goes in the bodies of the next steps, never in a URL.',
    request: 'StartRecoveryRequest',
    success: { status: 200, schema: 'RecoveryStarted', description: 'A recovery, valid 20 minutes.' },
    problems: { ...jsonBody, 422: ['validation-failed'] },
  },
  {
    operationId: 'sendRecoveryCode',
    method: 'post',
    path: '/recovery/codes',
    tag: 'Recovery',
    summary: 'Send a recovery code',
    description:
      'To the email or the phone on record (by text or voice). One code every 30 seconds and 5 an hour, counted by the words typed and by the account; a code over the account’s count is withheld without a different answer.',
    request: 'SendRecoveryCodeRequest',
    success: {
      status: 202,
      schema: 'RecoveryCodeSent',
      description: 'Accepted: a code goes there if an account matched.',
    },
    problems: {
      ...jsonBody,
      401: ['recovery-invalid'],
      403: ['recovery-closed'],
      422: ['validation-failed'],
      429: ['resend-too-soon', 'too-many-codes'],
    },
  },
  {
    operationId: 'verifyRecoveryCode',
    method: 'post',
    path: '/recovery/codes/verify',
    tag: 'Recovery',
    summary: 'Check a recovery code',
    description:
      'The right code answers the account’s security question, in the language of `Accept-Language`. 5 failures in a row end the recovery and lock the next one for 15 minutes.',
    request: 'VerifyRecoveryCodeRequest',
    success: { status: 200, schema: 'RecoveryQuestion', description: 'The right code: the security question.' },
    problems: {
      ...jsonBody,
      401: ['recovery-invalid', 'code-invalid'],
      403: ['recovery-closed'],
      410: ['code-expired'],
      422: ['validation-failed'],
      429: ['locked'],
    },
  },
  {
    operationId: 'answerRecoveryQuestion',
    method: 'post',
    path: '/recovery/answer',
    tag: 'Recovery',
    summary: 'Answer the security question',
    description:
      'Compared case-insensitively and trimmed. 5 failures in a row end the recovery and lock the next one for 15 minutes.',
    request: 'AnswerRecoveryRequest',
    success: { status: 200, schema: 'RecoveryAnswered', description: 'The right answer: a new password may be set.' },
    problems: {
      ...jsonBody,
      401: ['recovery-invalid', 'answer-incorrect'],
      403: ['recovery-closed'],
      422: ['validation-failed'],
      429: ['locked'],
    },
  },
  {
    operationId: 'resetPassword',
    method: 'post',
    path: '/recovery/password',
    tag: 'Recovery',
    summary: 'Set the new password',
    description:
      'The password policy applies, and the last 5 passwords may not be used again. Every session of the account ends, every other recovery of it too, and sign-in’s pauses for it are lifted.',
    request: 'ResetPasswordRequest',
    success: { status: 204, description: 'The password is set. Only a 204 says so to the client.' },
    problems: { ...jsonBody, 401: ['recovery-invalid'], 422: ['validation-failed'] },
  },
  {
    operationId: 'recoverUsername',
    method: 'post',
    path: '/recovery/username',
    tag: 'Recovery',
    summary: 'Send a forgotten username',
    description:
      'To the email or phone on record, when it and the date of birth match; never to the screen. The answer is the same whether or not anything matched. One every 30 seconds and 5 an hour for one email or phone.',
    request: 'RecoverUsernameRequest',
    success: { status: 202, schema: 'UsernameSent', description: 'Accepted: the username goes there if it matched.' },
    problems: { ...jsonBody, 422: ['validation-failed'], 429: ['resend-too-soon', 'too-many-codes'] },
  },
  {
    operationId: 'keepalive',
    method: 'post',
    path: '/sessions/current/keepalive',
    tag: 'Sessions',
    summary: 'Keep the session alive',
    description:
      'Moves the idle deadline (15 minutes), as every authenticated call does; a session never lasts more than 12 hours. No body.',
    authenticated: true,
    success: { status: 200, schema: 'Keepalive', description: 'The session’s new deadline.' },
    problems: { 401: ['unauthorized'] },
  },
  {
    operationId: 'signOut',
    method: 'delete',
    path: '/sessions/current',
    tag: 'Sessions',
    summary: 'Sign out',
    description:
      'Ends the session on the server. Answers 204 whether or not the token named a live session, so signing out twice is not an error.',
    authenticated: true,
    success: { status: 204, description: 'The session is over.' },
    problems: {},
  },
];

const tags = [
  {
    name: 'Invitations',
    description: 'The registration link and the identity check: a PIN, or a code by text or voice.',
  },
  { name: 'Accounts', description: 'The account step that a registration token opens, and what it needs to show.' },
  { name: 'Sessions', description: 'Signing in, keeping a session alive and signing out.' },
  { name: 'Recovery', description: 'A forgotten password or username.' },
];

// ---------------------------------------------------------------------------------------------------------------
// The bodies: the zod schemas, named as the package's types are (`InvitationSchema` is `Invitation`)

const schemaDescriptions = {
  AnswerRecoveryRequest: 'The answer to the security question.',
  CodeSent: 'Where a security code went. The same answer whether or not the phone and date of birth matched.',
  CreateAccountRequest: 'The account step: the username, password, security question and the terms accepted.',
  Date: 'A calendar date, `YYYY-MM-DD`.',
  DateTime: 'An instant in RFC 3339 form with `Z` or an offset, such as `2026-04-02T15:04:05.000Z`.',
  FieldError: 'One thing wrong with one request field.',
  Invitation: 'A pending invitation.',
  Keepalive: 'When the session ends if the patient does nothing more.',
  PasswordPolicy: 'The rules a new password must meet.',
  Practice: 'The practice that runs the portal, and the phone number patients call.',
  Problem:
    'An RFC 9457 problem. Its `type` is `/problems/<code>`; its `title` is in the language of `Accept-Language`.',
  RecoverUsernameRequest: 'The email or phone on record, and the date of birth.',
  RecoveryAnswered: 'When the chance to set a new password ends.',
  RecoveryCodeSent: 'Where a recovery code went, masked. The same answer whether or not a code was sent.',
  RecoveryQuestion: 'The account’s security question, in the request’s language.',
  RecoveryStarted:
    'A recovery begun. The same answer whether or not an account matched: for none, the destinations are made up (the same each time for the same words) and no code is ever right.',
  ResetPasswordRequest: 'The new password.',
  SecurityQuestion: 'A security question, in the request’s language.',
  SecurityQuestionList: 'The security questions a patient may choose from.',
  SendCodeRequest: 'The date of birth and phone to check against the record, and how to send the code.',
  SendRecoveryCodeRequest: 'Where the recovery code should go.',
  Session: 'A signed-in session.',
  SessionResponse: 'A new session.',
  SignInRequest: 'The username (or the email used as one) and the password.',
  StartRecoveryRequest: 'What the patient remembers of the account.',
  UsernameSent: 'Where the username went, masked. The same answer whether or not anything matched.',
  Verification: 'A verified identity: the registration token that opens the account step, valid 30 minutes.',
  VerifyCodeRequest: 'The security code the patient received.',
  VerifyPinRequest: 'The date of birth and the PIN the practice gave the patient.',
  VerifyRecoveryCodeRequest: 'The recovery code the patient received.',
};

/** Words for single properties, as `Schema.property` (the JSDoc of src/api/schemas.ts, where a reader needs it). */
const propertyDescriptions = {
  'CodeSent.sentTo': 'The phone number the code went to, masked: `(•••) •••-4477`.',
  'CodeSent.resendAfter': 'When a new code may be asked for.',
  'Problem.retryAfter': 'Seconds until the call may be tried again (also sent as the `Retry-After` header).',
  'Problem.attemptsRemaining':
    'Tries left before the invitation or the recovery locks (identity checks) or sign-in pauses (passwords).',
  'Problem.practice': 'Whom to call, on a problem only the practice can solve: a link that no longer works, a lock.',
  'RecoveryStarted.destinations':
    'Where a code can go, masked: the email as it was typed (`a•••@example.com`; empty when a username was typed) and the phone on record (`(•••) •••-1187`).',
  'RecoveryCodeSent.resendAfter': 'When a new code may be asked for.',
  'Session.expiresAt':
    'When the session ends if the patient does nothing more: the idle deadline, or the absolute limit when that comes first.',
  'Session.fhirAccessToken':
    'The FHIR server’s own token, when `fhir-base` is on another origin than the portal; the portal’s calls never carry it.',
  'StartRecoveryRequest.identifier': 'The username, or the email on record.',
  'UsernameSent.resendAfter': 'When it may be asked for again.',
};

/** Entries in the order of their names' code points, the same on every machine (unlike `localeCompare`). */
const byName = ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0);

/** `z.int()` says "a safe integer" with these bounds, which say nothing to a reader of the contract. */
const withoutSafeIntegerBounds = ({ minimum, maximum, ...schema }) => ({
  ...schema,
  ...(minimum === undefined || minimum === Number.MIN_SAFE_INTEGER ? {} : { minimum }),
  ...(maximum === undefined || maximum === Number.MAX_SAFE_INTEGER ? {} : { maximum }),
});

/** `value` with every object in it replaced by what `map` makes of it, depth first. */
const rewrite = (value, map) => {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, map));
  if (value === null || typeof value !== 'object') return value;
  return map(Object.fromEntries(Object.entries(value).map(([key, child]) => [key, rewrite(child, map)])));
};

/** The JSON Schemas of every exported zod schema, requests as the client sends them and answers as it reads them. */
function componentSchemas(api) {
  const requests = z.registry();
  const answers = z.registry();
  for (const [name, schema] of Object.entries(api).sort(byName)) {
    if (!name.endsWith('Schema')) continue;
    const id = name.slice(0, -'Schema'.length);
    (id.endsWith('Request') ? requests : answers).add(schema, { id });
  }
  const convert = (registry, io) =>
    z.toJSONSchema(registry, {
      target: 'draft-2020-12',
      io,
      unrepresentable: 'throw',
      uri: (id) => `#/components/schemas/${id}`,
    }).schemas;
  // Neither side's objects are closed: a server may answer with more than the contract (the client drops what it does
  // not read), as a request may carry more (the server drops it). The test holds the mock to exactly the contract.
  const open = ({ additionalProperties, ...schema }) =>
    additionalProperties === false ? schema : { ...schema, ...(additionalProperties && { additionalProperties }) };
  let schemas = rewrite({ ...convert(requests, 'input'), ...convert(answers, 'output') }, (schema) =>
    open(withoutSafeIntegerBounds(schema)),
  );
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  // Each date and date-time the schemas share is one named schema.
  for (const [id, format] of [
    ['Date', 'date'],
    ['DateTime', 'date-time'],
  ]) {
    let shared;
    schemas = rewrite(schemas, (schema) => {
      if (schema.format !== format || schema.type !== 'string') return schema;
      shared ??= schema;
      return JSON.stringify(schema) === JSON.stringify(shared) ? { $ref: `#/components/schemas/${id}` } : schema;
    });
    if (shared) schemas[id] = shared;
  }
  for (const [id, schema] of Object.entries(schemas)) {
    const description = schemaDescriptions[id];
    if (!description) throw new Error(`scripts/openapi.mjs: say in schemaDescriptions what ${id} is`);
    schemas[id] = { description, ...schema };
  }
  for (const [path, description] of Object.entries(propertyDescriptions)) {
    const [id = '', property = ''] = path.split('.');
    const target = schemas[id]?.properties?.[property];
    if (!target) throw new Error(`scripts/openapi.mjs: ${path} is not a property of the schemas`);
    target.description = description;
  }
  const problemCodes = api.problemCodes.map((code) => `\`${code}\``).join(', ');
  schemas.Problem.description += ` The codes: ${problemCodes}.`;
  schemas.FieldError.properties.code.description = `What is wrong: ${api.fieldErrorCodes.map((code) => `\`${code}\``).join(', ')}.`;
  return Object.fromEntries(Object.entries(schemas).sort(byName));
}

// ---------------------------------------------------------------------------------------------------------------
// The document

const ref = (kind, name) => ({ $ref: `#/components/${kind}/${name}` });

function problemResponse(status, codes, api) {
  for (const code of codes) {
    if (!api.problemCodes.includes(code)) throw new Error(`scripts/openapi.mjs: ${code} is not in problemCodes`);
  }
  const description =
    sharedResponses[status]?.description ?? codes.map((code) => `\`${code}\`: ${problemMeanings[code]}.`).join(' ');
  if (description.includes('undefined')) throw new Error(`scripts/openapi.mjs: say what ${codes} means`);
  return {
    description,
    headers: {
      'Cache-Control': ref('headers', 'Cache-Control'),
      'Content-Language': ref('headers', 'Content-Language'),
      ...(status === 429 ? { 'Retry-After': ref('headers', 'Retry-After') } : {}),
    },
    content: {
      'application/problem+json': {
        schema: {
          allOf: [
            ref('schemas', 'Problem'),
            {
              type: 'object',
              properties: {
                type: { enum: codes.map((code) => api.problemType(code)) },
                status: { const: status },
                ...(status === 429 ? { retryAfter: { type: 'number', minimum: 1 } } : {}),
              },
              ...(status === 429 ? { required: ['retryAfter'] } : {}),
            },
          ],
        },
      },
    },
  };
}

function operation(route, api) {
  const { status, schema, description } = route.success;
  const responses = {
    [status]: {
      description,
      headers: { 'Cache-Control': ref('headers', 'Cache-Control') },
      ...(schema ? { content: { 'application/json': { schema: ref('schemas', schema) } } } : {}),
    },
  };
  for (const [problemStatus, codes] of Object.entries(route.problems)) {
    const shared = sharedResponses[problemStatus];
    responses[problemStatus] = shared
      ? ref('responses', shared.name)
      : problemResponse(Number(problemStatus), codes, api);
  }
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: route.description,
    parameters: [
      ...(route.path.includes('{token}') ? [ref('parameters', 'token')] : []),
      ref('parameters', 'Accept-Language'),
    ],
    ...(route.request
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('schemas', route.request) } },
          },
        }
      : {}),
    responses: Object.fromEntries(Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b))),
    ...(route.authenticated ? { security: [{ session: [] }] } : {}),
  };
}

const description = `The API that the pf-portal-elements client calls and the mock portal answers: what a real portal's backend implements for the elements to work with it.

JSON over HTTPS under the portal's \`api-base\` (\`/api/portal\` by default). An error is an RFC 9457 problem (\`application/problem+json\`) whose \`type\` is \`/problems/<code>\`, with its \`title\` in the language of \`Accept-Language\`; each response below lists the codes of its status. A POST with a body answers 415 when the body is not JSON and 400 when it cannot be read, before anything else. Every answer carries \`Cache-Control: no-store\`, and a \`Date\` header, from which the client counts down to the server's deadlines. Dates of birth, PINs, phone numbers and codes travel in request bodies, never in a URL. Authenticated calls send \`Authorization: Bearer <accessToken>\`.

The records are a FHIR R4 API under \`fhir-base\`, a separate server not described here. Generated from the zod schemas of \`src/api/schemas.ts\` by \`scripts/openapi.mjs\`.`;

/** The OpenAPI document, as an object. */
export async function openApiDocument() {
  const api = await import(new URL('dist/api/schemas.js', root).href);
  const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  const paths = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method] = operation(route, api);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Patient Fusion portal API',
      version,
      description,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api/portal', description: 'The default `api-base`, on the page’s own origin.' }],
    tags,
    paths,
    components: {
      schemas: componentSchemas(api),
      responses: Object.fromEntries(
        Object.entries(sharedResponses).map(([status, { name }]) => [
          name,
          problemResponse(Number(status), ['bad-request'], api),
        ]),
      ),
      parameters: {
        token: {
          name: 'token',
          in: 'path',
          required: true,
          description: 'The invitation token of the registration link: random, at least 128 bits, single use.',
          schema: { type: 'string' },
        },
        'Accept-Language': {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description: 'The language of the texts the server writes: problem titles and security questions.',
          schema: { type: 'string' },
        },
      },
      headers: {
        'Cache-Control': {
          description: 'No answer of the portal is kept by a cache.',
          required: true,
          schema: { type: 'string', const: 'no-store' },
        },
        'Content-Language': {
          description: 'The language of the problem’s `title`.',
          schema: { type: 'string' },
        },
        'Retry-After': {
          description: 'Seconds to wait before trying again: the same number as the body’s `retryAfter`.',
          required: true,
          schema: { type: 'integer', minimum: 1 },
        },
      },
      securitySchemes: {
        session: {
          type: 'http',
          scheme: 'bearer',
          description:
            'The `accessToken` of the session that `POST /sessions` or `POST /accounts` answered. Random, at least 128 bits.',
        },
      },
    },
  };
}

/** The document as the file holds it: formatted as Prettier formats the repository's JSON, ending with a newline. */
export async function openApiText() {
  const file = resolve(new URL('openapi.json', root).pathname);
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(JSON.stringify(await openApiDocument()), { ...options, filepath: file });
}

/** Writes the document to `file` (relative to the repository's root). */
export async function writeOpenApi(file = 'openapi.json') {
  writeFileSync(new URL(file, root), await openApiText());
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const file = process.argv[2] ?? 'openapi.json';
  await writeOpenApi(file).catch((error) => {
    console.error(String(error.stack ?? error));
    process.exit(1);
  });
  console.log(`Wrote ${file}.`);
}
