import { useState } from 'react';
import { takeInvitation } from '../../invitation.js';
import { Registration } from './Registration.js';

const invitation = takeInvitation();

export function App() {
  const [created, setCreated] = useState<string>();
  return (
    <main>
      <h1>Patient portal</h1>
      {/* The app's own words, from the element's event: React wired `onpf-account-created`. The live region is there
          from the start, so that a screen reader announces the words when they come. */}
      <p role="status">{created && `Account created for ${created}`}</p>
      <Registration invitation={invitation} onCreated={setCreated} />
    </main>
  );
}
