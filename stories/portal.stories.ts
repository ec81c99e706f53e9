import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createPortalClient, type Session } from '../src/api/index.js';
import { seedPassword } from '../src/mocks/index.js';
import '../src/pf-health-records.js';
import '../src/pf-portal.js';
import type { PfPortal } from '../src/pf-portal.js';
import { apiBaseOf, type Loaded, press, shadowQuery } from './story-helpers.js';

interface Args {
  lang: 'en' | 'es';
}

interface PortalLoaded extends Loaded {
  session?: Session;
}

const meta: Meta<Args> = {
  title: 'Session/pf-portal',
  component: 'pf-portal',
  args: { lang: 'en' },
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'es'] } },
  beforeEach: async ({ loaded }) => {
    (loaded as PortalLoaded).session = await createPortalClient({ apiBase: apiBaseOf(loaded) }).signIn({
      username: 'ana.garcia@example.com',
      password: seedPassword,
    });
  },
  render: ({ lang }, { loaded }) => html`
    <pf-portal lang=${lang} api-base=${apiBaseOf(loaded)} .session=${(loaded as PortalLoaded).session}>
      <pf-health-records sections="allergies"></pf-health-records>
    </pf-portal>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** A signed-in portal with an element inside. */
export const SignedIn: Story = {};

/**
 * A Docs page shows the warning in a frame of its own: it is a modal dialog, which on the page itself would cover the
 * whole page.
 */
const inItsOwnFrame = { docs: { story: { inline: false, height: '30rem' } } };

/** Two minutes before the idle limit: the warning, its countdown, and the way to stay. */
export const IdleWarning: Story = {
  parameters: inItsOwnFrame,
  play: async ({ canvasElement }) => {
    const portal = canvasElement.querySelector('pf-portal') as PfPortal;
    // The portal starts its idle clock at its first update, which waits for its words (Spanish is fetched when first
    // spoken): the clock moves on after that, or the first update would start it again from the moved time.
    await portal.updateComplete;
    // Thirteen idle minutes pass at once: the portal's idle clock runs ahead of the real one from here on.
    Object.defineProperty(portal, 'now', { value: () => Date.now() + 13 * 60_000 + 2000 });
    await shadowQuery(portal, 'dialog[open]', 4000);
  },
};

/** The warning in Spanish. */
export const IdleWarningSpanish: Story = { args: { lang: 'es' }, parameters: inItsOwnFrame, play: IdleWarning.play };

/** Stay signed in did not reach the portal: the warning comes back, says so, and counts down the time really left. */
export const StayFailed: Story = {
  parameters: inItsOwnFrame,
  play: async (context) => {
    await IdleWarning.play?.(context);
    const portal = context.canvasElement.querySelector('pf-portal') as PfPortal;
    (context.loaded as PortalLoaded).portal.failNext({ kind: 'network' }, 'POST /sessions/current/keepalive');
    await press(portal, 'dialog[open] button.primary');
    await shadowQuery(portal, 'dialog[open] #idle-error', 8000);
  },
};
