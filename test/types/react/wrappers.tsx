// The React components of `pf-portal-elements/react` (`@lit/react`): props are the elements' own, events are
// `onPf…` props taking the event's own class, and a ref is the element. What TypeScript must refuse is marked
// `@ts-expect-error` (the check fails when no error comes). Checked by `npm run check:types`.
import { useRef } from 'react';
import { PfHealthRecords, PfPortal, PfRegistration, PfSignIn } from 'pf-portal-elements/react';
import type { PfSignIn as PfSignInElement } from 'pf-portal-elements';

/** The README's recipe (React components), word for word. */
export function Registration(props: { invitation: string; onCreated: (username: string) => void }) {
  return (
    <PfPortal apiBase="/api/portal">
      <PfRegistration
        invitation={props.invitation}
        signInUrl="/sign-in"
        onPfAccountCreated={(event) => props.onCreated(event.detail.username)}
      />
    </PfPortal>
  );
}

export function Portal(props: { invitation: string; onCreated: (username: string) => void }) {
  const signIn = useRef<PfSignInElement>(null);
  return (
    <PfPortal apiBase="/api/portal" idleTimeout={600} onPfSessionEnded={(event) => void event.detail.reason.trim()}>
      <PfRegistration
        invitation={props.invitation}
        signInUrl="/sign-in"
        onPfAccountCreated={(event) => props.onCreated(event.detail.username)}
      />
      <PfSignIn ref={signIn} onPfSignedIn={() => signIn.current?.focus()} />
      <PfHealthRecords sections="lab-results appointments" />
    </PfPortal>
  );
}

// @ts-expect-error `apiBse` is no property of <pf-portal>.
export const typo = <PfPortal apiBse="/api/portal" />;

// @ts-expect-error `idleTimeout` is a number of seconds.
export const seconds = <PfPortal idleTimeout="soon" />;

// @ts-expect-error The detail of `pf-session-ended` has `reason`, not `reasons`.
export const detail = <PfPortal onPfSessionEnded={(event) => event.detail.reasons} />;

// @ts-expect-error <pf-sign-in> fires no `pf-account-created`.
export const wrongEvent = <PfSignIn onPfAccountCreated={() => undefined} />;
