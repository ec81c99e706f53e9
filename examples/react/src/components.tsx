// The same registration with the React components of `pf-portal-elements/react` (README: React components), as a
// React 17 or 18 app would use them: props set as the elements' properties, events as `onPf…` props.
import { startMockPortal } from 'pf-portal-elements/mocks';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { takeInvitation } from '../../invitation.js';

// The registration emails link back to this page.
await startMockPortal({ registrationUrl: `${location.origin}${location.pathname}` });
// The components register the elements they wrap: imported once the mock answers, as the elements' first call
// (reading the invitation) must reach it.
const { PfPortal, PfRegistration } = await import('pf-portal-elements/react');

const invitation = takeInvitation();

function App() {
  const [created, setCreated] = useState<string>();
  return (
    <main>
      <h1>Patient portal</h1>
      <p role="status">{created && `Account created for ${created}`}</p>
      <PfPortal apiBase="/api/portal">
        <PfRegistration
          invitation={invitation}
          signInUrl="/sign-in"
          onPfAccountCreated={(event) => setCreated(event.detail.username)}
        />
      </PfPortal>
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
