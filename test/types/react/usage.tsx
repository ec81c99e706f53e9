// What a React 19 page may write with the elements, and what TypeScript must refuse (`@ts-expect-error` fails the
// check when no error comes). Checked by `npm run check:types` against the built package.
import type { PfSessionEndedEvent } from 'pf-portal-elements';
import { useEffect } from 'react';
import 'pf-portal-elements/types/react';

export const page = (
  <pf-portal
    api-base="/api/portal"
    lang="es"
    idle-timeout="600"
    browserLanguage
    onpf-session-ended={(event) => void event.detail.reason.toUpperCase()}
  >
    <pf-registration
      invitation="abc"
      sign-in-url="/sign-in"
      onpf-verified={(event) => event.detail.suggestedUsername.trim()}
      onpf-invitation-invalid={(event) => event.preventDefault()}
    />
    <pf-sign-in forgotUrl="/forgot" onpf-username-sent={(event) => event.detail.channel === 'sms'} />
    <pf-account-recovery mode="username" onpf-recovery-step={(event) => event.detail.step === 'sent'} />
    <pf-health-records sections="lab-results appointments" />
  </pf-portal>
);

/** The README's recipe (Use it in your site), word for word. */
export function Registration(props: { invitation?: string; onCreated: (username: string) => void }) {
  // Registered once, in the browser: on a server the tags render as they are and upgrade when the script runs.
  useEffect(() => void import('pf-portal-elements'), []);
  return (
    <pf-portal api-base="/api/portal">
      <pf-registration
        invitation={props.invitation}
        sign-in-url="/sign-in"
        onpf-account-created={(event) => props.onCreated(event.detail.username)}
      />
    </pf-portal>
  );
}

// @ts-expect-error `apiBse` is no property of <pf-portal>.
export const typo = <pf-portal apiBse="/api/portal" />;

// The Vietnamese pack ships with the package (a page registers it).
export const vietnamese = <pf-portal lang="vi" />;

// @ts-expect-error The elements speak `en`, `es` and the shipped `vi`, unless the page adds to `PortalLanguages`.
export const language = <pf-portal lang="fr" />;

// @ts-expect-error `idle-timeout` is a number of seconds.
export const seconds = <pf-portal idle-timeout="soon" />;

// @ts-expect-error `mode` is `password` or `username`.
export const mode = <pf-account-recovery mode="email" />;

// @ts-expect-error The detail of `pf-session-ended` has `reason`, not `reasons`.
export const detail = <pf-portal onpf-session-ended={(event) => event.detail.reasons} />;

// @ts-expect-error `pf-signed-in` is not the event `pf-session-ended`: a handler of one does not take the other.
export const wrongEvent = <pf-sign-in onpf-signed-in={(event: PfSessionEndedEvent) => event.detail.reason} />;
