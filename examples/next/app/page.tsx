// A server component: rendered in Node (at build time here, as on a request on a server), it imports no SDK code.
// The client component below draws the registration in the browser.
import { App } from './App';

export default function Page() {
  return (
    <main>
      <h1>Patient portal</h1>
      <App />
    </main>
  );
}
