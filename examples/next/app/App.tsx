'use client';
import dynamic from 'next/dynamic';
import { useState } from 'react';

// The README's recipe (./Registration), drawn in the browser only: while React 19 hydrates tags rendered on the
// server, it does not listen to their `on…` events (react#35446), so the app would never hear that the account was
// made. A client render listens, as in a Vite app.
const Registration = dynamic(() => import('./Registration').then((module) => module.Registration), { ssr: false });

export function App() {
  const [created, setCreated] = useState<string>();
  return (
    <>
      {/* The app's own words, from the element's event: React wired `onpf-account-created`. The live region is there
          from the start, so that a screen reader announces the words when they come. */}
      <p role="status">{created && `Account created for ${created}`}</p>
      {/* No invitation given: the element reads the link from the address (and, after a reload, its history entry). */}
      <Registration onCreated={setCreated} />
    </>
  );
}
