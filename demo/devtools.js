// The developer panel: a clearly marked bar above every page of the practice's website, outside its pages. It shows
// what the mock portal "sent" (the inbox) and steers it (front desk, faults, clock, reset) over the mock's HTTP
// controls, as outside tools would. It lives in the same tab as the portal, so a code read here is the code the
// element on the page is waiting for.
import { mock } from '/mock.js';

const api = '/api/portal/__mock';

/**
 * A DOM element with properties (attributes when the name has a dash, like `aria-expanded`) and children. Text is
 * always text: nothing here is parsed as HTML.
 */
const h = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key.includes('-')) node.setAttribute(key, value);
    else node[key] = value;
  }
  node.append(...children.flat().filter((child) => child !== undefined && child !== null && child !== false));
  return node;
};

const control = async (method, path, body) => {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  return response.status === 204 ? undefined : response.json();
};

// The documented demo patients: what the front desk would tell each of them.
const demoPatients = [
  ['Sue Miller', '03/14/1962', 'PIN 482913', 'Registration email in the inbox: verify with the PIN.'],
  ['Marcus Reed', '11/02/1979', 'Phone (555) 310-8820', 'Registration email in the inbox: verify by text or voice.'],
  ['Ana García', '07/22/1990', 'ana.garcia@example.com', 'Registered: sign in with the password Riverside#2024.'],
  ['Grace Liu', '09/09/2001', 'grace.liu@example.com', 'Registered, nothing in her record yet (same password).'],
  ['Harold Whitaker', '12/01/1940', 'harold.whitaker@example.com', 'Registered, 6,010 lab results (same password).'],
  ['Walter Brooks', '05/30/1948', 'PIN 615204', 'His link has expired: the front desk can send a new one.'],
];

const kinds = { email: 'Email', sms: 'Text message', voice: 'Voice call' };
const when = (iso) => new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });

const status = h('p', { className: 'devtools-status', role: 'status' });
const toggle = h(
  'button',
  { type: 'button', className: 'devtools-toggle', 'aria-expanded': 'false', 'aria-controls': 'devtools-panel' },
  'Open the mock inbox and controls',
);
const inbox = h('ol', { className: 'devtools-inbox' });
const inboxCount = h('p', { className: 'devtools-hint' }, 'Loading…');
const deskPatient = h('select', { id: 'devtools-desk-patient', name: 'patient' });
const deskResult = h('p', { className: 'devtools-result', role: 'status' });
const controlsResult = h('p', { className: 'devtools-result', role: 'status' });

const faultButton = (label, run) =>
  h('button', {
    type: 'button',
    textContent: label,
    onclick: async () => {
      try {
        controlsResult.textContent = await run();
      } catch (error) {
        controlsResult.textContent = `The mock did not take that: ${error.message}`;
      }
    },
  });

const panel = h(
  'div',
  { id: 'devtools-panel', className: 'devtools-panel', hidden: true },
  h(
    'section',
    { className: 'devtools-card devtools-wide' },
    h('h2', {}, 'Demo patients'),
    h(
      'p',
      {},
      'Open Sue’s “Create your account” email below, verify, create an account and read her records. ' +
        'Everything is fictional and stays in this browser tab.',
    ),
    h(
      'div',
      { className: 'devtools-table-wrap', tabIndex: 0, role: 'region', 'aria-label': 'Demo patients' },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Patient', 'Born', 'PIN, phone or username', 'Try'].map((text) => h('th', { scope: 'col' }, text)),
          ),
        ),
        h(
          'tbody',
          {},
          demoPatients.map(([name, born, key, note]) =>
            h('tr', {}, h('th', { scope: 'row' }, name), h('td', {}, born), h('td', {}, key), h('td', {}, note)),
          ),
        ),
      ),
    ),
  ),
  h(
    'section',
    { className: 'devtools-card devtools-wide' },
    h('h2', {}, 'Mock inbox'),
    h('p', { className: 'devtools-hint' }, 'The emails, text messages and voice calls the mock portal “sent”.'),
    inboxCount,
    inbox,
  ),
  h(
    'section',
    { className: 'devtools-card' },
    h('h2', {}, 'Front desk'),
    h(
      'form',
      {
        onsubmit: async (event) => {
          event.preventDefault();
          const { pin } = await control('POST', '/invitations', { patient: deskPatient.value });
          const name = deskPatient.selectedOptions[0]?.dataset.name ?? 'The patient';
          deskResult.textContent = pin
            ? `Invitation email sent to ${name}. Give the patient this PIN: ${pin}. The previous link no longer works.`
            : `Invitation email sent to ${name}, who verifies by phone. The previous link no longer works.`;
        },
      },
      h('label', { htmlFor: 'devtools-desk-patient' }, 'Enable a patient for the portal'),
      h('div', { className: 'devtools-row' }, deskPatient, h('button', { type: 'submit' }, 'Send a new invitation')),
    ),
    deskResult,
  ),
  h(
    'section',
    { className: 'devtools-card' },
    h('h2', {}, 'Network, time and reset'),
    h(
      'div',
      { className: 'devtools-row' },
      faultButton('Slow network (3 s a call)', async () => {
        await control('POST', '/faults', { fault: { kind: 'delay', ms: 3000 }, once: false });
        return 'Every call now takes 3 seconds longer, until you clear the faults.';
      }),
      faultButton('Offline', async () => {
        await control('POST', '/faults', { fault: { kind: 'network' }, once: false });
        return 'Every call now fails as if the network were down, until you clear the faults.';
      }),
      faultButton('Server error (next call)', async () => {
        await control('POST', '/faults', { fault: { kind: 'status', status: 500 } });
        return 'The next call answers 500.';
      }),
      faultButton('Clear faults', async () => {
        await control('DELETE', '/faults');
        return 'Faults cleared: the mock answers normally.';
      }),
    ),
    h(
      'div',
      { className: 'devtools-row' },
      faultButton('Move the clock 15 minutes', async () => {
        const { now } = await control('POST', '/clock', { advanceSeconds: 900 });
        return `The mock’s clock now reads ${when(now)}: codes, links and sessions age with it, and the portal page’s idle limit too.`;
      }),
      faultButton('Reset the mock', async () => {
        await control('POST', '/reset');
        return 'The mock is back to its seed: the inbox, invitations and accounts start over.';
      }),
    ),
    controlsResult,
  ),
);

const dock = h(
  'aside',
  { className: 'devtools', 'aria-label': 'Developer tools' },
  h(
    'div',
    { className: 'devtools-bar' },
    h(
      'p',
      { className: 'devtools-title' },
      h('strong', {}, 'Developer tools'),
      ' · not part of the practice’s website: this demo runs on a mock portal.',
    ),
    toggle,
    status,
  ),
  panel,
);

const setOpen = (open) => {
  panel.hidden = !open;
  toggle.setAttribute('aria-expanded', String(open));
  toggle.textContent = open ? 'Close the developer tools' : 'Open the mock inbox and controls';
};
toggle.addEventListener('click', () => setOpen(panel.hidden));
dock.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !panel.hidden) {
    setOpen(false);
    toggle.focus();
  }
});

// First on the page but for the practice's skip link, which stays the first thing Tab reaches.
const skipLink = document.querySelector('.skip-link');
if (skipLink) skipLink.after(dock);
else document.body.prepend(dock);

const renderMessage = (message) =>
  h(
    'li',
    { className: `devtools-message devtools-message-${message.kind}` },
    h('p', { className: 'devtools-meta' }, `${kinds[message.kind]} to ${message.to} · ${when(message.sentAt)}`),
    message.subject && h('p', { className: 'devtools-subject' }, message.subject),
    message.link && h('a', { className: 'devtools-button', href: message.link }, 'Create your account'),
    message.code && h('p', { className: 'devtools-code' }, `Code: ${message.code}`),
    message.kind === 'email'
      ? h('details', {}, h('summary', {}, 'The whole email'), h('p', { className: 'devtools-body' }, message.body))
      : h('p', { className: 'devtools-body' }, message.body),
  );

let shown;
async function refresh() {
  const [{ messages }, { patients }] = await Promise.all([control('GET', '/outbox'), control('GET', '/patients')]);
  const newest = messages.slice().sort((a, b) => b.sentAt.localeCompare(a.sentAt) || b.id.localeCompare(a.id));
  inbox.replaceChildren(...newest.map(renderMessage));
  inboxCount.textContent = `${messages.length} ${messages.length === 1 ? 'message' : 'messages'}, newest first.`;
  // Say so when something arrives while the patient is on this page (a code they are waiting for).
  if (shown !== undefined && messages.length > shown) {
    const latest = newest[0];
    status.textContent = `New ${kinds[latest.kind].toLowerCase()} to ${latest.to} in the mock inbox.`;
  }
  shown = messages.length;
  const selected = deskPatient.value;
  deskPatient.replaceChildren(
    ...patients.map((patient) =>
      h(
        'option',
        { value: patient.id, 'data-name': patient.name },
        `${patient.name} (${patient.email})${patient.registered ? ', has an account' : ''}`,
      ),
    ),
  );
  if (selected) deskPatient.value = selected;
}

let pending;
const refreshSoon = () => {
  clearTimeout(pending);
  // A change as the page leaves (a sign-out that navigates) can find the worker no longer answering for it: the
  // inbox says so instead of throwing in a page that is going away.
  pending = setTimeout(
    () =>
      void refresh().catch((error) => {
        inboxCount.textContent = `The inbox could not be read just now (${error.message}).`;
      }),
    50,
  );
};

const { portal } = await mock;
portal.onChange(refreshSoon);
await refresh();
