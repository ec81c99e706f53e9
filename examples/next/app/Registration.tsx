'use client'; // Next only: the elements run in the browser
import { useEffect } from 'react';
import 'pf-portal-elements/types/react';

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
