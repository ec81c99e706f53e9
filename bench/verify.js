// Opens <pf-register-verify> on Sue's pending invitation, answered by the mock portal, and leaves on
// window.__verify the time from the navigation's start to an interactive form (window.untilInteractive, injected
// by scripts/bench.mjs from bench/interactive.js), less the time the mock took to start, and that time on its own.

// The page's first <script> loaded and ran the SDK, as a practice's page does. Only then the mock starts: a
// production page never pays for it, so its time is measured here and taken out. That includes registering its
// service worker each time: MSW's worker unregisters itself when the last page it controls closes.
const mockStart = performance.now();
const { startMockPortal } = await import('/dist/pf-mock-portal.js');
const { portal } = await startMockPortal({ persist: false });
// With `?rtt=`, the invitation's read takes a phone's round trip: the mock answers it that much later.
const rtt = Number(new URLSearchParams(location.search).get('rtt') ?? 0);
if (rtt) portal.failNext({ kind: 'delay', ms: rtt }, 'GET /invitations/:token');
const link = portal.outbox.find((message) => message.kind === 'email' && message.to === 'Sue@gmail.com')?.link;
const token = new URLSearchParams(link.slice(link.indexOf('?'))).get('invitation');
const mock = performance.now() - mockStart;

const portalElement = document.createElement('pf-portal');
const verify = document.createElement('pf-register-verify');
verify.setAttribute('invitation', token);
portalElement.append(verify);
document.querySelector('#stage').append(portalElement);
const interactive = await window.untilInteractive(() => verify.shadowRoot);
window.__verify = { interactive: interactive - mock, mock };
