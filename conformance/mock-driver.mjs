// The conformance suite's driver for the mock portal: what a real portal's driver does with its own back office
// (make an invitation, read the code that was texted, move time), done through the mock's `__mock/` controls.
//
// A driver for another server exports `createDriver(apiBase)` returning the same methods (the README's "The
// conformance suite"). Only `advanceClock` may be left out: the checks that need time to pass are then skipped.

const sue = { email: 'Sue@gmail.com', dateOfBirth: '1962-03-14', phone: '(555) 201-4477' };
const ana = { username: 'ana.garcia@example.com', password: 'Riverside#2024' };

export function createDriver(apiBase) {
  const control = async (method, path, body) => {
    const response = await fetch(`${apiBase}/__mock/${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`__mock/${path} answered ${response.status}`);
    return response.status === 204 ? undefined : response.json();
  };

  return {
    /** Back to a known state before each check. */
    reset: () => control('POST', 'reset'),

    /** A fresh, pending invitation of a patient with no account, who has a PIN and a phone on record. */
    async invitation() {
      const { link, pin } = await control('POST', 'invitations', { patient: sue.email });
      const token = new URL(link, apiBase).searchParams.get('invitation');
      return { token, dateOfBirth: sue.dateOfBirth, pin, phone: sue.phone };
    },

    /** The last security code sent to a phone (by text or voice). */
    async lastCode(phone) {
      const digits = phone.replace(/\D/g, '');
      const { messages } = await control('GET', 'outbox');
      const sent = messages.filter((message) => message.code && message.to.replace(/\D/g, '') === digits).at(-1);
      if (!sent) throw new Error(`No code was sent to ${phone}`);
      return sent.code;
    },

    /** A registered account's username and password. */
    account: async () => ({ ...ana }),

    /**
     * A registered account to recover: its username and password, the phone and email on record, its date of birth,
     * and the answer to its question.
     */
    recoverable: async () => ({
      identifier: ana.username,
      password: ana.password,
      phone: '(555) 402-1187',
      email: ana.username,
      dateOfBirth: '1990-07-22',
      answer: 'Canela',
    }),

    /** How many messages (codes, usernames, notices) went to an email or phone, by any channel. */
    async sentTo(address) {
      const wanted = address.includes('@') ? address.toLowerCase() : address.replace(/\D/g, '');
      const { messages } = await control('GET', 'outbox');
      return messages.filter(
        (message) => (address.includes('@') ? message.to.toLowerCase() : message.to.replace(/\D/g, '')) === wanted,
      ).length;
    },

    /** Moves the server's clock forward. */
    advanceClock: (seconds) => control('POST', 'clock', { advanceSeconds: seconds }),
  };
}
