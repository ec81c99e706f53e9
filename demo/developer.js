// The developer panel: reads and steers the mock portal over its HTTP controls, as outside tools would.
import { mock } from '/mock.js';

const api = '/api/portal/__mock';
const $ = (selector) => document.querySelector(selector);

const post = (path, body) =>
  fetch(`${api}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });

const element = (tag, text, className) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

async function showInbox() {
  const { messages } = await (await fetch(`${api}/outbox`)).json();
  const list = $('#inbox');
  list.replaceChildren(
    ...messages
      .slice()
      .sort((a, b) => b.sentAt.localeCompare(a.sentAt))
      .map((message) => {
        const item = element('li', undefined, `message message-${message.kind}`);
        const kind = { email: 'Email', sms: 'Text message', voice: 'Voice call' }[message.kind];
        item.append(element('p', `${kind} to ${message.to} · ${new Date(message.sentAt).toLocaleString()}`, 'meta'));
        if (message.subject) item.append(element('p', message.subject, 'subject'));
        item.append(element('p', message.body, 'body'));
        if (message.link) {
          const link = element('a', 'Create your account', 'button');
          link.href = message.link;
          item.append(link);
        }
        if (message.code) item.append(element('p', `Code: ${message.code}`, 'code'));
        return item;
      }),
  );
  $('#inbox-status').textContent = `${messages.length} messages, newest first.`;
}

async function showPatients() {
  const { patients } = await (await fetch(`${api}/patients`)).json();
  $('#desk-patient').replaceChildren(
    ...patients.map((patient) => {
      const option = element('option', `${patient.name} (${patient.email})${patient.registered ? ', registered' : ''}`);
      option.value = patient.id;
      return option;
    }),
  );
}

$('#desk').addEventListener('submit', async (event) => {
  event.preventDefault();
  const response = await post('/invitations', { patient: $('#desk-patient').value });
  const { pin } = await response.json();
  $('#desk-result').textContent = pin
    ? `Invitation sent. Give the patient this PIN: ${pin}. The previous invitation no longer works.`
    : 'Invitation sent. This patient verifies by phone. The previous invitation no longer works.';
  await showInbox();
});

for (const button of document.querySelectorAll('[data-fault]')) {
  button.addEventListener('click', async () => {
    const kind = button.dataset.fault;
    if (kind === 'clear') await fetch(`${api}/faults`, { method: 'DELETE' });
    else if (kind === 'delay') await post('/faults', { fault: { kind, ms: 3000 }, once: false });
    else if (kind === 'network') await post('/faults', { fault: { kind }, once: false });
    else await post('/faults', { fault: { kind, status: 500 } });
    $('#controls-result').textContent = kind === 'clear' ? 'Faults cleared.' : `Fault set: ${button.textContent}.`;
  });
}

for (const button of document.querySelectorAll('[data-clock]')) {
  button.addEventListener('click', async () => {
    const { now } = await (await post('/clock', { advanceSeconds: Number(button.dataset.clock) })).json();
    $('#controls-result').textContent = `The mock's clock now reads ${new Date(now).toLocaleString()}.`;
  });
}

$('#reset').addEventListener('click', async () => {
  await post('/reset');
  $('#controls-result').textContent = 'The mock is back to its seed.';
  await Promise.all([showInbox(), showPatients()]);
});

await mock;
await Promise.all([showInbox(), showPatients()]);
