import { useEffect, useRef } from 'react';
// The tags in JSX (types; the module behind them is empty).
import 'pf-portal-elements/types/react';
import type { PfRegistration } from 'pf-portal-elements';

// The README's recipe (Use it in your site), with a ref. Without a link (a reload once the element has taken the
// token into its history entry) `invitation` is undefined and the element goes on from where the patient was.
export function Registration(props: { invitation?: string; onCreated: (username: string) => void }) {
  const registration = useRef<PfRegistration>(null);
  // Registered once, in the browser: on a server the tags render as they are and upgrade when the script runs.
  useEffect(() => void import('pf-portal-elements'), []);
  // The registration is all this page is for: once it is defined, focus goes to its first words (the step's
  // heading), so a screen reader starts there and the keyboard goes on from there.
  useEffect(() => {
    void customElements.whenDefined('pf-registration').then(() => registration.current?.focus());
  }, []);
  return (
    <pf-portal api-base="/api/portal">
      <pf-registration
        ref={registration}
        invitation={props.invitation}
        sign-in-url="/sign-in"
        onpf-account-created={(event) => props.onCreated(event.detail.username)}
      />
    </pf-portal>
  );
}
