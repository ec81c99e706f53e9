import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { type MockPortal, startMockPortal } from '../src/mocks/index.js';

setCustomElementsManifest(manifest);

let running: Promise<MockPortal> | undefined;

/** Every story runs on the mock portal, reset to the seed first, so each state is the same every time. */
const mockPortalLoader = async () => {
  running ??= startMockPortal({ persist: false }).then(({ portal }) => portal);
  const portal = await running;
  await portal.reset();
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
