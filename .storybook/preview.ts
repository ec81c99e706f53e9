import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { type MockPortal, startMockPortal } from '../src/mocks/index.js';

setCustomElementsManifest(manifest);

let running: Promise<MockPortal> | undefined;

let docsSeeded = false;

/**
 * Every story runs on the mock portal, reset to the seed first, so each state is the same every time. A docs page
 * shows many stories at once: it is seeded once, so the links one story holds stay good while the next one loads.
 */
const mockPortalLoader = async ({ viewMode }: { viewMode: string }) => {
  // Stories show states, not the cost of hashing: a lower PBKDF2 cost than the mock's default keeps them quick.
  running ??= startMockPortal({ persist: false, secretHashIterations: 1_000 }).then(({ portal }) => portal);
  const portal = await running;
  if (viewMode !== 'docs' || !docsSeeded) await portal.reset();
  docsSeeded = viewMode === 'docs';
  return { portal };
};

const preview: Preview = {
  loaders: [mockPortalLoader],
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};

export default preview;
